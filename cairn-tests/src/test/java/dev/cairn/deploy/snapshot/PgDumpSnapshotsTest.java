package dev.cairn.deploy.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.config.DeploySettings.SnapshotSettings;
import dev.cairn.db.DevDatabases;
import dev.cairn.testing.DatabaseTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * provider: pg_dump with the machine's pg_dump (15) against an embedded server of major 15, and against the default
 * (newer) major that pg_dump 15 cannot dump.
 */
@DatabaseTest
class PgDumpSnapshotsTest {
    static final int DUMPABLE_MAJOR = 15;
    static final Path DIRECTORY = Path.of(".cairn/snapshots");

    @TempDir
    Path dir;

    private SnapshotDb fixture(int major) throws Exception {
        SnapshotDb fx = new SnapshotDb(dir, DevDatabases.createDatabase(major));
        fx.exec("CREATE TABLE t (id int PRIMARY KEY, note text, extra text);"
                + " INSERT INTO t VALUES (1, 'one', 'x'), (2, 'two', 'y')");
        return fx;
    }

    private static SnapshotSettings.PgDump settings() {
        return new SnapshotSettings.PgDump(DIRECTORY, null, null, 2);
    }

    @Test
    void restoreBringsBackTheRowsAndSchemaOfTheDumpAndKeepsIt() throws Exception {
        SnapshotDb fx = fixture(DUMPABLE_MAJOR);
        try (fx.target; var db = fx.db) {
            SnapshotProvider snapshots = SnapshotProviders.open(fx.target, settings(), fx.runEvents);
            Snapshot s = snapshots.create("before V2");
            Path file = dir.resolve(DIRECTORY).resolve(s.id() + ".dump");
            assertThat(s.id()).startsWith(db.name() + "-");
            assertThat(Path.of(s.location())).isEqualTo(file.toAbsolutePath().normalize());
            assertThat(file).isRegularFile();
            JsonNode sidecar = new ObjectMapper().readTree(dir.resolve(DIRECTORY).resolve(s.id() + ".dump.json").toFile());
            assertThat(sidecar.path("env").asText()).isEqualTo("local");
            assertThat(sidecar.path("database").asText()).isEqualTo(db.name());
            assertThat(sidecar.path("serverMajor").asInt()).isEqualTo(DUMPABLE_MAJOR);
            assertThat(sidecar.path("label").asText()).isEqualTo("before V2");

            fx.exec("INSERT INTO t VALUES (3, 'three', 'z'); ALTER TABLE t DROP COLUMN extra; CREATE TABLE later (x int)");
            try (Connection held = db.connect()) {
                snapshots.restore(s.id());
                assertThat(held.isValid(2)).isFalse();
            }
            assertThat(fx.column("SELECT id || ':' || note || ':' || extra FROM t ORDER BY id"))
                    .containsExactly("1:one:x", "2:two:y");
            assertThat(fx.column("SELECT to_regclass('later')::text")).containsOnlyNulls();
            assertThat(fx.databases(db.name() + "_")).isEmpty(); // no temporary or old database left
            assertThat(snapshots.list()).extracting(Snapshot::id).containsExactly(s.id());
            assertThat(file).isRegularFile();
            assertThat(fx.eventTypes()).containsExactly("snapshot.created", "snapshot.restored");
        }
    }

