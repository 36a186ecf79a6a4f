package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.plan.Risk;
import dev.cairn.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

/** Round trips A -> B -> A on real PostgreSQL for the main kinds of change (see {@link RoundTrip}). */
@DatabaseTest
class RoundTripTest {

    @Test
    void createAndDropTables() {
        RoundTrip.check("", """
                CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE,
                  created_at timestamptz NOT NULL DEFAULT now(), score numeric(12,2) DEFAULT 0 CHECK (score >= 0));
                """);
    }

    @Test
    void addDropAndAlterColumns() {
        RoundTrip.check("""
                CREATE TABLE t (id int PRIMARY KEY, a int, b varchar(10), c text DEFAULT 'x', d int NOT NULL, gone text);
                """, """
                CREATE TABLE t (id int PRIMARY KEY, a bigint, b varchar(20), c text, d int, e text DEFAULT 'new' NOT NULL,
                  f int DEFAULT 3);
                """);
    }

    @Test
    void typeChangeNeedsUsing() {
        RoundTrip.check("CREATE TABLE t (a text DEFAULT '1', b integer);",
                "CREATE TABLE t (a integer DEFAULT 1, b text);");
    }

    @Test
    void foreignKeyCycle() {
        RoundTrip.check("", """
                CREATE TABLE a (id int PRIMARY KEY, b_id int);
                CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a(id) ON DELETE CASCADE);
                ALTER TABLE a ADD CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES b(id) DEFERRABLE INITIALLY DEFERRED;
                """);
    }

    @Test
    void constraintsChangeAndValidate() {
        RoundTrip.check("""
                CREATE TABLE p (id int PRIMARY KEY);
                CREATE TABLE t (id int PRIMARY KEY, p int, v int, CONSTRAINT v_pos CHECK (v > 0));
                ALTER TABLE t ADD CONSTRAINT t_p_fk FOREIGN KEY (p) REFERENCES p(id) NOT VALID;
                """, """
                CREATE TABLE p (id int PRIMARY KEY);
                CREATE TABLE t (id int PRIMARY KEY, p int, v int, CONSTRAINT v_pos CHECK (v >= 0), UNIQUE (p, v));
                ALTER TABLE t ADD CONSTRAINT t_p_fk FOREIGN KEY (p) REFERENCES p(id);
                """);
    }

    @Test
    void indexes() {
        RoundTrip.check("""
                CREATE TABLE t (a int, b text, c int);
                CREATE INDEX t_a ON t (a);
                CREATE INDEX t_b ON t (b);
                """, """
                CREATE TABLE t (a int, b text, c int);
                CREATE INDEX t_a ON t (a DESC);
                CREATE UNIQUE INDEX t_c ON t (c) WHERE c > 0;
                CREATE INDEX t_lower_b ON t (lower(b)) INCLUDE (a);
                """);
    }

    @Test
    void enumValueAddedForwardIsRebuiltBackward() {
        RoundTrip.Result r = RoundTrip.check("""
                CREATE TYPE mood AS ENUM ('sad', 'happy');
                CREATE TABLE t (m mood DEFAULT 'sad', ms mood[]);
                """, """
                CREATE TYPE mood AS ENUM ('meh', 'sad', 'ok', 'happy', 'ecstatic');
                CREATE TABLE t (m mood DEFAULT 'sad', ms mood[]);
                """);
        assertThat(r.forward().toSql()).contains("ADD VALUE 'meh' BEFORE 'sad'", "ADD VALUE 'ok' AFTER 'sad'");
        assertThat(r.backward().hasDataLoss()).isTrue();
    }

    @Test
    void enumReorderedWithViewOnColumn() {
        RoundTrip.check("""
                CREATE TYPE color AS ENUM ('red', 'green', 'blue');
                CREATE TABLE t (c color NOT NULL DEFAULT 'red');
                CREATE VIEW v AS SELECT c FROM t;
                """, """
                CREATE TYPE color AS ENUM ('blue', 'green', 'red');
                CREATE TABLE t (c color NOT NULL DEFAULT 'red');
                CREATE VIEW v AS SELECT c FROM t;
                """);
    }

    @Test
    void viewsOnViewsOverAChangedColumn() {
        RoundTrip.check("""
                CREATE TABLE t (id int, amount int);
                CREATE VIEW v1 AS SELECT id, amount FROM t;
                CREATE VIEW v2 AS SELECT id, amount * 2 AS doubled FROM v1;
                """, """
                CREATE TABLE t (id int, amount numeric(12,2));
                CREATE VIEW v1 AS SELECT id, amount FROM t;
                CREATE VIEW v2 AS SELECT id, amount * 2 AS doubled FROM v1;
                """);
    }

