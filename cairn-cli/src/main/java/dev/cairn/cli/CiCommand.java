package dev.cairn.cli;

import dev.cairn.doc.CiReportDocument;
import dev.cairn.project.TargetSelection;
import dev.cairn.report.CiReport;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ci", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Commands for continuous integration.", subcommands = {CiCommand.Report.class})
final class CiCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = {"A Markdown report for a pull request: the offline checks, the pending migrations with their"
                    + " SQL (folded), and timings. Appended to $GITHUB_STEP_SUMMARY when set, else printed.",
                    "Pending means not yet applied to --env/--url when one is given and reachable; otherwise added"
                    + " since the git base (--base, default the merge base with origin/main or main). Exit 1 on problems."})
    static final class Report extends BaseCommand {
        @Option(names = "--base", paramLabel = "REF",
                description = "Git base for pending migrations without a database. Default: the merge base of HEAD with"
                        + " origin/main, else main.")
        String base;

        @Option(names = "--junit", paramLabel = "FILE", description = "Also write the checks as JUnit XML to FILE.")
        Path junit;

        @Option(names = "--title", paramLabel = "TEXT", defaultValue = "Cairn schema report",
                description = "The report's heading. Default: ${DEFAULT-VALUE}.")
        String title;

        @Override
        int execute() {
            RootCommand r = root();
            // Pending migrations are judged against a database only when one is named.
            TargetSelection database = r.environment == null && r.url == null ? null : selection();
            CiReport report = CiReport.run(project(), database,
                    new CiReport.Options(title, base, r.env.get("GITHUB_STEP_SUMMARY"), junit), console()::notice);
            String summaryFile = report.summaryFile();
            if (console().json()) {
                console().document(CiReportDocument.of(report));
            } else if (summaryFile == null || summaryFile.isBlank()) {
                console().line(report.markdown());
            } else {
                console().line("Appended the report to $GITHUB_STEP_SUMMARY (" + summaryFile + ")"
                        + (junit == null ? "." : "; JUnit XML in " + junit + "."));
            }
            return report.ok() ? 0 : 1;
        }
    }
}
