package dev.cairn.majors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.catalog.SnapshotCodec;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.drift.DriftDetector;
import dev.cairn.drift.DriftReport;
import dev.cairn.events.EventSink;
import dev.cairn.events.RunEvents;
import dev.cairn.generate.Generator;
import dev.cairn.generate.SchemaDiff;
import dev.cairn.migrate.MigrationState;
import dev.cairn.migrate.Migrator;
import dev.cairn.project.Project;
import dev.cairn.testing.DatabaseTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots record the server major they were made on, and nothing compares them with a catalog of another
 * major: drift replays on the database's major instead, diff rebuilds the snapshot on it.
 */
@DatabaseTest
class SnapshotMajorTest {
    @TempDir
    Path dir;

    private Project generated(String yaml) throws IOException {
        Files.writeString(dir.resolve("cairn.yaml"), yaml);
        Files.createDirectories(dir.resolve("schema"));
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("schema/app.sql"), "CREATE TABLE t (id int, name text);\n"
                + "CREATE VIEW v AS SELECT id, name FROM t WHERE id > 0;\n");
        Generator.generate(Project.load(dir, Map.of()), new Generator.Options("app", List.of(), false,
                Generator.RenameChooser.NEVER));
        return Project.load(dir, Map.of());
    }

    private Path snapshot() {
        return dir.resolve("migrations/.snapshots/V1.json");
    }

    /** Rewrites the snapshot as if it had been made on {@code major}. */
    private void pretendMadeOn(int major) throws IOException {
        SnapshotCodec.Snapshot s = SnapshotCodec.read(Files.readString(snapshot()), "V1.json");
        Files.writeString(snapshot(), SnapshotCodec.write(new SnapshotCodec.Snapshot(s.format(), major, s.sourcesHash(),
                s.catalog())));
    }

    private static int otherMajor() {
        return DevDatabases.defaultMajor() == 13 ? 14 : 13;
    }

    private ScratchDatabase migrated(Project project) {
        ScratchDatabase db = DevDatabases.createDatabase();
        try (Project.Target t = project.connect("local", db.jdbcUrl())) {
            Migrator.throwIfFailed(t.migrator(new RunEvents(EventSink.NONE, "local"))
                    .migrate(MigrationState.Options.DEFAULT, false));
        }
        return db;
    }

    @Test
    void generateRecordsTheMajorItRanOn() throws Exception {
        generated("");
        SnapshotCodec.Snapshot s = SnapshotCodec.read(Files.readString(snapshot()), "V1.json");
        assertThat(s.serverMajor()).isEqualTo(DevDatabases.defaultMajor());
        assertThat(Files.readString(snapshot())).contains("\"serverMajor\" : " + DevDatabases.defaultMajor());
    }

    @Test
    void driftReadsASnapshotOfTheDatabasesOwnMajor() throws Exception {
        Project p = generated("");
        try (ScratchDatabase db = migrated(p)) {
            DriftReport r = DriftDetector.detect(p, "local", db.jdbcUrl());
            assertThat(r.differences()).isEmpty();
            assertThat(r.notices()).anySatisfy(n -> assertThat(n).contains("was read from"));
        }
    }

    @Test
    void driftReplaysOnTheDatabasesMajorWhenTheSnapshotWasMadeOnAnother() throws Exception {
        Project p = generated("");
        pretendMadeOn(otherMajor());
        try (ScratchDatabase db = migrated(p)) {
            DriftReport r = DriftDetector.detect(p, "local", db.jdbcUrl());
            assertThat(r.differences()).isEmpty();
            assertThat(r.replayed()).isEqualTo(1);
            assertThat(r.notices()).anySatisfy(n -> assertThat(n).contains("was made on PostgreSQL " + otherMajor()
                    + " and the database runs " + DevDatabases.defaultMajor(), "replayed"));
            assertThat(r.notices()).noneSatisfy(n -> assertThat(n).contains("was read from"));
        }
    }

    @Test
    void driftNotesAConfiguredMajorTheServerDoesNotRun() throws Exception {
        Project p = generated("");
        Files.writeString(dir.resolve("cairn.yaml"), "postgres:\n  version: " + otherMajor() + "\n");
        Project configured = Project.load(dir, Map.of());
        try (ScratchDatabase db = migrated(p)) {
            DriftReport r = DriftDetector.detect(configured, "local", db.jdbcUrl());
            assertThat(r.differences()).isEmpty();
            assertThat(r.notices()).anySatisfy(n -> assertThat(n).contains("sets postgres.version " + otherMajor(),
                    "runs PostgreSQL " + DevDatabases.defaultMajor()));
        }
    }

    @Test
    void diffRebuildsASnapshotOfAnotherMajorOnTheLiveDatabasesMajor() throws Exception {
        Project p = generated("");
        pretendMadeOn(otherMajor());
        try (ScratchDatabase db = migrated(p)) {
            SchemaDiff d = SchemaDiff.compare(p, "snapshot:migrations/.snapshots/V1.json", "url:" + db.jdbcUrl(), List.of());
            assertThat(d.changes().isEmpty()).as("%s", d.plan().toSql()).isTrue();
            assertThat(d.notices()).anySatisfy(n -> assertThat(n).contains("was made on PostgreSQL " + otherMajor(),
                    "rebuilt on a PostgreSQL " + DevDatabases.defaultMajor()));
        }
    }

    @Test
    void diffOfTwoSourcesOfTheSameMajorSaysNothingAboutMajors() throws Exception {
        Project p = generated("");
        try (ScratchDatabase db = migrated(p)) {
            SchemaDiff d = SchemaDiff.compare(p, "snapshot:migrations/.snapshots/V1.json", "url:" + db.jdbcUrl(), List.of());
            assertThat(d.changes().isEmpty()).isTrue();
            assertThat(d.notices()).isEmpty();
        }
    }
}
