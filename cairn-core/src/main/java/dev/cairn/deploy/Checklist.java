package dev.cairn.deploy;

import dev.cairn.CairnException;
import dev.cairn.check.CheckReport;
import dev.cairn.config.DeploySettings;
import dev.cairn.drift.DriftDetector;
import dev.cairn.drift.DriftReport;
import dev.cairn.lint.Finding;
import dev.cairn.lint.LintGate;
import dev.cairn.lint.LintOptions;
import dev.cairn.lint.LintReport;
import dev.cairn.lint.executed.LintRun;
import dev.cairn.migrate.HistoryEntry;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationKind;
import dev.cairn.migrate.MigrationState;
import dev.cairn.migrate.SqlErrors;
import dev.cairn.migrate.SumFile;
import dev.cairn.project.Git;
import dev.cairn.project.Project;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a deploy will do and what stands against it, computed before anything changes: the offline checks, the
 * target's drift, the pending migrations with their SQL and risky facts, the last applied migrations, the commit
 * being deployed, and the stages the environment runs. {@code cairn deploy --plan} prints it and stops.
 *
 * @param versionBefore the newest applied version (null: none)
 * @param versionAfter the version after the pending migrations (the current one when nothing is pending)
 * @param commit the git commit of the project (null outside a repository)
 * @param dirty whether the work tree has uncommitted changes under the project
 * @param drift null when it could not be checked ({@code driftError} says why)
 * @param reverts whether every pending migration has a revert ({@code U} file), so {@code rollback: revert} can work
 * @param blockers why the deploy must not start (failed checks, drift, an invalid history, lint errors); empty when it
 *                 may
 * @param lint the lint of the pending migrations, both layers (the executed one ranked by the target's table sizes)
 * @param lintExecuted whether the executed layer ran
 */
public record Checklist(String environment, String database, String versionBefore, String versionAfter, String commit,
        boolean dirty, CheckReport checks, DriftReport drift, String driftError, List<PendingMigration> pending,
        List<Applied> recent, boolean reverts, List<String> missingReverts, List<String> stages, List<String> blockers,
        List<String> notices, LintReport lint, boolean lintExecuted) {

    /** How many applied migrations the checklist shows. */
    static final int RECENT = 5;

    public Checklist {
        pending = List.copyOf(pending);
        recent = List.copyOf(recent);
        missingReverts = List.copyOf(missingReverts);
        stages = List.copyOf(stages);
        blockers = List.copyOf(blockers);
        notices = List.copyOf(notices);
    }

    /** One applied migration, newest first. */
    public record Applied(String script, String version, String type, Instant appliedAt, String appliedBy) {}

    public boolean ready() {
        return blockers.isEmpty();
    }

    /**
     * @param allowDrift drift is reported but does not block
     * @param gate which lint errors block (those of rules it does not allow)
     * @throws CairnException DATABASE when the target cannot be read
     */
    public static Checklist build(Project project, Project.Target target, DeploySettings settings, boolean allowDrift,
            String urlOverride, LintGate gate) {
        String env = target.environment().name();
        MigrationDirectory dir = project.migrations();
        List<String> blockers = new ArrayList<>();
        List<String> notices = new ArrayList<>();

        // Without the check's lint of uncommitted migrations: the pending ones are linted below, against this target.
        CheckReport checks = dev.cairn.check.OfflineCheck.run(project.config(),
                dev.cairn.check.ProjectFiles.workTree(project.config()));
        checks.problems().forEach(p -> blockers.add("check: " + p.message()));

        List<HistoryEntry> history;
        try (Connection c = target.db().open()) {
            history = project.historyTable(target.environment()).read(c);
        } catch (SQLException e) {
            throw SqlErrors.connectionFailure(target.db(), e);
        }
        MigrationState state = MigrationState.of(dir, SumFile.read(dir), history, MigrationState.Options.DEFAULT);
        state.problems().forEach(p -> blockers.add(p.message()));
        state.notices().forEach(notices::add);

        DriftReport drift = null;
        String driftError = null;
        try {
            drift = DriftDetector.detect(project, env, urlOverride);
            if (drift.drifted()) {
                String what = drift.differences().size() + " difference(s) and " + drift.history().size()
                        + " history finding(s)";
                (allowDrift ? notices : blockers).add(env + " has drifted from its applied migrations (" + what + "): run"
                        + " `cairn --env " + env + " drift` to see them" + (allowDrift ? "; deploying anyway (--allow-drift)."
                                : "; fix the drift first, or pass --allow-drift to deploy over it."));
            }
        } catch (CairnException e) {
            driftError = e.getMessage();
            notices.add("The drift check could not run: " + e.getMessage());
        }

        // Both layers for the reviewer; the static layer's errors (what the migrate stage's gate refuses) block here
        // already, before any stage changes anything.
        LintRun lint = state.pending().isEmpty() ? new LintRun(LintReport.EMPTY, List.of(), false)
                : LintRun.of(dir, state.pending(), LintOptions.defaults().withLockTimeout(target.environment().lockTimeout()),
                        new LintRun.Executed(project.scratchMajor(), target.db(), target.environment().timeout()));
        if (lint.note() != null) {
            notices.add(lint.note());
        }
        // The static layer gates (as in the migrate stage, so --allow means the same in both); the executed layer's
        // errors are shown to the reviewer, and `cairn lint` and the CI report fail on them.
        LintReport statics = new LintReport(lint.report().findings().stream()
                .filter(f -> f.layer() == dev.cairn.lint.Layer.STATIC).toList());
        for (Finding f : gate.blocking(statics)) {
            blockers.add("lint: " + LintGate.explain(f));
        }
        List<PendingMigration> pending = state.pending().stream().map(s -> PendingMigration.of(s, lint.report())).toList();
        List<String> missingReverts = state.pending().stream()
                .filter(s -> s.kind() == MigrationKind.VERSIONED && dir.revertOf(s.version()).isEmpty())
                .map(s -> s.name()).toList();
        String before = newestApplied(state);
        String after = state.pending().stream().filter(s -> s.version() != null).map(s -> s.version())
                .max(Comparator.naturalOrder()).map(Object::toString).orElse(before);
        List<Applied> recent = history.stream().filter(HistoryEntry::success)
                .sorted(Comparator.comparingLong(HistoryEntry::rank).reversed()).limit(RECENT)
                .map(h -> new Applied(h.script(), h.version(), h.type(), h.appliedAt(), h.appliedBy())).toList();

        Git git = Git.in(project.dir());
        String commit = git.resolve("HEAD").orElse(null);
        boolean dirty = commit != null && !git.run(null, "status", "--porcelain", "--", ".").text().isBlank();
        if (dirty) {
            notices.add("The work tree has uncommitted changes: the deploy records commit " + commit.substring(0, 12)
                    + ", which does not hold them.");
        }
        if (settings.rollback() == DeploySettings.RollbackPolicy.REVERT && !missingReverts.isEmpty()) {
            notices.add("rollback: revert, but " + String.join(", ", missingReverts) + " " + (missingReverts.size() == 1
                    ? "has" : "have") + " no revert (U file): a failed deploy would stop and print the runbook instead.");
        }
        return new Checklist(env, target.db().describe(), before, after, commit, dirty, checks, drift, driftError, pending,
                recent, missingReverts.isEmpty(), missingReverts, stages(settings, pending.isEmpty()), blockers, notices,
                lint.report(), lint.executed());
    }

    /** The newest applied version (the baseline when nothing after it is applied); null when there is none. */
    static String newestApplied(MigrationState state) {
        return state.applied().stream().filter(h -> h.version() != null && !h.isRepeatable())
                .map(h -> dev.cairn.migrate.Version.parse(h.version())).max(Comparator.naturalOrder())
                .map(Object::toString).orElse(state.baseline().map(Object::toString).orElse(null));
    }

    /** The stages this environment runs, in order, as one line each. */
    static List<String> stages(DeploySettings s, boolean nothingPending) {
        List<String> out = new ArrayList<>();
        out.add("checklist");
        out.add(s.approvalRequired() ? "approval: required" : "approval: not required");
        out.add(s.snapshot() == null ? "snapshot: none configured"
                : nothingPending ? "snapshot: skipped, nothing to migrate" : "snapshot: " + s.snapshot().provider());
        out.add(nothingPending ? "migrate: nothing pending" : "migrate");
        out.add(s.app() == null ? "application: none configured" : "application: " + s.app().deploy());
        out.add(s.canary() == null ? "canary: none configured" : "canary: " + s.canary().stages().stream()
                .map(p -> p + "%").reduce((a, b) -> a + " → " + b).orElse("") + ", health " + s.canary().health().url());
        out.add("drift check");
        out.add("on failure: " + (s.app() != null && s.app().rollback() != null ? "application rollback, then " : "")
                + switch (s.rollback()) {
                    case REVERT -> "revert migrations";
                    case SNAPSHOT -> "restore the snapshot";
                    case RUNBOOK -> "print the runbook";
                });
        return out;
    }
}
