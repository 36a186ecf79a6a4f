package dev.cairn.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.catalog.Catalog;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.dialect.IntrospectOptions;
import dev.cairn.diff.DiffOptions;
import dev.cairn.diff.Differ;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.SumFile;
import dev.cairn.postgres.inspect.PostgresIntrospector;
import dev.cairn.postgres.sql.ScriptSplitter;
import dev.cairn.project.Project;
import dev.cairn.sql.SqlStatement;
import dev.cairn.testing.DatabaseTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two reported failures of issue 9 (PostgreSQL 18 names NOT NULL constraints), end to end through
 * {@link Generator}: a column renamed while a new column takes its old name, with and without {@code --rename}.
 * Each time generate writes the migration (it proves it on a scratch database first), and here the written files
 * are applied again on a fresh database: the migration reaches the schema files, its revert the previous schema.
 */
@DatabaseTest
class GenerateNotNullNamesTest {
    private static final String BEFORE = "CREATE TABLE t (id text NOT NULL, note text);\n";

    @TempDir
    Path tmp;

    /** The schema says x is id renamed (by its NOT NULL name t_id_not_null), and a new id: no rename given. */
    @Test
    void renamedColumnKeepsItsNotNullNameWhileANewColumnTakesTheOldName() throws Exception {
        String schema = BEFORE + "ALTER TABLE t RENAME id TO x;\nALTER TABLE t ADD COLUMN id integer NOT NULL;\n";
        Generator.Result result = generate(schema, List.of());

        String forward = Files.readString(result.migration());
        assertThat(forward).contains("ADD COLUMN x text NOT NULL").doesNotContain("CONSTRAINT t_id_not_null");
        replay(schema, result);
    }

    /** The same schema with --rename t.id=x: the revert drops the new id before renaming x back to id. */
    @Test
    void revertOfARenameDropsTheNewColumnBeforeRenamingBack() throws Exception {
        String schema = "CREATE TABLE t (x text NOT NULL, note text, id integer NOT NULL);\n";
        Generator.Result result = generate(schema, List.of(DiffOptions.Rename.column("public", "t", "id", "x")));

        String forward = Files.readString(result.migration());
        assertThat(forward.indexOf("RENAME COLUMN id TO x")).isNotNegative().isLessThan(forward.indexOf("ADD COLUMN id"));
        String revert = Files.readString(result.revert());
        assertThat(revert.indexOf("DROP COLUMN id")).isNotNegative().isLessThan(revert.indexOf("RENAME COLUMN x TO id"));
        replay(schema, result);
    }

    private Generator.Result generate(String schema, List<DiffOptions.Rename> renames) throws Exception {
        Files.writeString(tmp.resolve("cairn.yaml"), "schema: schema\nmigrations: migrations\n"
                + "environments:\n  local:\n    url: embedded\n");
        Files.createDirectories(tmp.resolve("schema"));
        Files.createDirectories(tmp.resolve("migrations"));
        Files.writeString(tmp.resolve("schema/01_t.sql"), schema);
        Files.writeString(tmp.resolve("migrations/V1__create_t.sql"), BEFORE);
        SumFile.write(MigrationDirectory.scan(tmp.resolve("migrations")));
        Generator.Result result = Generator.generate(Project.load(tmp, Map.of()),
                new Generator.Options("not_null_names", renames, true, Generator.RenameChooser.NEVER));
        assertThat(result.nothingToDo()).isFalse();
        assertThat(result.version()).isEqualTo("2");
        return result;
    }

    /** V1, then the generated V2 (reaches the schema files), then its U2 (back to V1's schema), on a fresh database. */
    private static void replay(String schema, Generator.Result result) throws Exception {
        try (ScratchDatabase db = DevDatabases.createDatabase(); ScratchDatabase want = DevDatabases.createDatabase();
                Connection c = db.connect(); Connection w = want.connect()) {
            run(w, schema);
            Catalog desired = introspect(w);
            run(c, BEFORE);
            Catalog before = introspect(c);
            run(c, Files.readString(result.migration()));
            assertThat(Differ.diff(introspect(c), desired).isEmpty()).as("V2 reaches the schema files").isTrue();
            run(c, Files.readString(result.revert()));
            Catalog reverted = introspect(c);
            assertThat(Differ.diff(reverted, before).isEmpty()).as("U2 returns to V1's schema").isTrue();
            assertThat(reverted.tables().get(0).columns()).isEqualTo(before.tables().get(0).columns());
        }
    }

    private static void run(Connection c, String sql) throws Exception {
        for (SqlStatement s : ScriptSplitter.split(sql, "script.sql")) {
            try (Statement st = c.createStatement()) {
                st.execute(s.sql());
            }
        }
    }

    private static Catalog introspect(Connection c) throws Exception {
        return PostgresIntrospector.introspect(c, IntrospectOptions.all());
    }
}
