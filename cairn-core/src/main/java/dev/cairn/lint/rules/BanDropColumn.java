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

/** ALTER TABLE … DROP COLUMN on an existing table: the column's values are lost and readers of it fail. */
public final class BanDropColumn extends BaseRule {
    public BanDropColumn() {
        super("ban-drop-column", Severity.ERROR, "Dropping a column",
                "ALTER TABLE … DROP COLUMN removes the column and its values (PostgreSQL only marks it dropped, so the"
                        + " statement is quick, but it takes an ACCESS EXCLUSIVE lock and the values cannot be read back)."
                        + " Application code that still selects or inserts the column fails, and ORMs that cache the"
                        + " column list fail even on SELECT *. Stop using the column in a deployed release first.",
                "https://www.postgresql.org/docs/current/sql-altertable.html");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (st.onNewRelation()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Action a : st.actions(ActionKind.DROP_COLUMN)) {
            String table = relation(st, scope);
            String object = table + "." + a.column();
            out.add(finding(st, object, "DROP COLUMN " + a.column() + " deletes every value of " + object
                    + "; running code that reads or writes the column fails.",
                    "-- 1. deploy application code that no longer uses " + object + "\n"
                            + "-- 2. then, in a later migration:\n"
                            + "-- cairn:lint-ignore ban-drop-column <why the values are no longer needed>\n"
                            + "ALTER TABLE " + tableSql(st) + " DROP COLUMN " + name(a.column()) + ";"));
        }
        return out;
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("ALTER TABLE users DROP COLUMN age;"),
                LintCase.fires("ALTER TABLE public.users ADD COLUMN born date, DROP COLUMN IF EXISTS age;"),
                LintCase.passes("CREATE TABLE t (id bigint, age int);\nALTER TABLE t DROP COLUMN age;"),
                LintCase.passes("ALTER TABLE users ALTER COLUMN age DROP DEFAULT;"));
    }
}
