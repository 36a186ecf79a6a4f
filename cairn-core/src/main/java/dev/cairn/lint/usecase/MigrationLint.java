package dev.cairn.lint.usecase;

import dev.cairn.lint.LintOptions;
import dev.cairn.lint.executed.LintRun;

import dev.cairn.CairnException;
import dev.cairn.config.EnvironmentConfig;
import dev.cairn.events.EventSink;
import dev.cairn.events.RunEvents;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationScript;
import dev.cairn.migrate.MigrationState;
import dev.cairn.migrate.Problem;
import dev.cairn.project.Project;
import dev.cairn.project.TargetSelection;
import dev.cairn.report.PullRequestReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code cairn lint}: which migrations are linted (named files, those a database has not applied, or those added since
 * the git base) and the lint of both layers over them.
 *
 * @param basis   how the migrations were chosen, for people ("named on the command line", "not yet applied to staging")
 * @param scripts the migrations linted, in the order a run applies them
 * @param run     the findings (and the executed layer's observations)
 */
public record MigrationLint(String basis, List<String> scripts, LintRun run) {

    public MigrationLint {
        scripts = List.copyOf(scripts);
    }

    /**
     * Lints the named files. A file inside the project's migrations directory keeps its name there ({@code V3__x.sql});
     * any other must still be named like a migration.
     *
     * @throws CairnException USAGE for a missing file or one that is not a migration
     */
    public static MigrationLint files(Project project, List<Path> files, Duration lockTimeout, boolean executed) {
        MigrationDirectory dir = project.migrations();
        Path root = dir.root().toAbsolutePath().normalize();
        List<MigrationScript> scripts = new ArrayList<>();
        for (Path given : files) {
            Path file = given.toAbsolutePath().normalize();
            if (!Files.isRegularFile(file) && !given.isAbsolute()) {
                // with --dir, a path may be written from the project's directory as well as from the working one
                file = project.dir().resolve(given).toAbsolutePath().normalize();
            }
            if (!Files.isRegularFile(file)) {
                throw CairnException.usage(given + ": no such file (neither from the working directory nor from the"
                        + " project's " + project.dir() + "). Name migration files (V<version>__<name>.sql, U…, R__…) by"
                        + " their path, or leave the files out to lint the pending migrations.");
            }
            String name = file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/')
                    : file.getFileName().toString();
            Path base = file.startsWith(root) ? root : file.getParent();
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                throw CairnException.usage(given + " cannot be read (" + e.getMessage() + ").");
            }
            MigrationDirectory one = MigrationDirectory.of(base, Map.of(name, content));
            if (one.scripts().isEmpty()) {
                String why = one.problems().stream().map(Problem::message).findFirst()
                        .orElse(name + " is not a migration file (a .sql file named V<version>__<name>.sql, U… or R__…).");
                throw CairnException.usage("Cannot lint " + given + ": " + why);
            }
            scripts.add(one.scripts().get(0));
        }
        scripts.sort(MigrationScript.ORDER);
        LintOptions options = LintOptions.defaults().withLockTimeout(lockTimeout);
        return new MigrationLint("named on the command line", names(scripts), LintRun.of(dir, scripts, options,
                executed ? new LintRun.Executed(project.scratchMajor(), null) : null));
    }

    /** Lints what the selected database has not applied, ranking executed findings by its table sizes. */
    public static MigrationLint pending(Project project, TargetSelection selection, boolean executed) {
        try (Project.Target t = selection.open(project)) {
            MigrationState state = t.migrator(new RunEvents(EventSink.NONE, t.environment().name()))
                    .state(MigrationState.Options.DEFAULT);
            List<MigrationScript> scripts = state.pending();
            LintOptions options = LintOptions.defaults().withLockTimeout(t.environment().lockTimeout());
            LintRun run = LintRun.of(project.migrations(), scripts, options,
                    executed ? new LintRun.Executed(project.scratchMajor(), t.db()) : null);
            return new MigrationLint("not yet applied to " + selection.label(t).display(), names(scripts), run);
        }
    }

    /** Lints the migrations added since the git base (the merge base with origin/main, else main). */
    public static MigrationLint addedSinceGit(Project project, Duration lockTimeout, boolean executed) {
        MigrationDirectory dir = project.migrations();
        PullRequestReport.Pending pending = PullRequestReport.addedSince(project.config(), dir, null);
        LintOptions options = LintOptions.defaults().withLockTimeout(lockTimeout);
        return new MigrationLint(pending.basis(), names(pending.scripts()), LintRun.of(dir, pending.scripts(), options,
                executed ? new LintRun.Executed(project.scratchMajor(), null) : null));
    }

    private static List<String> names(List<MigrationScript> scripts) {
        return scripts.stream().map(MigrationScript::name).toList();
    }
}
