package dev.cairn.cli;

import dev.cairn.doc.BaselineDocument;
import dev.cairn.migrate.Version;
import dev.cairn.migrate.usecase.HistoryBaseline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = {"Adopt an existing database: record that every version up to --version is already applied.",
                "Only for a database Cairn has not managed yet."})
final class BaselineCommand extends BaseCommand {
    @Option(names = "--version", required = true, paramLabel = "VERSION", description = "The version the database already has.")
    String version;

    @Option(names = "--description", defaultValue = "baseline", description = "Description recorded in the history (default: baseline).")
    String description;

    @Override
    int execute() {
        Version v = Version.parse(version);
        HistoryBaseline b = HistoryBaseline.record(project(), selection(), v, description, eventSink());
        if (console().json()) {
            console().document(BaselineDocument.of(b));
        } else {
            console().line("Baselined " + b.target().display() + " at version " + v + ": migrations up to " + v
                    + " count as applied; later ones will be applied by cairn migrate.");
        }
        return 0;
    }
}
