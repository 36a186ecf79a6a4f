package dev.cairn.migrate.usecase;

import dev.cairn.project.Project;
import dev.cairn.events.EventSink;
import dev.cairn.events.RunEvents;
import dev.cairn.migrate.HistoryAdmin;
import dev.cairn.migrate.RepairPlan;
import dev.cairn.project.TargetLabel;
import dev.cairn.project.TargetSelection;

/**
 * {@code repair}: removes failed runs from the history and records the current checksum of applied
 * migrations whose files changed, after the caller confirms the plan.
 *
 * @param target  where it was repaired
 * @param plan    the changes (empty: nothing to repair)
 * @param applied whether they were made (false only when there was nothing to do)
 */
public record HistoryRepair(TargetLabel target, RepairPlan plan, boolean applied) {

    /** Asked before a non-empty plan is applied; it refuses by throwing (nothing is changed then). */
    @FunctionalInterface
    public interface Confirmation {
        Confirmation ALWAYS = (target, plan) -> {};

        void confirm(TargetLabel target, RepairPlan plan);
    }

    public static HistoryRepair run(Project project, TargetSelection selection, EventSink events, Confirmation confirmation) {
        try (Project.Target t = selection.open(project)) {
            TargetLabel label = selection.label(t);
            HistoryAdmin admin = t.historyAdmin(new RunEvents(events, t.environment().name()));
            RepairPlan plan = admin.planRepair();
            if (plan.isEmpty()) {
                return new HistoryRepair(label, plan, false);
            }
            confirmation.confirm(label, plan);
            return new HistoryRepair(label, admin.repair(plan), true);
        }
    }
}
