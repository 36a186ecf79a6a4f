package dev.cairn.exec;

import dev.cairn.testing.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.postgres.sql.PostgresBatching;
import dev.cairn.postgres.sql.ScriptSplitter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one executor against a real PostgreSQL: batches, error positions, statements outside a transaction, stops. */
@DatabaseTest
class ScriptRunnerTest {
    static ScratchDatabase db;
    static Connection c;

    @BeforeAll
    static void database() throws SQLException {
        db = DevDatabases.createDatabase();
        c = db.connect();
    }

    @AfterAll
    static void drop() throws SQLException {
        c.close();
        db.close();
    }

    @BeforeEach
    void clean() throws SQLException {
        exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public; CREATE TABLE log (v text)");
    }

    private static void exec(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Object query(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }

    private static Script script(String sql) {
        return new Script("V1__t.sql", ScriptSplitter.split(sql, "V1__t.sql"));
    }

    private static ScriptRunner runner(Deadline deadline) {
        return new ScriptRunner(c, deadline, PostgresBatching.INSTANCE);
    }

    @Test
    void aBatchedTransactionRunsEveryStatementAndTheTrailerThenCommits() throws SQLException {
        c.clearWarnings();
        Outcome o = runner(Deadline.NONE).inTransaction(script("CREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\n"
                + "CREATE INDEX a_id ON a (id);\n"), List.of("INSERT INTO log VALUES ('trailer')"));
        assertThat(o.done()).isTrue();
        assertThat(query("SELECT count(*) FROM a")).isEqualTo(1L);
        assertThat(query("SELECT v FROM log")).isEqualTo("trailer");
        assertThat(c.getAutoCommit()).isTrue();
        // The COMMIT went in the batch: restoring auto-commit sent no second one ("no transaction in progress").
        assertThat((Object) c.getWarnings()).isNull();
    }

    @Test
    void aFailureAtStatementKOfNInABatchIsLocatedAndEverythingRollsBack() throws SQLException {
        Outcome o = runner(Deadline.NONE).inTransaction(script("CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n"
                + "CREATE TABLE c (id int,\n   x nosuchtype);\nCREATE TABLE d (id int);\n"),
                List.of("INSERT INTO log VALUES ('trailer')"));
        assertThat(o.status()).isEqualTo(Outcome.Status.FAILED);
        assertThat(o.index()).isEqualTo(2);
        assertThat(o.statement().firstLine()).isEqualTo("CREATE TABLE c (id int,");
        assertThat(o.error().getSQLState()).isEqualTo("42704");
        assertThat(o.position()).hasToString("4:6");
        assertThat(query("SELECT to_regclass('public.a')")).isNull();
        assertThat(query("SELECT count(*) FROM log")).isEqualTo(0L);
        assertThat(c.getAutoCommit()).isTrue();
    }

    @Test
    void aStatementReturningRowsRunsAloneBetweenBatchesAndLaterFailuresAreLocated() throws SQLException {
        Outcome ok = runner(Deadline.NONE).inTransaction(script("CREATE TABLE a (id int);\nSELECT * FROM a;\n"
                + "WITH x AS (SELECT 1) SELECT * FROM x;\nINSERT INTO a VALUES (1) RETURNING id;\nSHOW search_path;\n"),
                List.of("INSERT INTO log VALUES ('one')"));
        assertThat(ok.done()).isTrue();
        assertThat(query("SELECT count(*) FROM a")).isEqualTo(1L);

        Outcome bad = runner(Deadline.NONE).inTransaction(script("CREATE TABLE b (id int);\nVALUES (1);\n"
                + "CREATE TABLE c (id int);\nINSERT INTO b VALUES ('x');\n"), List.of("INSERT INTO log VALUES ('two')"));
        assertThat(bad.status()).isEqualTo(Outcome.Status.FAILED);
        assertThat(bad.index()).isEqualTo(3);
        assertThat(bad.position()).hasToString("4:23");
        assertThat(query("SELECT to_regclass('public.b')")).isNull();
        assertThat(query("SELECT count(*) FROM log")).isEqualTo(1L);
    }

    @Test
    void aFailingStatementSentAloneIsLocatedToo() throws SQLException {
        Outcome o = runner(Deadline.NONE).inTransaction(script("CREATE TABLE a (id int);\nSELECT nosuchcolumn FROM a;\n"),
                List.of());
        assertThat(o.status()).isEqualTo(Outcome.Status.FAILED);
        assertThat(o.index()).isEqualTo(1);
        assertThat(o.position()).hasToString("2:8");
        assertThat(query("SELECT to_regclass('public.a')")).isNull();
    }

    @Test
    void aDeferredConstraintFailingAtCommitBlamesTheLastStatement() throws SQLException {
        Outcome o = runner(Deadline.NONE).inTransaction(script("CREATE TABLE p (id int PRIMARY KEY);\n"
                + "CREATE TABLE ch (pid int REFERENCES p DEFERRABLE INITIALLY DEFERRED);\nINSERT INTO ch VALUES (42);\n"),
                List.of("INSERT INTO log VALUES ('trailer')"));
        assertThat(o.status()).isEqualTo(Outcome.Status.COMMIT_FAILED);
        assertThat(o.index()).isEqualTo(2);
        assertThat(o.error().getSQLState()).isEqualTo("23503");
        assertThat(query("SELECT to_regclass('public.ch')")).isNull();
        assertThat(query("SELECT count(*) FROM log")).isEqualTo(0L);
    }

    @Test
    void aFailingTrailerIsTheCallersErrorAndRollsBackTheStatements() {
        assertThatThrownBy(() -> runner(Deadline.NONE).inTransaction(script("CREATE TABLE a (id int);\n"),
                List.of("INSERT INTO nosuchtable VALUES (1)")))
                .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42P01");
        assertThat(queryQuietly("SELECT to_regclass('public.a')")).isNull();
    }

    @Test
    void aStatementThatEndsTheTransactionStopsTheRunAndWhatRanStaysCommitted() throws SQLException {
        Outcome o = runner(Deadline.NONE).inTransaction(script("CREATE TABLE a (id int);\nEND;\nCREATE TABLE b (id int);\n"),
                List.of("INSERT INTO log VALUES ('trailer')"));
        assertThat(o.status()).isEqualTo(Outcome.Status.ENDED_TRANSACTION);
        assertThat(o.index()).isEqualTo(1);
        assertThat(query("SELECT to_regclass('public.a')")).isNotNull();
        assertThat(query("SELECT to_regclass('public.b')")).isNull();

        exec("DROP TABLE a");
        Outcome carried = runner(Deadline.NONE).inTransactionCarryingOn(
                script("CREATE TABLE a (id int);\nEND;\nCREATE TABLE b (id int);\nCREATE TABLE c (x nosuchtype);\n"));
        assertThat(carried.status()).isEqualTo(Outcome.Status.FAILED);
        assertThat(carried.index()).isEqualTo(3);
        assertThat(carried.position()).hasToString("4:19");
        assertThat(query("SELECT to_regclass('public.b')")).isNull();
    }

    @Test
    void outsideATransactionEachStatementCommitsAndAFailureKeepsTheEarlierOnes() throws SQLException {
        Outcome o = runner(Deadline.NONE).autocommit(script("CREATE TABLE a (id int);\n"
                + "CREATE INDEX CONCURRENTLY a_id ON a (id);\nCREATE TABLE b (x nosuchtype);\nCREATE TABLE c (id int);\n"));
        assertThat(o.status()).isEqualTo(Outcome.Status.FAILED);
        assertThat(o.index()).isEqualTo(2);
        assertThat(o.position()).hasToString("3:19");
        assertThat(query("SELECT to_regclass('public.a_id')")).isNotNull();
        assertThat(query("SELECT to_regclass('public.c')")).isNull();
    }

    @Test
    void aStopRequestBetweenBatchesRollsBackAndNamesTheStatementNotStarted() throws SQLException {
        AtomicInteger checks = new AtomicInteger();
        Deadline stopAfterFirstSend = () -> checks.incrementAndGet() > 1;
        Outcome o = runner(stopAfterFirstSend).inTransaction(script("CREATE TABLE a (id int);\nSELECT 1;\n"
                + "CREATE TABLE b (id int);\n"), List.of("INSERT INTO log VALUES ('trailer')"));
        assertThat(o.status()).isEqualTo(Outcome.Status.NOT_STARTED);
        assertThat(o.index()).isEqualTo(1);
        assertThat((Object) o.error()).isNull();
        assertThat(query("SELECT to_regclass('public.a')")).isNull();
        assertThat(query("SELECT count(*) FROM log")).isEqualTo(0L);

        Outcome outside = runner(() -> true).autocommit(script("CREATE TABLE a (id int);\n"));
        assertThat(outside.status()).isEqualTo(Outcome.Status.NOT_STARTED);
        assertThat(outside.index()).isZero();
        assertThat(query("SELECT to_regclass('public.a')")).isNull();
    }

    @Test
    void aServerSideCancelInTheMiddleOfABatchFailsThatStatement() throws Exception {
        int pid = ((Number) query("SELECT pg_backend_pid()")).intValue();
        Thread canceller = new Thread(() -> {
            try (Connection other = db.connect(); Statement s = other.createStatement()) {
                // Cancel once the session is seen waiting in the batch's pg_sleep (no sleep on this side).
                while (true) {
                    try (ResultSet rs = s.executeQuery("SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE pid = "
                            + pid + " AND state = 'active' AND query LIKE 'DO $$ BEGIN PERFORM pg_sleep%'")) {
                        if (rs.next()) {
                            return;
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        canceller.start();
        Outcome o = runner(Deadline.NONE).inTransaction(script("CREATE TABLE a (id int);\n"
                + "DO $$ BEGIN PERFORM pg_sleep(30); END $$;\nCREATE TABLE b (id int);\n"), List.of());
        canceller.join();
        assertThat(o.status()).isEqualTo(Outcome.Status.FAILED);
        assertThat(o.index()).isEqualTo(1);
        assertThat(o.error().getSQLState()).isEqualTo("57014");
        assertThat(query("SELECT to_regclass('public.a')")).isNull();
    }

    @Test
    void onlyStatementsThatReturnNoRowsAndKeepTheTransactionAreBatched() {
        for (String sql : List.of("CREATE TABLE a (id int)", "alter table a add b int", "DROP TABLE a",
                "INSERT INTO a VALUES (1)", "DO $$ BEGIN END $$", "COMMENT ON TABLE a IS 'x'", "SET search_path TO x")) {
            assertThat(PostgresBatching.INSTANCE.batchable(ScriptSplitter.split(sql, "f").get(0))).as(sql).isTrue();
        }
        for (String sql : List.of("SELECT 1", "VALUES (1)", "WITH x AS (SELECT 1) SELECT * FROM x", "SHOW work_mem",
                "TABLE a", "EXPLAIN SELECT 1", "CALL p()", "INSERT INTO a VALUES (1) RETURNING id", "COMMIT", "END",
                "BEGIN", "ROLLBACK", "SAVEPOINT s", "(SELECT 1)", "FETCH ALL FROM c")) {
            assertThat(PostgresBatching.INSTANCE.batchable(ScriptSplitter.split(sql, "f").get(0))).as(sql).isFalse();
        }
    }

    private static Script named(String name, String sql) {
        return new Script(name, ScriptSplitter.split(sql, name));
    }

    private static List<String> logRow(String v) {
        return List.of("INSERT INTO log VALUES ('" + v + "')");
    }

    @Test
    void pipelinedScriptsEachCommitInTheirOwnTransaction() throws SQLException {
        ScriptRunner.Pipelined run = runner(Deadline.NONE).inTransactions(
                List.of(named("V1", "CREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\n"),
                        named("V2", "CREATE TABLE b (id int);\n"), named("V3", "ALTER TABLE a ADD c int;\n")),
                List.of(logRow("1"), logRow("2"), logRow("3")));
        assertThat(run.committed()).isEqualTo(3);
        assertThat(run.failure()).isNull();
        assertThat(query("SELECT string_agg(v, ',' ORDER BY v) FROM log")).isEqualTo("1,2,3");
        // One transaction each: three transaction ids among the history rows.
        assertThat(query("SELECT count(DISTINCT xmin::text) FROM log")).isEqualTo(3L);
        assertThat(query("SELECT count(*) FROM information_schema.columns WHERE table_name = 'a'")).isEqualTo(2L);
        assertThat(c.getAutoCommit()).isTrue();
    }

    @Test
    void aPipelinedFailureKeepsTheScriptsBeforeItAndRunsNoneAfterIt() throws SQLException {
        ScriptRunner.Pipelined run = runner(Deadline.NONE).inTransactions(
                List.of(named("V1", "CREATE TABLE a (id int);\n"),
                        named("V2", "CREATE TABLE b (id int);\nINSERT INTO b VALUES ('x');\nCREATE TABLE b2 (id int);\n"),
                        named("V3", "CREATE TABLE c3 (id int);\n")),
                List.of(logRow("1"), logRow("2"), logRow("3")));
        assertThat(run.committed()).isEqualTo(1);
        assertThat(run.failure().status()).isEqualTo(Outcome.Status.FAILED);
        assertThat(run.failure().index()).isEqualTo(1);
        assertThat(run.failure().error().getSQLState()).isEqualTo("22P02");
        assertThat(run.failure().position().line()).isEqualTo(2);
        assertThat(query("SELECT to_regclass('public.a')")).isNotNull();
        assertThat(query("SELECT to_regclass('public.b')")).isNull();
        assertThat(query("SELECT to_regclass('public.c3')")).isNull();
        assertThat(query("SELECT string_agg(v, ',') FROM log")).isEqualTo("1");
        // The aborted transaction was ended: the session works in auto-commit again.
        exec("CREATE TABLE after_failure (id int)");
        assertThat(query("SELECT to_regclass('public.after_failure')")).isNotNull();
    }

    @Test
    void aFailureDeepInALongPipelineStillStopsEverythingAfterIt() throws SQLException {
        // Enough entries that the driver syncs part-way through the batch (its guard against a full receive
        // buffer): the scripts after the failing one must still not run.
        List<Script> scripts = new java.util.ArrayList<>();
        List<List<String>> trailers = new java.util.ArrayList<>();
        for (int k = 1; k <= 40; k++) {
            StringBuilder sql = new StringBuilder("CREATE TABLE t" + k + " (id int);\n");
            for (int i = 0; i < 30; i++) {
                sql.append(k == 25 && i == 20 ? "INSERT INTO t" + k + " VALUES ('no');\n"
                        : "INSERT INTO t" + k + " VALUES (" + i + ");\n");
            }
            scripts.add(named("V" + k, sql.toString()));
            trailers.add(logRow(String.valueOf(k)));
        }
        ScriptRunner.Pipelined run = runner(Deadline.NONE).inTransactions(scripts, trailers);
        assertThat(run.committed()).isEqualTo(24);
        assertThat(run.failure().index()).isEqualTo(21);
        assertThat(query("SELECT count(*) FROM log")).isEqualTo(24L);
        assertThat(query("SELECT count(*) FROM pg_class WHERE relname ~ '^t[0-9]+$'")).isEqualTo(24L);
    }

    @Test
    void aPipelinedCommitFailureBlamesThatScriptsLastStatement() throws SQLException {
        ScriptRunner.Pipelined run = runner(Deadline.NONE).inTransactions(
                List.of(named("V1", "CREATE TABLE p (id int PRIMARY KEY);\n"),
                        named("V2", "CREATE TABLE ch (pid int REFERENCES p DEFERRABLE INITIALLY DEFERRED);\n"
                                + "INSERT INTO ch VALUES (42);\n"),
                        named("V3", "CREATE TABLE z (id int);\n")),
                List.of(logRow("1"), logRow("2"), logRow("3")));
        assertThat(run.committed()).isEqualTo(1);
        assertThat(run.failure().status()).isEqualTo(Outcome.Status.COMMIT_FAILED);
        assertThat(run.failure().index()).isEqualTo(1);
        assertThat(query("SELECT to_regclass('public.ch')")).isNull();
        assertThat(query("SELECT to_regclass('public.z')")).isNull();
        assertThat(query("SELECT string_agg(v, ',') FROM log")).isEqualTo("1");
    }

    @Test
    void onlyScriptsOfBatchableStatementsArePipelinable() {
        ScriptRunner runner = runner(Deadline.NONE);
        assertThat(runner.pipelinable(named("V1", "CREATE TABLE a (id int);\nCREATE INDEX ON a (id);\n"))).isTrue();
        assertThat(runner.pipelinable(named("V1", "CREATE TABLE a (id int);\nSELECT 1;\n"))).isFalse();
        assertThat(runner.pipelinable(named("V1", "-- nothing\n"))).isFalse();
    }

    private static Object queryQuietly(String sql) {
        try {
            return query(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
