package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.sql.Identifiers;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.testing.DatabaseTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** More round trips: dependencies across kinds, drops with dependents, renames seen by views. */
@DatabaseTest
class RoundTripMoreTest {

    @Test
    void dropTablesReferencedByKeptTables() {
        RoundTrip.check("""
                CREATE TABLE parent (id int PRIMARY KEY);
                CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent(id));
                CREATE TABLE other (id int PRIMARY KEY, parent_id int REFERENCES parent(id));
                """, """
                CREATE TABLE child (id int PRIMARY KEY);
                """);
    }

    @Test
    void columnRenameSeenByAView() {
        RoundTrip.check("""
                CREATE TABLE t (id int, name text);
                CREATE VIEW v AS SELECT id, name FROM t;
                """, """
                CREATE TABLE t (id int, full_name text);
                CREATE VIEW v AS SELECT id, full_name FROM t;
                """, DiffOptions.defaults().withRename("public.t.name=full_name"));
    }

    @Test
    void enumRebuildRecreatesFunctionsUsingIt() {
        RoundTrip.check("""
                CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
                CREATE TABLE t (m mood);
                CREATE FUNCTION is_happy(m mood) RETURNS boolean LANGUAGE sql AS $$ SELECT m = 'happy' $$;
                """, """
                CREATE TYPE mood AS ENUM ('sad', 'happy');
                CREATE TABLE t (m mood);
                CREATE FUNCTION is_happy(m mood) RETURNS boolean LANGUAGE sql AS $$ SELECT m = 'happy' $$;
                """);
    }

    @Test
    void dropSchemaWithContents() {
        RoundTrip.check("""
                CREATE SCHEMA app;
                CREATE TYPE app.kind AS ENUM ('a');
                CREATE SEQUENCE app.s;
                CREATE TABLE app.t (id int DEFAULT nextval('app.s'), k app.kind);
                CREATE VIEW app.v AS SELECT id FROM app.t;
                CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS 'SELECT 1';
                """, "");
    }

    @Test
    void crossSchemaForeignKeys() {
        RoundTrip.check("CREATE SCHEMA a;", """
                CREATE SCHEMA a;
                CREATE SCHEMA b;
                CREATE TABLE b.parent (id int PRIMARY KEY);
                CREATE TABLE a.child (id int PRIMARY KEY, p int REFERENCES b.parent(id) ON UPDATE CASCADE);
                """);
    }

    @Test
    void sequenceOwnershipChanges() {
        RoundTrip.check("""
                CREATE TABLE t (a int, b int);
                CREATE SEQUENCE s OWNED BY t.a;
                """, """
                CREATE TABLE t (a int, b int);
                CREATE SEQUENCE s OWNED BY t.b;
                CREATE SEQUENCE free;
                """);
    }

    @Test
    void notValidChecksAndForeignKeys() {
        RoundTrip.check("""
                CREATE TABLE p (id int PRIMARY KEY);
                CREATE TABLE t (a int, p int);
                """, """
                CREATE TABLE p (id int PRIMARY KEY);
                CREATE TABLE t (a int, p int);
                ALTER TABLE t ADD CONSTRAINT a_pos CHECK (a > 0) NOT VALID;
                ALTER TABLE t ADD CONSTRAINT t_p FOREIGN KEY (p) REFERENCES p(id) NOT VALID;
                """);
    }

    @Test
    void virtualGeneratedColumns() {
        RoundTrip.check("CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED);",
                "CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) VIRTUAL, c int GENERATED ALWAYS AS (a + 1) VIRTUAL);");
    }

    @Test
    void exclusionConstraints() {
        RoundTrip.check("CREATE TABLE booking (room int, during tstzrange);", """
                CREATE TABLE booking (room int, during tstzrange, EXCLUDE USING gist (during WITH &&));
                """);
    }

    @Test
    void compositeUsedByATable() {
        RoundTrip.check("""
                CREATE TYPE addr AS (street text, zip text);
                CREATE TABLE t (home addr);
                """, """
                CREATE TYPE addr AS (street text, zip text, city text);
                CREATE TABLE t (home addr, work addr);
                """);
    }

    @Test
    void typeChangeOfAnIndexedColumnWithDefault() {
        RoundTrip.check("""
                CREATE TABLE t (code varchar(5) DEFAULT 'x' NOT NULL, n int DEFAULT 0);
                CREATE INDEX t_code ON t (code);
                CREATE INDEX t_n ON t (n);
                """, """
                CREATE TABLE t (code text DEFAULT 'x' NOT NULL, n bigint DEFAULT 0);
                CREATE INDEX t_code ON t (code);
                CREATE INDEX t_n ON t (n);
                """);
    }

