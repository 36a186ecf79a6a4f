package dev.cairn.migrate;

import dev.cairn.ExitCode;
import java.util.List;

/**
 * What a {@code rollback} run did (or, with {@code dryRun}, would do). {@code failure} is null when it
 * succeeded; {@code steps} are the reverts run (or, on a dry run, planned with their SQL) newest first, each a
 * {@link MigrateResult.Step} of type {@code revert}; {@code plan} is what the run set out to do (null when it
 * stopped before it could read the history); {@code state} what it started from and {@code after} the state it
 * left (null when it failed).
 */
public record RevertResult(boolean dryRun, RevertPlan plan, List<MigrateResult.Step> steps, MigrationState state,
        MigrateResult.Failure failure, long durationMs, MigrationState after) {

    public RevertResult {
        steps = List.copyOf(steps);
    }

    public ExitCode exitCode() {
        return failure == null ? ExitCode.OK : failure.exitCode();
    }
}
