package dev.cairn.majors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.check.ReplayCheck;
import dev.cairn.check.ReplayReport;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.drift.DriftDetector;
import dev.cairn.drift.DriftReport;
import dev.cairn.events.EventSink;
import dev.cairn.events.RunEvents;
import dev.cairn.generate.Generator;
import dev.cairn.generate.SchemaDiff;
import dev.cairn.generate.SchemaPull;
import dev.cairn.migrate.MigrationState;
import dev.cairn.migrate.Migrator;
import dev.cairn.project.Project;
import dev.cairn.project.TargetSelection;
import dev.cairn.testing.DatabaseTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A project generated on one major and deployed to another: no false drift, check --replay passes, pull from that
 * major loads back equal, and a project set to that major generates only what it accepts. The majors are those of
 * {@value #MAJORS_PROPERTY} (default 13 and 15, which CI has; {@code -Dcairn.test.majors=13,14,15,16,17} for all).
 */
@DatabaseTest
class CrossMajorTest {
    static final String MAJORS_PROPERTY = "cairn.test.majors";

    /**
     * The cases the issue names: a plain view (printed with or without table qualification), a routine whose
     * parameter is named after a type keyword, an extension whose default version differs between majors.
     */
    static final String SCHEMA = """
            CREATE EXTENSION ltree;
            CREATE TABLE t (id int PRIMARY KEY, name text, path ltree);
            CREATE VIEW v AS SELECT id, name FROM t WHERE id > 0;
            CREATE FUNCTION f("json" json) RETURNS int LANGUAGE sql AS 'SELECT 1';
            CREATE INDEX t_path ON t USING gist (path);
            """;

    @TempDir
    Path dir;

    static Stream<Integer> majors() {
        return Arrays.stream(System.getProperty(MAJORS_PROPERTY, "13,15").split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).map(Integer::valueOf).filter(m -> m != DevDatabases.defaultMajor());
    }

    private Project project(Path at, String yaml, String schema) throws IOException {
        Files.createDirectories(at.resolve("schema"));
        Files.createDirectories(at.resolve("migrations"));
        Files.writeString(at.resolve("cairn.yaml"), yaml);
        Files.writeString(at.resolve("schema/app.sql"), schema);
        return Project.load(at, Map.of());
    }

    private static void generate(Project p) {
        Generator.Result r = Generator.generate(p, new Generator.Options("app", List.of(), false, Generator.RenameChooser.NEVER));
        assertThat(r.migration()).exists();
    }

    private static void migrate(Project p, ScratchDatabase db) {
        try (Project.Target t = p.connect("local", db.jdbcUrl())) {
            Migrator.throwIfFailed(t.migrator(new RunEvents(EventSink.NONE, "local")).migrate(MigrationState.Options.DEFAULT, false));
        }
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void generatedOnTheDefaultMajorAndMigratedIntoAnotherShowsNoDrift(int major) throws Exception {
        Project p = project(dir, "", SCHEMA);
        generate(p);
        try (ScratchDatabase db = DevDatabases.createDatabase(major)) {
            migrate(p, db);
            DriftReport drift = DriftDetector.detect(p, "local", db.jdbcUrl());
            assertThat(drift.differences()).as("drift on %d", major).isEmpty();
            assertThat(drift.fixSql()).isEmpty();
            assertThat(drift.notices()).anySatisfy(n -> assertThat(n).contains("replayed on a PostgreSQL " + major));
            DriftReport replayed = DriftDetector.detect(p, "local", db.jdbcUrl(), true);
            assertThat(replayed.differences()).isEmpty();

            SchemaDiff d = SchemaDiff.compare(p, "schema", "url:" + db.jdbcUrl(), List.of());
            assertThat(d.changes().isEmpty()).as("%s", d.plan().toSql()).isTrue();
            SchemaDiff fromSnapshot = SchemaDiff.compare(p, "snapshot:migrations/.snapshots/V1.json", "url:" + db.jdbcUrl(),
                    List.of());
            assertThat(fromSnapshot.changes().isEmpty()).as("%s", fromSnapshot.plan().toSql()).isTrue();
        }
        ReplayReport check = ReplayCheck.run(p);
        assertThat(check.lines()).isEmpty();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void pullFromAnotherMajorLoadsBackEqual(int major) throws Exception {
        Project source = project(dir.resolve("source"), "", SCHEMA);
        generate(source);
        try (ScratchDatabase db = DevDatabases.createDatabase(major)) {
            migrate(source, db);
            Project pulled = project(dir.resolve("pulled"), "", "");
            Files.delete(dir.resolve("pulled/schema/app.sql"));
            SchemaPull pull = SchemaPull.run(pulled, new TargetSelection("local", db.jdbcUrl()), false);
            assertThat(pull.result().files()).isNotEmpty();
            SchemaDiff d = SchemaDiff.compare(pulled, "schema", "url:" + db.jdbcUrl(), List.of());
            assertThat(d.changes().isEmpty()).as("%s", d.plan().toSql()).isTrue();
        }
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void privilegesGeneratedForAMajorAreOnesItAccepts(int major) throws Exception {
        // GRANT ALL covers MAINTAIN from 17 on: a project set to an older major must not write it.
        Project p = project(dir, "postgres: { version: " + major + " }\ncatalog: { privileges: true }\n",
                "CREATE TABLE t (id int PRIMARY KEY);\nGRANT ALL ON t TO PUBLIC;\n");
        generate(p);
        String sql = Files.readString(dir.resolve("migrations/V1__app.sql"));
        assertThat(sql).contains("GRANT");
        if (major < 17) {
            assertThat(sql).doesNotContain("MAINTAIN");
        }
        try (ScratchDatabase db = DevDatabases.createDatabase(major)) {
            migrate(p, db);
            DriftReport drift = DriftDetector.detect(p, "local", db.jdbcUrl());
            assertThat(drift.differences()).isEmpty();
            assertThat(drift.notices()).anySatisfy(n -> assertThat(n).contains("was read from"));
        }
    }
}
