package dev.cairn.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.Cancellation;
import dev.cairn.ExitCode;
import dev.cairn.db.ConnectionSource;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.JdbcConnectionSource;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.db.TcpRelay;
import dev.cairn.events.RunEvents;
import dev.cairn.testing.DatabaseTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run under faults from outside its SQL: a server that never answers, a network that freezes, a
 * stopped backend, a terminated session, a stop request. Real server, real TCP (a relay that can freeze),
 * real signals to the backend process.
 */
@DatabaseTest
class MigratorFaultsTest {
    private static final String SLEEP = "SELECT pg_sleep(30)";

    @TempDir
    Path dir;
    ScratchDatabase db;

    @BeforeEach
    void database() {
        db = DevDatabases.createDatabase();
    }

    @AfterEach
    void drop() {
        Cancellation.process().reset();
        db.close();
    }

    private Migrator migrator(ConnectionSource source, Duration timeout) {
        RunSettings settings = new RunSettings(Duration.ofSeconds(5), Duration.ZERO, timeout, "public", "test", "tester@host");
        return new Migrator(new MigrationContext(MigrationDirectory.scan(dir), source,
                new HistoryTable("public", HistoryTable.DEFAULT_NAME), settings, new RunEvents(e -> {}, "test")));
    }

    private JdbcConnectionSource direct() {
        return new JdbcConnectionSource(db.jdbcUrl(), db.user(), null);
    }

    private CompletableFuture<MigrateResult> migrateAsync(ConnectionSource source, Duration timeout) {
        Migrator m = migrator(source, timeout);
        return CompletableFuture.supplyAsync(() -> m.migrate(MigrationState.Options.DEFAULT, false));
    }

    private void sleepingMigration() throws Exception {
        Files.writeString(dir.resolve("V1__fast.sql"), "CREATE TABLE fast (id int);\n");
        Files.writeString(dir.resolve("V2__sleep.sql"), "CREATE TABLE slept (id int);\n" + SLEEP + ";\n");
    }

