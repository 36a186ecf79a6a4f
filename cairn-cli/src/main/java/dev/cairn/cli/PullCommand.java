package dev.cairn.cli;

import dev.cairn.Project;
import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.source.CatalogSource;
import dev.cairn.catalog.source.CatalogSources;
import dev.cairn.generate.Pull;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
        Project project = project();
        String spec = root().url != null ? "url:" + root().url : "env:" + root().environment();
        CatalogSource source = CatalogSources.parse(spec, project);
        Catalog live = source.load();
        Pull.Result r = Pull.pull(project, live, force);
        Path dir = project.config().schemaDir();
        if (console().json()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("ok", true);
            doc.put("source", source.describe());
            doc.put("files", r.files().stream().map(Path::toString).toList());
            doc.put("statements", r.statements());
            console().document(doc);
        } else {
            console().line("Pulled " + source.describe() + " into " + dir + ": " + r.statements() + " statement(s) in "
                    + r.files().size() + " file(s), checked to load back to the same schema.");
            r.files().forEach(f -> console().line("  " + dir.relativize(f)));
        }
        return 0;
    }
}