    @Test
    void listsThisEnvironmentsDumpsNewestFirstDeletesAndPrunes() throws Exception {
        SnapshotDb fx = fixture(DUMPABLE_MAJOR);
        try (fx.target; var db = fx.db) {
            SnapshotProvider snapshots = SnapshotProviders.open(fx.target, settings(), null);
            Snapshot a = snapshots.create(null);
            Snapshot b = snapshots.create(null);
            Snapshot c = snapshots.create(null);
            SnapshotProvider staging = new PgDumpSnapshots(fx.target.db(), "staging", dir.resolve(DIRECTORY), null, null,
                    Clock.systemUTC());
            Snapshot other = staging.create(null);
            Files.writeString(dir.resolve(DIRECTORY).resolve("notes.dump.json"), "{ not ours");

            assertThat(snapshots.list()).extracting(Snapshot::id).containsExactly(c.id(), b.id(), a.id());
            assertThat(staging.list()).extracting(Snapshot::id).containsExactly(other.id());
            assertThatThrownBy(() -> snapshots.restore(other.id())).isInstanceOfSatisfying(CairnException.class,
                    e -> assertThat(e.getMessage()).contains("No snapshot '" + other.id() + "'", a.id(), b.id(), c.id()));

            assertThat(snapshots.prune(2)).extracting(Snapshot::id).containsExactly(a.id());
            assertThat(dir.resolve(DIRECTORY).resolve(a.id() + ".dump")).doesNotExist();
            assertThat(dir.resolve(DIRECTORY).resolve(a.id() + ".dump.json")).doesNotExist();
            snapshots.delete(c.id());
            assertThat(snapshots.list()).extracting(Snapshot::id).containsExactly(b.id());
            assertThat(staging.list()).extracting(Snapshot::id).containsExactly(other.id());
        }
    }

    @Test
    void aRestoreThatFailsLeavesTheDatabaseUnchanged() throws Exception {
        SnapshotDb fx = fixture(DUMPABLE_MAJOR);
        try (fx.target; var db = fx.db) {
            SnapshotProvider snapshots = SnapshotProviders.open(fx.target, settings(), fx.runEvents);
            Snapshot s = snapshots.create(null);
            fx.exec("INSERT INTO t VALUES (3, 'three', 'z')");
            Files.writeString(dir.resolve(DIRECTORY).resolve(s.id() + ".dump"), "not a dump");
            assertThatThrownBy(() -> snapshots.restore(s.id())).isInstanceOfSatisfying(CairnException.class, e -> {
                assertThat(e.exitCode()).isEqualTo(ExitCode.DATABASE);
                assertThat(e.getMessage()).contains("pg_restore failed", "is unchanged");
            });
            assertThat(fx.column("SELECT count(*) FROM t")).containsExactly("3");
            assertThat(fx.databases(db.name() + "_")).isEmpty();
            assertThat(fx.eventTypes()).containsExactly("snapshot.created");
        }
    }

    @Test
    void aServerNewerThanEveryPgDumpIsRefusedWithWhatToInstall() throws Exception {
        int major = DevDatabases.servers().defaultMajor();
        Integer onPath = PgTools.major("pg_dump");
        org.junit.jupiter.api.Assumptions.assumeTrue(onPath != null && onPath < major,
                "needs a pg_dump older than the bundled server");
        SnapshotDb fx = fixture(major);
        try (fx.target; var db = fx.db) {
            SnapshotProvider snapshots = SnapshotProviders.open(fx.target, settings(), fx.runEvents);
            assertThatThrownBy(() -> snapshots.create(null)).isInstanceOfSatisfying(CairnException.class, e -> {
                assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                assertThat(e.getMessage()).contains("No pg_dump of PostgreSQL " + major + " or newer",
                        "runs PostgreSQL " + major, "found only pg_dump " + onPath, "postgresql-client-" + major,
                        "snapshot.pgDump");
            });
            assertThat(snapshotFiles()).isEmpty();

            SnapshotProvider configured = SnapshotProviders.open(fx.target,
                    new SnapshotSettings.PgDump(DIRECTORY, "/nowhere/pg_dump", null, 0), null);
            assertThatThrownBy(() -> configured.create(null))
                    .hasMessageContaining("snapshot.pgDump is /nowhere/pg_dump, which does not run");
        }
    }

    private Stream<Path> snapshotFiles() throws IOException {
        Path d = dir.resolve(DIRECTORY);
        return Files.isDirectory(d) ? Files.list(d).toList().stream() : Stream.empty();
    }
}
