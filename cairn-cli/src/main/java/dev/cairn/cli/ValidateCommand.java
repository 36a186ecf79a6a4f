package dev.cairn.cli;

import dev.cairn.Project;
import dev.cairn.events.EventSink;
import dev.cairn.events.RunEvents;
import dev.cairn.migrate.MigrationState;
import dev.cairn.migrate.Migrator;
import dev.cairn.migrate.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the migrations directory against cairn.sum and the database's history: edited or missing"
                + " applied migrations, hand edits, bad names, out-of-order versions.", "Exit 1 on problems."})
final class ValidateCommand extends BaseCommand {
    @Option(names = "--out-of-order", description = "Do not report pending migrations older than the newest applied one.")
    boolean outOfOrder;

    @Override
    int execute() {
        try (Project.Target t = connect()) {
            var env = t.environment();
            Migrator migrator = t.migrator(new RunEvents(EventSink.NONE, env.name()));
            MigrationState state = migrator.state(new MigrationState.Options(null, outOfOrder));
            if (console().json()) {
                console().document(Views.state(env.name(), t.db().describe(), state));
            } else {
                state.notices().forEach(console()::notice);
                if (state.valid()) {
                    console().line(console().green("Valid:") + " " + state.applied().size() + " applied, "
                            + state.pending().size() + " pending, and every applied migration matches its file.");
                } else {
                    console().line(console().red(state.problems().size() + " problem(s):"));
                    for (Problem p : state.problems()) {
                        console().line("  " + p.code() + "  " + p.message());
                    }
                }
            }
            return state.valid() ? 0 : 1;
        }
    }
}
