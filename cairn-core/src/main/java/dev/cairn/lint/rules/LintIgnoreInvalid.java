package dev.cairn.lint.rules;

import dev.cairn.dialect.StatementShape.Action;
import dev.cairn.dialect.StatementShape.ActionKind;
import dev.cairn.lint.BaseRule;
import dev.cairn.lint.Finding;
import dev.cairn.lint.LintCase;
import dev.cairn.lint.LintScope;
import dev.cairn.lint.LintStatement;
import dev.cairn.lint.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code -- cairn:lint-ignore} marker that is itself wrong: no reason, an unknown rule ID, or no statement after it.
 * The linter reports these while reading the markers; this class carries the rule's ID, page and cases.
 */
public final class LintIgnoreInvalid extends BaseRule {
    public LintIgnoreInvalid() {
        super("lint-ignore-invalid", Severity.ERROR, "A lint-ignore marker without a reason or with an unknown rule",
                "-- cairn:lint-ignore RULE-ID reason excuses one rule for the statement right after it (or on whose first"
                        + " line it sits). An excuse is a decision someone reviews, so it needs a reason; and a misspelt"
                        + " rule ID would silently excuse nothing. Both are errors at the marker's line, with the nearest"
                        + " rule ID suggested.");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        return List.of(); // reported by the linter from the script's comments
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("-- cairn:lint-ignore ban-drop-table\nDROP TABLE legacy;").because("no reason"),
                LintCase.fires("-- cairn:lint-ignore ban-drop-tabel the table is empty\nDROP TABLE legacy;"),
                LintCase.passes("-- cairn:lint-ignore ban-drop-table replaced by orders_v2 in V12\nDROP TABLE legacy;"),
                LintCase.passes("-- cairn:lint-ignore ban-drop-table, require-lock-timeout nobody uses it since V12\n"
                        + "DROP TABLE legacy;"));
    }
}
