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

/** ALTER COLUMN TYPE to a type some existing values may not fit (the before catalog or the batch knows the old type). */
public final class NarrowingColumnType extends BaseRule {
    public NarrowingColumnType() {
        super("narrowing-column-type", Severity.ERROR, "Narrowing a column type",
                "Changing a column to a smaller type (varchar(100) to varchar(50), text to varchar(n), numeric with less"
                        + " precision or scale, bigint to integer) fails the migration as soon as one existing value does"
                        + " not fit, after it has rewritten the table under an ACCESS EXCLUSIVE lock; numeric scale is"
                        + " rounded silently. The old type comes from the before catalog (or an earlier statement of the"
                        + " batch); without it the rule cannot tell and stays silent.",
                "https://www.postgresql.org/docs/current/sql-altertable.html",
                "https://www.postgresql.org/docs/current/datatype.html");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (st.onNewRelation()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Action a : st.actions(ActionKind.ALTER_COLUMN_TYPE)) {
            if (a.type() == null || a.column() == null) {
                continue;
            }
            String old = scope.columnType(st.shape().table(), a.column()).orElse(null);
            if (old == null || !dev.cairn.lint.TypeChanges.narrows(old, a.type())) {
                continue;
            }
            String object = relation(st, scope) + "." + a.column();
            out.add(finding(st, object, "Changing " + object + " from " + old + " to " + a.type() + " narrows it: the"
                    + " migration fails (or rounds values) if an existing value does not fit, after rewriting the table.",
                    "-- enforce the limit without a rewrite, checked online:\n"
                            + "ALTER TABLE " + tableSql(st) + " ADD CONSTRAINT " + name(st.shape().tableName() + "_"
                                    + a.column() + "_fits") + " CHECK (<" + a.column() + " fits " + a.type() + ">) NOT VALID;\n"
                            + "-- next migration:\nALTER TABLE " + tableSql(st) + " VALIDATE CONSTRAINT "
                            + name(st.shape().tableName() + "_" + a.column() + "_fits") + ";"));
        }
        return out;
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("ALTER TABLE users ALTER COLUMN name TYPE varchar(50);")
                        .withTable("public.users", "name character varying(100)"),
                LintCase.fires("ALTER TABLE users ALTER COLUMN name TYPE varchar(50);").withTable("public.users", "name text"),
                LintCase.fires("ALTER TABLE prices ALTER COLUMN amount TYPE numeric(8,2);")
                        .withTable("public.prices", "amount numeric(12,2)"),
                LintCase.fires("ALTER TABLE events ALTER COLUMN id TYPE integer;").withTable("public.events", "id bigint"),
                LintCase.passes("ALTER TABLE users ALTER COLUMN name TYPE varchar(200);")
                        .withTable("public.users", "name character varying(100)"),
                LintCase.passes("ALTER TABLE users ALTER COLUMN name TYPE text;")
                        .withTable("public.users", "name character varying(100)"),
                LintCase.passes("ALTER TABLE users ALTER COLUMN name TYPE varchar(50);").because("old type unknown"));
    }
}
