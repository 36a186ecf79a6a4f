package dev.cairn.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revert migrations (U files) on a real database: order, history, refusals, failures, the deadline. */
@DatabaseTest
class ReverterTest {
    @TempDir
    Path dir;
    ScratchDatabase db;
    JdbcConnectionSource source;
    final List<Event> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void database() {
        db = DevDatabases.createDatabase();
        source = new JdbcConnectionSource(db.jdbcUrl(), db.user(), null);
    }

    @AfterEach
    void drop() {
        db.close();
    }

    private MigrationContext context(Duration timeout) {
        RunSettings settings = new RunSettings(Duration.ofSeconds(5), Duration.ZERO, timeout, "public", "test", "tester@host");
        return new MigrationContext(MigrationDirectory.scan(dir), source, new HistoryTable("public", HistoryTable.DEFAULT_NAME),
                settings, new RunEvents(events::add, "test"));
    }

    private MigrateResult migrate() {
        return new Migrator(context(Duration.ZERO)).migrate(MigrationState.Options.DEFAULT, false);
    }

    private Reverter reverter(Duration timeout) {
        return new Reverter(context(timeout));
    }

    private RevertResult revert(String to) {
        return reverter(Duration.ZERO).revert(Version.parse(to), false);
    }

    private void write(String name, String sql) throws IOException {
        Files.writeString(dir.resolve(name), sql);
    }

