package dev.cairn.doc;

import dev.cairn.deploy.Checklist;
import dev.cairn.deploy.DeployResult;
import dev.cairn.deploy.DeploymentRecord;
import dev.cairn.deploy.PendingMigration;
import dev.cairn.deploy.StageRecord;
import java.util.List;

/**
 * {@code cairn deploy --json} (and {@code --plan --json}): the checklist, then what the deploy did. {@code deployment},
 * {@code outcome} and {@code stages} are null for a plan and for a deploy refused before it changed anything.
 */
public record DeployDocument(boolean ok, int exitCode, String message, String environment, String database,
        String deployment, String outcome, String failedStage, String versionBefore, String versionAfter, String commit,
        boolean dirty, String approver, String approvedAt, Checklist checklist, List<Stage> stages, String snapshot,
        List<String> rollback, String runbook) {

    /** The checklist as a document. */
    public record Checklist(boolean ready, List<String> blockers, List<String> notices, List<String> plannedStages,
            boolean checksOk, List<ProblemItem> checkProblems, Boolean drifted, List<DifferenceItem> driftDifferences,
            String driftError, List<Pending> pending, List<Applied> recent, boolean reverts,
            List<String> missingReverts, List<String> lintLayers) {}

    /** A pending migration: its statements' kinds, its lint findings (both layers) and its SQL. */
    public record Pending(String script, String version, String description, boolean transactional,
            List<String> statements, List<LintItem> findings, String sql) {
        static Pending of(PendingMigration p) {
            return new Pending(p.script(), p.version(), p.description(), p.transactional(), p.statements(),
                    LintItem.of(p.findings()), p.sql());
        }
    }

    /** An applied migration, newest first. */
    public record Applied(String script, String version, String type, String appliedAt, String appliedBy) {}

    /** A stage as the deployment record holds it. */
    public record Stage(String name, String outcome, String startedAt, long durationMs, String detail) {
        static Stage of(StageRecord s) {
            return new Stage(s.name(), s.outcome(), s.startedAt() == null ? null : s.startedAt().toString(), s.durationMs(),
                    s.detail());
        }
    }

    public static DeployDocument of(DeployResult r) {
        dev.cairn.deploy.Checklist c = r.checklist();
        DeploymentRecord d = r.record();
        Checklist checklist = new Checklist(c.ready(), c.blockers(), c.notices(), c.stages(), c.checks().ok(),
                ProblemItem.of(c.checks().problems()), c.drift() == null ? null : c.drift().drifted(),
                c.drift() == null ? List.of() : DifferenceItem.of(c.drift().differences()), c.driftError(), c.pending().stream().map(Pending::of).toList(),
                c.recent().stream().map(a -> new Applied(a.script(), a.version(), a.type(),
                        a.appliedAt() == null ? null : a.appliedAt().toString(), a.appliedBy())).toList(),
                c.reverts(), c.missingReverts(), c.lintExecuted() ? List.of("static", "executed") : List.of("static"));
        return new DeployDocument(r.exitCode().code() == 0, r.exitCode().code(), r.message(), c.environment(), c.database(),
                d == null ? null : d.id(), d == null ? null : d.outcome(), d == null ? null : d.failedStage(),
                c.versionBefore(), d == null ? c.versionAfter() : d.versionAfter(), c.commit(), c.dirty(),
                d == null ? null : d.approver(), d == null || d.approvedAt() == null ? null : d.approvedAt().toString(),
                checklist, d == null ? null : d.stages().stream().map(Stage::of).toList(), r.snapshot(), r.rollback(),
                r.runbook());
    }
}
