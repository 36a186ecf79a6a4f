package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.plan.Plan;
import dev.cairn.plan.PlannedStatement;
import dev.cairn.plan.SafetyFacts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Plan#needsCommitSplit()} and {@link Plan#transactions()}: new enum values used in the same plan. */
class PlanSplitTest {
    static PlannedStatement addValue(String sql) {
        return new PlannedStatement(sql, "add", SafetyFacts.NONE.usableAfterCommit(true), "public.st");
    }

    static PlannedStatement other(String sql) {
        return new PlannedStatement(sql, "other", SafetyFacts.NONE, "public.t");
    }

    static Plan plan(PlannedStatement... s) {
        return new Plan(List.of(s), List.of(), new Plan.Summary(Map.of()));
    }

    @Test
    void aValueUsedLaterSplitsTheAdditionsFirst() {
        Plan p = plan(other("DROP INDEX public.i"), addValue("ALTER TYPE public.st ADD VALUE 'c' AFTER 'b'"),
                other("ALTER TABLE public.t ALTER COLUMN s SET DEFAULT 'c'::st"));
        assertThat(p.needsCommitSplit()).isTrue();
        List<Plan> parts = p.transactions();
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).toSql()).contains("ADD VALUE 'c'").doesNotContain("DROP INDEX");
        assertThat(parts.get(1).toSql()).contains("DROP INDEX").contains("SET DEFAULT").doesNotContain("ADD VALUE");
    }

    @Test
    void aCastToTheTypeCountsAsAUse() {
        assertThat(plan(addValue("ALTER TYPE public.st ADD VALUE 'c'"),
                other("ALTER TABLE public.t ALTER COLUMN s TYPE public.st USING s::public.st")).needsCommitSplit()).isTrue();
    }

    @Test
    void unrelatedStatementsStayInOneTransaction() {
        Plan p = plan(addValue("ALTER TYPE public.st ADD VALUE 'c'"), other("ALTER TABLE public.t ADD COLUMN status text"),
                other("ALTER TABLE public.t ALTER COLUMN x SET DEFAULT 'b'::status"));
        assertThat(p.needsCommitSplit()).isFalse();
        assertThat(p.transactions()).containsExactly(p);
    }
}
