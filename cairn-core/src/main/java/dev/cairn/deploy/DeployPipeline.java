package dev.cairn.deploy;

import dev.cairn.exec.ShellCommand;
import dev.cairn.CairnException;
import dev.cairn.Cancellation;
import dev.cairn.ExitCode;
import dev.cairn.config.DeploySettings;
import dev.cairn.config.DeploySettings.RollbackPolicy;
import dev.cairn.config.Redactor;
import dev.cairn.deploy.snapshot.Snapshot;
import dev.cairn.deploy.snapshot.SnapshotProvider;
import dev.cairn.deploy.snapshot.SnapshotProviders;
import dev.cairn.drift.DriftDetector;
import dev.cairn.drift.DriftReport;
import dev.cairn.events.EventSink;
import dev.cairn.events.RunEvents;
import dev.cairn.migrate.MigrateResult;
import dev.cairn.migrate.MigrationState;
import dev.cairn.migrate.RevertPlan;
import dev.cairn.migrate.RevertResult;
import dev.cairn.migrate.Reverter;
import dev.cairn.migrate.Version;
import dev.cairn.project.Project;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * {@code cairn deploy}: checklist → approval → snapshot → migrate → application → canary → drift check, each stage a
 * progress line and an event, and on a failed stage the environment's rollback policy (the application's rollback
 * command, then revert migrations, a snapshot restore, or the runbook). The deployment is recorded in the target's
 * {@code cairn_deployments} table.
 */
public final class DeployPipeline {
    private final Project project;
    private final String envName;
    private final DeployOptions options;
    private final Approval.Gate gate;
    private final Consumer<String> output;
    private final RunEvents events;
    private final DeploySettings settings;
    private final String id = UUID.randomUUID().toString();
    private final List<StageRecord> stages = new ArrayList<>();

    /**
     * @param output receives the output lines of the application's commands, redacted
     * @param sink receives the deploy's events (stages, migrations, health checks, rollback)
     */
    public DeployPipeline(Project project, String envName, DeployOptions options, Approval.Gate gate,
            Consumer<String> output, EventSink sink) {
        this.project = project;
        this.envName = envName;
        this.options = options;
        this.gate = gate;
        this.output = output;
        this.events = new RunEvents(sink, envName);
        this.settings = project.config().deploy(envName);
    }

    public DeployResult run() {
        Instant started = Instant.now();
        try (Project.Target target = project.connect(envName, options.urlOverride())) {
            events.emit("run.started", "command", "deploy", "database", target.db().describe(), "deployment", id,
                    "dryRun", options.planOnly());
            DeployResult result;
            try {
                result = run(target, started);
            } catch (CairnException e) {
                // Unreachable database, broken configuration…: the sinks still learn that the deploy ended, and how.
                events.emit("deploy.finished", "deployment", id, "status", "failed", "durationMs", millisSince(started),
                        "error", e.getMessage());
                events.emit("run.finished", "command", "deploy", "status", e.exitCode().name().toLowerCase(),
                        "durationMs", millisSince(started), "exitCode", e.exitCode().code());
                throw e;
            }
            events.emit("deploy.finished", "deployment", id, "status", result.record() != null ? result.record().outcome()
                    : options.planOnly() && result.exitCode() == ExitCode.OK ? "planned" : "refused", "versionBefore", result.checklist().versionBefore(), "versionAfter",
                    result.record() == null ? null : result.record().versionAfter(), "durationMs", millisSince(started));
            events.emit("run.finished", "command", "deploy", "status", result.exitCode() == ExitCode.OK ? "ok"
                    : result.exitCode().name().toLowerCase(), "durationMs", millisSince(started), "exitCode",
                    result.exitCode().code());
            return result;
        }
    }

