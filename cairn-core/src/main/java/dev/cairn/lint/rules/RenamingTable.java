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

/** ALTER TABLE … RENAME TO on an existing table: the running application still uses the old name. */
public final class RenamingTable extends BaseRule {
    public RenamingTable() {
        super("renaming-table", Severity.ERROR, "Renaming a table",
                "ALTER TABLE … RENAME TO is instant, but every query of the application version still running (during a"
                        + " rolling deploy, and on rollback) names the old table and fails from that moment. Rename in"
                        + " steps: rename and leave a view under the old name (a simple view is updatable), deploy code"
                        + " using the new name, then drop the view.",
                "https://www.postgresql.org/docs/current/sql-altertable.html",
                "https://www.postgresql.org/docs/current/sql-createview.html#SQL-CREATEVIEW-UPDATABLE-VIEWS");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (!st.shape().command().startsWith("ALTER TABLE") || st.onNewRelation()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Action a : st.actions(ActionKind.RENAME)) {
            String table = relation(st, scope);
            List<String> parts = st.shape().table();
            String schema = parts.size() > 1 ? name(parts.get(0)) + "." : "";
            out.add(finding(st, table, "Renaming " + table + " to " + a.newName() + " breaks every query of the running"
                    + " application that still uses the old name.",
                    asIs(st) + "\nCREATE VIEW " + tableSql(st) + " AS SELECT * FROM " + schema + name(a.newName())
                            + ";  -- keeps the old name working until the code moved; drop it later"));
        }
        return out;
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("ALTER TABLE orders RENAME TO purchases;"),
                LintCase.passes("ALTER TABLE orders RENAME COLUMN total TO amount;").because("renaming-column's concern"),
                LintCase.passes("CREATE TABLE tmp_orders (id bigint);\nALTER TABLE tmp_orders RENAME TO orders;"));
    }
}
