package dev.cairn.cli;

import dev.cairn.Project;
import dev.cairn.migrate.HistoryAdmin;
import dev.cairn.migrate.HistoryEntry;
import dev.cairn.migrate.Version;
import java.util.LinkedHashMap;
import java.util.Map;
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
        try (Project.Target t = connect()) {
            var env = t.environment();
            HistoryAdmin admin = t.historyAdmin(events(env.name()));
            HistoryEntry row = admin.baseline(v, description);
            if (console().json()) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("ok", true);
                doc.put("environment", env.name());
                doc.put("baseline", Views.row(row));
                console().document(doc);
            } else {
                console().line("Baselined " + targetName(t) + " at version " + v + ": migrations up to " + v
                        + " count as applied; later ones will be applied by cairn migrate.");
            }
            return 0;
        }
    }
}
