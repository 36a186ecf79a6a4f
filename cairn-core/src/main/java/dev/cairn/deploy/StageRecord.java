package dev.cairn.deploy;

import java.time.Instant;

/**
 * One stage of a deployment as recorded in {@code cairn_deployments.stages}.
 *
 * @param name {@code approval}, {@code snapshot}, {@code migrate}, {@code app}, {@code canary}, {@code rollback}…
 * @param outcome {@link #OK}, {@link #FAILED} or {@link #SKIPPED}
 * @param startedAt nullable for a skipped stage
 * @param detail nullable: one line saying what happened (redacted when stored)
 */
public record StageRecord(String name, String outcome, Instant startedAt, long durationMs, String detail) {
    public static final String OK = "ok";
    public static final String FAILED = "failed";
    public static final String SKIPPED = "skipped";

    public static StageRecord skipped(String name, String why) {
        return new StageRecord(name, SKIPPED, null, 0, why);
    }
}
