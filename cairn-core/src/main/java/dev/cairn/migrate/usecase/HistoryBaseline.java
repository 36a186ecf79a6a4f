package dev.cairn.migrate.usecase;

import dev.cairn.project.Project;
import dev.cairn.events.EventSink;
import dev.cairn.events.RunEvents;
import dev.cairn.migrate.HistoryEntry;
import dev.cairn.migrate.Version;
import dev.cairn.project.TargetLabel;
import dev.cairn.project.TargetSelection;

/**
 * {@code baseline}: records that an existing database already has every version up to {@code version}.
 *
 * @param target where it was recorded
 * @param row    the baseline row written to the history
 */
public record HistoryBaseline(TargetLabel target, HistoryEntry row) {

    public static HistoryBaseline record(Project project, TargetSelection selection, Version version, String description,
            EventSink events) {
        try (Project.Target t = selection.open(project)) {
            HistoryEntry row = t.historyAdmin(new RunEvents(events, t.environment().name())).baseline(version, description);
            return new HistoryBaseline(selection.label(t), row);
        }
    }
}
