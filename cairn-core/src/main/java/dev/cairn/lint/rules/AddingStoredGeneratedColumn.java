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

/** ADD COLUMN … GENERATED ALWAYS AS (…) STORED on an existing table: every row is rewritten. */
public final class AddingStoredGeneratedColumn extends BaseRule {
    public AddingStoredGeneratedColumn() {
        super("adding-stored-generated-column", Severity.ERROR, "Adding a stored generated column",
                "A STORED generated column is computed and written for every existing row when it is added: the whole"
                        + " table is rewritten under an ACCESS EXCLUSIVE lock. Add a plain column, fill it in batches and"
                        + " keep it current with a trigger, or (PostgreSQL 18+) use a VIRTUAL generated column, which"
                        + " stores nothing.",
                "https://www.postgresql.org/docs/current/ddl-generated-columns.html");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (st.onNewRelation() || st.actions(ActionKind.ADD_COLUMN).isEmpty() || !st.hasKeyword("GENERATED")
                || !st.hasKeyword("STORED")) {
            return List.of();
        }
        Action a = st.actions(ActionKind.ADD_COLUMN).get(0);
        String table = relation(st, scope);
        return one(st, table + "." + a.column(), "ADD COLUMN " + a.column() + " GENERATED … STORED rewrites " + table
                + " under an ACCESS EXCLUSIVE lock to compute it for every row.",
                "ALTER TABLE " + tableSql(st) + " ADD COLUMN " + name(a.column()) + " " + (a.type() == null ? "<type>" : a.type())
                        + ";\n-- keep it current with a trigger and fill the existing rows in batches,\n"
                        + "-- or on PostgreSQL 18+: … GENERATED ALWAYS AS (…) VIRTUAL");
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("ALTER TABLE orders ADD COLUMN total_cents bigint GENERATED ALWAYS AS (total * 100) STORED;"),
                LintCase.passes("ALTER TABLE orders ADD COLUMN total_cents bigint;"),
                LintCase.passes("CREATE TABLE t (a int);\nALTER TABLE t ADD COLUMN b int GENERATED ALWAYS AS (a * 2) STORED;"));
    }
}
