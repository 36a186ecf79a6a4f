package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.plan.PlannedStatement;
import dev.cairn.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL 18's NOT NULL constraint names through renames (explicit ones: the corpus covers the rest): a name
 * PostgreSQL chose follows its column and is never written nor compared; a name of the schema's own is renamed to.
 */
@DatabaseTest
class NotNullNamesRoundTripTest {
    private static DiffOptions renames(String... specs) {
        DiffOptions o = DiffOptions.defaults();
        for (String s : specs) {
            o = o.withRename(s);
        }
        return o;
    }

    private static String sql(RoundTrip.Result r, boolean forward) {
        return String.join("\n", (forward ? r.forward() : r.backward()).statements().stream().map(PlannedStatement::sql).toList());
    }

    @Test
    void columnRenamedWhileANewColumnTakesItsName() {
        RoundTrip.Result r = RoundTrip.check("CREATE TABLE t (id text NOT NULL);",
                "CREATE TABLE t (x text NOT NULL, id int NOT NULL);", renames("public.t.id=x"));
        assertThat(sql(r, true)).doesNotContain("CONSTRAINT");
        assertThat(sql(r, false).indexOf("DROP COLUMN id")).isNotNegative().isLessThan(sql(r, false).indexOf("RENAME COLUMN x TO id"));
    }

    @Test
    void columnRenamedAndReaddedInTheTargetItself() {
        RoundTrip.Result r = RoundTrip.check("CREATE TABLE t (id text NOT NULL);",
                "CREATE TABLE t (id text NOT NULL); ALTER TABLE t RENAME id TO x; ALTER TABLE t ADD COLUMN id int NOT NULL;",
                renames("public.t.id=x"));
        assertThat(sql(r, true)).doesNotContain("CONSTRAINT");
    }

    /** t_id_not_null stays on t2 after the rename: it is the default name under the table's old name, no difference. */
    @Test
    void tableRenameKeepsGeneratedNames() {
        RoundTrip.Result r = RoundTrip.check("CREATE TABLE t (id int NOT NULL, a text NOT NULL);",
                "CREATE TABLE t2 (id int NOT NULL, a text NOT NULL);", renames("public.t=public.t2"));
        assertThat(r.forward().statements()).hasSize(1);
        assertThat(sql(r, true)).contains("RENAME TO t2");
        assertThat(r.backward().statements()).hasSize(1);
    }

    @Test
    void tableRenameKeepsTheSchemasOwnName() {
        RoundTrip.Result r = RoundTrip.check("CREATE TABLE t (id int CONSTRAINT id_required NOT NULL);",
                "CREATE TABLE t2 (id int CONSTRAINT id_required NOT NULL);", renames("public.t=public.t2"));
        assertThat(r.forward().statements()).hasSize(1);
    }

    /** The source's constraint is found under the names the table and column had before the renames. */
    @Test
    void renamesThenTheSchemasOwnName() {
        RoundTrip.Result r = RoundTrip.check("CREATE TABLE t (id int NOT NULL);",
                "CREATE TABLE t2 (x int CONSTRAINT x_required NOT NULL);", renames("public.t=public.t2", "public.t2.id=x"));
        assertThat(sql(r, true)).contains("RENAME CONSTRAINT t_id_not_null TO x_required");
        assertThat(sql(r, false)).contains("RENAME CONSTRAINT x_required TO t_id_not_null");
    }

    /** A name the schema gives that PostgreSQL would have given the old column is PostgreSQL's: nothing to rename. */
    @Test
    void generatedNameInTheSchemaIsNotRenamedTo() {
        RoundTrip.Result r = RoundTrip.check("CREATE TABLE t (id int NOT NULL, a int);",
                "CREATE TABLE t (x int CONSTRAINT t_id_not_null NOT NULL, a int);", renames("public.t.id=x"));
        assertThat(r.forward().statements()).hasSize(1);
    }
}
