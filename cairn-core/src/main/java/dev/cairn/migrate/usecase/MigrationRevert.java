package dev.cairn.migrate.usecase;

import dev.cairn.events.EventSink;
import dev.cairn.events.RunEvents;
import dev.cairn.migrate.RevertPlan;
import dev.cairn.migrate.RevertResult;
import dev.cairn.migrate.Reverter;
import dev.cairn.migrate.Version;
import dev.cairn.project.Project;
import dev.cairn.project.TargetLabel;
import dev.cairn.project.TargetSelection;

/**
 * {@code rollback --to V}: reverts the target's applied migrations newer than {@code V} with their revert
 * migrations, newest first (or, as a dry run, plans them), after the caller confirms the plan.
 *
 * @param target where they were reverted
 * @param result what was reverted or planned, and the failure if the run stopped or refused
 */
public record MigrationRevert(TargetLabel target, RevertResult result) {

    /**
     * Asked before a plan with at least one revert runs (never for a dry run, nor for a plan that will be refused);
     * it refuses by throwing, and nothing is changed then.
     */
    @FunctionalInterface
    public interface Confirmation {
        Confirmation ALWAYS = (target, plan) -> {};

        void confirm(TargetLabel target, RevertPlan plan);
    }

    /** @param to the version to revert to (exclusive); null or 0: every applied migration */
    public static MigrationRevert run(Project project, TargetSelection selection, Version to, boolean dryRun,
            EventSink events, Confirmation confirmation) {
        try (Project.Target t = selection.open(project)) {
            TargetLabel label = selection.label(t);
            Reverter reverter = new Reverter(t.context(new RunEvents(events, t.environment().name())));
            if (dryRun) {
                return new MigrationRevert(label, reverter.revert(to, true));
            }
            RevertPlan plan = reverter.plan(to);
            if (plan.runnable() && !plan.steps().isEmpty()) {
                confirmation.confirm(label, plan);
            }
            // Run what was confirmed, or nothing: the plan is read again under the lock and must be the same.
            return new MigrationRevert(label, reverter.revert(to, plan));
        }
    }

    /** The plan alone (for a pipeline deciding up front whether a revert is possible). */
    public static RevertPlan plan(Project project, TargetSelection selection, Version to) {
        try (Project.Target t = selection.open(project)) {
            return new Reverter(t.context(new RunEvents(EventSink.NONE, t.environment().name()))).plan(to);
        }
    }
}