    private Object query(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** V1 keeps customers (with rows), V2 adds a table, V3 a column; U2 and U3 undo them. */
    private void threeMigrations() throws IOException {
        write("V1__customers.sql", "CREATE TABLE customers (id int PRIMARY KEY, name text);\n"
                + "INSERT INTO customers VALUES (1, 'ada'), (2, 'grace');\n");
        write("U1__customers.sql", "DROP TABLE customers;\n");
        write("V2__orders.sql", "CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers);\n");
        write("U2__orders.sql", "DROP TABLE orders;\n");
        write("V3__email.sql", "ALTER TABLE customers ADD COLUMN email text;\n");
        write("U3__email.sql", "ALTER TABLE customers DROP COLUMN email;\n");
    }

    private String history() throws SQLException {
        return String.join(",", rows("SELECT type || ':' || script || ':' || success FROM cairn_schema_history"
                + " ORDER BY installed_rank"));
    }

    @Test
    void revertsTheNewerMigrationsNewestFirstKeepingRowsOfUntouchedTablesAndAppendingRevertRows() throws Exception {
        threeMigrations();
        assertThat(migrate().failure()).isNull();
        events.clear();

        RevertResult r = revert("1");

        assertThat(r.failure()).isNull();
        assertThat(r.steps()).extracting(MigrateResult.Step::script).containsExactly("U3__email.sql", "U2__orders.sql");
        assertThat(r.steps()).extracting(MigrateResult.Step::type).containsOnly("revert");
        assertThat(query("SELECT to_regclass('public.orders')")).isNull();
        assertThat(query("SELECT count(*) FROM pg_attribute WHERE attrelid = 'customers'::regclass AND attname = 'email'"
                + " AND NOT attisdropped")).isEqualTo(0L);
        assertThat(rows("SELECT name FROM customers ORDER BY id")).containsExactly("ada", "grace");
        // The original rows stay; each revert appends its own row, with the U file's checksum.
        assertThat(history()).isEqualTo("versioned:V1__customers.sql:true,versioned:V2__orders.sql:true,"
                + "versioned:V3__email.sql:true,revert:U3__email.sql:true,revert:U2__orders.sql:true");
        String u3 = MigrationDirectory.scan(dir).revertOf(Version.parse("3")).orElseThrow().checksum();
        assertThat(query("SELECT checksum FROM cairn_schema_history WHERE script = 'U3__email.sql'")).isEqualTo(u3);
        assertThat(query("SELECT applied_by FROM cairn_schema_history WHERE script = 'U3__email.sql'")).isEqualTo("tester@host");
        assertThat(r.after().applied()).extracting(HistoryEntry::version).containsExactly("1");
        assertThat(r.after().pending()).extracting(MigrationScript::name).containsExactly("V2__orders.sql", "V3__email.sql");
        assertThat(r.after().valid()).isTrue();
        assertThat(events).extracting(Event::type).containsSubsequence("run.started", "revert.started", "revert.applied",
                "revert.started", "revert.applied", "run.finished");
        assertThat(events.get(0).fields()).containsEntry("command", "rollback").containsEntry("target", "1");
        assertThat(events).filteredOn(e -> e.type().equals("revert.applied")).first()
                .satisfies(e -> assertThat(e.fields()).containsEntry("script", "U3__email.sql").containsEntry("version", "3")
                        .containsKey("durationMs"));
        assertThat(events.get(events.size() - 1).fields()).containsEntry("command", "rollback").containsEntry("reverted", 2);

        // migrate re-applies the reverted versions cleanly, and the checksums still validate.
        MigrateResult again = migrate();
        assertThat(again.failure()).isNull();
        assertThat(again.steps()).extracting(MigrateResult.Step::script).containsExactly("V2__orders.sql", "V3__email.sql");
        assertThat(again.after().valid()).isTrue();
        assertThat(again.after().pending()).isEmpty();
        assertThat(query("SELECT to_regclass('public.orders')")).isNotNull();
        assertThat(rows("SELECT name FROM customers ORDER BY id")).containsExactly("ada", "grace");
        // And it can be reverted again: the history is applied, reverted, applied.
        assertThat(revert("2").steps()).extracting(MigrateResult.Step::script).containsExactly("U3__email.sql");
    }

    @Test
    void zeroRevertsEverythingAndAnUnappliedVersionIsAUsageError() throws Exception {
        threeMigrations();
        migrate();
        assertThatThrownBy(() -> revert("7")).isInstanceOf(CairnException.class)
                .satisfies(e -> assertThat(((CairnException) e).exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageContaining("Version 7 is not applied").hasMessageContaining("applied: 3, 2, 1");
        RevertResult r = revert("0");
        assertThat(r.failure()).isNull();
        assertThat(r.steps()).extracting(MigrateResult.Step::script)
                .containsExactly("U3__email.sql", "U2__orders.sql", "U1__customers.sql");
        assertThat(query("SELECT to_regclass('public.customers')")).isNull();
        assertThat(r.after().applied()).isEmpty();
        // Nothing left above the target: an empty, successful run.
        assertThat(revert("0").steps()).isEmpty();
    }

    @Test
    void aMissingRevertIsRefusedBeforeAnythingChanges() throws Exception {
        threeMigrations();
        migrate();
        Files.delete(dir.resolve("U2__orders.sql"));
        String before = history();

        RevertPlan plan = reverter(Duration.ZERO).plan(Version.parse("1"));
        assertThat(plan.complete()).isFalse();
        assertThat(plan.missing()).singleElement().satisfies(m -> {
            assertThat(m.version()).isEqualTo("2");
            assertThat(m.expected()).isEqualTo("U2__orders.sql");
        });
        assertThat(plan.steps()).extracting(RevertPlan.Step::script).containsExactly("U3__email.sql");

        RevertResult r = revert("1");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.steps()).isEmpty();
        assertThat(r.failure().message()).contains("V2__orders.sql needs U2__orders.sql", "nothing was changed",
                "snapshot");
        assertThat(history()).isEqualTo(before);
        assertThat(query("SELECT count(*) FROM pg_attribute WHERE attrelid = 'customers'::regclass AND attname = 'email'"
                + " AND NOT attisdropped")).isEqualTo(1L);
        // Reverting only what has a revert still works.
        assertThat(revert("2").steps()).extracting(MigrateResult.Step::script).containsExactly("U3__email.sql");
    }

    @Test
    void anEditedAppliedMigrationIsRefusedLikeMigrateDoes() throws Exception {
        threeMigrations();
        migrate();
        write("V2__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY);\n");
        RevertResult r = revert("1");
        assertThat(r.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(r.failure().message()).contains("V2__orders.sql was edited", "nothing was reverted");
        assertThat(query("SELECT to_regclass('public.orders')")).isNotNull();
        assertThat(query("SELECT count(*) FROM cairn_schema_history WHERE type = 'revert'")).isEqualTo(0L);
    }

    @Test
    void aFailingRevertIsRolledBackAndRecordedWhileEarlierRevertsStay() throws Exception {
        threeMigrations();
        migrate();
        write("U2__orders.sql", "DROP TABLE orders;\n\nSELECT nosuchcolumn\n  FROM customers;\n");

        RevertResult r = revert("1");

        assertThat(r.exitCode()).isEqualTo(ExitCode.DATABASE);
        assertThat(r.steps()).extracting(MigrateResult.Step::script).containsExactly("U3__email.sql");
        assertThat(r.failure().script()).isEqualTo("U2__orders.sql");
        assertThat(r.failure().line()).isEqualTo(3);
        assertThat(r.failure().sqlState()).isEqualTo("42703");
        assertThat(r.failure().message()).contains("U2__orders.sql:3:8", "nosuchcolumn", "rolled back",
                "Version 2 is still recorded as applied", "cairn rollback --to 1");
        assertThat(query("SELECT to_regclass('public.orders')")).isNotNull(); // the DROP was rolled back
        assertThat(history()).endsWith("revert:U3__email.sql:true,revert:U2__orders.sql:false");
        assertThat(events).extracting(Event::type).contains("revert.failed");
        assertThat(events).filteredOn(e -> e.type().equals("revert.failed")).singleElement()
                .satisfies(e -> assertThat(e.fields()).containsEntry("sqlState", "42703").containsEntry("line", 3));
        MigrationState state = new Migrator(context(Duration.ZERO)).state(MigrationState.Options.DEFAULT);
        assertThat(state.applied()).extracting(HistoryEntry::version).containsExactly("1", "2");

        // Fixed, the next rollback continues with it.
        write("U2__orders.sql", "DROP TABLE orders;\n");
        RevertResult fixed = revert("1");
        assertThat(fixed.failure()).isNull();
        assertThat(fixed.steps()).extracting(MigrateResult.Step::script).containsExactly("U2__orders.sql");
        assertThat(fixed.after().failed()).isEmpty();
    }

    @Test
    void theDeadlineCancelsASlowRevertWithExitFourAndKeepsWhatWasRevertedBefore() throws Exception {
        threeMigrations();
        migrate();
        write("U2__orders.sql", "DROP TABLE orders;\nSELECT pg_sleep(60);\n");
        long t0 = System.nanoTime();

        RevertResult r = reverter(Duration.ofSeconds(2)).revert(Version.parse("1"), false);

        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2_000 + 3_000);
        assertThat(r.exitCode()).isEqualTo(ExitCode.TIMEOUT);
        assertThat(r.failure().script()).isEqualTo("U2__orders.sql");
        assertThat(r.failure().line()).isEqualTo(2);
        assertThat(r.failure().message()).contains("deadline", "pg_sleep", "rolled back", "2s");
        assertThat(r.steps()).extracting(MigrateResult.Step::script).containsExactly("U3__email.sql");
        assertThat(query("SELECT to_regclass('public.orders')")).isNotNull();
        assertThat(query("SELECT count(*) FROM pg_attribute WHERE attrelid = 'customers'::regclass AND attname = 'email'"
                + " AND NOT attisdropped")).isEqualTo(0L);
        assertThat(query("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(60)%'")).isEqualTo(0L);
        assertThat(query("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).isEqualTo(0L);
    }

    @Test
    void aRevertThatCannotRunInATransactionRunsStatementByStatement() throws Exception {
        write("V1__t.sql", "CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);\n");
        write("U1__t.sql", "DROP TABLE t;\n");
        write("V2__idx.sql", "CREATE INDEX CONCURRENTLY t_id_idx ON t (id);\n");
        write("U2__idx.sql", "DROP INDEX CONCURRENTLY t_id_idx;\n");
        assertThat(migrate().failure()).isNull();
        assertThat(query("SELECT to_regclass('public.t_id_idx')")).isNotNull();

        RevertResult r = revert("1");

        assertThat(r.failure()).isNull();
        assertThat(r.steps()).singleElement().satisfies(s -> {
            assertThat(s.script()).isEqualTo("U2__idx.sql");
            assertThat(s.transactional()).isFalse();
        });
        assertThat(query("SELECT to_regclass('public.t_id_idx')")).isNull();
        assertThat(query("SELECT count(*) FROM t")).isEqualTo(1L);
        assertThat(history()).endsWith("revert:U2__idx.sql:true");
        assertThat(query("SELECT description FROM cairn_schema_history WHERE script = 'U2__idx.sql'")).isEqualTo("idx");
        assertThat(migrate().steps()).extracting(MigrateResult.Step::script).containsExactly("V2__idx.sql");
        assertThat(query("SELECT to_regclass('public.t_id_idx')")).isNotNull();
    }

    @Test
    void aNoTransactionRevertStoppedPartWayIsContinuedByTheNextRollback() throws Exception {
        write("V1__t.sql", "CREATE TABLE t (id int);\n");
        write("U1__t.sql", "DROP TABLE t;\n");
        write("V2__more.sql", "CREATE TABLE t2 (id int);\nCREATE INDEX t2_idx ON t2 (id);\n");
        write("U2__more.sql", "-- cairn:no-transaction\nDROP INDEX CONCURRENTLY t2_idx;\nSELECT 1/0;\nDROP TABLE t2;\n");
        assertThat(migrate().failure()).isNull();

        RevertResult failed = revert("1");
        assertThat(failed.exitCode()).isEqualTo(ExitCode.DATABASE);
        assertThat(failed.failure().line()).isEqualTo(3);
        assertThat(failed.failure().message()).contains("outside a transaction", "its first 1 statement(s) completed",
                "the next cairn rollback --to 1 continues it at line 3");
        assertThat(query("SELECT to_regclass('public.t2_idx')")).isNull();
        assertThat(query("SELECT to_regclass('public.t2')")).isNotNull();
        MigrationState state = new Migrator(context(Duration.ZERO)).state(MigrationState.Options.DEFAULT);
        assertThat(state.valid()).isTrue();
        assertThat(state.notices()).anySatisfy(n -> assertThat(n).contains("U2__more.sql", "cairn rollback continues it"));

        // Fixed after the completed statement: the DROP INDEX (which would now fail) is not run again.
        write("U2__more.sql", "-- cairn:no-transaction\nDROP INDEX CONCURRENTLY t2_idx;\nSELECT 1;\nDROP TABLE t2;\n");
        RevertResult continued = revert("1");
        assertThat(continued.failure()).isNull();
        assertThat(query("SELECT to_regclass('public.t2')")).isNull();
        assertThat(continued.after().applied()).extracting(HistoryEntry::version).containsExactly("1");
        assertThat(history()).endsWith("versioned:V2__more.sql:true,revert:U2__more.sql:true");
    }

    @Test
    void aDryRunReturnsTheRevertsAndTheirSqlAndChangesNothing() throws Exception {
        threeMigrations();
        migrate();
        String before = history();
        RevertResult r = reverter(Duration.ZERO).revert(Version.parse("1"), true);
        assertThat(r.dryRun()).isTrue();
        assertThat(r.failure()).isNull();
        assertThat(r.steps()).extracting(MigrateResult.Step::script).containsExactly("U3__email.sql", "U2__orders.sql");
        assertThat(r.steps().get(1).sql()).contains("DROP TABLE orders");
        assertThat(history()).isEqualTo(before);
        assertThat(query("SELECT to_regclass('public.orders')")).isNotNull();
    }

    @Test
    void aPlanConfirmedBeforeAnotherRunChangedTheHistoryIsRefused() throws Exception {
        threeMigrations();
        Files.move(dir.resolve("V3__email.sql"), dir.resolve("V3__email.sql.later"));
        Files.move(dir.resolve("U3__email.sql"), dir.resolve("U3__email.sql.later"));
        migrate();
        RevertPlan confirmed = reverter(Duration.ZERO).plan(Version.parse("1"));
        Files.move(dir.resolve("V3__email.sql.later"), dir.resolve("V3__email.sql"));
        Files.move(dir.resolve("U3__email.sql.later"), dir.resolve("U3__email.sql"));
        migrate(); // someone deploys V3 meanwhile

        RevertResult r = reverter(Duration.ZERO).revert(Version.parse("1"), confirmed);

        assertThat(r.exitCode()).isEqualTo(ExitCode.DATABASE);
        assertThat(r.failure().message()).contains("changed after the rollback was confirmed", "nothing was reverted");
        assertThat(query("SELECT to_regclass('public.orders')")).isNotNull();
    }
}
