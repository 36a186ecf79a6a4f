package dev.cairn.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.Cancellation;
import dev.cairn.ExitCode;
import dev.cairn.config.LockRetries;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.JdbcConnectionSource;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.events.Event;
import dev.cairn.events.RunEvents;
import dev.cairn.testing.DatabaseTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lock retries on a real database: a second session holds a lock on the table a migration (or revert) alters, the
 * migration times out waiting for it (lock_timeout, 55P03), and Cairn runs it again after the backoff.
 */
@DatabaseTest
class LockRetriesTest {
    private static final Duration LOCK_TIMEOUT = Duration.ofMillis(200);

    @TempDir
    Path dir;
    ScratchDatabase db;
    JdbcConnectionSource source;
    final List<Event> events = new CopyOnWriteArrayList<>();
    /** Runs on the migrator's thread as each event is emitted, before the migrator goes on. */
    volatile Consumer<Event> onEvent = e -> {};
    Connection blocker;

    @BeforeEach
    void database() throws SQLException {
        db = DevDatabases.createDatabase();
        source = new JdbcConnectionSource(db.jdbcUrl(), db.user(), null);
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1)");
        }
    }

    @AfterEach
    void drop() throws SQLException {
        Cancellation.process().reset();
        if (blocker != null) {
            blocker.close();
        }
        db.close();
    }

    private MigrationContext context(LockRetries retries, Duration timeout) {
        RunSettings settings = new RunSettings(LOCK_TIMEOUT, Duration.ZERO, timeout, "public", "test", "tester@host", retries);
        return new MigrationContext(MigrationDirectory.scan(dir), source, new HistoryTable("public", HistoryTable.DEFAULT_NAME),
                settings, new RunEvents(e -> {
                    events.add(e);
                    onEvent.accept(e);
                }, "test"));
    }

    private MigrateResult migrate(LockRetries retries, Duration timeout) {
        return new Migrator(context(retries, timeout)).migrate(MigrationState.Options.DEFAULT, false);
    }

    private void write(String name, String sql) throws IOException {
        Files.writeString(dir.resolve(name), sql);
    }

    /** A competing transaction that keeps {@code sql}'s locks until {@link #release}. */
    private void hold(String sql) throws SQLException {
        blocker = db.connect();
        blocker.setAutoCommit(false);
        try (Statement s = blocker.createStatement()) {
            s.execute(sql);
        }
    }

    private void release() {
        try {
            blocker.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Releases the competing lock when the first retry is announced (before Cairn waits and runs again). */
    private void releaseOnFirst(String retryEvent) {
        onEvent = e -> {
            if (e.type().equals(retryEvent) && Integer.valueOf(1).equals(e.fields().get("attempt"))) {
                release();
            }
        };
    }

    private List<Event> retries(String type) {
        return events.stream().filter(e -> e.type().equals(type)).toList();
    }

    private Object query(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }

    private List<String> history() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT type || ':' || script || ':' || success FROM cairn_schema_history"
                        + " ORDER BY installed_rank")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static long msSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Small migrations before and after the blocked one, so that it travels in a pipelined group with them. */
    private void migrationsAroundABlockedAlter() throws IOException {
        write("V1__a.sql", "CREATE TABLE a (id int);\n");
        write("V2__b.sql", "CREATE TABLE b (id int);\n");
        write("V3__c.sql", "CREATE TABLE c (id int);\n");
        write("V4__d.sql", "CREATE TABLE d (id int);\n");
        write("V5__alter_t.sql", "CREATE TABLE before_alter (id int);\nALTER TABLE t ADD COLUMN note text;\n");
        write("V6__e.sql", "CREATE TABLE e (id int);\n");
        write("V7__f.sql", "CREATE TABLE f (id int);\n");
    }

    @Test
    void aMigrationBlockedByARowLockSucceedsOnARetryWithOneHistoryRowEach() throws Exception {
        migrationsAroundABlockedAlter();
        hold("SELECT * FROM t FOR UPDATE");
        releaseOnFirst("migration.retry");

        MigrateResult r = migrate(new LockRetries(3, Duration.ofMillis(100)), Duration.ZERO);

        assertThat(r.failure()).isNull();
        assertThat(r.steps()).extracting(MigrateResult.Step::script).containsExactly("V1__a.sql", "V2__b.sql",
                "V3__c.sql", "V4__d.sql", "V5__alter_t.sql", "V6__e.sql", "V7__f.sql");
        List<Event> retried = retries("migration.retry");
        assertThat(retried).hasSize(1);
        assertThat(retried.get(0).fields()).containsEntry("script", "V5__alter_t.sql").containsEntry("version", "5")
                .containsEntry("attempt", 1).containsEntry("of", 3);
        assertThat(((Number) retried.get(0).fields().get("waitMs")).longValue()).isBetween(100L, 110L);
        assertThat(String.valueOf(retried.get(0).fields().get("error"))).contains("55P03", "lock timeout");
        assertThat(query("SELECT count(*) FROM information_schema.columns WHERE table_name = 't' AND column_name = 'note'"))
                .isEqualTo(1L);
        // Exactly one row per migration, all successes: no row for the failed attempt, none run twice.
        assertThat(history()).containsExactly("versioned:V1__a.sql:true", "versioned:V2__b.sql:true",
                "versioned:V3__c.sql:true", "versioned:V4__d.sql:true", "versioned:V5__alter_t.sql:true",
                "versioned:V6__e.sql:true", "versioned:V7__f.sql:true");
        assertThat(events).filteredOn(e -> e.type().equals("migration.applied")).hasSize(7);
        assertThat(events).filteredOn(e -> e.type().equals("migration.failed")).isEmpty();
    }

    @Test
    void aMigrationBlockedByAnAccessExclusiveLockRetriesAlone() throws Exception {
        write("V1__alter_t.sql", "ALTER TABLE t ADD COLUMN note text;\n");
        hold("LOCK TABLE t IN ACCESS EXCLUSIVE MODE");
        onEvent = e -> {
            if (e.type().equals("migration.retry") && Integer.valueOf(2).equals(e.fields().get("attempt"))) {
                release();
            }
        };

        MigrateResult r = migrate(new LockRetries(3, Duration.ofMillis(50)), Duration.ZERO);

        assertThat(r.failure()).isNull();
        assertThat(retries("migration.retry")).extracting(e -> e.fields().get("attempt")).containsExactly(1, 2);
        assertThat(retries("migration.retry")).extracting(e -> ((Number) e.fields().get("waitMs")).longValue() >= 100)
                .as("the second wait doubles the backoff").containsExactly(false, true);
        assertThat(history()).containsExactly("versioned:V1__alter_t.sql:true");
    }

    @Test
    void withoutRetriesALockTimeoutFailsAtOnceAsBefore() throws Exception {
        write("V1__alter_t.sql", "ALTER TABLE t ADD COLUMN note text;\n");
        hold("SELECT * FROM t FOR UPDATE");

        MigrateResult r = migrate(LockRetries.NONE, Duration.ZERO);

        assertThat(r.exitCode()).isEqualTo(ExitCode.DATABASE);
        assertThat(r.failure().sqlState()).isEqualTo("55P03");
        assertThat(r.failure().message()).contains("V1__alter_t.sql:1:1", "longer than lockTimeout (200ms)",
                "set lockRetries", "rolled back");
        assertThat(retries("migration.retry")).isEmpty();
        assertThat(history()).containsExactly("versioned:V1__alter_t.sql:false");
    }

    @Test
    void exhaustedRetriesSayHowManyAttemptsAndWhatToDo() throws Exception {
        write("V1__alter_t.sql", "ALTER TABLE t ADD COLUMN note text;\n");
        hold("SELECT * FROM t FOR UPDATE");

        MigrateResult r = migrate(new LockRetries(2, Duration.ofMillis(20)), Duration.ZERO);

        assertThat(r.exitCode()).isEqualTo(ExitCode.DATABASE);
        assertThat(r.failure().sqlState()).isEqualTo("55P03");
        assertThat(r.failure().message()).contains("on each of 3 attempts (the first and 2 retries, lockRetries: 2)",
                "Find the session holding the lock", "pg_stat_activity", "raise lockRetries or lockTimeout",
                "nothing of V1__alter_t.sql remains");
        assertThat(retries("migration.retry")).extracting(e -> e.fields().get("attempt")).containsExactly(1, 2);
        assertThat(events).filteredOn(e -> e.type().equals("migration.failed")).singleElement()
                .satisfies(e -> assertThat(e.fields()).containsEntry("sqlState", "55P03").containsEntry("exitCode", 3));
        assertThat(history()).as("one row for the final outcome").containsExactly("versioned:V1__alter_t.sql:false");
        assertThat(query("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).isEqualTo(0L);
    }

    @Test
    void aBackoffThatWouldPassTheDeadlineStopsWithATimeoutWithoutWaiting() throws Exception {
        write("V1__alter_t.sql", "ALTER TABLE t ADD COLUMN note text;\n");
        hold("SELECT * FROM t FOR UPDATE");
        long t0 = System.nanoTime();

        MigrateResult r = migrate(new LockRetries(3, Duration.ofSeconds(10)), Duration.ofSeconds(3));

        assertThat(msSince(t0)).as("did not wait for the backoff, nor the deadline").isLessThan(2500);
        assertThat(r.exitCode()).isEqualTo(ExitCode.TIMEOUT);
        assertThat(r.exitCode().code()).isEqualTo(4);
        assertThat(r.failure().message()).contains("V1__alter_t.sql:1:1", "on attempt 1",
                "would end after the run's deadline (timeout 3s", "nothing of V1__alter_t.sql remains", "raise 'timeout'");
        assertThat(retries("migration.retry")).isEmpty();
        assertThat(history()).containsExactly("versioned:V1__alter_t.sql:false");
    }

    @Test
    void aStopRequestEndsTheWaitAtOnce() throws Exception {
        write("V1__alter_t.sql", "ALTER TABLE t ADD COLUMN note text;\n");
        hold("SELECT * FROM t FOR UPDATE");
        onEvent = e -> {
            if (e.type().equals("migration.retry")) {
                Cancellation.process().request(Cancellation.Reason.INTERRUPT);
            }
        };
        long t0 = System.nanoTime();

        MigrateResult r = migrate(new LockRetries(3, Duration.ofSeconds(20)), Duration.ZERO);

        assertThat(msSince(t0)).isLessThan(Watchdog.GRACE.toMillis() + 1000);
        assertThat(r.exitCode()).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(r.failure().message()).startsWith("Interrupted (SIGINT) while V1__alter_t.sql was running")
                .contains("nothing of V1__alter_t.sql remains", "lock is released");
        assertThat(retries("migration.retry")).hasSize(1);
        assertThat(query("SELECT count(*) FROM information_schema.columns WHERE table_name = 't' AND column_name = 'note'"))
                .isEqualTo(0L);
    }

    @Test
    void outsideATransactionAStatementRunWithItsProgressMarkIsRetriedAlone() throws Exception {
        write("V1__note_and_index.sql", "CREATE TABLE side (id int);\nALTER TABLE t ADD COLUMN note text;\n"
                + "CREATE INDEX CONCURRENTLY t_note ON t (note);\n");
        hold("SELECT * FROM t FOR UPDATE");
        releaseOnFirst("migration.retry");

        MigrateResult r = migrate(new LockRetries(2, Duration.ofMillis(50)), Duration.ZERO);

        assertThat(r.failure()).isNull();
        assertThat(r.steps()).singleElement().extracting(MigrateResult.Step::transactional).isEqualTo(false);
        assertThat(retries("migration.retry")).singleElement().satisfies(e -> assertThat(e.fields())
                .containsEntry("script", "V1__note_and_index.sql").containsEntry("attempt", 1));
        assertThat(query("SELECT indisvalid FROM pg_index WHERE indexrelid = 't_note'::regclass")).isEqualTo(true);
        assertThat(history()).containsExactly("versioned:V1__note_and_index.sql:true");
    }

    /**
     * A concurrent build waits for every older transaction after taking a lock that blocks no reads or writes: it must
     * not fail at lockTimeout (leaving an INVALID index) but finish once the old transaction ends.
     */
    @Test
    void aConcurrentIndexBuildWaitsForAnOldTransactionPastTheLockTimeout() throws Exception {
        write("V1__index.sql", "CREATE INDEX CONCURRENTLY t_id2 ON t (id);\n");
        hold("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ; SELECT * FROM t");
        java.util.concurrent.CompletableFuture<MigrateResult> run = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> migrate(LockRetries.NONE, Duration.ofSeconds(60)));
        // the build is waiting for the old transaction, for longer than the lock timeout (a condition polled on the server)
        long t0 = System.nanoTime();
        while (!Boolean.TRUE.equals(query("SELECT bool_or(wait_event_type = 'Lock' AND clock_timestamp() - query_start > interval '"
                + LOCK_TIMEOUT.multipliedBy(3).toMillis() + " ms') FROM pg_stat_activity WHERE query LIKE 'CREATE INDEX CONCURRENTLY%'"))) {
            assertThat(run).as("the build ended before the old transaction did").isNotDone();
            assertThat(msSince(t0)).as("the build never waited").isLessThan(30_000);
            Thread.onSpinWait();
        }
        release();

        MigrateResult r = run.get(60, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(r.failure()).isNull();
        assertThat(query("SELECT indisvalid FROM pg_index WHERE indexrelid = 't_id2'::regclass")).isEqualTo(true);
    }

    @Test
    void outsideATransactionExhaustedRetriesKeepTheCompletedStatements() throws Exception {
        write("V1__note_and_index.sql", "CREATE TABLE side (id int);\nALTER TABLE t ADD COLUMN note text;\n"
                + "CREATE INDEX CONCURRENTLY t_note ON t (note);\n");
        hold("SELECT * FROM t FOR UPDATE");

        MigrateResult r = migrate(new LockRetries(1, Duration.ofMillis(20)), Duration.ZERO);

        assertThat(r.exitCode()).isEqualTo(ExitCode.DATABASE);
        assertThat(r.failure().message()).contains("V1__note_and_index.sql:2:1", "on each of 2 attempts",
                "outside a transaction", "continues V1__note_and_index.sql at line 2");
        assertThat(retries("migration.retry")).hasSize(1);
        assertThat(query("SELECT to_regclass('public.side')")).isNotNull();
        assertThat(history()).containsExactly("versioned:V1__note_and_index.sql:false");

        release();
        events.clear();
        assertThat(migrate(LockRetries.NONE, Duration.ZERO).failure()).isNull();
        assertThat(history()).containsExactly("versioned:V1__note_and_index.sql:true");
    }

    @Test
    void aRevertBlockedByALockIsRetriedToo() throws Exception {
        write("V1__note.sql", "ALTER TABLE t ADD COLUMN note text;\n");
        write("U1__note.sql", "ALTER TABLE t DROP COLUMN note;\n");
        assertThat(migrate(LockRetries.NONE, Duration.ZERO).failure()).isNull();
        hold("SELECT * FROM t FOR UPDATE");
        releaseOnFirst("revert.retry");

        RevertResult r = new Reverter(context(new LockRetries(2, Duration.ofMillis(50)), Duration.ZERO))
                .revert(Version.parse("0"), false);

        assertThat(r.failure()).isNull();
        assertThat(retries("revert.retry")).singleElement().satisfies(e -> assertThat(e.fields())
                .containsEntry("script", "U1__note.sql").containsEntry("attempt", 1).containsEntry("of", 2));
        assertThat(history()).containsExactly("versioned:V1__note.sql:true", "revert:U1__note.sql:true");
        assertThat(query("SELECT count(*) FROM information_schema.columns WHERE table_name = 't' AND column_name = 'note'"))
                .isEqualTo(0L);
    }
}
