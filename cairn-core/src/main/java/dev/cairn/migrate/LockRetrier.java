package dev.cairn.migrate;

import dev.cairn.config.LockRetries;
import dev.cairn.events.RunEvents;
import dev.cairn.exec.Outcome;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Runs a transactional migration (or revert) again when it failed waiting for a lock, as GitLab's
 * {@code with_lock_retries} does: the statement gave up after {@code lockTimeout} (SQLSTATE 55P03), the
 * migration's transaction was rolled back, so nothing of it remains and running it again is safe. Between
 * attempts Cairn waits the {@link LockRetries} backoff, announced by an event ({@code migration.retry} or
 * {@code revert.retry}); a stop request (Ctrl-C) ends the wait at once, and a wait that would pass the run's
 * deadline is not started. Only the final outcome reaches the caller, so the history gets one row.
 */
final class LockRetrier {
    static final String LOCK_NOT_AVAILABLE = "55P03";

    /** One run of the script: in its own transaction, rolled back on failure. */
    @FunctionalInterface
    interface Attempt {
        Outcome run() throws SQLException;
    }

    /**
     * How the attempts ended.
     *
     * @param outcome     the last attempt's outcome
     * @param attempts    how many attempts ran (1: no retry)
     * @param cutShort    the wait that was not started because the run's deadline comes first; null otherwise
     */
    record Result(Outcome outcome, int attempts, Duration cutShort) {}

    private final LockRetries policy;
    private final RunEvents events;
    private final Watchdog watchdog;
    private final String eventType;

    LockRetrier(LockRetries policy, RunEvents events, Watchdog watchdog, String eventType) {
        this.policy = policy;
        this.events = events;
        this.watchdog = watchdog;
        this.eventType = eventType;
    }

    static boolean lockTimeout(Outcome outcome) {
        return outcome.status() == Outcome.Status.FAILED && outcome.error() != null
                && LOCK_NOT_AVAILABLE.equals(outcome.error().getSQLState());
    }

    /** Runs {@code attempt}, and again after each lock timeout while retries remain. */
    Result run(MigrationScript script, Attempt attempt) throws SQLException {
        return retry(script, attempt.run(), attempt);
    }

    /** As {@link #run}, when the first attempt already ran (in a pipelined group) and ended in {@code first}. */
    Result retry(MigrationScript script, Outcome first, Attempt attempt) throws SQLException {
        Outcome outcome = first;
        int attempts = 1;
        while (lockTimeout(outcome) && attempts <= policy.retries() && !watchdog.expired()) {
            Duration wait = policy.waitBefore(attempts);
            if (watchdog.endsWithin(wait)) {
                return new Result(outcome, attempts, wait);
            }
            events.emit(eventType, "script", script.name(), "version", script.versionText(), "attempt", attempts,
                    "of", policy.retries(), "waitMs", wait.toMillis(), "error", SqlErrors.describe(outcome.error()).summary());
            if (!watchdog.pause(wait)) {
                break; // a stop request or the deadline: the caller reports the last failure under it
            }
            outcome = attempt.run();
            attempts++;
        }
        return new Result(outcome, attempts, null);
    }

    int retries() {
        return policy.retries();
    }
}
