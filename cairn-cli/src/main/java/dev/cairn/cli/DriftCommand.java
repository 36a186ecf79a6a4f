package dev.cairn.cli;

import dev.cairn.doc.DriftDocument;
import dev.cairn.drift.Difference;
import dev.cairn.drift.DriftDetector;
import dev.cairn.drift.DriftReport;
import dev.cairn.migrate.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "drift", mixinStandardHelpOptions = true,
        description = {"Compare the environment's database with what its applied migrations build: every difference"
                + " as one line, plus applied migrations missing from or edited in the directory.",
                "What they build comes from the snapshot cairn generate wrote for the newest applied version, read"
                + " without a database; without one (or with --replay), the applied migrations are replayed into a"
                + " scratch database.", "Exit 1 on drift, 0 when none."})
final class DriftCommand extends BaseCommand {
    @Option(names = "--fix-sql", description = "Print the SQL that brings the database back to what its migrations say"
            + " (on stdout; the report goes to stderr).")
    boolean fixSql;

    @Option(names = "--replay", description = "Replay the applied migrations into a scratch database even when the"
            + " snapshot cairn generate wrote for them already says what the database should be.")
    boolean replay;

    @Override
    int execute() {
        DriftReport report = DriftDetector.detect(project(), root().environment(), root().url, replay);
        if (console().json()) {
            console().document(DriftDocument.of(report));
        } else {
            print(report);
        }
        return report.drifted() ? 1 : 0;
    }

    private void print(DriftReport r) {
        // with --url the environment's name would be wrong: name the database
        String name = root().url != null ? r.database() : r.environment();
        java.util.function.Consumer<String> out = fixSql ? console()::progress : console()::line;
        String seconds = String.format(java.util.Locale.ROOT, "%.1f s", r.durationMs() / 1000.0);
        if (!r.drifted()) {
            out.accept(console().green("No drift:") + " " + where(name, r.database()) + " matches its "
                    + r.replayed() + " applied migration(s) (" + seconds + ").");
        } else {
            out.accept(console().red("Drift in " + name + ":") + " " + (name.equals(r.database()) ? "the database" : r.database()) + " differs from its "
                    + r.replayed() + " applied migration(s): " + r.differences().size() + " difference(s), "
                    + r.history().size() + " history finding(s) (" + seconds + ").");
            for (Difference d : r.differences()) {
                out.accept("  " + d.line());
            }
            for (Problem p : r.history()) {
                out.accept("  " + p.code() + ": " + p.message());
            }
        }
        r.notices().forEach(console()::notice);
        if (fixSql) {
            if (r.fixSql().isBlank()) {
                console().line("-- No schema drift in " + name + ": nothing to fix.");
            } else {
                console().line("-- Brings " + name + " back to what its applied migrations build.");
                r.fixWarnings().forEach(w -> console().line("-- warning: " + w.object() + ": " + w.message()));
                console().line(r.fixSql());
            }
        } else if (!r.fixSql().isBlank()) {
            console().notice("cairn drift --fix-sql prints the SQL that undoes the differences.");
        }
    }
}
