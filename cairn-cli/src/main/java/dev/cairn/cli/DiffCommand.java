package dev.cairn.cli;

import dev.cairn.CairnException;
import dev.cairn.project.Project;
import dev.cairn.catalog.source.CatalogSources;
import dev.cairn.diff.ChangeSet;
import dev.cairn.diff.DiffOptions.Rename;
import dev.cairn.doc.DiffDocument;
import dev.cairn.generate.SchemaDiff;
import dev.cairn.plan.Plan;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Print the SQL that turns schema FROM into schema TO. Sources: " + CatalogSources.USAGE + ".",
                "Exit 0 when they are equal, 1 when they differ."})
final class DiffCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "FROM", description = "Where the current schema comes from, e.g. migrations or env:staging.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "Where the desired schema comes from, e.g. schema.")
    String to;

    @Option(names = "--rename", paramLabel = "OLD=NEW", description = "A table or column renamed between FROM and TO. Repeatable.")
    List<String> renames = new ArrayList<>();

    @Override
    int execute() {
        Project project = Files.exists(root().dir.resolve("cairn.yaml")) ? project() : null;
        List<Rename> parsed = new ArrayList<>();
        for (String r : renames) {
            try {
                parsed.add(Rename.parse(r));
            } catch (IllegalArgumentException e) {
                throw CairnException.usage("--rename " + e.getMessage() + ".");
            }
        }
        SchemaDiff diff = SchemaDiff.compare(project, from, to, parsed);
        ChangeSet changes = diff.changes();
        Plan plan = diff.plan();
        diff.notices().forEach(console()::notice);
        if (console().json()) {
            console().document(DiffDocument.of(diff));
        } else if (changes.isEmpty() && changes.warnings().isEmpty()) {
            console().progress("No differences: " + diff.from() + " and " + diff.to() + " are the same schema.");
        } else if (changes.isEmpty()) { // a difference no statement can make (an extension version without update path)
            changes.warnings().forEach(w -> console().progress("warning: " + w.object() + ": " + w.message()));
        } else {
            console().line("-- From " + diff.from() + " to " + diff.to() + ": " + plan.summary());
            List<Plan> parts = plan.transactions();
            for (int i = 0; i < parts.size(); i++) {
                if (parts.size() > 1) {
                    console().line((i > 0 ? "\n" : "") + "-- Transaction " + (i + 1) + " of " + parts.size()
                            + (i == 0 ? ": new enum values, usable only once committed (cairn generate writes them as a migration of their own)"
                                    : ": the rest, after the values above are committed"));
                }
                console().line(parts.get(i).toSql());
            }
            changes.warnings().forEach(w -> console().progress("warning: " + w.object() + ": " + w.message()));
        }
        return changes.isEmpty() && changes.warnings().isEmpty() ? 0 : 1;
    }
}
