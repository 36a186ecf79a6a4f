package dev.cairn.cli;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.doc.RepairDocument;
import dev.cairn.migrate.RepairPlan;
import dev.cairn.migrate.usecase.HistoryRepair;
import dev.cairn.project.TargetLabel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "repair", mixinStandardHelpOptions = true,
        description = {"Fix the history table: remove failed runs and record the current checksum of applied"
                + " migrations whose files changed.", "Shows what changes and asks first (--yes in scripts)."})
final class RepairCommand extends BaseCommand {
    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
    boolean yes;

    @Override
    int execute() {
        HistoryRepair r = HistoryRepair.run(project(), selection(), eventSink(),
                yes ? HistoryRepair.Confirmation.ALWAYS : this::confirm);
        String where = r.target().display();
        if (console().json()) {
            console().document(RepairDocument.of(r));
        } else if (!r.applied()) {
            console().line("Nothing to repair: " + where + " has no failed runs that need it (cairn migrate"
                    + " retries or continues the others) and every checksum matches.");
        } else {
            console().line("Repaired the history of " + where + ":");
            r.plan().describe().forEach(d -> console().line("  - " + d));
        }
        return 0;
    }

    private void confirm(TargetLabel target, RepairPlan plan) {
        String env = target.display();
        java.io.Console tty = System.console();
        if (tty == null || console().json()) {
            throw new CairnException(ExitCode.USAGE, "cairn repair would make " + plan.describe().size() + " change(s) to"
                    + " the history of " + env + " (" + String.join("; ", plan.describe()) + ") and needs confirmation:"
                    + " run it in a terminal, or pass --yes to confirm in a script.");
        }
        console().line("cairn repair will change the history of " + env + ":");
        plan.describe().forEach(d -> console().line("  - " + d));
        String answer = tty.readLine("Apply these %d change(s)? [y/N] ", plan.describe().size());
        if (answer == null || !answer.trim().toLowerCase(java.util.Locale.ROOT).startsWith("y")) {
            throw new CairnException(ExitCode.USAGE, "Repair cancelled: nothing was changed.");
        }
    }
}
