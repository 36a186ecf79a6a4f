package dev.cairn.cli;

import dev.cairn.config.CairnConfig;
import dev.cairn.config.ConfigLoader;
import dev.cairn.config.GithubWorkflows;
import dev.cairn.config.ProjectScaffold;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create a new Cairn project in --dir: cairn.yaml with commented defaults, schema/,"
                + " migrations/, and a .gitignore line for .cairn/ (the local database).",
                "With --ci github, also write GitHub Actions workflows (in an existing project: only those)."})
final class InitCommand extends BaseCommand {
    enum Ci { github }

    @Option(names = "--ci", paramLabel = "SYSTEM", description = "Also write CI workflows: github (schema-check.yml,"
            + " deploy-staging.yml, deploy-production.yml in the repository's .github/workflows).")
    Ci ci;

    @Override
    boolean findsProject() {
        return false; // a new project goes where the user is, even inside another one
    }

    @Override
    int execute() {
        Path dir = root().dir.toAbsolutePath().normalize();
        boolean exists = Files.exists(dir.resolve(CairnConfig.FILE_NAME));
        List<Path> created = ci != null && exists ? List.of() : ProjectScaffold.init(dir);
        GithubWorkflows.Result workflows = null;
        if (ci == Ci.github) {
            CairnConfig config = ConfigLoader.load(dir, root().env);
            workflows = GithubWorkflows.write(config);
        }
        if (console().json()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("ok", true);
            doc.put("dir", dir.toString());
            doc.put("created", created.stream().map(p -> dir.relativize(p).toString()).toList());
            if (workflows != null) {
                List<Map<String, Object>> files = new ArrayList<>();
                for (GithubWorkflows.Written w : workflows.files()) {
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("file", w.file().toString());
                    f.put("created", w.created());
                    files.add(f);
                }
                doc.put("workflows", files);
                doc.put("notes", workflows.notes());
            }
            console().document(doc);
            return 0;
        }
        if (!created.isEmpty()) {
            console().line("Created a Cairn project in " + dir + ":");
            created.forEach(p -> console().line("  " + dir.relativize(p)));
        }
        if (workflows != null) {
            console().line("GitHub Actions workflows in " + workflows.workflowsDir() + " (project folder: "
                    + workflows.projectFolder() + "):");
            for (GithubWorkflows.Written w : workflows.files()) {
                console().line("  " + w.file().getFileName() + (w.created() ? "" : "  (kept: it existed)"));
            }
            workflows.notes().forEach(console()::notice);
        }
        if (!created.isEmpty()) {
            console().line("");
            console().line("Next: write the schema you want in schema/*.sql (CREATE TABLE …), then");
            console().line("  cairn generate --name init && cairn migrate");
            console().line("or write migrations by hand in migrations/ (V1__create_users.sql …), then");
            console().line("  cairn sum && cairn migrate");
        }
        return 0;
    }
}
