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
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
            ps.setLong(1, key);
            ps.execute();
        }
        events.emit("lock.acquired", "table", history.qualifiedName());
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
                + " coalesce(host(a.client_addr), 'local'), a.backend_start FROM pg_locks l JOIN pg_stat_activity a"
                + " ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
                + " AND l.classid = ((?::bigint >> 32) & 4294967295)::oid AND l.objid = (?::bigint & 4294967295)::oid")) {
            ps.setLong(1, key);
            ps.setLong(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Holder(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        String.valueOf(rs.getTimestamp(5).toInstant()));
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
