package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.catalog.Catalog;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.dialect.IntrospectOptions;
import dev.cairn.postgres.render.PostgresRenderer;
import dev.cairn.postgres.sql.ScriptSplitter;
import dev.cairn.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import dev.cairn.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

/**
 * Objects of kinds Cairn does not model (an operator, an operator class…) are neither created nor dropped by a plan:
 * when the target needs one the source lacks, the diff warns, naming it and its user, instead of leaving the failure
 * to the apply. And a defined object that would have to be dropped and created again while kept objects use it is
 * left alone with a warning, not dropped by a statement that fails.
 */
@DatabaseTest
class UnmodelledObjectWarningTest {
    private static final IntrospectOptions READ = new IntrospectOptions(List.of(), List.of(), false, false, null, null);

    private static final String OPERATOR = """
            CREATE FUNCTION same_len(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT length($1) = length($2)';
            CREATE OPERATOR === (LEFTARG = text, RIGHTARG = text, FUNCTION = same_len);
            """;

    private static ChangeSet diff(String from, String to) throws SQLException {
        try (ScratchDatabase dbA = DevDatabases.createDatabase(); ScratchDatabase dbB = DevDatabases.createDatabase();
                Connection a = dbA.connect(); Connection b = dbB.connect()) {
            load(a, from);
            load(b, to);
            Catalog catA = RoundTrip.introspect(a, READ);
            Catalog catB = RoundTrip.introspect(b, READ);
            return Differ.diff(catA, catB, DiffOptions.defaults());
        }
    }

    private static void load(Connection c, String sql) throws SQLException {
        for (SqlStatement s : ScriptSplitter.split(sql, "schema.sql")) {
            try (Statement st = c.createStatement()) {
                st.execute(s.sql());
            }
        }
    }

    @Test
    void anIdentityColumnAddedToAnInheritedTableIsAWarningNotAFailingStatement() throws SQLException {
        // the target can only be made by giving the parent its identity column before the child inherits it
        ChangeSet cs = diff("CREATE TABLE p (id int); CREATE TABLE c (note text) INHERITS (p);",
                "CREATE TABLE p (id int, n bigint GENERATED ALWAYS AS IDENTITY); CREATE TABLE c (note text) INHERITS (p);");
        assertThat(cs.warnings()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(Warning.Kind.UNSUPPORTED);
            assertThat(w.object()).isEqualTo("public.p.n");
            assertThat(w.message()).contains("inherit").contains("ADD GENERATED");
        });
        assertThat(PostgresRenderer.render(cs).toSql()).doesNotContain("ADD COLUMN n");
    }

    @Test
    void columnsOfATableWhoseRowTypeIsStoredElsewhereAreAWarning() throws SQLException {
        String used = "CREATE TYPE wrap AS (x integer, y t); CREATE TABLE keep (id int, w wrap);";
        ChangeSet cs = diff("CREATE TABLE t (id int, a int);" + used, "CREATE TABLE t (id int, b int);" + used);
        assertThat(cs.warnings()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(Warning.Kind.UNSUPPORTED);
            assertThat(w.object()).isEqualTo("public.t");
            assertThat(w.message()).contains("public.keep").contains("row type");
        });
        // a table merely reading it, or stored nowhere: no such warning
        ChangeSet free = diff("CREATE TABLE t (id int, a int); CREATE VIEW v AS SELECT * FROM t;",
                "CREATE TABLE t (id int, b int); CREATE VIEW v AS SELECT * FROM t;");
        assertThat(free.warnings()).noneMatch(w -> w.message().contains("row type"));
    }

    @Test
    void aViewUsingAnOperatorTheSourceLacksIsNamedWithTheOperator() throws SQLException {
        ChangeSet cs = diff("CREATE TABLE t (a text, b text);",
                "CREATE TABLE t (a text, b text);" + OPERATOR + "CREATE VIEW same AS SELECT a === b AS eq FROM t;");
        assertThat(cs.warnings()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(Warning.Kind.UNSUPPORTED);
            assertThat(w.object()).isEqualTo("public.same");
            assertThat(w.message()).contains("operator public.===(").contains("does not model");
        });
        // the warning travels with the plan
        assertThat(PostgresRenderer.render(cs).warnings()).anyMatch(w -> w.message().contains("operator public.==="));
    }

    @Test
    void anOperatorClassUsedByANewIndexIsNamed() throws SQLException {
        String opclass = OPERATOR + """
                CREATE FUNCTION len_cmp(text, text) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT length($1) - length($2)';
                CREATE OPERATOR CLASS len_ops FOR TYPE text USING btree AS FUNCTION 1 len_cmp(text, text);
                """;
        ChangeSet cs = diff("CREATE TABLE t (a text);", opclass + "CREATE TABLE t (a text); CREATE INDEX t_a ON t (a len_ops);");
        assertThat(cs.warnings()).anySatisfy(w -> {
            assertThat(w.object()).isEqualTo("public.t");
            assertThat(w.message()).contains("operator class public.len_ops USING btree");
        });
    }

    @Test
    void noWarningWhenTheSourceAlreadyUsesIt() throws SQLException {
        String from = "CREATE TABLE t (a text, b text);" + OPERATOR + "CREATE VIEW same AS SELECT a === b AS eq FROM t;";
        ChangeSet cs = diff(from, from + "CREATE VIEW same2 AS SELECT a === b AS eq, a FROM t;");
        assertThat(cs.warnings()).noneMatch(w -> w.kind() == Warning.Kind.UNSUPPORTED);
        assertThat(cs.isEmpty()).isFalse();
    }

    @Test
    void anOperatorOnAFunctionThePlanDropsIsNamed() throws SQLException {
        ChangeSet cs = diff(OPERATOR, "");
        assertThat(cs.changes()).anyMatch(c -> c instanceof Change.DropRoutine);
        assertThat(cs.warnings()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(Warning.Kind.UNSUPPORTED);
            assertThat(w.object()).startsWith("operator public.===(");
            assertThat(w.message()).contains("does not drop it").contains("routine public.same_len(text, text)");
        });
    }

    @Test
    void anOperatorOnAFunctionThePlanRecreatesIsNamed() throws SQLException {
        String named = OPERATOR.replace("same_len(text, text)", "same_len(a text, b text)");
        // a renamed parameter: CREATE OR REPLACE cannot do it, the function is dropped and created again
        ChangeSet cs = diff(named, named.replace("(a text, b text)", "(x text, y text)"));
        assertThat(cs.changes()).anyMatch(c -> c instanceof Change.DropRoutine);
        assertThat(cs.warnings()).anySatisfy(w -> {
            assertThat(w.object()).startsWith("operator public.===(");
            assertThat(w.message()).contains("routine public.same_len(a text, b text)").contains("drops and creates again");
        });
    }

    @Test
    void aRedefinedCollationKeptColumnsUseIsLeftAloneWithAWarning() throws SQLException {
        ChangeSet cs = diff("""
                CREATE COLLATION nat (provider = icu, locale = 'und-u-kn-true');
                CREATE TABLE t (a text COLLATE nat);
                """, """
                CREATE COLLATION nat (provider = icu, locale = 'und-u-kn-true-ks-level2', deterministic = false);
                CREATE TABLE t (a text COLLATE nat);
                """);
        assertThat(cs.warnings()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(Warning.Kind.UNSUPPORTED);
            assertThat(w.object()).isEqualTo("collation public.nat");
            assertThat(w.message()).contains("but public.t still uses it");
        });
        assertThat(cs.changes()).noneMatch(c -> c instanceof Change.DropDefined);
    }
}
