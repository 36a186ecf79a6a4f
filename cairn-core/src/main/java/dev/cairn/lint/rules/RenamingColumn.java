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

/** ALTER TABLE … RENAME COLUMN on an existing table. */
public final class RenamingColumn extends BaseRule {
    public RenamingColumn() {
        super("renaming-column", Severity.ERROR, "Renaming a column",
                "RENAME COLUMN is instant, but the application version still running names the old column and fails"
                        + " (during a rolling deploy, and after a rollback). Add the new column, write both, backfill,"
                        + " move the reads, then drop the old column in a later release.",
                "https://www.postgresql.org/docs/current/sql-altertable.html");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (st.onNewRelation()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Action a : st.actions(ActionKind.RENAME_COLUMN)) {
            String table = relation(st, scope);
            String t = tableSql(st);
            out.add(finding(st, table + "." + a.column(), "Renaming " + table + "." + a.column() + " to " + a.newName()
                    + " breaks every query of the running application that still uses the old name.",
                    "ALTER TABLE " + t + " ADD COLUMN " + name(a.newName()) + " <type of " + a.column() + ">;\n"
                            + "-- write both columns from the application, backfill in batches:\n"
                            + "UPDATE " + t + " SET " + name(a.newName()) + " = " + name(a.column()) + " WHERE <key range>;\n"
                            + "-- move reads to " + a.newName() + ", then drop " + a.column() + " in a later release"));
        }
        return out;
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("ALTER TABLE orders RENAME COLUMN total TO amount;"),
                LintCase.fires("ALTER TABLE orders RENAME total TO amount;"),
                LintCase.passes("ALTER TABLE orders RENAME CONSTRAINT orders_pkey TO orders_pk;"),
                LintCase.passes("CREATE TABLE t (a int);\nALTER TABLE t RENAME COLUMN a TO b;"));
    }
}