    private DeployResult run(Project.Target target, Instant started) {
        Stage checklistStage = start("checklist");
        Checklist checklist = Checklist.build(project, target, settings, options.allowDrift(), options.urlOverride(),
                options.lintGate());
        if (options.planOnly()) {
            checklistStage.ok("plan only");
            return DeployResult.planned(checklist);
        }
        if (!checklist.ready()) {
            for (dev.cairn.lint.Finding f : options.lintGate().blocking(checklist.lint())) {
                if (f.layer() != dev.cairn.lint.Layer.STATIC) {
                    continue; // shown in the checklist, not a blocker (see Checklist.build)
                }
                events.emit("lint.blocked", "script", f.file(), "line", f.line(), "rule", f.rule(), "object", f.object(),
                        "message", f.message());
            }
            checklistStage.failed(checklist.blockers().size() + " blocker(s)");
            return new DeployResult(checklist, null, ExitCode.PROBLEMS, "Deploy to " + envName + " refused, nothing changed: "
                    + String.join("; ", checklist.blockers()), null, null, List.of());
        }
        try {
            checkCommands(placeholders(checklist));
        } catch (CairnException e) {
            checklistStage.failed(e.getMessage());
            return new DeployResult(checklist, null, e.exitCode(), e.getMessage() + " Nothing was changed.", null, null,
                    List.of());
        }
        checklistStage.ok(checklist.pending().size() + " pending migration(s)");

        Approval approval = null;
        if (settings.approvalRequired()) {
            Stage s = start("approval");
            try {
                approval = gate.approve(envName, "Approval needed: deploying " + checklist.pending().size()
                        + " migration(s) (" + versionText(checklist.versionBefore()) + " → "
                        + versionText(checklist.versionAfter()) + ") and the application at "
                        + shortCommit(checklist.commit()) + " to " + envName + " requires approval (approval: required)");
            } catch (CairnException e) {
                s.failed(e.getMessage());
                return new DeployResult(checklist, null, e.exitCode(), e.getMessage(), null, null, List.of());
            }
            s.ok("approved by " + approval.approver() + " (" + approval.how() + ")");
        } else {
            skip("approval", "not required for " + envName);
        }
        return deploy(target, checklist, approval, started);
    }

    /** From the snapshot on: every stage after this point may need a rollback. */
    private DeployResult deploy(Project.Target target, Checklist checklist, Approval approval, Instant started) {
        Map<String, String> placeholders = placeholders(checklist);
        boolean pending = !checklist.pending().isEmpty();
        SnapshotProvider snapshots = null;
        Snapshot snapshot = null;
        if (settings.snapshot() != null && pending) {
            Stage s = start("snapshot");
            try {
                snapshots = SnapshotProviders.open(target, settings.snapshot(), events);
                snapshot = snapshots.create("before deploy " + id.substring(0, 8));
                s.ok(snapshot.provider() + " " + snapshot.id());
            } catch (CairnException e) {
                s.failed(e.getMessage());
                return finish(target, checklist, approval, started, DeploymentRecord.FAILED, "snapshot", e.exitCode(),
                        "The snapshot before migrating failed, so nothing was changed: " + e.getMessage(), null, null,
                        List.of());
            }
        } else {
            skip("snapshot", settings.snapshot() == null ? "no snapshot: in cairn.yaml" : "nothing to migrate");
        }

        Failure failure = null;
        if (pending) {
            Stage s = start("migrate");
            MigrateResult r = target.migrator(events).migrate(MigrationState.Options.DEFAULT, false, options.lintGate());
            if (r.failure() == null) {
                s.ok("applied " + r.steps().size() + " migration(s)");
            } else {
                s.failed(r.failure().message());
                failure = new Failure("migrate", r.failure().exitCode(), r.failure().message());
            }
        } else {
            skip("migrate", "nothing pending");
        }

        boolean appStarted = false;
        if (failure == null && settings.app() != null) {
            Stage s = start("app");
            appStarted = true;
            ShellCommand.Result r = ShellCommand.run(settings.app().deploy(), placeholders, project.dir(), Map.of(),
                    settings.app().timeout(), output);
            if (r.ok()) {
                s.ok(ShellCommand.render(settings.app().deploy(), placeholders));
            } else {
                s.failed(r.describe());
                failure = new Failure("app", r.cancelled() ? cancelledCode() : ExitCode.DATABASE,
                        "The application deploy failed: " + r.describe());
            }
        } else if (failure == null) {
            skip("app", "no app: in cairn.yaml");
        }

        if (failure == null && settings.canary() != null) {
            Stage s = start("canary");
            CanaryRollout.Outcome o = new CanaryRollout(project.dir(), Map.of(), settings.app() == null ? null
                    : settings.app().timeout(), output, events).run(settings.canary(), placeholders);
            if (o.ok()) {
                s.ok(o.stages().size() + " stage(s) healthy");
            } else {
                s.failed(o.failed().reason());
                failure = new Failure("canary", o.failed().cancelled() ? cancelledCode() : ExitCode.DATABASE,
                        "The canary failed: " + o.failed().reason());
            }
        } else if (failure == null) {
            skip("canary", "no canary: in cairn.yaml");
        }

        if (failure != null) {
            return rollBack(target, checklist, approval, started, failure, appStarted, snapshots, snapshot, placeholders);
        }

        Stage drift = start("drift");
        ExitCode exit = ExitCode.OK;
        String message = "Deployed to " + envName + ": " + versionText(checklist.versionBefore()) + " → "
                + versionText(checklist.versionAfter()) + ".";
        try {
            DriftReport report = DriftDetector.detect(project, envName, options.urlOverride());
            if (report.drifted()) {
                drift.failed(report.differences().size() + " difference(s), " + report.history().size() + " history finding(s)");
                exit = ExitCode.PROBLEMS;
                message += " The drift check after it found differences: run `cairn --env " + envName + " drift`.";
            } else {
                drift.ok("no drift");
            }
        } catch (CairnException e) {
            drift.failed(e.getMessage());
            exit = ExitCode.PROBLEMS;
            message += " The drift check after it could not run: " + e.getMessage();
        }
        if (snapshots != null && settings.snapshot().keep() > 0) {
            pruneQuietly(snapshots);
        }
        return finish(target, checklist, approval, started, DeploymentRecord.SUCCEEDED, null, exit, message,
                snapshot == null ? null : snapshot.id(), null, List.of());
    }

