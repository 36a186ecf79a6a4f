package dev.cairn.lint.executed;

import dev.cairn.db.ConnectionSource;
import dev.cairn.plan.LockLevel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a statement that refuses a transaction block (CREATE INDEX CONCURRENTLY, REINDEX CONCURRENTLY, DETACH PARTITION
 * … CONCURRENTLY, VACUUM) and still sees its locks, which it releases the moment it ends. Other sessions make it wait
 * where its locks can be read, as production traffic would:
 * <ol>
 * <li>session B1 holds SHARE on the tables the statement names, so the statement waits to get its first lock on one
 * of them (every statement here asks for SHARE UPDATE EXCLUSIVE or stronger): its granted locks and the one it asks
 * for are read;</li>
 * <li>session B2 holds an open REPEATABLE READ transaction with a snapshot and ACCESS SHARE on those tables, as a
 * long-running query would: once B1 commits, concurrent builds take their locks and wait for B2 (for older snapshots,
 * for the table's lockers; VACUUM FULL for its ACCESS EXCLUSIVE lock), and their locks are read again.</li>
 * </ol>
 * A third session polls {@code pg_locks} for the statement's backend until it is seen waiting; then the blocker
 * commits and the statement goes on. The locks seen are merged (strongest mode per relation). A statement that never
 * waits (nothing named, and nothing to wait for) finishes before it can be seen: its locks are reported as not observed.
 */
final class ConcurrentRun {
    /** How long the statement may take in all, waiting included. */
    static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String WAITING = "SELECT count(*) FROM pg_locks WHERE pid = ? AND NOT granted";

    /** @param locks the relation locks seen while it waited, or null when it did not wait; @param error its failure */
    record Result(Map<Long, LockLevel> locks, SQLException error, long millis) {}

    private ConcurrentRun() {}

    /**
     * @param a     the session to run it on, in auto-commit mode
     * @param table the quoted qualified table the statement works on, when known: the second session locks it
     */
    static Result run(ConnectionSource scratch, Connection a, String sql, String table) throws SQLException {
        int pid = Relations.backendPid(a);
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cairn-lint-concurrent");
            t.setDaemon(true);
            return t;
        });
        try (Connection b1 = scratch.open(); Connection b2 = scratch.open(); Connection c = scratch.open()) {
            b1.setAutoCommit(false);
            b2.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            b2.setAutoCommit(false);
            try (Statement s1 = b1.createStatement(); Statement s2 = b2.createStatement()) {
                if (table != null) {
                    s1.execute("LOCK TABLE " + table + " IN SHARE MODE");
                    s2.execute("LOCK TABLE " + table + " IN ACCESS SHARE MODE");
                }
                s2.execute("SELECT 1"); // takes the transaction's snapshot
            }
            long started = System.nanoTime();
            Future<SQLException> running = worker.submit(() -> {
                try (Statement s = a.createStatement()) {
                    s.execute(sql);
                    return null;
                } catch (SQLException e) {
                    return e;
                }
            });
            long deadline = started + LIMIT.toNanos();
            Map<Long, LockLevel> seen = new HashMap<>();
            boolean waited = false;
            try (PreparedStatement waiting = c.prepareStatement(WAITING)) {
                waiting.setInt(1, pid);
                for (Connection blocker : List.of(b1, b2)) {
                    while (!running.isDone() && System.nanoTime() < deadline) {
                        if (waits(waiting)) {
                            Map<Long, LockLevel> now = Relations.locks(c, pid);
                            waited = true;
                            now.forEach((oid, mode) -> seen.merge(oid, mode, LockLevel::max));
                            break;
                        }
                        finished(running, Duration.ofMillis(5)); // polls the server's state between waits on the worker
                    }
                    blocker.commit();
                }
            }
            SQLException error = finished(running, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (!running.isDone()) {
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT pg_cancel_backend(" + pid + ")");
                }
                error = finished(running, Duration.ofSeconds(10));
                if (error == null) {
                    error = new SQLException("still running after " + LIMIT.toSeconds() + " s on the scratch database,"
                            + " so it was cancelled", "57014");
                }
            }
            return new Result(waited ? seen : null, error, (System.nanoTime() - started) / 1_000_000);
        } finally {
            worker.shutdownNow();
        }
    }

    private static boolean waits(PreparedStatement waiting) throws SQLException {
        try (ResultSet rs = waiting.executeQuery()) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }

    /** The statement's error once it finished within {@code wait}; null when it succeeded or is still running. */
    private static SQLException finished(Future<SQLException> running, Duration wait) {
        try {
            return running.get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return new SQLException(e.getCause().getMessage(), "XX000", e.getCause());
        }
    }
}
