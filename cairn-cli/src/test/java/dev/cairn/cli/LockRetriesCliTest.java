package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lockRetries from cairn.yaml through cairn migrate: the progress line, and the exit codes (3, and 4 at the deadline). */
@Tag("db")
class LockRetriesCliTest {
    @TempDir
    Path tmp;
    ScratchDatabase db;
    Path migrations;
    String url;
    Connection blocker;

    @BeforeEach
    void project() throws Exception {
        db = DevDatabases.createDatabase();
        url = db.jdbcUrl() + "&user=" + db.user();
        migrations = tmp.resolve("migrations");
        Files.createDirectories(migrations);
        Files.writeString(migrations.resolve("V1__alter_t.sql"), "ALTER TABLE t ADD COLUMN note text;\n");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id int); INSERT INTO t VALUES (1)");
        }
        // A competing transaction that keeps a row lock on t for the whole test.
        blocker = db.connect();
        blocker.setAutoCommit(false);
        try (Statement s = blocker.createStatement()) {
            s.execute("SELECT * FROM t FOR UPDATE");
        }
    }

    @AfterEach
    void drop() throws Exception {
        blocker.close();
        db.close();
    }

    private void config(String localKeys) throws Exception {
        Files.writeString(tmp.resolve("cairn.yaml"), "migrations: migrations\nenvironments:\n  local:\n    lockTimeout: 200ms\n"
                + localKeys);
    }

    private CliRun migrate() {
        return CliRun.inProcess("--dir", tmp.toString(), "--url", url, "migrate");
    }

    @Test
    void byDefaultALockTimeoutIsRetriedThreeTimes() throws Exception {
        config("    lockRetryBackoff: 20ms\n");
        CliRun r = migrate();
        assertThat(r.exitCode()).as(r.all()).isEqualTo(3);
        assertThat(r.all()).contains("retry 1/3", "retry 3/3", "on each of 4 attempts").doesNotContain("retry 4/");
    }

    @Test
    void withLockRetriesZeroALockTimeoutFailsAtOnceWithExit3() throws Exception {
        config("    lockRetries: 0\n");
        CliRun r = migrate();
        assertThat(r.exitCode()).as(r.all()).isEqualTo(3);
        assertThat(r.all()).contains("longer than lockTimeout (200ms)", "set lockRetries").doesNotContain("retry 1/");
    }

    @Test
    void exhaustedRetriesPrintEachRetryAndExit3SayingHowManyAttempts() throws Exception {
        config("    lockRetries: 2\n    lockRetryBackoff: 50ms\n");
        CliRun r = migrate();
        assertThat(r.exitCode()).as(r.all()).isEqualTo(3);
        assertThat(r.all()).contains("  lock timeout on V1__alter_t.sql; retry 1/2 in 5", "  lock timeout on V1__alter_t.sql; retry 2/2 in 1",
                "on each of 3 attempts", "Find the session holding the lock", "raise lockRetries or lockTimeout");
    }

    @Test
    void aBackoffPastTheDeadlineExits4WithoutWaiting() throws Exception {
        config("    lockRetries: 3\n    lockRetryBackoff: 30s\n    timeout: 3s\n");
        long t0 = System.nanoTime();
        CliRun r = migrate();
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(3000);
        assertThat(r.exitCode()).as(r.all()).isEqualTo(4);
        assertThat(r.all()).contains("would end after the run's deadline (timeout 3s").doesNotContain("retry 1/");
    }
}
