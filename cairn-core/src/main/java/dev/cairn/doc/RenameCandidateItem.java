package dev.cairn.doc;

import dev.cairn.diff.RenameCandidate;
import java.util.List;

/** A dropped and an added object that might be a rename: {@code kind} {@code TABLE} or {@code COLUMN}. */
public record RenameCandidateItem(String kind, String schema, String table, String from, String to) {
    public static List<RenameCandidateItem> of(List<RenameCandidate> candidates) {
        return candidates.stream().map(c -> new RenameCandidateItem(c.kind().name(), c.schema(), c.table(), c.from(), c.to()))
                .toList();
    }
}
