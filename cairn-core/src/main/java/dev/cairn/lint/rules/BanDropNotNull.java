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

/** DROP NOT NULL: readers may get NULLs they do not expect. */
public final class BanDropNotNull extends BaseRule {
    public BanDropNotNull() {
        super("ban-drop-not-null", Severity.INFO, "Dropping NOT NULL",
                "ALTER COLUMN … DROP NOT NULL is instant, but readers that assumed the column is never NULL (application code,"
                        + " reports, other services) start receiving NULLs they do not handle. Make sure every consumer"
                        + " copes before the first NULL is written",
                "https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-DESC-SET-DROP-NOT-NULL");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (!(!st.actions(ActionKind.DROP_NOT_NULL).isEmpty() && !st.onNewRelation())) {
            return List.of();
        }
        String object = relation(st, scope) + "." + st.actions(ActionKind.DROP_NOT_NULL).get(0).column();
        return one(st, object, "DROP NOT NULL on " + object + " lets NULLs in: readers that expect a value may fail.", "-- deploy readers that handle NULL first, then:\n" + asIs(st));
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("ALTER TABLE users ALTER COLUMN email DROP NOT NULL;"),
                LintCase.passes("ALTER TABLE users ALTER COLUMN email SET DEFAULT '';"));
    }
}
