package dev.cairn.cli;

import dev.cairn.project.Project;
import dev.cairn.migrate.MigrateResult;
import dev.cairn.migrate.MigrationState;
import dev.cairn.doc.MigrateDocument;
import dev.cairn.migrate.usecase.MigrationRun;
import dev.cairn.migrate.Version;
import dev.cairn.lint.Finding;
import dev.cairn.lint.LintGate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Apply pending migrations in version order, then changed repeatable ones.",
                "Each migration runs in its own transaction (or statement by statement when it must run outside one),"
                        + " under the environment's lockTimeout (and lockRetries), statementTimeout and run timeout."})
final class MigrateCommand extends BaseCommand {
    /** After a migrate, the status lists only the newest applied migrations; cairn status lists them all. */
    private static final int RECENT_ROWS = 10;

    @Option(names = "--dry-run", description = "Print the plan and its SQL; change nothing.")
    boolean dryRun;

    @Option(names = "--target", paramLabel = "VERSION", description = "Apply versioned migrations up to this version only.")
    String target;

    @Option(names = "--out-of-order", description = "Also apply pending migrations older than the newest applied one.")
    boolean outOfOrder;

    @Option(names = "--allow", paramLabel = "RULE[,RULE…]", split = ",", description = "Apply even though the pending"
            + " migrations have unexcused lint errors of these rules (repeatable). Without it, such errors refuse the run"
            + " and nothing is applied.")
    List<String> allow = List.of();

    @Override
    int execute() {
        Project project = project();
        MigrationState.Options options = new MigrationState.Options(target == null ? null : Version.parse(target), outOfOrder);
        MigrationRun run = MigrationRun.run(project, selection(), options, dryRun, eventSink(),
                LintGate.allowing(allow));
        MigrateResult result = run.result();
        if (console().json()) {
            console().document(MigrateDocument.of(run.target(), result));
        } else {
            render(result, run.target().display(), run.target().database());
            if (result.after() != null) {
                console().line("");
                StatusCommand.render(console(), result.after(), run.target(), RECENT_ROWS);
            }
        }
        return result.exitCode().code();
    }

    private void render(MigrateResult r, String env, String db) {
        Console c = console();
        if (r.state() != null) {
            r.state().notices().forEach(c::notice);
        }
        if (r.dryRun()) {
            c.line("Dry run against " + where(env, db) + ": " + r.steps().size() + " migration(s) would be applied.");
            for (MigrateResult.Step s : r.steps()) {
                c.line("");
                c.line(c.bold("-- " + s.script() + (s.transactional() ? " (one transaction)" : " (outside a transaction)")));
                c.line(s.sql().strip());
            }
            if (!r.lint().isEmpty()) {
                List<Finding> blocking = LintGate.allowing(allow).blocking(r.lint());
                c.line("");
                c.line(c.bold("Lint") + " (the run " + (blocking.isEmpty() ? "would go ahead" : "would be refused: "
                        + blocking.size() + " blocking error(s)") + "):");
                LintText.findings(c, r.lint().findings());
                LintText.summary(c, r.lint());
            }
        } else if (r.failure() == null) {
            c.line(r.steps().isEmpty() ? "Nothing to migrate: " + env + " is up to date."
                    : c.green("Applied " + r.steps().size() + " migration(s)") + " to " + env + " in " + r.durationMs() + " ms.");
        }
        if (!r.dryRun() && r.failure() == null && !r.lint().isEmpty()) {
            // Applied: what lint saw is still worth a line, and an allowed error is worth naming.
            List<String> allowed = r.lint().findings().stream().filter(Finding::blocking).map(Finding::rule).distinct()
                    .toList();
            c.notice("lint: " + dev.cairn.lint.LintCounts.of(r.lint()).summary() + " in the migrations applied"
                    + (allowed.isEmpty() ? "" : ", errors allowed by --allow " + String.join(",", allowed))
                    + " (`cairn lint FILES` shows them).");
        }
        if (r.failure() != null) {
            c.failure(r.failure().exitCode(), r.failure().message(), null);
        }
    }
}
