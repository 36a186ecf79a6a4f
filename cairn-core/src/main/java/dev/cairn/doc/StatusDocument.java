package dev.cairn.doc;

import dev.cairn.migrate.MigrationState;
import dev.cairn.migrate.usecase.MigrationStatus;
import java.util.List;

/** {@code cairn status --json} and {@code cairn validate --json}. */
public record StatusDocument(boolean ok, String environment, String database, boolean valid, String current, String baseline,
        List<HistoryRow> applied, List<HistoryRow> pending, List<HistoryRow> failed, List<ProblemItem> problems,
        List<String> notices) {

    public static StatusDocument of(MigrationStatus status) {
        MigrationState state = status.state();
        return new StatusDocument(state.valid(), status.target().environment(), status.target().database(), state.valid(),
                MigrationStatus.current(state), state.baseline().map(Object::toString).orElse(null),
                HistoryRow.of(state.applied()), state.pending().stream().map(HistoryRow::pending).toList(),
                HistoryRow.of(state.failed()), ProblemItem.of(state.problems()), state.notices());
    }
}
