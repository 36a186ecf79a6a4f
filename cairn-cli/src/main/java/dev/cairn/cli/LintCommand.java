package dev.cairn.cli;

import dev.cairn.CairnException;
import dev.cairn.doc.LintDocument;
import dev.cairn.lint.LintMarkdown;
import dev.cairn.lint.LintReport;
import dev.cairn.lint.usecase.MigrationLint;
import dev.cairn.lint.Severity;
import dev.cairn.project.Project;
import dev.cairn.project.TargetSelection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Find dangerous statements in migrations: locks that stop traffic, table rewrites, data loss,"
                + " each with the safe alternative. Two layers: static rules over the SQL text, then the migrations run"
                + " on a scratch database to measure locks and rewrites (skip it with --static).",
                "Without FILES: the migrations --env/--url has not applied (or --pending for the selected environment),"
                        + " else those added since the git base. Exit 1 on unexcused errors."})
final class LintCommand extends BaseCommand {
    @Parameters(paramLabel = "FILES", arity = "0..*", description = "Migration files to lint (V…, U… or R__… .sql).")
    List<Path> files = List.of();

    @Option(names = "--pending", description = "Lint the migrations the selected database (--env, default local) has"
            + " not applied, even without --env or --url.")
    boolean pending;

    @Option(names = "--static", description = "Static rules only: do not run the migrations on a scratch database.")
    boolean staticOnly;

    @Option(names = "--strict", description = "Also exit 1 on unexcused warnings.")
    boolean strict;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the findings as a Markdown table to FILE.")
    Path markdown;

    @Override
    int execute() {
        Project project = project();
        if (!files.isEmpty() && pending) {
            throw CairnException.usage("Name migration files or pass --pending, not both: --pending lints what the"
                    + " database has not applied.");
        }
        TargetSelection chosen = pending ? selection() : chosenTarget();
        MigrationLint lint;
        if (!files.isEmpty()) {
            lint = MigrationLint.files(project, files, project.lockTimeout(selection()), !staticOnly);
        } else if (chosen != null) {
            lint = MigrationLint.pending(project, chosen, !staticOnly);
        } else {
            lint = MigrationLint.addedSinceGit(project, project.lockTimeout(selection()), !staticOnly);
        }
        LintReport report = lint.run().report();
        int exit = failing(report) ? 1 : 0;
        if (markdown != null) {
            write(markdown, "## Cairn lint\n\n" + lint.scripts().size() + " migration(s) " + lint.basis() + ".\n\n"
                    + LintMarkdown.table(report));
        }
        if (console().json()) {
            console().document(LintDocument.of(lint, exit));
        } else {
            render(lint);
        }
        return exit;
    }

    private boolean failing(LintReport report) {
        return report.findings().stream().filter(f -> !f.excused())
                .anyMatch(f -> f.severity() == Severity.ERROR || strict && f.severity() == Severity.WARNING);
    }

    private void render(MigrationLint lint) {
        Console c = console();
        LintReport report = lint.run().report();
        c.line("Linted " + lint.scripts().size() + " migration(s) " + lint.basis() + " ("
                + (lint.run().executed() ? "static and executed layers" : "static layer") + ").");
        if (!report.isEmpty()) {
            c.line("");
            LintText.findings(c, report.findings());
            c.line("");
        }
        LintText.summary(c, report);
    }

    private static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text);
        } catch (IOException e) {
            throw CairnException.usage("Cannot write " + file + " (" + e.getMessage() + "): name a writable file for"
                    + " --markdown.");
        }
    }

}
