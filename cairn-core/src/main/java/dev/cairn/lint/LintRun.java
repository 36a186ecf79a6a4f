package dev.cairn.lint;

import dev.cairn.db.ConnectionSource;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationScript;
import java.util.List;

/**
 * One lint of some migrations with both layers: the static rules, then (unless static only) the executed analysis on a
 * scratch database of the project's major, its findings ranked by the target's table sizes when a target is known.
 * The one place where {@code cairn lint}, the CI report and the deploy checklist meet the two layers.
 *
 * @param report       every finding of both layers
 * @param observations what the executed layer measured per statement (locks, rewrites, durations); empty when it did
 *                     not run
 * @param executed     whether the executed layer ran
 */
public record LintRun(LintReport report, List<Observation> observations, boolean executed) {

    public LintRun {
        observations = List.copyOf(observations);
    }

    /**
     * How the executed layer runs.
     *
     * @param major  the PostgreSQL major of the scratch database ({@code project.scratchMajor()})
     * @param target the database whose table sizes rank the findings (read only), or null for none
     */
    public record Executed(int major, ConnectionSource target) {}

    /** The static layer only. */
    public static LintRun staticOnly(List<MigrationScript> scripts, LintOptions options) {
        return new LintRun(Linter.lint(scripts, options), List.of(), false);
    }

    /** @param executed how to run the executed layer, or null for the static layer only */
    public static LintRun of(MigrationDirectory dir, List<MigrationScript> scripts, LintOptions options, Executed executed) {
        LintReport statics = Linter.lint(scripts, options);
        if (executed == null || scripts.isEmpty()) {
            return new LintRun(statics, List.of(), false);
        }
        return ExecutedLayer.run(dir, scripts, executed, statics);
    }

    /** The executed layer's call, kept apart so that the static layer never loads its classes. */
    private static final class ExecutedLayer {
        static LintRun run(MigrationDirectory dir, List<MigrationScript> scripts, Executed executed, LintReport statics) {
            // The target's sizes are read only (pg_class statistics), so the findings rank by what a lock would stop.
            TableSizes sizes = executed.target() == null ? TableSizes.NONE : TableSizes.read(executed.target());
            ExecutedReport r = ExecutedAnalysis.analyse(dir, scripts, executed.major(), sizes);
            return new LintRun(statics.plus(r.findings()), r.observations(), true);
        }
    }
}