    @Test
    void foreignKeyActionChange() {
        RoundTrip.check("""
                CREATE TABLE p (id int PRIMARY KEY);
                CREATE TABLE c (p int REFERENCES p(id));
                """, """
                CREATE TABLE p (id int PRIMARY KEY);
                CREATE TABLE c (p int REFERENCES p(id) ON DELETE SET NULL);
                """);
    }

    @Test
    void droppedColumnUsedByAChangedView() {
        RoundTrip.check("""
                CREATE TABLE t (a int, b int);
                CREATE VIEW v AS SELECT a, b FROM t;
                """, """
                CREATE TABLE t (a int);
                CREATE VIEW v AS SELECT a FROM t;
                """);
    }

    @Test
    void checkConstraintUsingAFunction() {
        RoundTrip.check("", """
                CREATE FUNCTION valid_code(c text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length(c) = 3 $$;
                CREATE TABLE t (code text CHECK (valid_code(code)), n int DEFAULT length(current_user));
                """);
    }

    @Test
    void materializedViewOverAChangedColumn() {
        RoundTrip.check("""
                CREATE TABLE t (a int);
                CREATE MATERIALIZED VIEW m AS SELECT a FROM t;
                CREATE INDEX m_a ON m (a);
                COMMENT ON MATERIALIZED VIEW m IS 'kept';
                """, """
                CREATE TABLE t (a bigint);
                CREATE MATERIALIZED VIEW m AS SELECT a FROM t;
                CREATE INDEX m_a ON m (a);
                COMMENT ON MATERIALIZED VIEW m IS 'kept';
                """);
    }

    @Test
    void identityToPlainAndBack() {
        RoundTrip.check("CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY, n smallint GENERATED BY DEFAULT AS IDENTITY);",
                "CREATE TABLE t (id bigint, n smallint NOT NULL DEFAULT 1);");
    }

    @Test
    void arraysCollationsAndDefaults() {
        RoundTrip.check("CREATE TABLE t (tags text[], name text);", """
                CREATE TABLE t (tags text[] DEFAULT '{}' NOT NULL, name text COLLATE "C", at timestamptz DEFAULT clock_timestamp(),
                  id uuid DEFAULT gen_random_uuid());
                """);
    }

    @Test
    void functionOverloadsAndProcedures() {
        RoundTrip.check("""
                CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'SELECT a';
                """, """
                CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'SELECT a';
                CREATE FUNCTION f(a text) RETURNS text LANGUAGE sql AS 'SELECT a';
                CREATE PROCEDURE p(INOUT x int) LANGUAGE plpgsql AS $$ BEGIN x := x + 1; END $$;
                CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;
                """);
    }

    @Test
    void viewWithCheckOptionAndSecurityBarrier() {
        RoundTrip.check("CREATE TABLE t (a int);", """
                CREATE TABLE t (a int);
                CREATE VIEW v WITH (security_barrier = true) AS SELECT a FROM t WHERE a > 0 WITH LOCAL CHECK OPTION;
                """);
    }

    static final String ROLES = """
            DO $$ BEGIN CREATE ROLE cairn_rt_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
            DO $$ BEGIN CREATE ROLE cairn_rt_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
            """;

    @Test
    void ownersAndPrivileges() {
        RoundTrip.check(ROLES + """
                CREATE TABLE t (a int, b int);
                CREATE SEQUENCE s;
                GRANT SELECT ON t TO cairn_rt_reader;
                """, ROLES + """
                CREATE SCHEMA app AUTHORIZATION cairn_rt_owner;
                CREATE TABLE t (a int, b int);
                ALTER TABLE t OWNER TO cairn_rt_owner;
                CREATE SEQUENCE s;
                CREATE VIEW v AS SELECT a FROM t;
                CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
                GRANT SELECT, INSERT ON t TO cairn_rt_reader WITH GRANT OPTION;
                GRANT UPDATE (b) ON t TO cairn_rt_reader;
                GRANT USAGE ON SEQUENCE s TO cairn_rt_reader;
                GRANT SELECT ON v TO PUBLIC;
                REVOKE EXECUTE ON FUNCTION f() FROM PUBLIC;
                GRANT EXECUTE ON FUNCTION f() TO cairn_rt_reader;
                GRANT USAGE ON SCHEMA app TO cairn_rt_reader;
                """, DiffOptions.defaults().withOwnership(true).withPrivileges(true));
    }

    @Test
    void keywordListMatchesTheServer() throws Exception {
        try (ScratchDatabase db = DevDatabases.createDatabase(); Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT word, catcode, quote_ident(word) FROM pg_get_keywords()")) {
            int n = 0;
            while (rs.next()) {
                assertThat(Identifiers.quoteIfNeeded(rs.getString(1))).as(rs.getString(1) + " (" + rs.getString(2) + ")")
                        .isEqualTo(rs.getString(3));
                n++;
            }
            assertThat(n).isGreaterThan(400);
        }
    }
}
