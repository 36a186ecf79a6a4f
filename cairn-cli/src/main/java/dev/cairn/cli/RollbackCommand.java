package dev.cairn.cli;

import dev.cairn.doc.RollbackDocument;
import dev.cairn.migrate.MigrateResult;
import dev.cairn.migrate.RevertPlan;
import dev.cairn.migrate.RevertResult;
import dev.cairn.migrate.Version;
import dev.cairn.migrate.usecase.MigrationRevert;
import dev.cairn.project.Project;
import dev.cairn.project.TargetLabel;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = {"Revert the migrations applied after a version with their revert migrations (U files), newest"
                + " first, each in its own transaction, under the environment's lockTimeout (and lockRetries), statementTimeout and run timeout.",
                "Refused, changing nothing, when a needed U file is missing. An environment with 'approval: required'"
                        + " (or named production) asks you to type its name; --yes confirms in a script."})
final class RollbackCommand extends BaseCommand {
    /** After a rollback, the status lists only the newest applied migrations; cairn status lists them all. */
    private static final int RECENT_ROWS = 10;

    /** Where to roll back to: a version (by revert migrations) or a snapshot (restored). */
    static final class Destination {
        @Option(names = "--to", paramLabel = "VERSION", required = true,
                description = "Revert every migration applied after VERSION (an applied version or the baseline; 0: all).")
        String to;

        @Option(names = "--snapshot", paramLabel = "ID", required = true,
                description = "Restore this snapshot instead (as cairn snapshot restore ID does; cairn snapshot list"
                        + " shows the ids). Everything written since it was taken is lost.")
        String snapshot;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Destination destination;

    @Option(names = "--dry-run", description = "Print the reverts and their SQL; change nothing.")
    boolean dryRun;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation (required without a terminal where"
            + " the environment asks for one).")
    boolean yes;

    @Override
    int execute() throws Exception {
        if (destination.snapshot != null) {
            // The same restore as `cairn snapshot restore`, run as that command (its confirmation, output and document).
            SnapshotCommand.Restore restore = new SnapshotCommand.Restore();
            restore.spec = spec;
            restore.id = destination.snapshot;
            restore.yes = yes;
            return restore.call();
        }
        Project project = project();
        Version to = Version.parse(destination.to.isBlank() ? "0" : destination.to);
        MigrationRevert run = MigrationRevert.run(project, selection(), to, dryRun, eventSink(),
                yes ? MigrationRevert.Confirmation.ALWAYS : (target, plan) -> confirm(project, target, plan));
        RevertResult result = run.result();
        if (console().json()) {
            console().document(RollbackDocument.of(run.target(), result));
        } else {
            render(result, run.target());
            if (result.after() != null) {
                console().line("");
                StatusCommand.render(console(), result.after(), run.target(), RECENT_ROWS);
            }
        }
        return result.exitCode().code();
    }

    private void render(RevertResult r, TargetLabel target) {
        Console c = console();
        String env = target.display();
        if (r.state() != null) {
            r.state().notices().forEach(c::notice);
        }
        if (r.dryRun() && r.failure() == null) {
            c.line("Dry run against " + where(env, target.database()) + ": " + r.steps().size()
                    + " migration(s) would be reverted, newest first.");
            for (MigrateResult.Step s : r.steps()) {
                c.line("");
                c.line(c.bold("-- " + s.script() + (s.transactional() ? " (one transaction)" : " (outside a transaction)")));
                c.line(s.sql().strip());
            }
        } else if (!r.dryRun() && (r.failure() == null || !r.steps().isEmpty())) {
            c.line(r.steps().isEmpty() ? "Nothing to revert: " + env + " has no migration applied after version "
                    + r.plan().to() + "." : c.green("Reverted " + r.steps().size() + " migration(s)") + " on " + env
                    + " in " + r.durationMs() + " ms:");
            r.steps().forEach(s -> c.line("  " + s.script() + "  (version " + s.version() + ", " + s.executionMs() + " ms)"));
        }
        if (r.failure() != null) {
            c.failure(r.failure().exitCode(), r.failure().message(), null);
        }
    }

    /**
     * An environment that requires approval (or is named production) is reverted only when a person types its
     * name; without a terminal, only with --yes.
     */
    private void confirm(Project project, TargetLabel target, RevertPlan plan) {
        String env = target.environment();
        boolean approval = project.config().deploy(env).approvalRequired();
        if (!approval && !"production".equals(env)) {
            return;
        }
        String why = approval ? "its deploy settings say 'approval: required'" : "it is named production";
        String reverts = String.join(", ", plan.steps().stream().map(s -> s.script() + " (reverts " + s.reverts() + ")")
                .toList());
        new CliApproval(yes, "--yes", null, project.dir(), console()).approve(env, "cairn rollback would revert "
                + plan.steps().size() + " migration(s) of " + target.display() + " (" + target.database() + "), newest"
                + " first: " + reverts + "; this needs confirmation because " + why);
    }
}
