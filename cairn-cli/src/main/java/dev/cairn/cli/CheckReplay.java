package dev.cairn.cli;

import dev.cairn.check.ReplayCheck;
import dev.cairn.check.ReplayReport;

/** {@code cairn check --replay}: how {@link CheckCommand} prints a {@link ReplayCheck} report as text. */
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
}
