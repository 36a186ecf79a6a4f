package dev.cairn.cli;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.Project;
import dev.cairn.check.CheckReport;
import dev.cairn.drift.DriftDetector;
import dev.cairn.check.OfflineCheck;
import dev.cairn.check.ProjectFiles;
import dev.cairn.events.EventSink;
import dev.cairn.events.RunEvents;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationState;
import dev.cairn.report.JUnitReport;
import dev.cairn.report.MarkdownReport;
import dev.cairn.report.PullRequestReport;
import dev.cairn.report.ReportSection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            long start = System.nanoTime();
            Project project = project();
            List<ReportSection> sections = new ArrayList<>();

            long t = System.nanoTime();
            CheckReport check = OfflineCheck.run(project.config(), ProjectFiles.workTree(project.config()));
            sections.add(PullRequestReport.checks(check, since(t)));

            t = System.nanoTime();
            MigrationDirectory dir = project.migrations();
            PullRequestReport.Pending pending = pendingFromDatabase(project).orElseGet(() ->
                    PullRequestReport.addedSince(project.config(), dir, base));
            sections.add(PullRequestReport.pending(pending, dir, since(t)));
            if (pending.basis().startsWith("not yet applied")) {
                // The environment is reachable: say whether it drifted from its own history too.
                t = System.nanoTime();
                sections.add(PullRequestReport.drift(DriftDetector.detect(project, root().environment(), root().url), since(t)));
            }
            // Lint findings join here as a further section when that command exists.

            String markdown = MarkdownReport.render(title, sections, since(start));
            String summaryFile = root().env.get("GITHUB_STEP_SUMMARY");
            if (summaryFile != null && !summaryFile.isBlank()) {
                append(Path.of(summaryFile), markdown);
            }
            if (junit != null) {
                write(junit, JUnitReport.render(sections));
            }
            boolean ok = sections.stream().noneMatch(ReportSection::failed);
            if (console().json()) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("ok", ok);
                doc.put("sections", sections.stream().map(Report::json).toList());
                doc.put("markdown", markdown);
                doc.put("summaryFile", summaryFile);
                doc.put("junit", junit == null ? null : junit.toString());
                console().document(doc);
            } else if (summaryFile == null || summaryFile.isBlank()) {
                console().line(markdown);
            } else {
                console().line("Appended the report to $GITHUB_STEP_SUMMARY (" + summaryFile + ")"
                        + (junit == null ? "." : "; JUnit XML in " + junit + "."));
            }
            return ok ? 0 : 1;
        }

        private java.util.Optional<PullRequestReport.Pending> pendingFromDatabase(Project project) {
            RootCommand r = root();
            if (r.environment == null && r.url == null) {
                return java.util.Optional.empty();
            }
            String env = r.environment();
            try (Project.Target target = connect()) {
                MigrationState state = target.migrator(new RunEvents(EventSink.NONE, env))
                        .state(MigrationState.Options.DEFAULT);
                return java.util.Optional.of(new PullRequestReport.Pending("not yet applied to " + env, state.pending()));
            } catch (CairnException e) {
                if (e.exitCode() == ExitCode.USAGE) {
                    throw e;
                }
                console().notice("The " + env + " database could not be reached (" + e.getMessage()
                        + "); pending migrations are judged against git instead.");
                return java.util.Optional.empty();
            }
        }

        private static Map<String, Object> json(ReportSection s) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("title", s.title());
            m.put("status", s.status().label());
            m.put("summary", s.summary());
            m.put("millis", s.duration().toMillis());
            m.put("items", s.items().stream().map(i -> {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("name", i.name());
                item.put("status", i.status().label());
                item.put("message", i.message());
                item.put("details", i.details());
                return item;
            }).toList());
            return m;
        }

        private static Duration since(long nanos) {
            return Duration.ofNanos(System.nanoTime() - nanos);
        }

        private static void append(Path file, String text) {
            try {
                Files.writeString(file, text + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot append to $GITHUB_STEP_SUMMARY " + file, e);
            }
        }

        private static void write(Path file, String text) {
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(file, text);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + file, e);
            }
        }
    }
}
