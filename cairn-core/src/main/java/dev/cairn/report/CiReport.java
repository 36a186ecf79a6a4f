package dev.cairn.report;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.project.Project;
import dev.cairn.check.CheckReport;
import dev.cairn.check.OfflineCheck;
import dev.cairn.check.ProjectFiles;
import dev.cairn.drift.DriftDetector;
import dev.cairn.events.EventSink;
import dev.cairn.events.RunEvents;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationState;
import dev.cairn.project.TargetSelection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code ci report}: the pull-request report — offline checks, pending migrations, their lint (both layers), and drift
 * when a database is reachable — rendered as Markdown, appended to the step summary file and written as JUnit XML when asked.
 *
 * @param sections    the report's sections, in order
 * @param markdown    the report as Markdown
 * @param summaryFile the file the Markdown was appended to ({@code $GITHUB_STEP_SUMMARY}), or null
 * @param junit       the JUnit XML file written, or null
 */
public record CiReport(List<ReportSection> sections, String markdown, String summaryFile, Path junit) {

    /**
     * @param title       the report's heading
     * @param base        the git base that pending migrations are judged against without a database, or null
     *                    for the merge base with origin/main (else main)
     * @param summaryFile the file to append the Markdown to, or null (or blank) for none
     * @param junit       the file to write JUnit XML to, or null
     */
    public record Options(String title, String base, String summaryFile, Path junit) {}

    /** No failed section. */
    public boolean ok() {
        return sections.stream().noneMatch(ReportSection::failed);
    }

    /**
     * @param database the database pending migrations are judged against (drift is checked there too), or null to
     *                 judge them against git
     * @param notices  told when the database cannot be reached (the report then falls back to git)
     */
    public static CiReport run(Project project, TargetSelection database, Options options, Consumer<String> notices) {
        long start = System.nanoTime();
        List<ReportSection> sections = new ArrayList<>();

        long t = System.nanoTime();
        CheckReport check = OfflineCheck.run(project.config(), ProjectFiles.workTree(project.config()));
        sections.add(PullRequestReport.checks(check, since(t)));

        t = System.nanoTime();
        MigrationDirectory dir = project.migrations();
        PullRequestReport.Pending pending = pendingFromDatabase(project, database, notices).orElseGet(() ->
                PullRequestReport.addedSince(project.config(), dir, options.base()));
        sections.add(PullRequestReport.pending(pending, dir, since(t)));
        if (pending.basis().startsWith("not yet applied")) {
            // The environment is reachable: say whether it drifted from its own history too.
            t = System.nanoTime();
            sections.add(PullRequestReport.drift(DriftDetector.detect(project, database.environment(), database.url()),
                    since(t)));
        }
        t = System.nanoTime();
        java.time.Duration lockTimeout = project.lockTimeout(database != null ? database : TargetSelection.of("local"));
        dev.cairn.lint.executed.LintRun lint = dev.cairn.lint.executed.LintRun.of(dir, pending.scripts(),
                dev.cairn.lint.LintOptions.defaults().withLockTimeout(lockTimeout),
                new dev.cairn.lint.executed.LintRun.Executed(project.scratchMajor(), null));
        sections.add(PullRequestReport.lint(pending, lint, since(t)));

        String markdown = MarkdownReport.render(options.title(), sections, since(start));
        String summaryFile = options.summaryFile();
        if (summaryFile != null && !summaryFile.isBlank()) {
            append(Path.of(summaryFile), markdown);
        }
        if (options.junit() != null) {
            write(options.junit(), JUnitReport.render(sections));
        }
        return new CiReport(List.copyOf(sections), markdown, summaryFile, options.junit());
    }

    private static Optional<PullRequestReport.Pending> pendingFromDatabase(Project project, TargetSelection database,
            Consumer<String> notices) {
        if (database == null) {
            return Optional.empty();
        }
        String env = database.environment();
        try (Project.Target target = database.open(project)) {
            MigrationState state = target.migrator(new RunEvents(EventSink.NONE, env)).state(MigrationState.Options.DEFAULT);
            return Optional.of(new PullRequestReport.Pending("not yet applied to " + env, state.pending()));
        } catch (CairnException e) {
            if (e.exitCode() == ExitCode.USAGE) {
                throw e;
            }
            notices.accept("The " + env + " database could not be reached (" + e.getMessage()
                    + "); pending migrations are judged against git instead.");
            return Optional.empty();
        }
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
