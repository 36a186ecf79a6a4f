package dev.cairn.cli;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.Project;
import dev.cairn.migrate.HistoryAdmin;
import dev.cairn.migrate.RepairPlan;
import java.util.LinkedHashMap;
import java.util.Map;
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
        try (Project.Target t = connect()) {
            var env = t.environment();
            HistoryAdmin admin = t.historyAdmin(events(env.name()));
            RepairPlan plan = admin.planRepair();
            if (plan.isEmpty()) {
                report(env.name(), targetName(t), plan, false);
                return 0;
            }
            if (!yes) {
                confirm(targetName(t), plan);
            }
            report(env.name(), targetName(t), admin.repair(plan), true);
            return 0;
        }
    }

    private void confirm(String env, RepairPlan plan) {
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

    private void report(String env, String where, RepairPlan plan, boolean applied) {
        if (console().json()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("ok", true);
            doc.put("environment", env);
            doc.put("changes", plan.describe());
            console().document(doc);
        } else if (!applied) {
            console().line("Nothing to repair: " + where + " has no failed runs that need it (cairn migrate"
                    + " retries or continues the others) and every checksum matches.");
        } else {
            console().line("Repaired the history of " + where + ":");
            plan.describe().forEach(d -> console().line("  - " + d));
        }
    }
}
