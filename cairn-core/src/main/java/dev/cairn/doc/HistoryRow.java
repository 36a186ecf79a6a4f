package dev.cairn.doc;

import dev.cairn.migrate.HistoryEntry;
import dev.cairn.migrate.MigrationScript;
import java.util.List;

/** A history row, or a pending migration in the same shape (its history fields null). */
public record HistoryRow(String version, String description, String type, String script, String checksum, String appliedBy,
        String appliedAt, Long executionMs, Boolean success) {

    public static HistoryRow of(HistoryEntry h) {
        return new HistoryRow(h.version(), h.description(), h.type(), h.script(), h.checksum(), h.appliedBy(),
                h.appliedAt() == null ? null : h.appliedAt().toString(), h.executionMs(), h.success());
    }

    public static HistoryRow pending(MigrationScript s) {
        return new HistoryRow(s.versionText(), s.description(), s.kind().label(), s.name(), s.checksum(), null, null, null, null);
    }

    static List<HistoryRow> of(List<HistoryEntry> rows) {
        return rows.stream().map(HistoryRow::of).toList();
    }
}
