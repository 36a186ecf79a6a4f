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

/** DROP TABLE on an existing table: every row is gone, and the running application's queries on it fail. */
public final class BanDropTable extends BaseRule {
    public BanDropTable() {
        super("ban-drop-table", Severity.ERROR, "Dropping a table",
                "DROP TABLE deletes the table and all its rows at once, under an ACCESS EXCLUSIVE lock. The data cannot be"
                        + " brought back without a restore, and every query of the running application that still names"
                        + " the table fails from that moment. Drop a table only after the deployed code stopped using it,"
                        + " in a migration of its own whose excuse says why the data is no longer needed.",
                "https://www.postgresql.org/docs/current/sql-droptable.html");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (!st.shape().command().startsWith("DROP TABLE") || st.onNewRelation()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (List<String> table : st.shape().objects()) {
            if (scope.isNew(table)) {
                continue;
            }
            String name = scope.qualify(table);
            out.add(finding(st, name, "DROP TABLE " + name + " deletes the table and every row in it"
                    + (st.hasKeyword("CASCADE") ? ", and CASCADE also drops the views and foreign keys that depend on it" : "")
                    + "; queries of the running application that still use it fail.",
                    "-- 1. deploy application code that no longer reads or writes " + name + "\n"
                            + "-- 2. then, in a migration of its own:\n"
                            + "-- cairn:lint-ignore ban-drop-table <why the data is no longer needed>\n"
                            + "DROP TABLE " + String.join(".", table) + ";"));
        }
        return out;
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("DROP TABLE orders;"),
                LintCase.fires("DROP TABLE IF EXISTS public.orders CASCADE;"),
                LintCase.passes("CREATE TABLE scratch (id bigint);\nDROP TABLE scratch;").because("created in the same batch"),
                LintCase.passes("DROP VIEW order_totals;"));
    }
}
