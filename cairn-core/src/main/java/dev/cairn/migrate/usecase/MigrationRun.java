package dev.cairn.migrate.usecase;

import dev.cairn.project.Project;
import dev.cairn.events.EventSink;
import dev.cairn.events.RunEvents;
import dev.cairn.lint.LintGate;
import dev.cairn.migrate.MigrateResult;
import dev.cairn.migrate.MigrationState;
import dev.cairn.project.TargetLabel;
import dev.cairn.project.TargetSelection;

/**
 * {@code migrate}: applies the pending migrations to the target (or, as a dry run, plans them).
 *
 * @param target where they were applied
 * @param result what was applied or planned, and the failure if the run stopped
 */
public record MigrationRun(TargetLabel target, MigrateResult result) {

    /** The run behind the lint gate with no rule allowed. */
    public static MigrationRun run(Project project, TargetSelection selection, MigrationState.Options options, boolean dryRun,
            EventSink events) {
        return run(project, selection, options, dryRun, events, LintGate.ON);
    }

    /**
     * @param events receives the run's events (progress, each migration's start and end)
     * @param gate   the lint gate: refuses pending migrations with unexcused lint errors unless their rule is allowed
     */
    public static MigrationRun run(Project project, TargetSelection selection, MigrationState.Options options, boolean dryRun,
            EventSink events, LintGate gate) {
        try (Project.Target t = selection.open(project)) {
            MigrateResult result = t.migrator(new RunEvents(events, t.environment().name())).migrate(options, dryRun, gate);
            return new MigrationRun(selection.label(t), result);
        }
    }
}
