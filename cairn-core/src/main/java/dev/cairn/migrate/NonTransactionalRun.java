package dev.cairn.migrate;

import dev.cairn.sql.Identifiers;
import dev.cairn.sql.Recovery;
import dev.cairn.dialect.Dialects;
import dev.cairn.events.RunEvents;
import dev.cairn.exec.Batching;
import dev.cairn.exec.ScriptRunner;
import dev.cairn.exec.Quietly;
import dev.cairn.sql.SqlStatement;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs a migration outside a transaction, statement by statement, recording its progress in its history row
 * so that a run that fails or is killed part-way can be continued by the next {@code migrate}.
 *
 * <p>The contract with the history table: before the first statement a row is written with
 * {@code success = false}, {@code statements_done = 0} and the description suffixed {@code [no-transaction]}
 * (so that even an older Cairn sees a partial failure, never a success). After each statement
 * {@code statements_done} and {@code done_checksum} (the SHA-256 of the completed statements' text) are
 * updated; at the end the same row becomes {@code success = true} with the plain description. An ordinary
 * statement runs in a transaction together with its progress update, so the mark is exact; a statement
 * PostgreSQL refuses inside a transaction block (CREATE INDEX CONCURRENTLY, VACUUM, ...) is marked just
 * after it, so a kill in between leaves it "in flight". Continuing a run first settles that statement by
 * what {@link StatementClassifier#recovery} knows of it: an index build is checked in the catalog (valid:
 * done; INVALID: dropped and built again; absent: built), a repeatable statement simply runs again.
 */
final class NonTransactionalRun {
    private static final String NO_TRANSACTION_BLOCK = "25001";

    private final HistoryTable history;
    private final RunSettings settings;
    private final RunEvents events;
    private final Watchdog watchdog;
    private final LockRetrier retrier;

    /**
     * The statement that failed (error null: not started because the deadline passed), and how many completed;
     * {@code attempts} and {@code cutShort} as in {@link LockRetrier.Result}, for the failed statement.
     */
    record Outcome(int failedIndex, SqlStatement failed, SQLException error, int done, List<String> notes, int attempts,
            java.time.Duration cutShort) {
        Outcome(int failedIndex, SqlStatement failed, SQLException error, int done, List<String> notes) {
            this(failedIndex, failed, error, done, notes, 1, null);
        }

        boolean succeeded() {
            return failed == null;
        }
    }

    NonTransactionalRun(HistoryTable history, RunSettings settings, RunEvents events, Watchdog watchdog) {
        this(history, settings, events, watchdog, "migration.retry");
    }

    /** {@code retryEvent}: the event announcing a lock retry ({@code migration.retry}, {@code revert.retry}). */
    NonTransactionalRun(HistoryTable history, RunSettings settings, RunEvents events, Watchdog watchdog, String retryEvent) {
        this.history = history;
        this.settings = settings;
        this.events = events;
        this.watchdog = watchdog;
        this.retrier = new LockRetrier(settings.lockRetries(), events, watchdog, retryEvent);
    }

    /** SHA-256 over the text of the first {@code n} statements: what {@code done_checksum} records. */
    static String prefixChecksum(List<SqlStatement> statements, int n) {
        String text = statements.subList(0, Math.min(n, statements.size())).stream().map(SqlStatement::sql)
                .collect(Collectors.joining("\u0000"));
        return Checksums.sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    Outcome run(Connection c, MigrationScript script, Optional<HistoryEntry> resume, long t0) throws SQLException {
        List<SqlStatement> statements = script.statements();
        String running = script.description() + HistoryTable.NO_TRANSACTION_SUFFIX;
        List<String> notes = new ArrayList<>();
        long rank;
        int done;
        if (resume.isPresent()) {
            rank = resume.get().rank();
            done = resume.get().statementsDone();
            try {
                done = settleInFlight(c, script, rank, done, notes, t0);
            } catch (SQLException e) {
                // e.g. the DROP INDEX CONCURRENTLY of an INVALID index timed out waiting for a lock
                return new Outcome(done, statements.get(done), e, done, notes);
            }
        } else {
            rank = history.insert(c, script.versionText(), running, script.kind().label(), script.name(),
                    script.checksum(), settings.appliedBy(), 0, false, 0, prefixChecksum(statements, 0));
            done = 0;
        }
        for (int i = done; i < statements.size(); i++) {
            SqlStatement st = statements.get(i);
            if (watchdog.expired()) {
                return new Outcome(i, st, null, i, notes);
            }
            SQLException error;
            LockRetrier.Result retried = null;
            if (Dialects.current().statements().recovery(st) == Recovery.IN_TRANSACTION) {
                // The statement runs in a transaction with its progress mark, so a lock timeout left nothing of it:
                // it may run again (lockRetries). Statements outside any transaction (a concurrent index build that
                // leaves an INVALID index) are never retried here.
                int index = i;
                retried = retrier.run(script, () -> {
                    SQLException e = runWithMark(c, script, st, rank, statements, index, running, t0);
                    return new dev.cairn.exec.Outcome(e == null ? dev.cairn.exec.Outcome.Status.DONE
                            : dev.cairn.exec.Outcome.Status.FAILED, index, st, e);
                });
                error = retried.outcome().error();
            } else {
                error = runThenMark(c, script, st, rank, statements, i, running, t0);
            }
            if (error != null) {
                history.updateProgress(c, rank, script.checksum(), i, prefixChecksum(statements, i), running, millisSince(t0), false);
                return retried == null ? new Outcome(i, st, error, i, notes)
                        : new Outcome(i, st, error, i, notes, retried.attempts(), retried.cutShort());
            }
        }
        history.updateProgress(c, rank, script.checksum(), statements.size(), prefixChecksum(statements, statements.size()),
                script.description(), millisSince(t0), true);
        return new Outcome(-1, null, null, statements.size(), notes);
    }

    /** An ordinary statement and its progress mark commit together, so a kill can never separate them. */
    private SQLException runWithMark(Connection c, MigrationScript script, SqlStatement st, long rank, List<SqlStatement> all, int i,
            String running, long t0) throws SQLException {
        c.setAutoCommit(false);
        try {
            SQLException e = execute(c, st);
            if (e != null) {
                Quietly.run(c::rollback);
                if (NO_TRANSACTION_BLOCK.equals(e.getSQLState())) {
                    // A statement the classifier does not know refuses transaction blocks: nothing ran, so run it alone.
                    c.setAutoCommit(true);
                    return runThenMark(c, script, st, rank, all, i, running, t0);
                }
                return e;
            }
            history.updateProgress(c, rank, script.checksum(), i + 1, prefixChecksum(all, i + 1), running, millisSince(t0), false);
            c.commit();
            return null;
        } catch (SQLException e) {
            // The connection may be gone: the original error is what the run must report.
            Quietly.run(c::rollback);
            throw e;
        } finally {
            Quietly.run(() -> c.setAutoCommit(true));
        }
    }

    /**
     * A concurrent index build or drop waits, after taking its SHARE UPDATE EXCLUSIVE lock, for every transaction older
     * than it; that lock blocks no reads or writes, so the wait stalls nobody and lock_timeout would only fail the build
     * (leaving an INVALID index) behind a long report query. It runs without one, bounded by the statement timeout and
     * the run's deadline.
     */
    private static boolean concurrentIndexWork(SqlStatement st) {
        Recovery r = Dialects.current().statements().recovery(st);
        return r == Recovery.INDEX_BUILD || r == Recovery.INDEX_DROP;
    }

    private SQLException withoutLockTimeout(Connection c, SqlStatement st) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET lock_timeout = 0");
        }
        try {
            return execute(c, st);
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("SET lock_timeout = " + settings.lockTimeout().toMillis());
            }
        }
    }

    /** A migration statement goes through the one script runner; progress marks are this class's own. */
    private SQLException execute(Connection c, SqlStatement st) {
        return new ScriptRunner(c, watchdog, Batching.NEVER).runAlone(st);
    }

    private SQLException runThenMark(Connection c, MigrationScript script, SqlStatement st, long rank, List<SqlStatement> all, int i,
            String running, long t0) throws SQLException {
        SQLException e = concurrentIndexWork(st) ? withoutLockTimeout(c, st) : execute(c, st);
        if (e != null) {
            return e;
        }
        history.updateProgress(c, rank, script.checksum(), i + 1, prefixChecksum(all, i + 1), running, millisSince(t0), false);
        return null;
    }

    /**
     * The statement at {@code done} was running when the earlier run stopped: find out from the catalog what it
     * left, clean up what cannot be built upon, and return the index to continue from.
     */
    private int settleInFlight(Connection c, MigrationScript script, long rank, int done, List<String> notes, long t0)
            throws SQLException {
        List<SqlStatement> statements = script.statements();
        if (done >= statements.size()) {
            return done;
        }
        SqlStatement st = statements.get(done);
        String where = script.name() + ":" + st.line();
        switch (Dialects.current().statements().recovery(st)) {
            case INDEX_BUILD -> {
                String index = qualified(Dialects.current().statements().createdIndex(st).orElseThrow());
                String table = Dialects.current().statements().indexedTable(st).map(NonTransactionalRun::qualified).orElse(null);
                IndexState state = indexState(c, index, table);
                if (state == IndexState.VALID) {
                    history.updateProgress(c, rank, script.checksum(), done + 1, prefixChecksum(statements, done + 1),
                            script.description() + HistoryTable.NO_TRANSACTION_SUFFIX, millisSince(t0), false);
                    note(script, notes, "Index " + index + " (" + where + ") exists and is valid: the earlier run's"
                            + " build finished after that run stopped, so Cairn counts the statement as done.");
                    return done + 1;
                }
                if (state == IndexState.INVALID) {
                    try (Statement s = c.createStatement()) {
                        s.execute("DROP INDEX CONCURRENTLY IF EXISTS " + index);
                    }
                    note(script, notes, "Index " + index + " (" + where + ") was left INVALID by the earlier run's"
                            + " unfinished build: Cairn dropped it and builds it again.");
                }
            }
            case INDEX_DROP -> {
                boolean allGone = true;
                for (List<String> name : Dialects.current().statements().droppedIndexes(st)) {
                    allGone &= indexState(c, qualified(name), null) == IndexState.ABSENT;
                }
                if (allGone) {
                    history.updateProgress(c, rank, script.checksum(), done + 1, prefixChecksum(statements, done + 1),
                            script.description() + HistoryTable.NO_TRANSACTION_SUFFIX, millisSince(t0), false);
                    note(script, notes, "The index(es) dropped at " + where + " are already gone: the earlier run's"
                            + " DROP finished, so Cairn counts the statement as done.");
                    return done + 1;
                }
            }
            case REPEATABLE -> note(script, notes, "The statement at " + where + " (" + st.firstLine() + ") was"
                    + " running when the earlier run stopped; running it again is harmless, so Cairn does.");
            default -> { }
        }
        return done;
    }

    private void note(MigrationScript script, List<String> notes, String text) {
        notes.add(text);
        events.emit("migration.recovered", "script", script.name(), "message", text);
    }

    private enum IndexState { ABSENT, VALID, INVALID }

    /** An index whose name exists on another table (or is not an index) counts as absent: the build must run. */
    private static IndexState indexState(Connection c, String index, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT i.indisvalid AND i.indisready AS usable,"
                + " (?::text IS NULL OR i.indrelid = to_regclass(?)) AS on_table FROM pg_index i WHERE i.indexrelid = to_regclass(?)")) {
            ps.setString(1, table);
            ps.setString(2, table);
            ps.setString(3, index);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !rs.getBoolean("on_table")) {
                    return IndexState.ABSENT;
                }
                return rs.getBoolean("usable") ? IndexState.VALID : IndexState.INVALID;
            }
        }
    }

    private static String qualified(List<String> parts) {
        return parts.stream().map(Identifiers::quote).collect(Collectors.joining("."));
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
