package dev.cairn.embedded;

import java.time.Duration;

/** A bounded wait with a short, growing pause between polls. */
final class PollDeadline {
    private final long end;
    private long pauseMillis = 5;

    PollDeadline(Duration timeout) {
        this.end = System.nanoTime() + timeout.toNanos();
    }

    boolean passed() {
        return System.nanoTime() >= end;
    }

    long remainingSeconds() {
        return Math.max(0, (end - System.nanoTime()) / 1_000_000_000L);
    }

    void pause() {
        try {
            Thread.sleep(pauseMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DbFailures.failure("Interrupted while waiting for the embedded PostgreSQL server.");
        }
        pauseMillis = Math.min(100, pauseMillis * 2);
    }
}
