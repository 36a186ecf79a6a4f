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

/** ALTER COLUMN TYPE that rewrites the table (or may: the old type is not known). */
public final class ChangingColumnType extends BaseRule {
    public ChangingColumnType() {
        super("changing-column-type", Severity.ERROR, "Changing a column type that rewrites the table",
                "ALTER COLUMN … TYPE takes an ACCESS EXCLUSIVE lock and, unless the old type is binary coercible to the"
                        + " new one (varchar(n) to varchar(m > n) or text, numeric(p,s) to numeric(q > p,s)), rewrites"
                        + " every row and rebuilds every index of the table while nobody can read or write it. int to"
                        + " bigint rewrites. The change also breaks clients that expect the old type. With the before"
                        + " catalog Cairn knows the old type and stays silent on the free changes; a plan from generate"
                        + " carries the exact fact.",
                "https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-NOTES");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (st.onNewRelation()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Action a : st.actions(ActionKind.ALTER_COLUMN_TYPE)) {
            String old = a.column() == null ? null : scope.columnType(st.shape().table(), a.column()).orElse(null);
            Boolean rewrites;
            if (st.exactFacts()) {
                rewrites = st.facts().rewritesTable();
            } else if (old != null && a.type() != null && a.expression() == null) {
                rewrites = dev.cairn.lint.TypeChanges.rewrites(old, a.type()).orElse(null);
            } else {
                rewrites = null;
            }
            if (Boolean.FALSE.equals(rewrites)) {
                continue;
            }
            String table = relation(st, scope);
            String object = table + "." + a.column();
            String what = rewrites == null
                    ? "may rewrite " + table + " (the old type is not known)"
                    : "rewrites " + table + (old != null ? " (" + old + " to " + a.type() + ")" : "");
            out.add(finding(st, object, "Changing the type of " + object + " " + what + " under an ACCESS EXCLUSIVE lock:"
                    + " every read and write of the table waits until every row and index is rewritten.",
                    "-- expand and contract instead of rewriting in place:\n"
                            + "ALTER TABLE " + tableSql(st) + " ADD COLUMN " + name(a.column() + "_new") + " " + a.type() + ";\n"
                            + "-- write both columns from the application (or a trigger), backfill in batches:\n"
                            + "UPDATE " + tableSql(st) + " SET " + name(a.column() + "_new") + " = " + name(a.column())
                            + " WHERE <key range>;\n"
                            + "-- then switch reads to the new column and drop the old one in a later migration"));
        }
        return out;
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("ALTER TABLE orders ALTER COLUMN id TYPE bigint;").because("old type unknown: may rewrite"),
                LintCase.fires("ALTER TABLE orders ALTER COLUMN id TYPE bigint;").withTable("public.orders", "id integer"),
                LintCase.fires("ALTER TABLE orders ALTER COLUMN note TYPE varchar(20);")
                        .withTable("public.orders", "note character varying(40)"),
                LintCase.passes("ALTER TABLE orders ALTER COLUMN note TYPE varchar(80);")
                        .withTable("public.orders", "note character varying(40)"),
                LintCase.passes("ALTER TABLE orders ALTER COLUMN note TYPE text;")
                        .withTable("public.orders", "note character varying(40)"),
                LintCase.passes("CREATE TABLE t (id integer);\nALTER TABLE t ALTER COLUMN id TYPE bigint;"));
    }
}
