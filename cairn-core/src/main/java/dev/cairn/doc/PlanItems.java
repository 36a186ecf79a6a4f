package dev.cairn.doc;

import dev.cairn.plan.Plan;
import dev.cairn.plan.PlannedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How documents show a plan: its summary by kind and its statements. The only place the documents read a
 * {@link Plan}'s parts, so that a change to the plan's shape is mirrored here once.
 */
public final class PlanItems {
    private PlanItems() {}

    /** How many objects of a kind are created, altered and dropped. */
    public record KindCounts(int created, int altered, int dropped) {}

    /**
     * One statement: its SQL (no semicolon), what it does in words, its risks ({@code DATA_LOSS}…, in their
     * declared order) and the object it concerns.
     */
    public record Statement(String sql, String comment, List<String> risks, String object) {
        static Statement of(PlannedStatement s) {
            return new Statement(s.sql(), s.comment(), s.risks().stream().sorted().map(Enum::name).toList(), s.object());
        }
    }

    /** The counts by kind, sorted by kind. */
    public static Map<String, KindCounts> summary(Plan plan) {
        Map<String, KindCounts> byKind = new LinkedHashMap<>();
        plan.summary().byKind().forEach((kind, c) ->
                byKind.put(String.valueOf(kind), new KindCounts(c.created(), c.altered(), c.dropped())));
        return byKind;
    }

    public static List<Statement> statements(Plan plan) {
        return plan.statements().stream().map(Statement::of).toList();
    }
}
