package dev.cairn.cli;

import dev.cairn.doc.PullDocument;
import dev.cairn.generate.SchemaPull;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "pull", mixinStandardHelpOptions = true,
        description = {"Write a live database's schema into the schema directory as SQL files (one per schema, or"
                + " per table with pull.layout: table), numbered in an order that loads cleanly.", "Reads only."})
final class PullCommand extends BaseCommand {
    @Option(names = "--force", description = "Replace the SQL files already in the schema directory.")
    boolean force;

    @Override
    int execute() {
        SchemaPull pull = SchemaPull.run(project(), selection(), force);
        Path dir = pull.schemaDir();
        if (console().json()) {
            console().document(PullDocument.of(pull.source(), pull.result().files(), pull.result().statements()));
        } else {
            console().line("Pulled " + pull.source() + " into " + dir + ": " + pull.result().statements() + " statement(s) in "
                    + pull.result().files().size() + " file(s), checked to load back to the same schema.");
            pull.result().files().forEach(f -> console().line("  " + dir.relativize(f)));
        }
        return 0;
    }
}
