package dev.cairn.check;

import dev.cairn.drift.Difference;
import java.util.List;

/**
 * What {@code cairn check --replay} found.
 *
 * @param snapshot            the snapshot compared ({@code migrations/.snapshots/V5.json}, relative to the
 *                            project), or null when the directory has none
 * @param snapshotVersion     its version, or null
 * @param snapshotDifferences the replayed migrations (up to the snapshot's version) against the snapshot
 *                            ({@code expected}); non-empty means a migration was edited after its snapshot
 * @param schemaChecked       whether the schema files were compared (false when the project has none)
 * @param schemaDifferences   the replayed migrations against the schema files ({@code expected}); non-empty
 *                            means the schema holds changes no migration was generated for
 * @param replayFailure       the error when the migrations do not replay on an empty database, else null
 * @param notes               what was skipped and why
 * @param durationMs          wall time
 */
public record ReplayReport(String snapshot, String snapshotVersion, List<Difference> snapshotDifferences,
        boolean schemaChecked, List<Difference> schemaDifferences, String replayFailure, List<String> notes,
        long durationMs) {

    public ReplayReport {
        snapshotDifferences = List.copyOf(snapshotDifferences);
        schemaDifferences = List.copyOf(schemaDifferences);
        notes = List.copyOf(notes);
    }

    public boolean ok() {
        return replayFailure == null && snapshotDifferences.isEmpty() && schemaDifferences.isEmpty();
    }

    /** Every problem as one readable line: {@code snapshot V5: column public.users.email: expected type text, actual …}. */
    public List<String> lines() {
        List<String> lines = new java.util.ArrayList<>();
        if (replayFailure != null) {
            lines.add("replay: " + replayFailure);
        }
        snapshotDifferences.forEach(d -> lines.add("snapshot V" + snapshotVersion + ": " + d.line()));
        schemaDifferences.forEach(d -> lines.add("schema: " + d.line()));
        return lines;
    }
}
