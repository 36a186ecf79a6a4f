package dev.cairn.cli;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
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
                + " first, each in its own transaction, under the environment's lockTimeout, statementTimeout and run timeout.",
                "Refused, changing nothing, when a needed U file is missing. An environment with 'approval: required'"
                        + " (or named production) asks you to type its name; --yes confirms in a script."})
final class RollbackCommand extends BaseCommand {
    /** After a rollback, the status lists only the newest applied migrations; cairn status lists them all. */
    private static final int RECENT_ROWS = 10;

    /** Where to roll back to: one of these (the snapshot to restore joins --to here). */
    static final class Destination {
        @Option(names = "--to", paramLabel = "VERSION", required = true,
                description = "Revert every migration applied after VERSION (an applied version or the baseline; 0: all).")
        String to;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Destination destination;

    @Option(names = "--dry-run", description = "Print the reverts and their SQL; change nothing.")
    boolean dryRun;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation (required without a terminal where"
            + " the environment asks for one).")
    boolean yes;

    @Override
    int execute() {
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
        String reverts = String.join(", ", plan.steps().stream().map(RevertPlan.Step::script).toList());
        java.io.Console tty = System.console();
        if (tty == null || console().json()) {
            throw new CairnException(ExitCode.USAGE, "cairn rollback would revert " + plan.steps().size()
                    + " migration(s) of " + target.display() + " (" + reverts + "), which needs confirmation because "
                    + why + ". Nothing was changed: run it in a terminal and type the environment's name, or pass --yes"
                    + " to confirm in a script.");
        }
        console().line("cairn rollback will revert " + plan.steps().size() + " migration(s) of " + target.display()
                + " (" + target.database() + "), newest first:");
        plan.steps().forEach(s -> console().line("  - " + s.script() + " (reverts " + s.reverts() + ")"));
        String answer = tty.readLine("Type the environment's name (%s) to revert it: ", env);
        if (answer == null || !answer.trim().equals(env)) {
            throw new CairnException(ExitCode.USAGE, "Rollback cancelled (the answer was not '" + env + "'): nothing was"
                    + " changed.");
        }
    }
}
