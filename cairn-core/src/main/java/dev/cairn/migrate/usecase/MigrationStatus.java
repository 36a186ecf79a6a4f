package dev.cairn.migrate.usecase;

import dev.cairn.project.Project;
import dev.cairn.events.EventSink;
import dev.cairn.events.RunEvents;
import dev.cairn.migrate.HistoryEntry;
import dev.cairn.migrate.MigrationState;
import dev.cairn.project.TargetLabel;
import dev.cairn.project.TargetSelection;

/**
 * {@code status} and {@code validate}: the directory against the target's history. Changes nothing.
 *
 * @param target where it was read
 * @param state  applied, pending and failed migrations, and the problems found
 */
public record MigrationStatus(TargetLabel target, MigrationState state) {

    public static MigrationStatus read(Project project, TargetSelection selection, MigrationState.Options options) {
        try (Project.Target t = selection.open(project)) {
            MigrationState state = t.migrator(new RunEvents(EventSink.NONE, t.environment().name())).state(options);
            return new MigrationStatus(selection.label(t), state);
        }
    }

    /** The newest applied version, or the baseline, or null for an empty database. */
    public static String current(MigrationState state) {
        return state.applied().stream().map(HistoryEntry::version).reduce((a, b) -> b)
                .or(() -> state.baseline().map(Object::toString)).orElse(null);
    }
}
