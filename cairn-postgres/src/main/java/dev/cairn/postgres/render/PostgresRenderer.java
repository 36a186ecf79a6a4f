package dev.cairn.postgres.render;

import dev.cairn.diff.Change;
import dev.cairn.diff.Change.CreateRoutine;
import dev.cairn.diff.Change.CreateTable;
import dev.cairn.diff.Change.CreateView;
import dev.cairn.diff.Change.ReplaceRoutine;
import dev.cairn.diff.ChangeSet;
import dev.cairn.dialect.Renderer;
import dev.cairn.plan.SafetyFacts;
import dev.cairn.plan.ChangeSummaries;
import dev.cairn.plan.Plan;
import dev.cairn.plan.PlannedStatement;
import dev.cairn.postgres.PostgresSafety;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders a {@link ChangeSet} as PostgreSQL statements with their reverses and safety facts: each change goes to its
 * family's renderer through {@link ChangeRenderer}; this class adds what concerns the plan as a whole.
 */
public final class PostgresRenderer {
    /**
     * The dialect's {@link Renderer}. (Java forbids an instance {@code render(ChangeSet)} beside the static one every
     * caller uses, so the class offers itself as a method reference instead of implementing the interface.)
     */
    public static final Renderer RENDERER = PostgresRenderer::render;

    private PostgresRenderer() {}

    public static Plan render(ChangeSet changes) {
        List<PlannedStatement> out = new ArrayList<>();
        List<Plan.Summary.Entry> summary = new ArrayList<>();
        boolean routines = changes.changes().stream().anyMatch(c -> c instanceof CreateRoutine || c instanceof ReplaceRoutine);
        if (routines) {
            out.add(new PlannedStatement("SET check_function_bodies = off",
                    "Check routine bodies when they run, not now (they may use objects created later)", SafetyFacts.NONE, null,
                    "RESET check_function_bodies"));
        }
        Set<String> created = createdRelations(changes);
        for (Change c : changes.changes()) {
            boolean onNew = created.contains(PostgresSafety.relationWorkedOn(c));
            for (PlannedStatement s : ChangeRenderer.render(c)) {
                out.add(onNew ? s.withFacts(s.facts().onNewRelation()) : s);
            }
            summary.add(ChangeSummaries.of(c));
        }
        return new Plan(out, changes.warnings(), Plan.Summary.of(summary));
    }

    /** Tables and views (materialized ones take indexes) that the change set creates. */
    private static Set<String> createdRelations(ChangeSet changes) {
        Set<String> created = new HashSet<>();
        for (Change c : changes.changes()) {
            if (c instanceof CreateTable t) {
                created.add(t.table().qualifiedName());
            } else if (c instanceof CreateView v) {
                created.add(v.view().qualifiedName());
            }
        }
        return created;
    }
}
