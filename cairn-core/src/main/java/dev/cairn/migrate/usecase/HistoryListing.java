package dev.cairn.migrate.usecase;

import dev.cairn.project.Project;
import dev.cairn.events.EventSink;
import dev.cairn.events.RunEvents;
import dev.cairn.migrate.HistoryEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import dev.cairn.project.TargetLabel;
import dev.cairn.project.TargetSelection;

/**
 * {@code history}: the target's history table, newest first.
 *
 * @param target where it was read
 * @param rows   the newest {@code limit} rows (all of them for a limit of 0), newest first
 */
public record HistoryListing(TargetLabel target, List<HistoryEntry> rows) {

    /** @param limit how many rows at most; 0 for all */
    public static HistoryListing read(Project project, TargetSelection selection, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 (all rows) or more, not " + limit);
        }
        try (Project.Target t = selection.open(project)) {
            List<HistoryEntry> rows = new ArrayList<>(t.historyAdmin(new RunEvents(EventSink.NONE, t.environment().name())).read());
            Collections.reverse(rows);
            if (limit > 0 && rows.size() > limit) {
                rows = rows.subList(0, limit);
            }
            return new HistoryListing(selection.label(t), List.copyOf(rows));
        }
    }
}
