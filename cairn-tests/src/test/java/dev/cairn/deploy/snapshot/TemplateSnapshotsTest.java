package dev.cairn.deploy.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.config.DeploySettings.SnapshotSettings;
import dev.cairn.db.DevDatabases;
import dev.cairn.testing.DatabaseTest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** provider: template against the embedded server: copies, restore by swap, the marker comment, blocking sessions. */
@DatabaseTest
class TemplateSnapshotsTest {
    @TempDir
    Path dir;
    SnapshotDb fx;
    SnapshotProvider snapshots;

    @BeforeEach
    void open() throws Exception {
        fx = new SnapshotDb(dir, DevDatabases.createDatabase());
        snapshots = SnapshotProviders.open(fx.target, new SnapshotSettings.Template(3), fx.runEvents);
        fx.exec("CREATE TABLE t (id int PRIMARY KEY, note text, extra text);"
                + " INSERT INTO t VALUES (1, 'one', 'x'), (2, 'two', 'y')");
    }

    @AfterEach
    void close() throws SQLException {
        for (String name : fx.databases(fx.db.name() + "_")) {
            fx.exec("DROP DATABASE IF EXISTS \"" + name + "\"");
        }
        fx.target.close();
        fx.db.close();
    }

    @Test
    void restoreBringsBackTheRowsAndSchemaOfTheSnapshotAndKeepsIt() throws Exception {
        fx.exec("ALTER DATABASE \"" + fx.db.name() + "\" SET work_mem = '7MB'");
        Snapshot s = snapshots.create("before V2");
        assertThat(s.id()).startsWith(fx.db.name() + "_snap_").isEqualTo(s.location());
        assertThat(s.provider()).isEqualTo("template");

        fx.exec("INSERT INTO t VALUES (3, 'three', 'z'); ALTER TABLE t DROP COLUMN extra; UPDATE t SET note = 'changed'");
        // a session on the target does not stop a restore: it is ended
        try (Connection held = fx.db.connect()) {
            snapshots.restore(s.id());
            assertThat(held.isValid(2)).isFalse();
        }

        assertThat(fx.column("SELECT id || ':' || note || ':' || extra FROM t ORDER BY id")).containsExactly("1:one:x", "2:two:y");
        assertThat(fx.column("SELECT current_setting('work_mem')")).containsExactly("7MB");
        assertThat(fx.column("SELECT datallowconn::text FROM pg_database WHERE datname = current_database()"))
                .containsExactly("true");
        assertThat(snapshots.list()).extracting(Snapshot::id).containsExactly(s.id());
        assertThat(fx.databases(fx.db.name() + "_")).containsExactly(s.id()); // no temporary or old copy left
        assertThat(fx.eventTypes()).containsExactly("snapshot.created", "snapshot.restored");
        assertThat(fx.events.get(1).fields()).containsEntry("id", s.id()).containsEntry("provider", "template")
                .containsKey("durationMs");

        // the snapshot is still good for a second restore
        fx.exec("DELETE FROM t");
        snapshots.restore(s.id());
        assertThat(fx.column("SELECT count(*) FROM t")).containsExactly("2");
    }

    @Test
    void restoreKeepsTheDatabasesOwnerGrantsAndConnectionLimit() throws Exception {
        String owner = "snap_owner_" + Long.toHexString(System.nanoTime());
        String reader = owner.replace("owner", "reader");
        String db = "\"" + fx.db.name() + "\"";
        fx.exec("CREATE ROLE " + owner + "; CREATE ROLE " + reader);
        try {
            fx.exec("ALTER DATABASE " + db + " OWNER TO " + owner + "; REVOKE ALL ON DATABASE " + db + " FROM PUBLIC;"
                    + " GRANT CONNECT ON DATABASE " + db + " TO " + reader + "; ALTER DATABASE " + db
                    + " CONNECTION LIMIT 40");
            String describe = "SELECT pg_get_userbyid(datdba) || ' ' || datconnlimit || ' ' || array_to_string("
                    + "ARRAY(SELECT a FROM unnest(datacl::text[]) a ORDER BY 1), ',') FROM pg_database"
                    + " WHERE datname = current_database()";
            List<String> before = fx.column(describe);
            assertThat(before.get(0)).startsWith(owner + " 40 ").contains(reader + "=c/");
            Snapshot s = snapshots.create(null);
            fx.exec("INSERT INTO t VALUES (3, 'three', 'z')");
            snapshots.restore(s.id());
            assertThat(fx.column(describe)).isEqualTo(before);
            assertThat(fx.column("SELECT count(*) FROM t")).containsExactly("2");
        } finally {
            fx.exec("ALTER DATABASE " + db + " OWNER TO CURRENT_USER");
            for (String name : fx.databases(fx.db.name() + "_")) {
                fx.exec("DROP DATABASE IF EXISTS \"" + name + "\"");
            }
            fx.exec("REVOKE ALL ON DATABASE " + db + " FROM " + reader + "; DROP ROLE " + reader + "; DROP ROLE " + owner);
        }
    }

