package dev.cairn.cli;

import dev.cairn.check.ReplayCheck;
import dev.cairn.check.ReplayReport;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code cairn check --replay}: how {@link CheckCommand} prints a {@link ReplayCheck} report, as text or JSON. */
final class CheckReplay {
    private CheckReplay() {}

    static void print(Console console, ReplayReport r) {
        String seconds = String.format(java.util.Locale.ROOT, "%.1f s", r.durationMs() / 1000.0);
        if (r.ok()) {
            console.line(console.green("Replay:") + " the migrations replay on an empty database to "
                    + (r.snapshot() == null ? "" : "snapshot V" + r.snapshotVersion() + (r.schemaChecked() ? " and " : ""))
                    + (r.schemaChecked() ? "the schema files" : r.snapshot() == null ? "a schema (nothing to compare it with)" : "")
                    + " (" + seconds + ").");
        } else {
            console.line(console.red("Replay: " + r.lines().size() + " problem(s)") + " (" + seconds + "):");
            r.lines().forEach(l -> console.line("  " + l));
            if (!r.snapshotDifferences().isEmpty()) {
                console.line("  A migration was changed after cairn generate wrote its snapshot "
                        + r.snapshot() + ": restore it, or put the change in a new migration.");
            }
            if (!r.schemaDifferences().isEmpty()) {
                console.line("  The schema files differ from what the migrations build: run cairn generate.");
            }
        }
        r.notes().forEach(console::notice);
    }

    /** The {@code replay} part of the check's JSON document. */
    static Map<String, Object> json(ReplayReport r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("ok", r.ok());
        doc.put("snapshot", r.snapshot());
        doc.put("snapshotVersion", r.snapshotVersion());
        doc.put("snapshotDifferences", DriftCommand.differences(r.snapshotDifferences()));
        doc.put("schemaChecked", r.schemaChecked());
        doc.put("schemaDifferences", DriftCommand.differences(r.schemaDifferences()));
        doc.put("replayFailure", r.replayFailure());
        doc.put("problems", r.lines());
        doc.put("notes", r.notes());
        doc.put("durationMs", r.durationMs());
        return doc;
    }
}
