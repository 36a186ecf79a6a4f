package dev.cairn.deploy;

import java.util.List;

/**
 * How a {@link HealthWatch} ended.
 *
 * @param healthy every check ran and fewer than the threshold failed
 * @param checks how many checks ran (fewer than configured when the watch failed early or was cancelled)
 * @param failures how many of them failed
 * @param failureReasons one line per failed check ({@code check 3: status 500, expected 200}), URL without user-info
 * @param cancelled a stop was requested (Ctrl-C, SIGTERM) before the watch finished; then {@code healthy} is false
 */
public record HealthOutcome(boolean healthy, int checks, int failures, List<String> failureReasons, long durationMs,
        boolean cancelled) {
    public HealthOutcome {
        failureReasons = List.copyOf(failureReasons);
    }

    /** {@code healthy (5 checks)}, {@code unhealthy: 2 of 3 checks failed; check 3: status 500, expected 200}. */
    public String describe() {
        if (cancelled) {
            return "cancelled after " + checks + " check" + (checks == 1 ? "" : "s");
        }
        if (healthy) {
            return "healthy (" + checks + " check" + (checks == 1 ? "" : "s")
                    + (failures > 0 ? ", " + failures + " failed" : "") + ")";
        }
        return "unhealthy: " + failures + " of " + checks + " checks failed"
                + (failureReasons.isEmpty() ? "" : "; " + failureReasons.get(failureReasons.size() - 1));
    }
}