    private record Failure(String stage, ExitCode exitCode, String message) {}

    /**
     * Every command the deploy may run, expanded once before anything changes: a placeholder the command does not
     * know would otherwise stop the deploy half-way (after the migrations, before the application).
     */
    private void checkCommands(Map<String, String> placeholders) {
        if (settings.app() != null) {
            ShellCommand.expand(settings.app().deploy(), placeholders);
            if (settings.app().rollback() != null) {
                ShellCommand.expand(settings.app().rollback(), placeholders);
            }
        }
        if (settings.canary() != null && settings.canary().command() != null) {
            ShellCommand.expand(settings.canary().command(), CanaryRollout.stagePlaceholders(placeholders, 100));
        }
    }

    /** The environment's rollback policy after a failed stage: the application first, then the database. */
    private DeployResult rollBack(Project.Target target, Checklist checklist, Approval approval, Instant started,
            Failure failure, boolean appStarted, SnapshotProvider snapshots, Snapshot snapshot,
            Map<String, String> placeholders) {
        if (failure.exitCode() == ExitCode.INTERRUPTED || failure.exitCode() == ExitCode.TERMINATED) {
            // A person stopped the deploy: undoing it automatically would be a second surprise. Say where it stands.
            skip("rollback", "stopped by " + failure.exitCode().name().toLowerCase() + "; nothing rolled back");
            String message = "Deploy to " + envName + " stopped at " + failure.stage() + ": "
                    + sentence(failure.message()) + " Nothing was rolled back.";
            return finish(target, checklist, approval, started, DeploymentRecord.CANCELLED, failure.stage(),
                    failure.exitCode(), message, snapshot == null ? null : snapshot.id(),
                    runbook(target, checklist, snapshot), List.of());
        }
        Stage s = start("rollback");
        events.emit("rollback.started", "deployment", id, "failedStage", failure.stage(), "policy", settings.rollback().key());
        List<String> done = new ArrayList<>();
        boolean ok = true;
        if (appStarted && settings.app().rollback() != null) {
            ShellCommand.Result r = ShellCommand.run(settings.app().rollback(), placeholders, project.dir(), Map.of(),
                    settings.app().timeout(), output);
            done.add("application rollback: " + (r.ok() ? "ok" : r.describe()));
            ok &= r.ok();
        } else if (appStarted) {
            done.add("application rollback: no app.rollback command in cairn.yaml; the new application version stays");
        }
        String runbook = null;
        String current = currentVersion(target);
        boolean databaseChanged = !java.util.Objects.equals(current, checklist.versionBefore());
        if (!databaseChanged) {
            done.add("database: nothing to undo (still at " + versionText(current) + ")");
        } else if (settings.rollback() == RollbackPolicy.REVERT) {
            Reverter reverter = new Reverter(target.context(events));
            Version to = checklist.versionBefore() == null ? Version.parse("0") : Version.parse(checklist.versionBefore());
            RevertPlan plan = reverter.plan(to);
            if (!plan.runnable()) {
                ok = false;
                done.add("database: revert not possible: " + plan.missingMessage(envName));
                runbook = runbook(target, checklist, snapshot);
            } else {
                RevertResult r = reverter.revert(to, plan);
                if (r.failure() == null) {
                    done.add("database: reverted " + r.steps().size() + " migration(s) to " + versionText(checklist.versionBefore()));
                } else {
                    ok = false;
                    done.add("database: revert failed: " + r.failure().message());
                    runbook = runbook(target, checklist, snapshot);
                }
            }
        } else if (settings.rollback() == RollbackPolicy.SNAPSHOT && snapshot != null) {
            try {
                snapshots.restore(snapshot.id());
                done.add("database: restored snapshot " + snapshot.id());
            } catch (CairnException e) {
                ok = false;
                done.add("database: snapshot restore failed: " + e.getMessage());
                runbook = runbook(target, checklist, snapshot);
            }
        } else {
            ok = false;
            done.add("database: left at " + versionText(current) + " (rollback: " + settings.rollback().key() + ")"
                    + (settings.rollback() == RollbackPolicy.SNAPSHOT ? "; no snapshot was taken" : ""));
            runbook = runbook(target, checklist, snapshot);
        }
        if (ok) {
            s.ok(String.join("; ", done));
        } else {
            s.failed(String.join("; ", done));
        }
        events.emit("rollback.finished", "deployment", id, "status", ok ? "ok" : "failed", "durationMs", s.elapsed());
        String outcome = ok ? DeploymentRecord.ROLLED_BACK : runbook != null && settings.rollback() == RollbackPolicy.RUNBOOK
                ? DeploymentRecord.FAILED : DeploymentRecord.ROLLBACK_FAILED;
        String message = "Deploy to " + envName + " failed at " + failure.stage() + ": " + sentence(failure.message())
                + " " + (ok ? "Rolled back: " : "Rollback: ") + String.join("; ", done) + ".";
        return finish(target, checklist, approval, started, outcome, failure.stage(), failure.exitCode(), message,
                snapshot == null ? null : snapshot.id(), runbook, done);
    }

