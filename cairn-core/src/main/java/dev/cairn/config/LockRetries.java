package dev.cairn.config;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often a migration that failed waiting for a lock ({@code lock_timeout}, SQLSTATE 55P03) is run again, and how
 * long Cairn waits first: {@code backoff} before the first retry, doubling for each further one up to {@link #MAX_WAIT},
 * plus up to a tenth of jitter (so that two runs that collided do not collide again in step). Modelled on GitLab's
 * {@code with_lock_retries}: a short {@code lockTimeout} keeps a migration queued behind a long transaction from
 * stalling the application's queries behind it, and the retries still get the migration through.
 *
 * @param retries how many times to run a migration again after a lock timeout: 0 means never; an environment that
 *                does not say retries {@link #DEFAULT} times
 * @param backoff the wait before the first retry
 */
public record LockRetries(int retries, Duration backoff) {
    public static final int MAX_RETRIES = 100;
    public static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(1);
    /** No single wait is longer than this, however many retries came before. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(30);
    public static final LockRetries NONE = new LockRetries(0, DEFAULT_BACKOFF);
    /** What an environment gets unless it says otherwise: three retries after 1 s, 2 s and 4 s. */
    public static final LockRetries DEFAULT = new LockRetries(3, DEFAULT_BACKOFF);

    public LockRetries {
        if (retries < 0 || retries > MAX_RETRIES) {
            throw new IllegalArgumentException("lockRetries must be a whole number from 0 to " + MAX_RETRIES + ", but it is " + retries);
        }
        Objects.requireNonNull(backoff, "backoff");
        if (backoff.isNegative()) {
            throw new IllegalArgumentException("lockRetryBackoff must not be negative");
        }
    }

    /**
     * The wait before retry {@code retry} (from 1), without jitter: backoff × 2^(retry−1), at most {@link #MAX_WAIT}
     * (or the backoff itself, when that is set longer).
     */
    public Duration baseWait(int retry) {
        int doublings = Math.max(0, Math.min(retry - 1, 40));
        long millis = backoff.toMillis();
        long cap = Math.max(MAX_WAIT.toMillis(), millis);
        // Shifting only while it cannot pass the cap keeps the arithmetic from overflowing.
        return Duration.ofMillis(millis > (cap >> doublings) ? cap : Math.min(cap, millis << doublings));
    }

    /** {@link #baseWait} plus 0–10 % jitter. */
    public Duration waitBefore(int retry) {
        long base = baseWait(retry).toMillis();
        return Duration.ofMillis(base + (base < 10 ? 0 : ThreadLocalRandom.current().nextLong(base / 10 + 1)));
    }
}
