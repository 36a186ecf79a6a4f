package dev.cairn.migrate;

import dev.cairn.events.RunEvents;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The session-level advisory lock that serialises runs against one history table. The server releases
 * it if the process dies, so it can never be left stuck. A run that finds it taken says who holds it,
 * then waits.
 */
final class MigrationLock {
    private MigrationLock() {}

    static void acquire(Connection c, HistoryTable history, RunEvents events) throws SQLException {
        long key = history.lockKey();
        try (Statement s = c.createStatement()) {
            s.execute("SET lock_timeout = 0");
            s.execute("SET statement_timeout = 0");
        }
        if (tryLock(c, key)) {
            return;
        }
        Holder holder = holder(c, key);
        events.emit("lock.waiting", "table", history.qualifiedName(), "holderPid", holder == null ? null : holder.pid(),
                "holder", holder == null ? null : holder.describe());
        waitFor(c, key);
        events.emit("lock.acquired", "table", history.qualifiedName());
    }

    /**
     * Waits for the lock in short attempts rather than one long {@code pg_advisory_lock}. A statement waiting
     * for a lock holds a snapshot, and {@code CREATE INDEX CONCURRENTLY} in the holder's session waits for every
     * older snapshot to go away: one long wait is a deadlock (the server then aborts one side, possibly the index
     * build). Each attempt ends before the server's deadlock check, and the next one starts with a fresh
     * snapshot that the build does not wait for. A cancel from the watchdog still ends the wait (57014).
     */
    private static void waitFor(Connection c, long key) throws SQLException {
        long attemptMs = attemptMillis(c);
        try (Statement s = c.createStatement()) {
            s.execute("SET lock_timeout = " + attemptMs);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
            ps.setLong(1, key);
            while (true) {
                try {
                    ps.execute();
                    break;
                } catch (SQLException e) {
                    if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
        }
        // Not in a finally: after a cancel or a lost connection the original error is what matters.
        try (Statement s = c.createStatement()) {
            s.execute("SET lock_timeout = 0");
        }
    }

    private static final String LOCK_NOT_AVAILABLE = "55P03";

    /** Half the server's deadlock_timeout, between 10 ms and 200 ms. */
    private static long attemptMillis(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT setting::bigint FROM pg_settings WHERE name = 'deadlock_timeout'")) {
            long deadlockMs = rs.next() ? rs.getLong(1) : 1000;
            return Math.max(10, Math.min(200, deadlockMs / 2));
        }
    }

    static void release(Connection c, HistoryTable history) {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, history.lockKey());
            ps.execute();
        } catch (SQLException e) {
            // Closing the session releases it anyway.
        }
    }

    private static boolean tryLock(Connection c, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Who holds the lock: a bigint advisory key is stored as classid (high half) and objid (low half). */
    private static Holder holder(Connection c, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT a.pid, a.application_name, a.usename,"
                + " coalesce(host(a.client_addr), 'local') AS client, a.backend_start FROM pg_locks l JOIN pg_stat_activity a"
                + " ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
                + " AND l.classid = ((?::bigint >> 32) & 4294967295)::oid AND l.objid = (?::bigint & 4294967295)::oid")) {
            ps.setLong(1, key);
            ps.setLong(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Holder(rs.getInt("pid"), rs.getString("application_name"), rs.getString("usename"),
                        rs.getString("client"), String.valueOf(rs.getTimestamp("backend_start").toInstant()));
            }
        }
    }

    record Holder(int pid, String application, String user, String client, String since) {
        String describe() {
            return "pid " + pid + " (" + (application == null || application.isBlank() ? "no application name" : application)
                    + ", database user " + user + " from " + client + ", connected since " + since + ")";
        }
    }
}
