package dev.cairn.cli;

import dev.cairn.project.GithubWorkflows;
import dev.cairn.doc.InitDocument;
import dev.cairn.project.ProjectInit;
import java.nio.file.Path;
import java.util.List;
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
        ProjectInit init = ProjectInit.run(root().dir, root().env, ci == Ci.github);
        Path dir = init.dir();
        List<Path> created = init.created();
        GithubWorkflows.Result workflows = init.workflows();
        if (console().json()) {
            console().document(InitDocument.of(dir, created, workflows));
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
