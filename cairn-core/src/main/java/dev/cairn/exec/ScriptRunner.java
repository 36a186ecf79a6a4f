package dev.cairn.exec;

import dev.cairn.dialect.Dialects;
import dev.cairn.sql.SqlStatement;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one executor every SQL-running use case goes through: migrate, history replay, schema-file loading,
 * migration replay and generate's scratch proof. It runs a {@link Script} on an open session, either in one
 * transaction ({@link #inTransaction}) or statement by statement outside one ({@link #autocommit},
 * {@link #runAlone}), checks the {@link Deadline} before each send, and reports where it stopped as an
 * {@link Outcome} whose statement locates the server's error to file:line:column. Callers own the session's
 * settings (timeouts, search_path), the history table and the events; they word the messages.
 *
 * <p>Round trips: in a transaction, consecutive statements the {@link Batching} allows go to the server in
 * one batch (the driver pipelines them: one round trip), and the last batch also carries the caller's
 * {@code trailer} (the history row) and the COMMIT, so a migration of DDL statements costs one round trip.
 * The driver's batch exception says which statement of a failed batch failed. A statement the batching refuses
 * (it may return rows, or control the transaction) is sent alone, after the batch before it.
 *
 * <p>Lock retries wrap {@link #inTransaction} from outside (the migrator's {@code LockRetrier} runs the whole script
 * again when the outcome's error is a lock timeout, 55P03); deploy stages choose the {@link Script} and mode per stage.
 */
public final class ScriptRunner {
    private static final String COMMIT = "COMMIT";
    /** A pipelined batch entry that is not one of the script's statements: its BEGIN or a trailer statement. */
    private static final int OWN_ENTRY = -1;
    /** A pipelined batch entry that is the script's COMMIT. */
    private static final int COMMIT_ENTRY = -2;
    /** The driver's "Batch entry N"; in a translated message, its first number. */
    private static final Pattern ENTRY = Pattern.compile("Batch entry (\\d+)");
    private static final Pattern FIRST_NUMBER = Pattern.compile("(\\d+)");

    private final Connection connection;
    private final Deadline deadline;
    private final Batching batching;

    /** A runner that batches what the current dialect allows ({@link dev.cairn.dialect.StatementRules#batchable}). */
    public ScriptRunner(Connection connection, Deadline deadline) {
        this(connection, deadline, Dialects.current().statements()::batchable);
    }

    public ScriptRunner(Connection connection, Deadline deadline, Batching batching) {
        this.connection = connection;
        this.deadline = deadline;
        this.batching = batching;
    }

    /**
     * Runs the statements, then the {@code trailer} (statements of the caller's own, such as the history row),
     * in one transaction, and commits. On a statement's failure the transaction is rolled back and the outcome
     * names the statement.
     *
     * @throws SQLException when a trailer statement fails (after rolling back), or the session fails
     */
    public Outcome inTransaction(Script script, List<String> trailer) throws SQLException {
        List<SqlStatement> statements = script.statements();
        connection.setAutoCommit(false); // no round trip: the driver sends BEGIN with the first batch
        try {
            int i = 0;
            while (i < statements.size()) {
                if (deadline.expired()) {
                    connection.rollback();
                    return new Outcome(Outcome.Status.NOT_STARTED, i, statements.get(i), null);
                }
                if (!batching.batchable(statements.get(i))) {
                    Outcome alone = aloneInTransaction(i, statements.get(i));
                    if (alone != null) {
                        return alone;
                    }
                    i++;
                    continue;
                }
                int end = i;
                while (end < statements.size() && batching.batchable(statements.get(end))) {
                    end++;
                }
                boolean last = end == statements.size();
                Outcome batch = batch(statements, i, end, last ? trailer : List.of(), last);
                if (batch != null) {
                    return batch;
                }
                i = end;
                if (last) {
                    return Outcome.DONE;
                }
            }
            // Empty script, or one that ended with a statement sent alone: the trailer and COMMIT go together.
            Outcome tail = batch(statements, statements.size(), statements.size(), trailer, true);
            return tail != null ? tail : Outcome.DONE;
        } catch (SQLException | RuntimeException e) {
            Quietly.run(connection::rollback); // the session may be gone: the original error is what the caller reports
            throw e;
        } finally {
            connection.setAutoCommit(true); // no round trip: the transaction has ended
        }
    }

    /**
     * As {@link #inTransaction} without a trailer, except that a statement that ends the transaction does not stop
     * the run: the rest carries on in a new transaction, as from a plain SQL client. For scratch loads and replays,
     * where the migrate-time rule (a migration must not end its own transaction) is not checked again.
     */
    public Outcome inTransactionCarryingOn(Script script) throws SQLException {
        List<SqlStatement> all = script.statements();
        int from = 0;
        while (true) {
            Outcome outcome = inTransaction(new Script(script.name(), all.subList(from, all.size())), List.of());
            if (outcome.status() != Outcome.Status.ENDED_TRANSACTION) {
                return outcome.shiftedBy(from);
            }
            from += outcome.index() + 1;
        }
    }

    /**
     * Whether {@link #inTransactions} may run the script: it has statements and the batching allows every one
     * (none returns rows or controls the transaction).
     */
    public boolean pipelinable(Script script) {
        return !script.statements().isEmpty() && script.statements().stream().allMatch(batching::batchable);
    }

    /**
     * Runs several {@linkplain #pipelinable pipelinable} scripts, each in its own transaction with its trailer, in
     * one round trip: BEGIN, the statements, the trailer and COMMIT of each, one after another, go as one batch
     * (the driver pipelines it: one Sync). The server stops at the first error and skips the rest of the batch, so
     * the scripts before the failing one are committed, the failing one is rolled back, and those after it never
     * ran.
     *
     * @param trailers one list per script, as {@link #inTransaction}'s {@code trailer}
     * @return how many scripts committed (in order), and the failing script's outcome (null when all committed)
     * @throws SQLException when a trailer or a BEGIN fails, or the session fails before the batch is sent
     */
    public Pipelined inTransactions(List<Script> scripts, List<List<String>> trailers) throws SQLException {
        if (deadline.expired()) {
            return new Pipelined(0, new Outcome(Outcome.Status.NOT_STARTED, 0, scripts.get(0).statements().get(0), null));
        }
        List<String> sql = new ArrayList<>();
        List<int[]> owners = new ArrayList<>(); // per entry: {script, statement index or one of the markers below}
        for (int k = 0; k < scripts.size(); k++) {
            add(sql, owners, "BEGIN", k, OWN_ENTRY);
            List<SqlStatement> statements = scripts.get(k).statements();
            for (int i = 0; i < statements.size(); i++) {
                add(sql, owners, statements.get(i).sql(), k, i);
            }
            for (String t : trailers.get(k)) {
                add(sql, owners, t, k, OWN_ENTRY);
            }
            add(sql, owners, COMMIT, k, COMMIT_ENTRY);
        }
        connection.setAutoCommit(true); // the batch's own BEGIN and COMMIT delimit the transactions
        try (Statement s = connection.createStatement()) {
            for (String q : sql) {
                s.addBatch(q);
            }
            s.executeBatch();
            return new Pipelined(scripts.size(), null);
        } catch (BatchUpdateException e) {
            int failed = failedEntry(e, sql.size());
            SQLException cause = serverError(e);
            // The failing transaction is left aborted; the session may also be gone, which the caller finds out.
            Quietly.run(() -> {
                try (Statement rollback = connection.createStatement()) {
                    rollback.execute("ROLLBACK");
                }
            });
            int script = owners.get(failed)[0];
            int statement = owners.get(failed)[1];
            List<SqlStatement> statements = scripts.get(script).statements();
            if (statement >= 0) {
                return new Pipelined(script, new Outcome(Outcome.Status.FAILED, statement, statements.get(statement), cause));
            }
            if (statement == COMMIT_ENTRY) {
                int lastIndex = statements.size() - 1; // deferred constraints, checked at COMMIT
                return new Pipelined(script, new Outcome(Outcome.Status.COMMIT_FAILED, lastIndex, statements.get(lastIndex), cause));
            }
            throw cause; // BEGIN or the caller's trailer failed
        }
    }

    /** How a pipelined run ended: the first {@code committed} scripts committed; {@code failure} is the next one's. */
    public record Pipelined(int committed, Outcome failure) {}

    private static void add(List<String> sql, List<int[]> owners, String entry, int script, int statement) {
        sql.add(entry);
        owners.add(new int[] {script, statement});
    }

    /** Runs each statement on its own, committed as it completes; stops at the first failure. */
    public Outcome autocommit(Script script) throws SQLException {
        List<SqlStatement> statements = script.statements();
        for (int i = 0; i < statements.size(); i++) {
            SqlStatement st = statements.get(i);
            if (deadline.expired()) {
                return new Outcome(Outcome.Status.NOT_STARTED, i, st, null);
            }
            SQLException error = runAlone(st);
            if (error != null) {
                return new Outcome(Outcome.Status.FAILED, i, st, error);
            }
        }
        return Outcome.DONE;
    }

    /** Sends one statement in the session's current transaction mode; returns its error, or null. */
    public SQLException runAlone(SqlStatement statement) {
        try (Statement s = connection.createStatement()) {
            s.execute(statement.sql());
            return null;
        } catch (SQLException e) {
            return e;
        }
    }

    private Outcome aloneInTransaction(int index, SqlStatement st) throws SQLException {
        SQLException error = runAlone(st);
        if (error != null) {
            connection.rollback();
            return new Outcome(Outcome.Status.FAILED, index, st, error);
        }
        if (DriverState.transactionEnded(connection)) {
            // What ran so far is committed: stop, and never claim a rollback.
            return new Outcome(Outcome.Status.ENDED_TRANSACTION, index, st, null);
        }
        return null;
    }

    /**
     * Sends statements {@code [from, to)}, then {@code trailer}, then (when {@code commit}) COMMIT, as one batch.
     * Returns null when all succeeded.
     */
    private Outcome batch(List<SqlStatement> statements, int from, int to, List<String> trailer, boolean commit)
            throws SQLException {
        List<String> sql = new ArrayList<>(to - from + trailer.size() + 1);
        statements.subList(from, to).forEach(st -> sql.add(st.sql()));
        sql.addAll(trailer);
        if (commit) {
            sql.add(COMMIT);
        }
        try (Statement s = connection.createStatement()) {
            for (String q : sql) {
                s.addBatch(q);
            }
            s.executeBatch();
            return null;
        } catch (BatchUpdateException e) {
            int failed = failedEntry(e, sql.size());
            SQLException cause = serverError(e);
            connection.rollback();
            if (failed < to - from) {
                return new Outcome(Outcome.Status.FAILED, from + failed, statements.get(from + failed), cause);
            }
            if (commit && failed == sql.size() - 1 && !statements.isEmpty()) {
                // Deferred constraints are checked at COMMIT: that is the migration failing, not the session.
                int lastIndex = statements.size() - 1;
                return new Outcome(Outcome.Status.COMMIT_FAILED, lastIndex, statements.get(lastIndex), cause);
            }
            throw cause; // the caller's trailer failed
        }
    }

    /**
     * The batch entry that failed. Outside auto-commit the driver reports every entry as failed (none committed),
     * so its update counts cannot say which; its message does: "Batch entry N ... was aborted", N counting from 0
     * (the number comes first in every translation of the message, too). Unreadable, the first entry is blamed.
     */
    static int failedEntry(BatchUpdateException e, int size) {
        String message = String.valueOf(e.getMessage());
        Matcher m = ENTRY.matcher(message);
        if (m.find() || (m = FIRST_NUMBER.matcher(message)).find()) {
            try {
                int entry = Integer.parseInt(m.group(1));
                if (entry < size) {
                    return entry;
                }
            } catch (NumberFormatException ignored) {
                // not a batch index: fall through
            }
        }
        return 0;
    }

    /** The server's error (with its position and SQL state) that the driver wraps in the batch exception. */
    private static SQLException serverError(BatchUpdateException e) {
        SQLException next = e.getNextException();
        if (next != null) {
            return next;
        }
        return e.getCause() instanceof SQLException cause ? cause : e;
    }
}
