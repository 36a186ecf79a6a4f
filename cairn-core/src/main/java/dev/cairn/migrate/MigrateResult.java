package dev.cairn.migrate;

import dev.cairn.ExitCode;
import dev.cairn.lint.LintReport;
import java.util.List;

/**
 * What a {@code migrate} run did (or, with {@code dryRun}, would do). {@code failure} is null when the
 * run succeeded; {@code steps} are the migrations applied (or planned) in order; {@code state} is what
 * the run started from and {@code after} the state it left (read under the lock; null when it failed). {@code lint}
 * holds the lint gate's findings over the pending migrations (empty when the gate was off).
 */
public record MigrateResult(boolean dryRun, List<Step> steps, MigrationState state, Failure failure, long durationMs,
        MigrationState after, LintReport lint) {

    public MigrateResult {
        lint = lint == null ? LintReport.EMPTY : lint;
    }

    /** A result without lint findings (the gate was off, or found nothing). */
    public MigrateResult(boolean dryRun, List<Step> steps, MigrationState state, Failure failure, long durationMs,
            MigrationState after) {
        this(dryRun, steps, state, failure, durationMs, after, LintReport.EMPTY);
    }

    /** One migration applied or planned. {@code sql} is filled only for a dry run. */
    public record Step(String script, String version, String description, String type, boolean transactional,
            long executionMs, String sql) {}

    /**
     * Why the run stopped. {@code line}/{@code column} point into {@code script} when known;
     * {@code message} is the one-paragraph explanation shown to the user.
     */
    public record Failure(ExitCode exitCode, String script, Integer line, Integer column, String statement,
            String sqlState, String message) {}

    public ExitCode exitCode() {
        return failure == null ? ExitCode.OK : failure.exitCode();
    }
}
