package dev.cairn.doc;

import dev.cairn.migrate.usecase.HistoryRepair;
import java.util.List;

/** {@code cairn repair --json}: each change made to the history, in words (none when there was nothing to repair). */
public record RepairDocument(boolean ok, String environment, List<String> changes) {
    public static RepairDocument of(HistoryRepair r) {
        return new RepairDocument(true, r.target().environment(), r.plan().describe());
    }
}
