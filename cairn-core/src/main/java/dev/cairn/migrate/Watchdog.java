package dev.cairn.migrate;

import dev.cairn.Cancellation;
import dev.cairn.db.ConnectionSource;
import dev.cairn.exec.Deadline;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The run's circuit breaker, and the way a stop request (Ctrl-C, SIGTERM) reaches the database.
 *
 * <p>The deadline bounds the whole run: connecting and logging in get only the time that is left, the
 * session's socket reads give up a little after the deadline, and when the deadline passes (or a stop is
 * requested) the watchdog cancels whatever the session is running, server-side, from a second connection
 * ({@code pg_cancel_backend}): the client may be blocked in a socket read, and a server-side cancel also
 * interrupts a wait for a lock. The migration then rolls back and releases its lock as it does on any
 * error. When even that gets no answer within {@link #GRACE} (a frozen network, a stopped backend), the
 * watchdog abandons the session ({@link Connection#abort}), so the run still ends; the server rolls the
 * transaction back and frees the lock when it notices the dead socket.
 */
final class Watchdog implements AutoCloseable, Deadline {
    /** How long a cancelled session has to answer before it is abandoned. */
    static final Duration GRACE = Duration.ofSeconds(2);

    private final ConnectionSource db;
    private final Duration timeout;
    private final long deadlineNanos;
    private final ScheduledExecutorService timer;
    private final Thread owner = Thread.currentThread();
    private final Cancellation.Registration registration;
    private final AtomicBoolean expired = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicBoolean cancelSent = new AtomicBoolean();
    private final AtomicBoolean abandoned = new AtomicBoolean();
    private volatile Cancellation.Reason stopRequested;
    private volatile Connection session;
    private volatile int backendPid;
    private volatile boolean connecting;
    private volatile boolean closed;
    /** Opened when the run must stop, to wake a {@link #pause} at once. */
    private final java.util.concurrent.CountDownLatch stopSignal = new java.util.concurrent.CountDownLatch(1);

    Watchdog(ConnectionSource db, Duration timeout, Cancellation cancellation) {
        this.db = db;
        this.timeout = timeout;
        this.deadlineNanos = System.nanoTime() + nanos(timeout);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cairn-watchdog");
            t.setDaemon(true);
            return t;
        });
        if (!timeout.isZero()) {
            timer.schedule(this::onDeadline, nanos(timeout), TimeUnit.NANOSECONDS);
        }
        this.registration = cancellation.onRequest(this::stopRequested);
    }

    /** A deadline centuries away is no deadline in practice; the clock arithmetic must not overflow. */
    private static long nanos(Duration d) {
        return d.compareTo(Duration.ofDays(365L * 100)) > 0 ? Duration.ofDays(365L * 100).toNanos() : d.toNanos();
    }

    /**
     * Opens the session this watchdog guards, within the time left, with socket reads bounded a little
     * past the deadline (the backstop should the abort itself not get through).
     */
    Connection connect() throws SQLException {
        connecting = true;
        Connection c;
        try {
            c = db.open(remaining());
        } finally {
            connecting = false;
            Thread.interrupted(); // an interrupt meant for the connect must not leak into the run
        }
        session = c;
        if (!timeout.isZero()) {
            c.setNetworkTimeout(timer, (int) Math.min(Integer.MAX_VALUE, remaining().plus(GRACE).plus(GRACE).toMillis()));
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            backendPid = rs.getInt(1);
        }
        if (stopping.get()) {
            stop(); // the deadline passed, or a stop was requested, while connecting
        }
        return c;
    }

    /** The run must stop now: its deadline passed or a stop was requested. Checked before each statement. */
    @Override
    public boolean expired() {
        return expired.get() || stopRequested != null;
    }

    /** Whether the deadline (not a stop request) ended the run. */
    boolean deadlinePassed() {
        return expired.get();
    }

    /** Whether the deadline is (all but) reached by the clock, before the timer may have fired. */
    boolean outOfTime() {
        return !timeout.isZero() && System.nanoTime() - deadlineNanos > -50_000_000L;
    }

    /** Whether the deadline comes before {@code wait} has passed (never, without a deadline). */
    boolean endsWithin(Duration wait) {
        return !timeout.isZero() && deadlineNanos - System.nanoTime() <= nanos(wait);
    }

    Optional<Cancellation.Reason> stopReason() {
        return Optional.ofNullable(stopRequested);
    }

    /** Whether the session gave no answer to the cancel and was abandoned. */
    boolean abandoned() {
        return abandoned.get();
    }

    Duration timeout() {
        return timeout;
    }

    /** The time left before the deadline; zero when there is no deadline. */
    Duration remaining() {
        if (timeout.isZero()) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(Math.max(deadlineNanos - System.nanoTime(), 1_000_000));
    }

    /**
     * Waits {@code wait} (a lock retry's backoff), or less when the deadline passes or a stop is requested meanwhile.
     *
     * @return true when the whole wait passed and the run may go on
     */
    boolean pause(Duration wait) {
        try {
            return !stopSignal.await(wait.toNanos(), TimeUnit.NANOSECONDS) && !expired();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void onDeadline() {
        if (stopRequested == null) {
            expired.set(true);
        }
        stopSignal.countDown();
        stop();
    }

    private void stopRequested(Cancellation.Reason reason) {
        if (!expired.get() && stopRequested == null) {
            stopRequested = reason;
        }
        stopSignal.countDown();
        if (connecting) {
            owner.interrupt(); // pgjdbc gives up a connect attempt when its thread is interrupted
        }
        stop();
    }

    /** Cancels the session's statement from a second connection, then abandons the session if it stays stuck. */
    private void stop() {
        if (closed) {
            return;
        }
        stopping.set(true);
        if (session == null || !cancelSent.compareAndSet(false, true)) {
            return; // not connected yet (connect() calls back), or already under way
        }
        int pid = backendPid;
        try {
            if (pid != 0) {
                timer.execute(() -> cancel(pid));
            }
            timer.schedule(this::abandon, GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // Closed meanwhile: the run has already finished.
        }
    }

    private void cancel(int pid) {
        try (Connection c = db.open(GRACE)) {
            c.setNetworkTimeout(timer, (int) GRACE.toMillis());
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_cancel_backend(?)")) {
                ps.setInt(1, pid);
                ps.execute();
            }
        } catch (SQLException e) {
            // No answer: the session is abandoned when the grace period ends.
        }
    }

    private void abandon() {
        Connection c = session;
        if (closed || c == null) {
            return;
        }
        abandoned.set(true);
        try {
            c.abort(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            // Already closed: nothing left to abandon.
        }
    }

    @Override
    public void close() {
        closed = true;
        registration.close();
        timer.shutdownNow();
    }
}
