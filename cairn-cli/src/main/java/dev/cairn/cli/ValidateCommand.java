package dev.cairn.cli;

import dev.cairn.doc.StatusDocument;
import dev.cairn.migrate.MigrationState;
import dev.cairn.migrate.Problem;
import dev.cairn.migrate.usecase.MigrationStatus;
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
        MigrationStatus status = MigrationStatus.read(project(), selection(), new MigrationState.Options(null, outOfOrder));
        MigrationState state = status.state();
        if (console().json()) {
            console().document(StatusDocument.of(status));
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