    @Test
    void listsOnlyCairnsSnapshotsOfThisEnvironmentNewestFirstAndPrunes() throws Exception {
        Snapshot a = snapshots.create(null);
        Snapshot b = snapshots.create(null);
        Snapshot c = snapshots.create(null);
        // a database with a snapshot-like name but no marker, and one marked for another environment
        fx.exec("CREATE DATABASE \"" + fx.db.name() + "_snap_19990101000000\" TEMPLATE \"" + fx.db.name() + "\"");
        SnapshotProvider staging = new TemplateSnapshots(fx.target.db(), "staging", Clock.systemUTC());
        Snapshot other = staging.create(null);

        assertThat(snapshots.list()).extracting(Snapshot::id).containsExactly(c.id(), b.id(), a.id());
        assertThat(staging.list()).extracting(Snapshot::id).containsExactly(other.id());

        assertThatThrownBy(() -> snapshots.delete("nope")).isInstanceOfSatisfying(CairnException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(e.getMessage()).contains("No snapshot 'nope'", c.id(), b.id(), a.id());
        });
        assertThatThrownBy(() -> snapshots.restore(other.id())).hasMessageContaining("No snapshot '" + other.id() + "'");

        assertThat(snapshots.prune(1)).extracting(Snapshot::id).containsExactly(b.id(), a.id());
        assertThat(snapshots.list()).extracting(Snapshot::id).containsExactly(c.id());
        assertThat(snapshots.prune(0)).isEmpty();
        snapshots.delete(c.id());
        assertThat(snapshots.list()).isEmpty();
        assertThat(fx.databases(fx.db.name() + "_snap_")).containsExactly(fx.db.name() + "_snap_19990101000000",
                other.id());
        assertThat(fx.eventTypes()).containsExactly("snapshot.created", "snapshot.created", "snapshot.created",
                "snapshot.deleted", "snapshot.deleted", "snapshot.deleted");
    }

    @Test
    void aSessionOnTheDatabaseStopsCreateWithAnErrorNamingIt() throws Exception {
        Properties p = new Properties();
        p.setProperty("ApplicationName", "billing-worker");
        try (Connection blocker = DriverManager.getConnection(fx.db.jdbcUrl(), p);
                Statement s = blocker.createStatement()) {
            s.execute("SELECT 1");
            assertThatThrownBy(() -> snapshots.create(null)).isInstanceOfSatisfying(CairnException.class, e -> {
                assertThat(e.exitCode()).isEqualTo(ExitCode.DATABASE);
                assertThat(e.getMessage()).contains("Cannot snapshot database " + fx.db.name(),
                        "1 session (1 × billing-worker from 127.0.0.1) is connected", "pg_dump");
            });
        }
        assertThat(snapshots.list()).isEmpty();
        assertThat(fx.databases(fx.db.name() + "_")).isEmpty();
        assertThat(fx.eventTypes()).isEmpty();
    }

    @Test
    void aFailedRestoreLeavesTheDatabaseAndTheSnapshotAsTheyWere() throws Exception {
        Snapshot s = snapshots.create(null);
        fx.exec("INSERT INTO t VALUES (3, 'three', 'z')");
        // a session on the snapshot itself: the copy cannot be made, and nothing may change
        try (Connection onSnapshot = DriverManager.getConnection(fx.db.jdbcUrl().replace("/" + fx.db.name() + "?",
                "/" + s.id() + "?"))) {
            assertThat(onSnapshot.isValid(2)).isTrue();
            assertThatThrownBy(() -> snapshots.restore(s.id())).isInstanceOf(CairnException.class)
                    .hasMessageContaining("Nothing was changed");
        }
        assertThat(fx.column("SELECT count(*) FROM t")).containsExactly("3");
        assertThat(snapshots.list()).extracting(Snapshot::id).containsExactly(s.id());
        assertThat(fx.databases(fx.db.name() + "_")).containsExactly(s.id());
        assertThat(List.copyOf(fx.eventTypes())).containsExactly("snapshot.created");
    }
}
