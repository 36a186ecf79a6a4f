package dev.cairn.cli;

import dev.cairn.Project;
import dev.cairn.migrate.HistoryEntry;
import dev.cairn.migrate.MigrationScript;
import dev.cairn.migrate.MigrationState;
import dev.cairn.migrate.Migrator;
import dev.cairn.migrate.Problem;
import dev.cairn.events.RunEvents;
import dev.cairn.events.EventSink;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show applied, pending and failed migrations, and whether the directory validates. Changes nothing.")
final class StatusCommand extends BaseCommand {

    @Override
    int execute() {
        try (Project.Target t = connect()) {
            var env = t.environment();
            Migrator migrator = t.migrator(new RunEvents(EventSink.NONE, env.name()));
            MigrationState state = migrator.state(MigrationState.Options.DEFAULT);
            if (console().json()) {
                console().document(Views.state(env.name(), t.db().describe(), state));
            } else {
                state.notices().forEach(console()::notice);
                render(console(), state, targetName(t), t.db().describe(), 0);
            }
            return 0;
        }
    }

    /** Prints the state; {@code recent} > 0 lists only that many of the newest applied migrations. */
    static void render(Console c, MigrationState state, String env, String db, int recent) {
        c.line(env.equals(db) ? c.bold("Database   ") + "  " + db : c.bold("Environment") + "  " + env + " (" + db + ")");
        c.line(c.bold("Version    ") + "  " + (Views.current(state) == null ? "none (empty database)" : Views.current(state)));
        c.line(c.bold("Migrations ") + "  " + state.applied().size() + " applied, " + state.pending().size() + " pending, "
                + state.failed().size() + " failed");
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
            rows.add(List.of(h.version() == null ? "" : h.version(), h.description(), h.type(), c.red("failed"),
                    String.valueOf(h.appliedAt())));
        }
        for (MigrationScript s : state.pending()) {
            rows.add(List.of(s.version() == null ? "" : s.versionText(), s.description(), s.kind().label(),
                    c.yellow("pending"), ""));
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
