package dev.cairn.cli;

import dev.cairn.config.ProjectScaffold;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create a new Cairn project in --dir: cairn.yaml with commented defaults, schema/,",
                "migrations/, and a .gitignore line for .cairn/ (the local database)."})
final class InitCommand extends BaseCommand {

    @Override
    int execute() {
        Path dir = root().dir.toAbsolutePath().normalize();
        List<Path> created = ProjectScaffold.init(dir);
        if (console().json()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("ok", true);
            doc.put("dir", dir.toString());
            doc.put("created", created.stream().map(p -> dir.relativize(p).toString()).toList());
            console().document(doc);
        } else {
            console().line("Created a Cairn project in " + dir + ":");
            created.forEach(p -> console().line("  " + dir.relativize(p)));
            console().line("");
            console().line("Next: put a migration in migrations/ (for example V1__create_users.sql), then run");
            console().line("  cairn sum && cairn migrate");
        }
        return 0;
    }
}
