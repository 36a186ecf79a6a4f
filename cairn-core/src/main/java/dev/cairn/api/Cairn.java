package dev.cairn.api;

import dev.cairn.project.Project;
import dev.cairn.check.HookInstallation;
import dev.cairn.check.PreCommitHook;
import dev.cairn.check.ProjectCheck;
import dev.cairn.diff.DiffOptions.Rename;
import dev.cairn.drift.DriftDetector;
import dev.cairn.drift.DriftReport;
import dev.cairn.events.EventSink;
import dev.cairn.generate.Generator;
import dev.cairn.generate.SchemaDiff;
import dev.cairn.generate.SchemaPull;
import dev.cairn.migrate.MigrationState;
import dev.cairn.migrate.Version;
import dev.cairn.migrate.usecase.HistoryBaseline;
import dev.cairn.migrate.usecase.HistoryListing;
import dev.cairn.migrate.usecase.HistoryRepair;
import dev.cairn.migrate.usecase.MigrationRun;
import dev.cairn.migrate.usecase.MigrationStatus;
import dev.cairn.migrate.usecase.SumUpdate;
import dev.cairn.project.ProjectInit;
import dev.cairn.project.TargetSelection;
import dev.cairn.report.CiReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One entry to what Cairn's commands do, for a Java caller (a build plugin, the studio, a test): each method
 * is the use case the command of the same name calls, and returns the same value; {@code dev.cairn.doc} turns
 * each value into the command's JSON document. Nothing here prints or asks.
 */
public final class Cairn {
    private final Project project;

    private Cairn(Project project) {
        this.project = project;
    }

    /** The project in {@code dir} (holding cairn.yaml), its variables interpolated from {@code env}. */
    public static Cairn open(Path dir, Map<String, String> env) {
        return new Cairn(Project.load(dir, env));
    }

    public static Cairn of(Project project) {
        return new Cairn(project);
    }

    /** {@code init}: creates a project in {@code dir}, and with {@code githubWorkflows} its CI workflows. */
    public static ProjectInit init(Path dir, Map<String, String> env, boolean githubWorkflows) {
        return ProjectInit.run(dir, env, githubWorkflows);
    }

    public Project project() {
        return project;
    }

    public MigrationStatus status(TargetSelection target) {
        return MigrationStatus.read(project, target, MigrationState.Options.DEFAULT);
    }

    public MigrationStatus validate(TargetSelection target, boolean outOfOrder) {
        return MigrationStatus.read(project, target, new MigrationState.Options(null, outOfOrder));
    }

    public HistoryListing history(TargetSelection target, int limit) {
        return HistoryListing.read(project, target, limit);
    }

    public SumUpdate sum() {
        return SumUpdate.write(project);
    }

    /** Migrates behind the lint gate: pending migrations with unexcused lint errors are refused, nothing applied. */
    public MigrationRun migrate(TargetSelection target, MigrationState.Options options, boolean dryRun, EventSink events) {
        return MigrationRun.run(project, target, options, dryRun, events);
    }

    /** @param allow the lint rules whose errors do not block this run (the CLI's {@code --allow}) */
    public MigrationRun migrate(TargetSelection target, MigrationState.Options options, boolean dryRun, EventSink events,
            java.util.Collection<String> allow) {
        return MigrationRun.run(project, target, options, dryRun, events, dev.cairn.lint.LintGate.allowing(allow));
    }

    public HistoryBaseline baseline(TargetSelection target, Version version, String description, EventSink events) {
        return HistoryBaseline.record(project, target, version, description, events);
    }

    public HistoryRepair repair(TargetSelection target, EventSink events, HistoryRepair.Confirmation confirmation) {
        return HistoryRepair.run(project, target, events, confirmation);
    }

    public ProjectCheck check(ProjectCheck.Files files, boolean replay) {
        return ProjectCheck.run(project, files, replay);
    }

    public SchemaDiff diff(String from, String to, List<Rename> renames) {
        return SchemaDiff.compare(project, from, to, renames);
    }

    public Generator.Result generate(Generator.Options options) {
        return Generator.generate(project, options);
    }

    public SchemaPull pull(TargetSelection target, boolean force) {
        return SchemaPull.run(project, target, force);
    }

    public DriftReport drift(TargetSelection target, boolean alwaysReplay) {
        return DriftDetector.detect(project, target.environment(), target.url(), alwaysReplay);
    }

    /** @param database the database pending migrations are judged against, or null to judge them against git */
    public CiReport ciReport(TargetSelection database, CiReport.Options options, Consumer<String> notices) {
        return CiReport.run(project, database, options, notices);
    }

    /** @param command how the hook starts Cairn */
    public PreCommitHook.Result installHook(String command) {
        return HookInstallation.install(project, command);
    }
}
