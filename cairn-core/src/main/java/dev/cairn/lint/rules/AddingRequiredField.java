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

/** ADD COLUMN … NOT NULL without a default on an existing table: fails as soon as the table has a row. */
public final class AddingRequiredField extends BaseRule {
    public AddingRequiredField() {
        super("adding-required-field", Severity.ERROR, "Adding a NOT NULL column without a default",
                "ADD COLUMN … NOT NULL without a DEFAULT gives every existing row a NULL in a column that forbids it, so"
                        + " the migration fails as soon as the table holds one row: it passes on an empty development"
                        + " database and fails in production. Give the column a default (a constant default costs nothing"
                        + " since PostgreSQL 11), or add it nullable, backfill, and set NOT NULL later.",
                "https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-DESC-ADD-COLUMN");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (st.onNewRelation() || st.shape().table().isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Action a : st.actions(ActionKind.ADD_COLUMN)) {
            boolean generated = st.hasKeyword("GENERATED") || (a.type() != null && a.type().toLowerCase(java.util.Locale.ROOT).contains("serial"));
            if (!a.notNull() || a.expression() != null || generated || "PRIMARY KEY".equals(a.constraintType())) {
                continue;
            }
            String table = relation(st, scope);
            String type = a.type() == null ? "<type>" : a.type();
            out.add(finding(st, table + "." + a.column(), "ADD COLUMN " + a.column() + " " + type + " NOT NULL without a"
                    + " default fails as soon as " + table + " has a row: the existing rows would hold NULL.",
                    "ALTER TABLE " + tableSql(st) + " ADD COLUMN " + name(a.column()) + " " + type
                            + " NOT NULL DEFAULT <value>;  -- a constant default is free since PostgreSQL 11"));
        }
        return out;
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("ALTER TABLE users ADD COLUMN plan text NOT NULL;"),
                LintCase.passes("ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';"),
                LintCase.passes("ALTER TABLE users ADD COLUMN plan text;"),
                LintCase.passes("CREATE TABLE users (id bigint);\nALTER TABLE users ADD COLUMN plan text NOT NULL;"));
    }
}
