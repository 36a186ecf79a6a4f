package dev.cairn.migrate;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DatabaseTest
class MigratorTest {
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

    private Migrator migrator(Duration timeout) {
        RunSettings settings = new RunSettings(Duration.ofSeconds(5), Duration.ZERO, timeout, "public", "test", "tester@host");
        return new Migrator(context(settings, new RunEvents(events::add, "test")));
    }

    private MigrationContext context(RunSettings settings, RunEvents runEvents) {
        return new MigrationContext(MigrationDirectory.scan(dir), source, new HistoryTable("public", HistoryTable.DEFAULT_NAME),
                settings, runEvents);
    }

    private MigrateResult migrate() {
        return migrator(Duration.ZERO).migrate(MigrationState.Options.DEFAULT, false);
    }

    private void write(String name, String sql) throws IOException {
        Files.writeString(dir.resolve(name), sql);
    }

    private Object query(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }

    private void copyExample() throws IOException {
        Path example = Path.of("..", "examples", "shop", "migrations");
        try (Stream<Path> files = Files.list(example)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void appliesTheExampleEndToEndThenHasNothingToDo() throws Exception {
        copyExample();
        MigrateResult first = migrate();
        assertThat(first.failure()).isNull();
        assertThat(first.steps()).extracting(MigrateResult.Step::script).containsExactly("V1__create_users.sql",
                "V2__create_products.sql", "V3__create_orders.sql", "V4__order_totals_view.sql",
                "V5__index_orders_by_user.sql", "R__product_search.sql");
        assertThat(first.steps()).filteredOn(s -> s.script().startsWith("V5")).singleElement()
                .extracting(MigrateResult.Step::transactional).isEqualTo(false);
        assertThat(query("SELECT count(*) FROM products")).isEqualTo(3L);
        assertThat(query("SELECT indisvalid FROM pg_index WHERE indexrelid = 'orders_user_id_created_at_idx'::regclass")).isEqualTo(true);
        assertThat(query("SELECT count(*) FROM pg_trigger WHERE tgname LIKE '%_touch'")).isEqualTo(3L);
        assertThat(query("SELECT count(*) FROM product_search('mug')")).isEqualTo(1L);
        assertThat(query("SELECT count(*) FROM cairn_schema_history WHERE success")).isEqualTo(6L);
        assertThat(events).extracting(Event::type).contains("run.started", "migration.started", "migration.applied", "run.finished");

        MigrateResult second = migrate();
        assertThat(second.failure()).isNull();
        assertThat(second.steps()).isEmpty();

        write("R__product_search.sql", Files.readString(dir.resolve("R__product_search.sql")) + "\n-- touched\n");
        assertThat(migrate().steps()).extracting(MigrateResult.Step::script).containsExactly("R__product_search.sql");
    }

    @Test
    void failingMigrationLeavesNoPartialObjectsAndAFailedRowWithThePosition() throws Exception {
        write("V1__ok.sql", "CREATE TABLE a (id int);");
        write("V2__bad.sql", "CREATE TABLE b (id int);\nINSERT INTO b VALUES (1);\n\nSELECT nosuchcolumn\n  FROM b;\n");
        MigrateResult r = migrate();
        assertThat(r.exitCode()).isEqualTo(ExitCode.DATABASE);
        assertThat(r.steps()).extracting(MigrateResult.Step::script).containsExactly("V1__ok.sql");
        assertThat(r.failure().script()).isEqualTo("V2__bad.sql");
        assertThat(r.failure().line()).isEqualTo(4);
        assertThat(r.failure().column()).isEqualTo(8);
        assertThat(r.failure().sqlState()).isEqualTo("42703");
        assertThat(r.failure().message()).contains("V2__bad.sql:4:8", "nosuchcolumn", "rolled back");
        assertThat(query("SELECT to_regclass('public.b')")).isNull();
        assertThat(query("SELECT to_regclass('public.a')")).isNotNull();
        assertThat(query("SELECT count(*) FROM cairn_schema_history WHERE script = 'V2__bad.sql' AND NOT success")).isEqualTo(1L);
        assertThat(events).extracting(Event::type).contains("migration.failed");

        // Fixed, it applies on the next run: a failed transactional migration is simply pending.
        write("V2__bad.sql", "CREATE TABLE b (id int);\n");
        assertThat(migrate().steps()).extracting(MigrateResult.Step::script).containsExactly("V2__bad.sql");
    }

    @Test
    void aLongChainOfSmallMigrationsAppliesEachInItsOwnTransactionWithItsRowAndEventsInOrder() throws Exception {
        // Past the first few, the run sends several per round trip (PipelineWindow): nothing of that may show.
        for (int k = 1; k <= 60; k++) {
            write(String.format("V%02d__t%d.sql", k, k), "CREATE TABLE t" + k + " (id int);\nCREATE INDEX ON t" + k + " (id);\n");
        }
        MigrateResult r = migrate();
        assertThat(r.failure()).isNull();
        assertThat(r.steps()).hasSize(60);
        assertThat(query("SELECT string_agg(version, ',' ORDER BY installed_rank) FROM cairn_schema_history WHERE success"))
                .isEqualTo(String.join(",", java.util.stream.IntStream.rangeClosed(1, 60)
                        .mapToObj(k -> String.format("%02d", k)).toList()));
        assertThat(query("SELECT count(DISTINCT xmin::text) FROM cairn_schema_history")).isEqualTo(60L);
        assertThat(query("SELECT count(*) FROM cairn_schema_history WHERE execution_ms < 0")).isEqualTo(0L);
        List<Event> perMigration = events.stream().filter(e -> e.type().startsWith("migration.")).toList();
        assertThat(perMigration).hasSize(120);
        for (int k = 0; k < 60; k++) {
            Event start = perMigration.get(2 * k);
            Event done = perMigration.get(2 * k + 1);
            assertThat(start.type()).isEqualTo("migration.started");
            assertThat(start.fields().get("index")).isEqualTo(k + 1);
            assertThat(done.type()).isEqualTo("migration.applied");
            assertThat(done.fields().get("script")).isEqualTo(start.fields().get("script"));
        }
    }

    @Test
    void aFailureAmongPipelinedMigrationsKeepsThoseBeforeItAndLeavesTheRestPending() throws Exception {
        for (int k = 1; k <= 40; k++) {
            write(String.format("V%02d__t%d.sql", k, k), k == 30
                    ? "CREATE TABLE t30 (id int);\nINSERT INTO t30 VALUES ('x');\n"
                    : "CREATE TABLE t" + k + " (id int);\n");
        }
        MigrateResult r = migrate();
        assertThat(r.exitCode()).isEqualTo(ExitCode.DATABASE);
        assertThat(r.steps()).hasSize(29);
        assertThat(r.failure().script()).isEqualTo("V30__t30.sql");
        assertThat(r.failure().line()).isEqualTo(2);
        assertThat(r.failure().message()).contains("V30__t30.sql:2:", "rolled back");
        assertThat(query("SELECT count(*) FROM pg_class WHERE relname ~ '^t[0-9]+$' AND relkind = 'r'")).isEqualTo(29L);
        assertThat(query("SELECT count(*) FROM cairn_schema_history WHERE success")).isEqualTo(29L);
        assertThat(query("SELECT count(*) FROM cairn_schema_history WHERE script = 'V30__t30.sql' AND NOT success"))
                .isEqualTo(1L);
        assertThat(events.stream().filter(e -> e.type().equals("migration.failed")).map(e -> e.fields().get("script")))
                .containsExactly("V30__t30.sql");

        write("V30__t30.sql", "CREATE TABLE t30 (id int);\n");
        MigrateResult again = migrate();
        assertThat(again.failure()).isNull();
        assertThat(again.steps()).hasSize(11);
    }

    @Test
    void failureInTheMiddleOfABatchedMigrationIsLocatedToItsStatement() throws Exception {
        // Statements 1-2 and 4-5 go to the server in one batch with the history row: the failing third is still named.
        write("V1__batch.sql", "CREATE TABLE a1 (id int);\nCREATE TABLE a2 (id int);\n"
                + "ALTER TABLE a1\n  ADD COLUMN x nosuchtype;\nCREATE TABLE a4 (id int);\nCREATE TABLE a5 (id int);\n");
        MigrateResult r = migrate();
        assertThat(r.exitCode()).isEqualTo(ExitCode.DATABASE);
        assertThat(r.failure().sqlState()).isEqualTo("42704");
        assertThat(r.failure().line()).isEqualTo(4);
        assertThat(r.failure().column()).isEqualTo(16);
        assertThat(r.failure().message()).contains("V1__batch.sql:4:16", "nosuchtype", "ALTER TABLE a1", "rolled back");
        assertThat(query("SELECT to_regclass('public.a1')")).isNull();
        assertThat(query("SELECT count(*) FROM cairn_schema_history WHERE script = 'V1__batch.sql' AND NOT success")).isEqualTo(1L);
        assertThat(query("SELECT count(*) FROM cairn_schema_history WHERE success")).isEqualTo(0L);
    }

    @Test
    void selectInTheMiddleOfAMigrationRunsAloneAndLaterFailuresAreStillLocated() throws Exception {
        write("V1__ok.sql", "CREATE TABLE s1 (id int);\nSELECT count(*) FROM s1;\nINSERT INTO s1 VALUES (1);\n");
        write("V2__bad.sql", "CREATE TABLE s2 (id int);\nVALUES (1), (2);\nCREATE TABLE s3 (id int);\n"
                + "INSERT INTO s2 VALUES ('x');\n");
        MigrateResult r = migrate();
        assertThat(r.steps()).extracting(MigrateResult.Step::script).containsExactly("V1__ok.sql");
        assertThat(query("SELECT count(*) FROM s1")).isEqualTo(1L);
        assertThat(query("SELECT execution_ms >= 0 FROM cairn_schema_history WHERE script = 'V1__ok.sql' AND success"))
                .isEqualTo(true);
        assertThat(r.failure().line()).isEqualTo(4);
        assertThat(r.failure().column()).isEqualTo(24);
        assertThat(r.failure().message()).contains("V2__bad.sql:4:24", "rolled back");
        assertThat(query("SELECT to_regclass('public.s2')")).isNull();
    }

    @Test
    void deferredConstraintFailingAtCommitIsAMigrationFailure() throws Exception {
        write("V1__deferred.sql", "CREATE TABLE p (id int PRIMARY KEY);\n"
                + "CREATE TABLE ch (pid int REFERENCES p DEFERRABLE INITIALLY DEFERRED);\n"
                + "INSERT INTO ch VALUES (42);\n");
        MigrateResult r = migrate();
        assertThat(r.exitCode()).isEqualTo(ExitCode.DATABASE);
        assertThat(r.failure().sqlState()).isEqualTo("23503");
        assertThat(r.failure().message()).contains("V1__deferred.sql", "rolled back");
        assertThat(query("SELECT to_regclass('public.ch')")).isNull();
        assertThat(query("SELECT count(*) FROM cairn_schema_history WHERE NOT success")).isEqualTo(1L);
    }

    @Test
    void circuitBreakerCancelsALongStatementServerSideAndExitsFour() throws Exception {
        write("V1__fast.sql", "CREATE TABLE fast (id int);");
        write("V2__slow.sql", "CREATE TABLE slow (id int);\nSELECT pg_sleep(120);\n");
        long t0 = System.nanoTime();
        MigrateResult r = migrator(Duration.ofSeconds(2)).migrate(MigrationState.Options.DEFAULT, false);
        long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(elapsedMs).isLessThan(2_000 + 3_000);
        assertThat(r.exitCode()).isEqualTo(ExitCode.TIMEOUT);
        assertThat(r.failure().script()).isEqualTo("V2__slow.sql");
        assertThat(r.failure().line()).isEqualTo(2);
        assertThat(r.failure().message()).contains("V2__slow.sql", "pg_sleep", "rolled back", "2s");
        assertThat(query("SELECT to_regclass('public.slow')")).isNull();
        assertThat(query("SELECT to_regclass('public.fast')")).isNotNull();
        assertThat(query("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(120)%'")).isEqualTo(0L);
    }

    @Test
    void editedAppliedMigrationIsRefusedAndNothingIsApplied() throws Exception {
        write("V1__a.sql", "CREATE TABLE a (id int);");
        assertThat(migrate().failure()).isNull();
        write("V1__a.sql", "CREATE TABLE a (id bigint);");
        write("V2__b.sql", "CREATE TABLE b (id int);");
        MigrateResult r = migrate();
        assertThat(r.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(r.failure().message()).contains("V1__a.sql");
        assertThat(r.state().problems()).extracting(Problem::code).containsExactly("checksum-mismatch");
        assertThat(query("SELECT to_regclass('public.b')")).isNull();
    }

    @Test
    void directoryEditedBehindTheSumFileIsRefused() throws Exception {
        write("V1__a.sql", "CREATE TABLE a (id int);");
        SumFile.write(MigrationDirectory.scan(dir));
        write("V2__b.sql", "CREATE TABLE b (id int);");
        MigrateResult r = migrate();
        assertThat(r.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(r.failure().message()).contains("V2__b.sql", "cairn sum");
        assertThat(query("SELECT to_regclass('public.a')")).isNull();
    }

    @Test
    void failedConcurrentIndexBuildNamesTheInvalidIndexAndTheRerunRebuildsItWithoutRepair() throws Exception {
        write("V1__t.sql", "CREATE TABLE t (v int);\nINSERT INTO t VALUES (1), (1);\n");
        write("V2__idx.sql", "CREATE UNIQUE INDEX CONCURRENTLY t_v_key ON t (v);\n");
        MigrateResult r = migrate();
        assertThat(r.exitCode()).isEqualTo(ExitCode.DATABASE);
        assertThat(r.failure().message()).contains("outside a transaction", "t_v_key", "INVALID", "no `cairn repair` is needed");
        assertThat(query("SELECT indisvalid FROM pg_index WHERE indexrelid = 't_v_key'::regclass")).isEqualTo(false);
        assertThat(migrate().state().notices()).anyMatch(n -> n.contains("V2__idx.sql") && n.contains("runs it again"));

        // Fix the data (not the file): the rerun drops the INVALID index and builds it again.
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM t WHERE ctid = (SELECT max(ctid) FROM t)");
        }
        assertThat(new HistoryAdmin(context(migratorSettings(), new RunEvents(events::add, "test"))).planRepair().isEmpty())
                .as("a run that the next migrate continues needs no repair").isTrue();
        events.clear();
        MigrateResult rerun = migrate();
        assertThat(rerun.failure()).isNull();
        assertThat(rerun.steps()).extracting(MigrateResult.Step::script).containsExactly("V2__idx.sql");
        assertThat(query("SELECT indisvalid FROM pg_index WHERE indexrelid = 't_v_key'::regclass")).isEqualTo(true);
        assertThat(events).filteredOn(e -> e.type().equals("migration.recovered")).singleElement()
                .satisfies(e -> assertThat(e.fields().get("message").toString()).contains("t_v_key", "INVALID", "dropped"));
        assertThat(query("SELECT count(*) FROM cairn_schema_history WHERE script = 'V2__idx.sql'")).isEqualTo(1L);
        assertThat(query("SELECT success FROM cairn_schema_history WHERE script = 'V2__idx.sql'")).isEqualTo(true);
    }

    @Test
    void aRunWaitingForTheLockDoesNotDeadlockAConcurrentIndexBuild() throws Exception {
        write("V1__t.sql", "CREATE TABLE t (v int);\nINSERT INTO t SELECT generate_series(1, 10);\n"
                + "CREATE FUNCTION slow(x int) RETURNS int IMMUTABLE LANGUAGE plpgsql AS $$\n"
                + "BEGIN PERFORM pg_sleep(0.2); RETURN x; END $$;\n");
        write("V2__idx.sql", "CREATE INDEX CONCURRENTLY t_slow ON t (slow(v));\n");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<MigrateResult> first = pool.submit(this::migrate);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (query("SELECT 1 FROM pg_stat_activity WHERE state = 'active' AND query LIKE 'CREATE INDEX CONCURRENTLY%'") == null) {
                assertThat(System.nanoTime()).as("the build never started").isLessThan(deadline);
                assertThat(first.isDone()).as("the first run ended before its build started").isFalse();
                Thread.sleep(20); // poll interval, not synchronisation: the condition above decides
            }
            // The second run waits for the lock while the build runs; the build waits for older snapshots.
            Future<MigrateResult> second = pool.submit(this::migrate);
            MigrateResult a = first.get(120, TimeUnit.SECONDS);
            MigrateResult b = second.get(120, TimeUnit.SECONDS);
            assertThat(a.failure()).as("the build must not be chosen as a deadlock victim").isNull();
            assertThat(b.failure()).isNull();
            assertThat(b.steps()).isEmpty();
            assertThat(query("SELECT indisvalid FROM pg_index WHERE indexrelid = 't_slow'::regclass")).isEqualTo(true);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void transactionControlInAMigrationIsRefusedBeforeAnythingRuns() throws Exception {
        write("V1__a.sql", "CREATE TABLE a (id int);");
        write("V2__c.sql", "CREATE TABLE c (z int);\nCOMMIT;\nCREATE TABLE d (q int);\nSELECT 1/0;\n");
        write("V3__r.sql", "CREATE TABLE e (id int);\nROLLBACK;\n");
        MigrateResult r = migrate();
        assertThat(r.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(r.state().problems()).extracting(Problem::code).containsExactly("transaction-control", "transaction-control");
        assertThat(r.failure().message()).contains("V2__c.sql:2: COMMIT", "V3__r.sql:2: ROLLBACK", "separate migrations");
        assertThat(query("SELECT to_regclass('public.a')")).as("nothing ran").isNull();
        assertThat(query("SELECT to_regclass('public.c')")).isNull();

        // A transaction inside a routine body or DO block is the routine's business, not the migration's.
        write("V2__c.sql", "CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN COMMIT; END $$;\n"
                + "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;\n"
                + "DO $$ BEGIN PERFORM 1; END $$;\n");
        write("V3__r.sql", "-- ROLLBACK;\nSELECT 'COMMIT';\n");
        assertThat(migrate().failure()).isNull();
    }

    @Test
    void aNoTransactionMigrationContinuesAfterItsCompletedStatements() throws Exception {
        write("V1__steps.sql", "-- cairn:no-transaction\nCREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\n"
                + "SELECT 1/0;\nCREATE TABLE c (id int);\n");
        MigrateResult r = migrate();
        assertThat(r.exitCode()).isEqualTo(ExitCode.DATABASE);
        assertThat(r.failure().message()).contains("2 earlier statement(s) of it stay applied", "continues V1__steps.sql at line 4",
                "no `cairn repair` is needed");
        assertThat(query("SELECT statements_done FROM cairn_schema_history WHERE script = 'V1__steps.sql'")).isEqualTo(2);

        // Fixed after the completed statements: the rerun runs only what had not run (no duplicate row in a).
        write("V1__steps.sql", "-- cairn:no-transaction\nCREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\n"
                + "SELECT 1;\nCREATE TABLE c (id int);\n");
        MigrateResult rerun = migrate();
        assertThat(rerun.failure()).isNull();
        assertThat(query("SELECT count(*) FROM a")).isEqualTo(1L);
        assertThat(query("SELECT to_regclass('public.c')")).isNotNull();
        assertThat(query("SELECT count(*) FROM cairn_schema_history WHERE script = 'V1__steps.sql' AND success"
                + " AND statements_done = 4 AND description = 'steps'")).isEqualTo(1L);
        assertThat(query("SELECT count(*) FROM cairn_schema_history")).isEqualTo(1L);
        // The row records the file as it ran to the end, so the corrected file is not "edited after it was applied".
        MigrateResult again = migrate();
        assertThat(again.failure()).isNull();
        assertThat(again.state().problems()).isEmpty();
    }

    @Test
    void aNoTransactionMigrationWhoseFirstStatementFailedNeedsNoRepair() throws Exception {
        write("V1__nt.sql", "-- cairn:no-transaction\nSELECT 1/0;\nCREATE TABLE b (id int);\n");
        MigrateResult r = migrate();
        assertThat(r.failure().message()).contains("no earlier statement of it had run", "rolled back", "no `cairn repair`");
        write("V1__nt.sql", "-- cairn:no-transaction\nCREATE TABLE a (id int);\nCREATE TABLE b (id int);\n");
        assertThat(migrate().failure()).isNull();
        assertThat(query("SELECT to_regclass('public.a')")).isNotNull();
    }

    @Test
    void changingTheCompletedStatementsOfAStoppedRunBlocksWithOneClearProblem() throws Exception {
        write("V1__nt.sql", "-- cairn:no-transaction\nCREATE TABLE a (id int);\nSELECT 1/0;\n");
        migrate();
        write("V1__nt.sql", "-- cairn:no-transaction\nCREATE TABLE a2 (id int);\nSELECT 1;\n");
        MigrateResult r = migrate();
        assertThat(r.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(r.state().problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("failed-partial");
            assertThat(p.message()).contains("first 1 statement(s) were applied", "Restore them", "cairn repair");
        });
    }

    @Test
    void aHistoryTableFromAnOlderCairnGetsTheProgressColumns() throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE cairn_schema_history (installed_rank bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                    + " version text, description text NOT NULL, type text NOT NULL, script text NOT NULL, checksum text,"
                    + " applied_by text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now(), execution_ms bigint NOT NULL,"
                    + " success boolean NOT NULL)");
        }
        write("V1__a.sql", "CREATE TABLE a (id int);");
        assertThat(migrator(Duration.ZERO).state(MigrationState.Options.DEFAULT).pending()).hasSize(1);
        assertThat(migrate().failure()).isNull();
        assertThat(query("SELECT count(*) FROM information_schema.columns WHERE table_name = 'cairn_schema_history'"
                + " AND column_name IN ('statements_done', 'done_checksum')")).isEqualTo(2L);
    }

    @Test
    void anOlderHistoryTableThatThisUserMayNotAlterIsASentenceWithTheStatementToRun() throws Exception {
        String role = "limited_" + Long.toHexString(System.nanoTime());
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE cairn_schema_history (installed_rank bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                    + " version text, description text NOT NULL, type text NOT NULL, script text NOT NULL, checksum text,"
                    + " applied_by text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now(), execution_ms bigint NOT NULL,"
                    + " success boolean NOT NULL)");
            s.execute("CREATE ROLE " + role + " LOGIN");
            s.execute("GRANT CREATE, USAGE ON SCHEMA public TO " + role);
            s.execute("GRANT CREATE ON DATABASE " + db.name() + " TO " + role);
            s.execute("GRANT SELECT, INSERT, UPDATE ON cairn_schema_history TO " + role);
        }
        write("V1__a.sql", "CREATE TABLE a (id int);");
        source = new JdbcConnectionSource(db.jdbcUrl().replaceAll("([?&])user=[^&]*", "$1user=" + role), role, null);
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(this::migrate)
                    .isInstanceOf(dev.cairn.CairnException.class)
                    .hasMessageContaining("may not alter it")
                    .hasMessageContaining("ADD COLUMN IF NOT EXISTS statements_done integer")
                    .hasMessageNotContaining("url");
            assertThat(query("SELECT to_regclass('public.a')")).isNull();
        } finally {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("DROP OWNED BY " + role);
                s.execute("DROP ROLE " + role);
            }
        }
    }