    @Test
    void viewReplacedAndAppended() {
        RoundTrip.check("""
                CREATE TABLE t (a int, b int);
                CREATE VIEW v AS SELECT a FROM t;
                CREATE VIEW w AS SELECT a, b FROM t;
                """, """
                CREATE TABLE t (a int, b int);
                CREATE VIEW v AS SELECT a, b FROM t WHERE a > 0;
                CREATE VIEW w AS SELECT b FROM t;
                """);
    }

    @Test
    void materializedViewWithIndex() {
        RoundTrip.check("""
                CREATE TABLE t (a int, b int);
                CREATE MATERIALIZED VIEW m AS SELECT a FROM t;
                """, """
                CREATE TABLE t (a int, b int);
                CREATE MATERIALIZED VIEW m AS SELECT a, sum(b) AS total FROM t GROUP BY a;
                CREATE UNIQUE INDEX m_a ON m (a);
                """);
    }

    @Test
    void functionsReplacedAndRecreated() {
        RoundTrip.check("""
                CREATE FUNCTION add1(x int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT x + 1';
                CREATE FUNCTION label(x int) RETURNS text LANGUAGE sql AS $$ SELECT 'n' || x $$;
                CREATE PROCEDURE noop() LANGUAGE plpgsql AS $$ BEGIN END $$;
                """, """
                CREATE FUNCTION add1(x int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT x + 2';
                CREATE FUNCTION label(x int) RETURNS varchar LANGUAGE sql AS $$ SELECT 'n' || x $$;
                CREATE FUNCTION fresh() RETURNS int LANGUAGE sql AS 'SELECT 1';
                """);
    }

    @Test
    void viewOnFunctionWhoseReturnTypeChanges() {
        RoundTrip.check("""
                CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
                CREATE VIEW v AS SELECT f() AS x;
                """, """
                CREATE FUNCTION f() RETURNS bigint LANGUAGE sql AS 'SELECT 1::bigint';
                CREATE VIEW v AS SELECT f() AS x;
                """);
    }

    @Test
    void triggers() {
        RoundTrip.check("""
                CREATE TABLE t (a int, updated timestamptz);
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated = now(); RETURN NEW; END $$;
                CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
                """, """
                CREATE TABLE t (a int, updated timestamptz);
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated = clock_timestamp(); RETURN NEW; END $$;
                CREATE TRIGGER t_touch BEFORE INSERT OR UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
                CREATE TRIGGER t_off AFTER DELETE ON t FOR EACH ROW EXECUTE FUNCTION touch();
                ALTER TABLE t DISABLE TRIGGER t_off;
                """);
    }

    @Test
    void policiesAndRowLevelSecurity() {
        RoundTrip.check("""
                CREATE TABLE docs (id int, owner text);
                """, """
                CREATE TABLE docs (id int, owner text);
                ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
                ALTER TABLE docs FORCE ROW LEVEL SECURITY;
                CREATE POLICY own ON docs FOR SELECT USING (owner = current_user);
                CREATE POLICY ins ON docs AS RESTRICTIVE FOR INSERT WITH CHECK (owner = current_user);
                """);
    }

    @Test
    void policyChanges() {
        RoundTrip.check("""
                CREATE TABLE docs (id int, owner text);
                CREATE POLICY p ON docs USING (owner = current_user);
                CREATE POLICY q ON docs FOR SELECT USING (true);
                """, """
                CREATE TABLE docs (id int, owner text);
                CREATE POLICY p ON docs USING (owner = session_user) WITH CHECK (id > 0);
                CREATE POLICY q ON docs FOR UPDATE USING (true);
                """);
    }

    @Test
    void sequencesAndSerials() {
        RoundTrip.check("""
                CREATE SEQUENCE s INCREMENT BY 5;
                CREATE TABLE t (id serial PRIMARY KEY);
                """, """
                CREATE SEQUENCE s INCREMENT BY 10 MAXVALUE 1000 CYCLE;
                CREATE SEQUENCE counter AS integer START WITH 100;
                CREATE TABLE t (id serial PRIMARY KEY, n bigserial, c int DEFAULT nextval('counter'));
                """);
    }

    @Test
    void identityColumns() {
        RoundTrip.check("""
                CREATE TABLE t (a int NOT NULL, b int GENERATED ALWAYS AS IDENTITY, c int GENERATED BY DEFAULT AS IDENTITY);
                """, """
                CREATE TABLE t (a int GENERATED BY DEFAULT AS IDENTITY (START WITH 10), b int NOT NULL,
                  c int GENERATED ALWAYS AS IDENTITY (INCREMENT BY 2 CACHE 5));
                """);
    }