    private String runbook(Project.Target target, Checklist checklist, Snapshot snapshot) {
        return Runbook.of(project, envName, settings, currentVersion(target), checklist.versionBefore(),
                snapshot == null ? null : snapshot.id()).render();
    }

    private DeployResult finish(Project.Target target, Checklist checklist, Approval approval, Instant started,
            String outcome, String failedStage, ExitCode exit, String message, String snapshot, String runbook,
            List<String> rollback) {
        DeploymentRecord record = new DeploymentRecord(id, envName, checklist.versionBefore(), currentVersion(target),
                checklist.commit(), approval == null ? null : approval.approver(), approval == null ? null : approval.at(),
                started, Instant.now(), outcome, failedStage, stages);
        try (Connection c = target.db().open()) {
            DeploymentLog log = DeploymentLog.beside(project.historyTable(target.environment()));
            log.create(c);
            log.insert(c, record);
        } catch (SQLException e) {
            message += " The deployment record could not be written to " + target.db().describe() + ": "
                    + Redactor.redactAll(e.getMessage()) + ".";
        }
        return new DeployResult(checklist, record, exit, message, snapshot, runbook, rollback);
    }

    /** The newest applied version now, read again (a failed migrate or a rollback moved it). */
    private String currentVersion(Project.Target target) {
        return Checklist.newestApplied(target.migrator(new RunEvents(EventSink.NONE, envName))
                .state(MigrationState.Options.DEFAULT));
    }

    private void pruneQuietly(SnapshotProvider snapshots) {
        try {
            snapshots.prune(settings.snapshot().keep());
        } catch (CairnException e) {
            output.accept("warning: old snapshots could not be pruned: " + e.getMessage());
        }
    }

    private Map<String, String> placeholders(Checklist c) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("env", envName);
        p.put("version", versionText(c.versionAfter()));
        p.put("previousVersion", versionText(c.versionBefore()));
        p.put("commit", c.commit() == null ? "unknown" : c.commit());
        p.put("deployment", id);
        return p;
    }

    private static ExitCode cancelledCode() {
        return Cancellation.process().requested().map(r -> r.exitCode()).orElse(ExitCode.INTERRUPTED);
    }

    /** A message as a sentence: ends with a stop. */
    private static String sentence(String s) {
        String t = s.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }

    static String versionText(String v) {
        return v == null ? "none" : v;
    }

    private static String shortCommit(String commit) {
        return commit == null ? "an unknown commit" : commit.substring(0, Math.min(12, commit.length()));
    }

    private static long millisSince(Instant t) {
        return java.time.Duration.between(t, Instant.now()).toMillis();
    }

    private void skip(String name, String why) {
        stages.add(StageRecord.skipped(name, why));
        events.emit("stage.finished", "stage", name, "outcome", StageRecord.SKIPPED, "durationMs", 0L, "detail", why);
    }

    private Stage start(String name) {
        events.emit("stage.started", "stage", name);
        return new Stage(name, Instant.now(), System.nanoTime());
    }

    /** A running stage: ends once, as ok or failed, with its timing recorded and announced. */
    private final class Stage {
        private final String name;
        private final Instant at;
        private final long nanos;

        Stage(String name, Instant at, long nanos) {
            this.name = name;
            this.at = at;
            this.nanos = nanos;
        }

        long elapsed() {
            return (System.nanoTime() - nanos) / 1_000_000;
        }

        void ok(String detail) {
            end(StageRecord.OK, detail);
        }

        void failed(String detail) {
            end(StageRecord.FAILED, detail);
        }

        private void end(String outcome, String detail) {
            String line = Redactor.redactAll(detail);
            stages.add(new StageRecord(name, outcome, at, elapsed(), line));
            events.emit("stage.finished", "stage", name, "outcome", outcome, "durationMs", elapsed(), "detail", line);
        }
    }
}
