package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a real cairn process while a no-transaction migration's CREATE INDEX CONCURRENTLY runs (issue 7,
 * item 4): the rerun must know which statements completed and settle the one in flight by itself.
 */
@Tag("db")
class KilledNoTransactionMigrationTest {
    private static final String BUILD = "CREATE INDEX CONCURRENTLY t_slow";

    @TempDir
    Path tmp;
    ScratchDatabase db;
    Path project;
    String url;

    @BeforeEach
    void project() throws Exception {
        db = DevDatabases.createDatabase();
        url = db.jdbcUrl() + "&user=" + db.user();
        project = tmp.resolve("p");
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("cairn.yaml"), "migrations: migrations\n");
        // Each row costs the build 0.2 s per pass (two passes), so the build runs for seconds: time to kill it.
        Files.writeString(project.resolve("migrations/V1__t.sql"), """
                CREATE TABLE t (v int);
                INSERT INTO t SELECT generate_series(1, 12);
                CREATE FUNCTION slow(x int) RETURNS int IMMUTABLE LANGUAGE plpgsql AS $$
                BEGIN PERFORM pg_sleep(0.2); RETURN x; END $$;
                """);
        Files.writeString(project.resolve("migrations/V2__idx.sql"), """
                -- cairn:no-transaction
                CREATE TABLE before_idx (id int);
                CREATE INDEX CONCURRENTLY t_slow ON t (slow(v));
                CREATE TABLE after_idx (id int);
                """);
    }

    @AfterEach
    void drop() {
        db.close();
    }

    private CliRun.Started migrate() throws Exception {
        return CliRun.start(tmp, "--dir", project.toString(), "--url", url, "migrate");
    }

    /** Starts migrate, waits until the index build is running on the server, then kills the process with SIGKILL. */
    private int killDuringTheBuild() throws Exception {
        CliRun.Started run = migrate();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Integer pid = null;
        while (pid == null) {
            assertThat(System.nanoTime()).as("the index build never started").isLessThan(deadline);
            assertThat(run.process().isAlive()).as("cairn ended before the build started").isTrue();
            pid = (Integer) query("SELECT pid FROM pg_stat_activity WHERE state = 'active' AND query LIKE '" + BUILD + "%'");
            if (pid == null) {
                Thread.sleep(20); // poll interval, not synchronisation: the condition above decides
            }
        }
        run.process().destroyForcibly();
        assertThat(run.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        return pid;
    }

    private Object query(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }

    private void assertRecovered(CliRun r) throws SQLException {
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.all()).contains("V2__idx.sql stopped", "after 1 of 3 statement(s)");
        assertThat(query("SELECT indisvalid FROM pg_index WHERE indexrelid = 't_slow'::regclass")).isEqualTo(true);
        assertThat(query("SELECT to_regclass('public.after_idx') IS NOT NULL")).isEqualTo(true);
        assertThat(query("SELECT count(*) FROM cairn_schema_history WHERE script = 'V2__idx.sql'")).isEqualTo(1L);
        assertThat(query("SELECT success AND statements_done = 3 FROM cairn_schema_history WHERE script = 'V2__idx.sql'"))
                .isEqualTo(true);
    }

    @Test
    void theBuildTheKilledRunLeftFinishesAndTheRerunCountsItAsDone() throws Exception {
        killDuringTheBuild();
        // The orphaned backend keeps building (and holds the migration lock) until it is done; the rerun waits
        // for the lock, then finds the index valid. CREATE TABLE before_idx is not run again (it would fail).
        CliRun r = migrate().finish(120);
        assertRecovered(r);
        assertThat(r.all()).contains("Index \"t_slow\"", "exists and is valid", "counts the statement as done");
    }

    @Test
    void anIndexLeftInvalidIsDroppedAndBuiltAgain() throws Exception {
        int backend = killDuringTheBuild();
        query("SELECT pg_terminate_backend(" + backend + ")");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (query("SELECT 1 FROM pg_stat_activity WHERE pid = " + backend) != null) {
            assertThat(System.nanoTime()).as("the terminated backend did not go away").isLessThan(deadline);
            Thread.sleep(20); // poll interval, not synchronisation: the condition above decides
        }
        assertThat(query("SELECT indisvalid FROM pg_index WHERE indexrelid = 't_slow'::regclass")).isEqualTo(false);
        CliRun r = migrate().finish(120);
        assertRecovered(r);
        assertThat(r.all()).contains("left INVALID", "dropped it and builds it again");
    }
}
