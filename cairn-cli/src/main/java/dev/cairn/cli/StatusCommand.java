package dev.cairn.cli;

import dev.cairn.doc.StatusDocument;
import dev.cairn.migrate.HistoryEntry;
import dev.cairn.migrate.MigrationScript;
import dev.cairn.migrate.MigrationState;
import dev.cairn.migrate.Problem;
import dev.cairn.migrate.usecase.MigrationStatus;
import dev.cairn.project.TargetLabel;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show applied, pending and failed migrations, and whether the directory validates. Changes nothing.")
final class StatusCommand extends BaseCommand {

    @Override
    int execute() {
        MigrationStatus status = MigrationStatus.read(project(), selection(), MigrationState.Options.DEFAULT);
        if (console().json()) {
            console().document(StatusDocument.of(status));
        } else {
            status.state().notices().forEach(console()::notice);
            render(console(), status.state(), status.target(), 0);
        }
        return 0;
    }

    /** Prints the state; {@code recent} > 0 lists only that many of the newest applied migrations. */
    static void render(Console c, MigrationState state, TargetLabel target, int recent) {
        String env = target.display();
        String db = target.database();
        c.line(env.equals(db) ? c.bold("Database   ") + "  " + db : c.bold("Environment") + "  " + env + " (" + db + ")");
        c.line(c.bold("Version    ") + "  " + (MigrationStatus.current(state) == null ? "none (empty database)" : MigrationStatus.current(state)));
        // One row per migration: a failed run of a migration that is pending again is shown on its pending row.
        java.util.Set<String> pendingNames = new java.util.HashSet<>();
        state.pending().forEach(s -> pendingNames.add(s.name()));
        java.util.Map<String, HistoryEntry> failedByScript = new java.util.HashMap<>();
        state.failed().forEach(f -> failedByScript.put(f.script(), f));
        long blocked = state.failed().stream().filter(f -> !pendingNames.contains(f.script())
                || state.problems().stream().anyMatch(p -> p.subject().equals(f.script()))).count();
        c.line(c.bold("Migrations ") + "  " + state.applied().size() + " applied, " + state.pending().size() + " pending, "
                + blocked + " failed");
        c.line(c.bold("Directory  ") + "  " + (state.valid() ? c.green("valid") : c.red(state.problems().size() + " problem(s)")));
        List<List<String>> rows = Console.rows(List.of("VERSION", "DESCRIPTION", "TYPE", "STATE", "APPLIED AT"));
        state.baseline().ifPresent(b -> rows.add(List.of(b.toString(), "<< baseline >>", "baseline", "baseline", "")));
        List<HistoryEntry> applied = state.applied();
        if (recent > 0 && applied.size() > recent) {
            rows.add(List.of("…", (applied.size() - recent) + " earlier (cairn status lists all)", "", "", ""));
            applied = applied.subList(applied.size() - recent, applied.size());
        }
        for (HistoryEntry h : applied) {
            rows.add(List.of(h.version(), h.description(), h.type(), c.green("applied"), String.valueOf(h.appliedAt())));
        }
        for (HistoryEntry h : state.failed()) {
            if (!pendingNames.contains(h.script())) {
                rows.add(List.of(h.version() == null ? "" : h.version(), h.description(), h.type(), c.red("failed"),
                        String.valueOf(h.appliedAt())));
            }
        }
        for (MigrationScript s : state.pending()) {
            HistoryEntry f = failedByScript.get(s.name());
            boolean blocking = f != null && state.problems().stream().anyMatch(p -> p.subject().equals(s.name()));
            String when = f == null ? "" : f.statementsDone() != null && f.statementsDone() > 0
                    ? "stopped after " + f.statementsDone() + "/" + s.statements().size() + " statements " + f.appliedAt()
                    : "last run failed " + f.appliedAt();
            rows.add(List.of(s.version() == null ? "" : s.versionText(), s.description(), s.kind().label(),
                    blocking ? c.red("failed") : c.yellow("pending"), when));
        }
        if (rows.size() > 1) {
            c.line("");
            c.table(rows);
        }
        for (Problem p : state.problems()) {
            c.line(c.red("problem: ") + p.message());
        }
    }
}
