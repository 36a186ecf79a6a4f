package dev.cairn.migrate;

import dev.cairn.db.ConnectionSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The run's circuit breaker. When the deadline passes it cancels whatever the migration session is
 * running, server-side, from a second connection ({@code pg_cancel_backend}): the client may be blocked
 * in a socket read, and a server-side cancel also interrupts a wait for a lock.
 */
final class Watchdog implements AutoCloseable {
    private final ConnectionSource db;
    private final Duration timeout;
    private final ScheduledExecutorService timer;
    private final AtomicBoolean expired = new AtomicBoolean();
    private volatile int backendPid;

    Watchdog(ConnectionSource db, Duration timeout) {
        this.db = db;
        this.timeout = timeout;
        if (timeout.isZero()) {
            this.timer = null;
        } else {
            this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "cairn-deadline");
                t.setDaemon(true);
                return t;
            });
            timer.schedule(this::fire, timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The backend to cancel when the deadline passes. */
    void watch(int pid) {
        this.backendPid = pid;
    }

    boolean expired() {
        return expired.get();
    }

    Duration timeout() {
        return timeout;
    }

    private void fire() {
        expired.set(true);
        int pid = backendPid;
        if (pid == 0) {
            return;
        }
        try (Connection c = db.open(); PreparedStatement ps = c.prepareStatement("SELECT pg_cancel_backend(?)")) {
            ps.setInt(1, pid);
            ps.execute();
        } catch (SQLException e) {
            // The migration session then fails at its next statement, which checks expired() first.
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