    /** Polls pg_stat_activity until the statement runs; returns its backend's pid. */
    private int awaitRunning(String sql) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            while (System.nanoTime() < until) {
                try (ResultSet rs = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE state = 'active'"
                        + " AND query LIKE '" + sql + "%'")) {
                    if (rs.next()) {
                        return rs.getInt(1);
                    }
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10)); // poll interval, not a synchronisation
            }
        }
        throw new AssertionError(sql + " never started");
    }

    private Object query(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }

    private static long msSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void aServerThatAcceptsAndNeverAnswersIsBoundedByTheDeadline() throws Exception {
        sleepingMigration();
        try (TcpRelay relay = TcpRelay.inFrontOf(db.jdbcUrl())) {
            relay.freeze();
            long t0 = System.nanoTime();
            MigrateResult r = migrator(new JdbcConnectionSource(relay.relayed(db.jdbcUrl()), db.user(), null),
                    Duration.ofSeconds(2)).migrate(MigrationState.Options.DEFAULT, false);
            assertThat(msSince(t0)).isLessThan(2_000 + 1_500);
            assertThat(r.exitCode()).isEqualTo(ExitCode.TIMEOUT);
            assertThat(r.failure().message()).contains("expired while connecting to", "timeout 2s", "nothing was applied");
        }
        assertThat(query("SELECT to_regclass('public.fast')")).isNull();
    }

    @Test
    void aNetworkFrozenMidStatementEndsTheRunAtTheDeadline() throws Exception {
        sleepingMigration();
        try (TcpRelay relay = TcpRelay.inFrontOf(db.jdbcUrl())) {
            long t0 = System.nanoTime();
            CompletableFuture<MigrateResult> run = migrateAsync(
                    new JdbcConnectionSource(relay.relayed(db.jdbcUrl()), db.user(), null), Duration.ofSeconds(3));
            awaitRunning(SLEEP);
            relay.freeze();
            MigrateResult r = run.get(30, TimeUnit.SECONDS);
            assertThat(msSince(t0)).isLessThan(3_000 + Watchdog.GRACE.toMillis() + 1_500);
            assertThat(r.exitCode()).isEqualTo(ExitCode.TIMEOUT);
            assertThat(r.failure().script()).isEqualTo("V2__sleep.sql");
            assertThat(r.failure().message()).contains("V2__sleep.sql", "abandoned the connection", "timeout 3s",
                    "nothing of V2__sleep.sql remains");
        }
        assertThat(query("SELECT to_regclass('public.fast')")).isNotNull();
        assertThat(query("SELECT to_regclass('public.slept')")).isNull();
    }

    @Test
    void aStoppedBackendEndsTheRunAtTheDeadline() throws Exception {
        sleepingMigration();
        long t0 = System.nanoTime();
        CompletableFuture<MigrateResult> run = migrateAsync(direct(), Duration.ofSeconds(3));
        int pid = awaitRunning(SLEEP);
        signal("STOP", pid);
        try {
            MigrateResult r = run.get(30, TimeUnit.SECONDS);
            assertThat(msSince(t0)).isLessThan(3_000 + Watchdog.GRACE.toMillis() + 1_500);
            assertThat(r.exitCode()).isEqualTo(ExitCode.TIMEOUT);
            assertThat(r.failure().message()).contains("V2__sleep.sql", "abandoned the connection");
        } finally {
            signal("CONT", pid);
        }
        assertThat(query("SELECT to_regclass('public.slept')")).isNull();
    }

    private static void signal(String name, int pid) throws Exception {
        Process p = new ProcessBuilder("kill", "-" + name, String.valueOf(pid)).inheritIO().start();
        assertThat(p.waitFor()).as("kill -" + name + " " + pid).isZero();
    }

    @Test
    void aTerminatedSessionNamesTheMigrationAndKeepsTheServersError() throws Exception {
        sleepingMigration();
        CompletableFuture<MigrateResult> run = migrateAsync(direct(), Duration.ZERO);
        int pid = awaitRunning(SLEEP);
        query("SELECT pg_terminate_backend(" + pid + ")");
        MigrateResult r = run.get(30, TimeUnit.SECONDS);
        assertThat(r.exitCode()).isEqualTo(ExitCode.DATABASE);
        assertThat(r.failure().script()).isEqualTo("V2__sleep.sql");
        assertThat(r.failure().sqlState()).isEqualTo("57P01");
        assertThat(r.failure().message()).contains("V2__sleep.sql:2:1", "[57P01]", "terminating connection",
                "nothing of V2__sleep.sql remains").doesNotContain("08003", "has been closed", "..");
        assertThat(query("SELECT to_regclass('public.slept')")).isNull();
    }

    @Test
    void aTerminatedSessionOutsideATransactionSaysWhatStays() throws Exception {
        Files.writeString(dir.resolve("V1__idx.sql"), "CREATE TABLE t (id int);\nCREATE INDEX CONCURRENTLY t_idx ON t (id);\n"
                + SLEEP + ";\n");
        CompletableFuture<MigrateResult> run = migrateAsync(direct(), Duration.ZERO);
        int pid = awaitRunning(SLEEP);
        query("SELECT pg_terminate_backend(" + pid + ")");
        MigrateResult r = run.get(30, TimeUnit.SECONDS);
        assertThat(r.exitCode()).isEqualTo(ExitCode.DATABASE);
        assertThat(r.failure().message()).contains("V1__idx.sql:3:1", "[57P01]", "outside a transaction",
                "before line 3 stay applied");
    }

    @Test
    void aStopRequestCancelsTheStatementRollsBackAndReleasesTheLock() throws Exception {
        sleepingMigration();
        CompletableFuture<MigrateResult> run = migrateAsync(direct(), Duration.ZERO);
        awaitRunning(SLEEP);
        long t0 = System.nanoTime();
        assertThat(Cancellation.process().request(Cancellation.Reason.INTERRUPT)).as("a run registered to stop").isTrue();
        MigrateResult r = run.get(30, TimeUnit.SECONDS);
        assertThat(msSince(t0)).isLessThan(Watchdog.GRACE.toMillis());
        assertThat(r.exitCode()).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(r.exitCode().code()).isEqualTo(130);
        assertThat(r.failure().message()).startsWith("Interrupted (SIGINT) while V2__sleep.sql was running")
                .contains("V2__sleep.sql:2:1", "rolled back", "nothing of V2__sleep.sql remains", "lock is released",
                        "1 migration(s) applied before it");
        assertThat(query("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query LIKE '" + SLEEP + "%'"))
                .isEqualTo(0L);
        assertThat(query("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).isEqualTo(0L);
        assertThat(query("SELECT to_regclass('public.fast')")).isNotNull();
        assertThat(query("SELECT to_regclass('public.slept')")).isNull();

        Cancellation.process().reset();
        Files.writeString(dir.resolve("V2__sleep.sql"), "CREATE TABLE slept (id int);\n");
        assertThat(migrator(direct(), Duration.ZERO).migrate(MigrationState.Options.DEFAULT, false).failure()).isNull();
    }

    @Test
    void aStopRequestOutsideATransactionSaysWhatStaysApplied() throws Exception {
        Files.writeString(dir.resolve("V1__idx.sql"), "CREATE TABLE t (id int);\nCREATE INDEX CONCURRENTLY t_idx ON t (id);\n"
                + SLEEP + ";\n");
        CompletableFuture<MigrateResult> run = migrateAsync(direct(), Duration.ZERO);
        awaitRunning(SLEEP);
        Cancellation.process().request(Cancellation.Reason.TERMINATE);
        MigrateResult r = run.get(30, TimeUnit.SECONDS);
        assertThat(r.exitCode()).isEqualTo(ExitCode.TERMINATED);
        assertThat(r.failure().message()).startsWith("Terminated (SIGTERM) while V1__idx.sql was running")
                .contains("V1__idx.sql:3:1", "outside a transaction", "before line 3 stay applied", "lock is released")
                .doesNotContain("rolled back");
        assertThat(query("SELECT to_regclass('public.t_idx')")).isNotNull();
        assertThat(query("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).isEqualTo(0L);
    }

    @Test
    void aStopRequestWhileConnectingEndsTheRunAtOnce() throws Exception {
        sleepingMigration();
        try (TcpRelay relay = TcpRelay.inFrontOf(db.jdbcUrl())) {
            relay.freeze();
            CompletableFuture<MigrateResult> run = migrateAsync(
                    new JdbcConnectionSource(relay.relayed(db.jdbcUrl()), db.user(), null), Duration.ZERO);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (relay.accepted() == 0 && System.nanoTime() < until) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            }
            long t0 = System.nanoTime();
            Cancellation.process().request(Cancellation.Reason.INTERRUPT);
            MigrateResult r = run.get(30, TimeUnit.SECONDS);
            assertThat(msSince(t0)).isLessThan(1_000);
            assertThat(r.exitCode()).isEqualTo(ExitCode.INTERRUPTED);
            assertThat(r.failure().message()).startsWith("Interrupted (SIGINT) while connecting to")
                    .contains("nothing was changed");
        }
    }

    @Test
    void theDeadlineBoundsTheWaitForTheLock() throws Exception {
        sleepingMigration();
        long key = new HistoryTable("public", HistoryTable.DEFAULT_NAME).lockKey();
        try (Connection holder = db.connect(); Statement s = holder.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + key + ")");
            long t0 = System.nanoTime();
            MigrateResult r = migrator(direct(), Duration.ofSeconds(2)).migrate(MigrationState.Options.DEFAULT, false);
            assertThat(msSince(t0)).isLessThan(2_000 + 1_500);
            assertThat(r.exitCode()).isEqualTo(ExitCode.TIMEOUT);
            assertThat(r.failure().message()).contains("expired while waiting for the migration lock", "nothing was applied");
        }
        assertThat(query("SELECT to_regclass('public.fast')")).isNull();
    }

    @Test
    void aStopRequestWhileWaitingForTheLockChangesNothing() throws Exception {
        sleepingMigration();
        long key = new HistoryTable("public", HistoryTable.DEFAULT_NAME).lockKey();
        try (Connection holder = db.connect(); Statement s = holder.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + key + ")");
            CompletableFuture<MigrateResult> run = migrateAsync(direct(), Duration.ZERO);
            awaitRunning("SELECT pg_advisory_lock");
            Cancellation.process().request(Cancellation.Reason.TERMINATE);
            MigrateResult r = run.get(30, TimeUnit.SECONDS);
            assertThat(r.exitCode().code()).isEqualTo(143);
            assertThat(r.failure().message()).startsWith("Terminated (SIGTERM) while waiting for the migration lock")
                    .contains("nothing was changed");
        }
        assertThat(query("SELECT to_regclass('public.fast')")).isNull();
    }
}
