package dev.cairn.cli;

import dev.cairn.ExitCode;
import dev.cairn.deploy.Checklist;
import dev.cairn.deploy.DeployOptions;
import dev.cairn.deploy.DeployPipeline;
import dev.cairn.deploy.DeployResult;
import dev.cairn.deploy.PendingMigration;
import dev.cairn.doc.DeployDocument;
import dev.cairn.doc.Documents;
import dev.cairn.project.Project;
import dev.cairn.report.DeployReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = {"Deploy to an environment: checklist, approval, snapshot, migrate, application deploy, canary"
                + " stages with health checks, drift check; on a failed stage the environment's rollback policy.",
                "Stages are declared per environment in cairn.yaml (docs/deploy.md). The deployment is recorded in the"
                        + " database's cairn_deployments table (cairn deployments lists them)."})
final class DeployCommand extends BaseCommand {
    @Option(names = "--plan", description = "Print the checklist (checks, drift, pending migrations and their SQL,"
            + " stages) and stop; change nothing.")
    boolean plan;

    @Option(names = "--approve", description = "Approve without a prompt, for pipelines (environments with approval: required).")
    boolean approve;

    @Option(names = "--approver", paramLabel = "NAME", description = "Who approves, as recorded. Default: git's user.name,"
            + " else the OS user.")
    String approver;

    @Option(names = "--allow-drift", description = "Deploy even though the target has drifted from its migrations.")
    boolean allowDrift;

    @Option(names = "--allow", paramLabel = "RULE[,RULE…]", split = ",", description = "Deploy even though the pending"
            + " migrations have unexcused lint errors of these rules (repeatable). Without it, such errors refuse the"
            + " deploy before any stage changes anything.")
    java.util.List<String> allow = java.util.List.of();

    @Option(names = "--report", paramLabel = "FILE", description = "Write the summary as Markdown to FILE and as JSON"
            + " beside it (FILE with .json). $GITHUB_STEP_SUMMARY also gets the Markdown when set.")
    Path report;

    @Override
    int execute() {
        Project project = project();
        String env = root().environment();
        DeployResult result = new DeployPipeline(project, env, new DeployOptions(plan, allowDrift, root().url,
                new java.util.TreeSet<>(dev.cairn.lint.LintGate.allowing(allow).allowed())),
                new CliApproval(approve, "--approve", approver, project.dir(), console()),
                line -> console().progress("    " + line), eventSink()).run();
        writeReports(result);
        if (console().json()) {
            console().document(DeployDocument.of(result));
        } else {
            render(result);
        }
        return result.exitCode().code();
    }

    private void render(DeployResult r) {
        Console c = console();
        if (plan || r.record() == null) {
            renderChecklist(c, r.checklist());
            c.line("");
        }
        if (!r.rollback().isEmpty()) {
            c.line(c.bold("Rollback:"));
            r.rollback().forEach(l -> c.line("  " + l));
        }
        if (r.runbook() != null) {
            c.line("");
            c.line(r.runbook().strip());
            c.line("");
        }
        if (r.exitCode() == ExitCode.OK) {
            c.line(c.green(r.message()) + (r.record() == null ? "" : " Deployment " + r.record().shortId() + "."));
        } else {
            c.failure(r.exitCode(), r.message(), null);
        }
    }

    static void renderChecklist(Console c, Checklist k) {
        c.line(c.bold("Deploy checklist for " + k.environment()) + " (" + k.database() + ")");
        c.line("  commit          " + (k.commit() == null ? "unknown (not a git repository)" : k.commit())
                + (k.dirty() ? c.yellow("  (uncommitted changes)") : ""));
        c.line("  schema version  " + text(k.versionBefore()) + " → " + text(k.versionAfter()));
        c.line("  checks          " + (k.checks().ok() ? c.green("ok") : c.red(k.checks().problems().size() + " problem(s)")));
        c.line("  drift           " + (k.drift() == null ? c.yellow("not checked: " + k.driftError())
                : k.drift().drifted() ? c.red(k.drift().differences().size() + " difference(s), " + k.drift().history().size()
                        + " history finding(s)") : c.green("none")));
        c.line("  reverts         " + (k.reverts() ? "every pending migration has one"
                : "missing for " + String.join(", ", k.missingReverts())));
        c.line("");
        c.line(c.bold("Pending migrations (" + k.pending().size() + ")"));
        if (k.pending().isEmpty()) {
            c.line("  none");
        }
        for (PendingMigration p : k.pending()) {
            c.line("  " + p.script() + "  " + c.dim((p.transactional() ? "one transaction" : "outside a transaction") + ", "
                    + p.statements().size() + " statement(s): " + String.join(", ", new java.util.LinkedHashSet<>(p.statements()))));
            p.findings().forEach(f -> c.line("    " + (f.blocking() ? c.red("! ") : c.yellow("! ")) + f.location() + "  "
                    + f.severity().label() + "  " + f.rule() + "  " + f.message().strip()
                    + (f.excused() ? "  (excused: " + f.excuse() + ")" : "")
                    + (f.safeAlternative() == null ? "" : "\n      safe: " + f.safeAlternative().strip())));
            p.sql().strip().lines().forEach(l -> c.line("    | " + l));
        }
        c.line("");
        c.line(c.bold("Last applied"));
        if (k.recent().isEmpty()) {
            c.line("  nothing yet");
        }
        k.recent().forEach(a -> c.line("  " + a.script() + "  " + c.dim(a.type() + ", " + a.appliedAt() + " by " + a.appliedBy())));
        c.line("");
        c.line(c.bold("Stages"));
        for (int i = 0; i < k.stages().size(); i++) {
            c.line("  " + (i + 1) + ". " + k.stages().get(i));
        }
        if (!k.notices().isEmpty()) {
            c.line("");
            k.notices().forEach(c::notice);
        }
        if (!k.blockers().isEmpty()) {
            c.line("");
            c.line(c.bold(c.red("Blockers")));
            k.blockers().forEach(b -> c.line("  - " + b));
        }
    }

    private static String text(String v) {
        return v == null ? "none" : v;
    }

    private void writeReports(DeployResult r) {
        String markdown = DeployReport.markdown(r);
        if (report != null) {
            String name = report.getFileName().toString();
            Path json = report.resolveSibling(name.endsWith(".md") ? name.substring(0, name.length() - 3) + ".json"
                    : name + ".json");
            write(report, markdown, false);
            write(json, Documents.json(DeployDocument.of(r)) + "\n", false);
        }
        String summary = root().env.get("GITHUB_STEP_SUMMARY");
        if (summary != null && !summary.isBlank()) {
            write(Path.of(summary), markdown, true);
        }
    }

    /** A report that cannot be written is a notice: the deploy has happened, and its exit code must say how it went. */
    private void write(Path file, String text, boolean append) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            console().notice("Cannot write the deploy report to " + file + ": " + e.getMessage() + ". The deployment"
                    + " itself is recorded in the database: cairn --env " + root().environment() + " deployments.");
        }
    }
}