    @Test
    void aTableWithTheHistoryTablesNameButOtherColumnsIsNamedAsSuch() throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE cairn_schema_history (id int, note text)");
        }
        write("V1__a.sql", "CREATE TABLE a (id int);");
        org.assertj.core.api.Assertions.assertThatThrownBy(this::migrate)
                .isInstanceOf(dev.cairn.CairnException.class)
                .hasMessageContaining("not a Cairn history table")
                .hasMessageContaining("installed_rank")
                .hasMessageContaining("history: table:")
                .hasMessageNotContaining("URL");
    }

    private RunSettings migratorSettings() {
        return new RunSettings(Duration.ofSeconds(5), Duration.ZERO, Duration.ZERO, "public", "test", "tester@host");
    }

    @Test
    void eightConcurrentRunsApplyEachMigrationExactlyOnce() throws Exception {
        for (int i = 1; i <= 20; i++) {
            write("V" + i + "__t" + i + ".sql", "CREATE TABLE t" + i + " (id int);\nSELECT pg_sleep(0.01);\n");
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<MigrateResult>> runs = Stream.generate(() -> pool.submit(this::migrate)).limit(8).toList();
            int applied = 0;
            for (Future<MigrateResult> f : runs) {
                MigrateResult r = f.get(60, TimeUnit.SECONDS);
                assertThat(r.failure()).isNull();
                applied += r.steps().size();
            }
            assertThat(applied).isEqualTo(20);
        } finally {
            pool.shutdownNow();
        }
        assertThat(query("SELECT count(*) FROM cairn_schema_history")).isEqualTo(20L);
        assertThat(query("SELECT count(DISTINCT version) FROM cairn_schema_history WHERE success")).isEqualTo(20L);
    }

    @Test
    void aSecondRunSaysWhoHoldsTheLockThenWaits() throws Exception {
        write("V1__a.sql", "CREATE TABLE a (id int);");
        long key = new HistoryTable("public", HistoryTable.DEFAULT_NAME).lockKey();
        CountDownLatch waiting = new CountDownLatch(1);
        List<Event> seen = new CopyOnWriteArrayList<>();
        RunSettings settings = migratorSettings();
        Migrator m = new Migrator(context(settings, new RunEvents(e -> {
                    seen.add(e);
                    if (e.type().equals("lock.waiting")) {
                        waiting.countDown();
                    }
                }, "test")));
        try (Connection holder = db.connect(); Statement s = holder.createStatement()) {
            s.execute("SET application_name = 'the-other-deploy'");
            s.execute("SELECT pg_advisory_lock(" + key + ")");
            ExecutorService pool = Executors.newSingleThreadExecutor();
            Future<MigrateResult> run = pool.submit(() -> m.migrate(MigrationState.Options.DEFAULT, false));
            assertThat(waiting.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(run.isDone()).isFalse();
            Event w = seen.stream().filter(e -> e.type().equals("lock.waiting")).findFirst().orElseThrow();
            assertThat((String) w.fields().get("holder")).contains("the-other-deploy");
            s.execute("SELECT pg_advisory_unlock(" + key + ")");
            assertThat(run.get(30, TimeUnit.SECONDS).steps()).hasSize(1);
            pool.shutdown();
        }
    }

    @Test
    void dryRunPrintsThePlanAndTouchesNothing() throws Exception {
        write("V1__a.sql", "CREATE TABLE a (id int);");
        MigrateResult r = migrator(Duration.ZERO).migrate(MigrationState.Options.DEFAULT, true);
        assertThat(r.dryRun()).isTrue();
        assertThat(r.steps()).singleElement().satisfies(s -> assertThat(s.sql()).contains("CREATE TABLE a"));
        assertThat(query("SELECT to_regclass('public.cairn_schema_history')")).isNull();
        assertThat(query("SELECT to_regclass('public.a')")).isNull();
    }

    @Test
    void baselineAdoptsAnExistingDatabase() throws Exception {
        write("V1__a.sql", "CREATE TABLE a (id int);");
        write("V2__b.sql", "CREATE TABLE b (id int);");
        HistoryAdmin admin = new HistoryAdmin(context(migratorSettings(), new RunEvents(events::add, "test")));
        admin.baseline(Version.parse("1"), "baseline");
        assertThat(migrate().steps()).extracting(MigrateResult.Step::script).containsExactly("V2__b.sql");
        assertThat(query("SELECT to_regclass('public.a')")).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> admin.baseline(Version.parse("3"), "again"))
                .hasMessageContaining("cannot be baselined");
    }
}