    @Test
    void generatedColumns() {
        RoundTrip.check("""
                CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED, c int GENERATED ALWAYS AS (a + 1) STORED);
                """, """
                CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 3) STORED, c int);
                """);
    }

    @Test
    void domainsCompositesAndRanges() {
        RoundTrip.check("""
                CREATE DOMAIN posint AS int CHECK (VALUE > 0);
                CREATE TYPE pair AS (a int, b text);
                """, """
                CREATE DOMAIN posint AS int NOT NULL DEFAULT 1 CONSTRAINT posint_check CHECK (VALUE >= 0);
                CREATE TYPE pair AS (a int, c date);
                CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
                CREATE TABLE t (p posint, x pair, r floatrange);
                """);
    }

    @Test
    void schemasAndQuotedNames() {
        RoundTrip.check("", """
                CREATE SCHEMA "Sales";
                CREATE TABLE "Sales"."Order" ("user" int, "Total" numeric, "select" text);
                CREATE INDEX "Order_Total" ON "Sales"."Order" ("Total");
                CREATE VIEW "Sales".recent AS SELECT "user", "Total" FROM "Sales"."Order";
                """);
    }

    @Test
    void commentsOnEveryKind() {
        RoundTrip.check("""
                CREATE TABLE t (a int CONSTRAINT t_a_pos CHECK (a > 0));
                CREATE INDEX t_a ON t (a);
                CREATE VIEW v AS SELECT a FROM t;
                COMMENT ON TABLE t IS 'old';
                """, """
                CREATE SCHEMA app;
                COMMENT ON SCHEMA app IS 'the app';
                CREATE TYPE e AS ENUM ('x');
                COMMENT ON TYPE e IS 'an enum';
                CREATE TABLE t (a int CONSTRAINT t_a_pos CHECK (a > 0));
                CREATE INDEX t_a ON t (a);
                CREATE VIEW v AS SELECT a FROM t;
                CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
                CREATE SEQUENCE s;
                COMMENT ON TABLE t IS 'it''s new';
                COMMENT ON COLUMN t.a IS 'the a';
                COMMENT ON CONSTRAINT t_a_pos ON t IS 'positive';
                COMMENT ON INDEX t_a IS 'by a';
                COMMENT ON VIEW v IS 'view';
                COMMENT ON FUNCTION f() IS 'one';
                COMMENT ON SEQUENCE s IS 'seq';
                """);
    }

    @Test
    void partitions() {
        RoundTrip.check("""
                CREATE TABLE m (id int, at date NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
                CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                CREATE TABLE loose (id int, at date NOT NULL, PRIMARY KEY (id, at));
                """, """
                CREATE TABLE m (id int, at date NOT NULL, note text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
                CREATE INDEX m_note ON m (note);
                CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                CREATE TABLE m_2025 PARTITION OF m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
                CREATE TABLE loose (id int, at date NOT NULL, note text, PRIMARY KEY (id, at));
                ALTER TABLE m ATTACH PARTITION loose FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
                """);
    }

    @Test
    void renamesKeepData() {
        RoundTrip.Result r = RoundTrip.check("""
                CREATE TABLE users (id serial PRIMARY KEY, name text NOT NULL);
                CREATE INDEX users_name ON users (name);
                CREATE TABLE posts (id int PRIMARY KEY, user_id int REFERENCES users(id));
                """, """
                CREATE TABLE accounts (id serial PRIMARY KEY, full_name text NOT NULL);
                CREATE INDEX users_name ON accounts (full_name);
                CREATE TABLE posts (id int PRIMARY KEY, user_id int REFERENCES accounts(id));
                """, DiffOptions.defaults().withRename("public.users=public.accounts").withRename("public.users.name=full_name"));
        assertThat(r.forward().hasDataLoss()).isFalse();
        assertThat(r.backward().hasDataLoss()).isFalse();
    }

    @Test
    void extensionsAndTheirTypes() {
        RoundTrip.check("", """
                CREATE EXTENSION IF NOT EXISTS citext;
                CREATE TABLE t (email citext);
                """);
    }

    @Test
    void unloggedAndCollation() {
        RoundTrip.check("CREATE TABLE t (a text);", "CREATE UNLOGGED TABLE t (a text COLLATE \"C\");");
    }

    @Test
    void risksAreReported() {
        RoundTrip.Result r = RoundTrip.check("CREATE TABLE t (a int, b int);", "CREATE TABLE t (a bigint NOT NULL);");
        assertThat(r.forward().toSql()).contains("[REWRITES TABLE, ACCESS EXCLUSIVE LOCK]", "[DATA LOSS]");
        assertThat(r.forward().statements()).anySatisfy(s -> assertThat(s.risks()).contains(Risk.TABLE_SCAN));
    }
}
