package dev.cairn.generate;

import dev.cairn.lint.Finding;
import dev.cairn.lint.LintOptions;
import dev.cairn.lint.Linter;
import dev.cairn.lint.Severity;
import dev.cairn.plan.Plan;
import dev.cairn.plan.PlannedStatement;
import java.util.List;
import java.util.Set;

/**
 * The lint-ignore markers generate writes above the statements that lose data when {@code --allow-data-loss} said so:
 * the decision was taken at generate time and is recorded in the file for review, so migrate's lint gate does not ask a
 * second time. Only the data-loss rules are excused; anything else the statement does (a rewrite, a lock) still counts.
 */
final class DataLossExcuses {
    /** The rules whose whole point is data loss. */
    static final Set<String> RULES = Set.of("ban-drop-table", "ban-drop-column", "ban-drop-schema", "ban-drop-type",
            "narrowing-column-type", "ban-truncate");
    static final String REASON = "generated with --allow-data-loss";

    private DataLossExcuses() {}

    /** The marker lines for {@code s}: one per data-loss rule it makes fire, or none. */
    static List<String> markers(PlannedStatement s) {
        if (!s.facts().dataLoss()) {
            return List.of();
        }
        Plan alone = new Plan(List.of(s), List.of(), Plan.Summary.of(List.of()));
        return Linter.lintPlan("generated.sql", alone, LintOptions.defaults()).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR && RULES.contains(f.rule())).map(Finding::rule).distinct()
                .map(rule -> "-- cairn:lint-ignore " + rule + " " + REASON).toList();
    }
}
