package dev.cairn.migrate.usecase;

import dev.cairn.project.Project;
import dev.cairn.events.EventSink;
import dev.cairn.events.RunEvents;
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

    /** @param events receives the run's events (progress, each migration's start and end) */
    public static MigrationRun run(Project project, TargetSelection selection, MigrationState.Options options, boolean dryRun,
            EventSink events) {
        try (Project.Target t = selection.open(project)) {
            MigrateResult result = t.migrator(new RunEvents(events, t.environment().name())).migrate(options, dryRun);
            return new MigrationRun(selection.label(t), result);
        }
    }
}
