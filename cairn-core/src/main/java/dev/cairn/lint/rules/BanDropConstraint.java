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

/** DROP CONSTRAINT: the database stops refusing rows it refused before. */
public final class BanDropConstraint extends BaseRule {
    public BanDropConstraint() {
        super("ban-drop-constraint", Severity.INFO, "Dropping a constraint",
                "Dropping a foreign key, check or unique constraint is quick (a brief ACCESS EXCLUSIVE lock), but from then on"
                        + " the database accepts rows it used to refuse: orphans, duplicates, out-of-range values. Make"
                        + " sure that is intended (Atlas reports it as CD101)",
                "https://www.postgresql.org/docs/current/sql-altertable.html");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (!(!st.actions(ActionKind.DROP_CONSTRAINT).isEmpty() && !st.onNewRelation() && st.shape().command().startsWith("ALTER TABLE"))) {
            return List.of();
        }
        String object = relation(st, scope) + "." + st.actions(ActionKind.DROP_CONSTRAINT).get(0).constraint();
        return one(st, object, "Dropping constraint " + object + " lets rows in that it used to refuse.", "-- if the constraint is replaced, add the new one (NOT VALID) before dropping the old one");
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("ALTER TABLE orders DROP CONSTRAINT orders_customer_fk;"),
                LintCase.passes("ALTER TABLE orders DROP COLUMN IF EXISTS legacy;"));
    }
}
