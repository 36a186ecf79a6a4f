package dev.cairn.report;

import dev.cairn.config.Redactor;
import dev.cairn.deploy.Checklist;
import dev.cairn.deploy.DeployResult;
import dev.cairn.deploy.DeploymentRecord;
import dev.cairn.deploy.PendingMigration;
import dev.cairn.deploy.StageRecord;

/**
 * The Markdown summary of a deploy ({@code --report FILE}, {@code $GITHUB_STEP_SUMMARY}): outcome, versions, commit,
 * approver, each stage with its time, the migrations with their SQL folded, what the rollback did and the runbook.
 */
public final class DeployReport {
    private DeployReport() {}

    public static String markdown(DeployResult r) {
        Checklist c = r.checklist();
        DeploymentRecord d = r.record();
        StringBuilder md = new StringBuilder();
        String outcome = d == null ? (r.exitCode().code() == 0 ? "planned" : "refused") : d.outcome();
        md.append("## ").append(icon(outcome)).append(" Cairn deploy to ").append(c.environment()).append(": ")
                .append(outcome.replace('_', ' ')).append("\n\n");
        md.append(r.message()).append("\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "Database", c.database());
        row(md, "Schema version", text(c.versionBefore()) + " → " + text(d == null ? c.versionAfter() : d.versionAfter()));
        row(md, "Commit", c.commit() == null ? "unknown" : "`" + c.commit() + "`" + (c.dirty() ? " (uncommitted changes)" : ""));
        if (d != null && d.approver() != null) {
            row(md, "Approved by", d.approver() + " at " + d.approvedAt());
        }
        if (d != null) {
            row(md, "Deployment", "`" + d.id() + "`");
        }
        if (r.snapshot() != null) {
            row(md, "Snapshot", "`" + r.snapshot() + "`");
        }
        md.append('\n');
        if (d != null) {
            md.append("### Stages\n\n| stage | outcome | time | detail |\n|---|---|---:|---|\n");
            for (StageRecord s : d.stages()) {
                md.append("| ").append(s.name()).append(" | ").append(icon(s.outcome())).append(' ').append(s.outcome())
                        .append(" | ").append(s.durationMs()).append(" ms | ").append(cell(s.detail())).append(" |\n");
            }
            md.append('\n');
        } else {
            md.append("### Stages planned\n\n");
            c.stages().forEach(s -> md.append("- ").append(s).append('\n'));
            md.append('\n');
        }
        if (!c.blockers().isEmpty()) {
            md.append("### Blockers\n\n");
            c.blockers().forEach(b -> md.append("- ").append(b).append('\n'));
            md.append('\n');
        }
        md.append("### Migrations (").append(c.pending().size()).append(")\n\n");
        if (c.pending().isEmpty()) {
            md.append("Nothing pending.\n\n");
        }
        for (PendingMigration p : c.pending()) {
            md.append("<details><summary><code>").append(p.script()).append("</code>: ")
                    .append(p.statements().size()).append(" statement(s)")
                    .append(p.transactional() ? ", one transaction" : ", outside a transaction").append("</summary>\n\n");
            p.findings().forEach(f -> md.append("- ").append(f.blocking() ? "❌" : "⚠️").append(" `").append(f.location())
                    .append("` ").append(f.severity().label()).append(" `").append(f.rule()).append("`: ")
                    .append(f.message().strip()).append(f.excused() ? " (excused: " + f.excuse() + ")" : "")
                    .append(f.safeAlternative() == null ? "" : " Safe: `" + f.safeAlternative().strip()
                            .replaceAll("\\s*\\n\\s*", " ") + "`").append('\n'));
            md.append("\n```sql\n").append(p.sql().strip()).append("\n```\n</details>\n\n");
        }
        if (!r.rollback().isEmpty()) {
            md.append("### Rollback\n\n");
            r.rollback().forEach(l -> md.append("- ").append(l).append('\n'));
            md.append('\n');
        }
        if (!c.notices().isEmpty()) {
            md.append("### Notices\n\n");
            c.notices().forEach(n -> md.append("- ").append(n).append('\n'));
            md.append('\n');
        }
        if (r.runbook() != null) {
            md.append("### Runbook\n\n").append(r.runbook().strip()).append("\n\n");
        }
        return Redactor.redactAll(md.toString());
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(cell(value)).append(" |\n");
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

    private static String text(String v) {
        return v == null ? "none" : v;
    }

    private static String icon(String outcome) {
        return switch (outcome) {
            case "succeeded", "ok", "planned" -> "✅";
            case "skipped" -> "⏭️";
            case "rolled_back" -> "↩️";
            default -> "❌";
        };
    }
}
