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

/** ADD COLUMN whose default is volatile (or serial / identity): every existing row is written anew. */
public final class AddingVolatileDefault extends BaseRule {
    public AddingVolatileDefault() {
        super("adding-volatile-default", Severity.ERROR, "Adding a column with a volatile default",
                "Since PostgreSQL 11, ADD COLUMN with a constant or stable default (false, 0, now()) only records the"
                        + " default in the catalog. A volatile default (random(), gen_random_uuid(), clock_timestamp(),"
                        + " nextval() behind serial and identity columns) must be computed for every existing row, so the"
                        + " whole table is rewritten under an ACCESS EXCLUSIVE lock: nobody reads or writes it until done.",
                "https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-NOTES",
                "https://www.postgresql.org/docs/current/xfunc-volatility.html");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (st.onNewRelation() || st.shape().table().isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Action a : st.actions(ActionKind.ADD_COLUMN)) {
            String base = a.type() == null ? "" : dev.cairn.lint.TypeChanges.parse(a.type()).base();
            boolean serial = a.type() != null && a.type().strip().toLowerCase(java.util.Locale.ROOT).contains("serial");
            boolean identity = st.hasKeyword("IDENTITY");
            if (!a.volatileDefault() && !serial && !identity) {
                continue;
            }
            String table = relation(st, scope);
            boolean expression = a.volatileDefault() && a.expression() != null && !serial && !identity;
            String what = expression ? "DEFAULT " + a.expression() : serial ? "type " + a.type()
                    : "GENERATED … AS IDENTITY";
            String t = tableSql(st);
            String col = name(a.column());
            String alt = expression
                    ? "ALTER TABLE " + t + " ADD COLUMN " + col + " " + (a.type() == null ? "<type>" : a.type()) + ";\n"
                            + "ALTER TABLE " + t + " ALTER COLUMN " + col + " SET DEFAULT " + a.expression() + ";\n"
                            + "-- backfill the existing rows in batches, in later migrations:\n"
                            + "UPDATE " + t + " SET " + col + " = " + a.expression() + " WHERE " + col + " IS NULL AND <key range>;"
                    : "-- add a plain column, fill it in batches from a sequence, then make it an identity"
                            + " (or set its default):\nALTER TABLE " + t + " ADD COLUMN " + col + " "
                            + (base.equals("integer") || base.equals("smallint") ? "bigint" : base.isEmpty() ? "bigint" : base) + ";";
            out.add(finding(st, table + "." + a.column(), "ADD COLUMN " + a.column() + " with " + what + " rewrites "
                    + table + " under an ACCESS EXCLUSIVE lock: every existing row gets its own value, and every read and"
                    + " write waits until the rewrite ends.", alt));
        }
        return out;
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("ALTER TABLE events ADD COLUMN token uuid DEFAULT gen_random_uuid();"),
                LintCase.fires("ALTER TABLE events ADD COLUMN seq bigserial;"),
                LintCase.fires("ALTER TABLE events ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY;"),
                LintCase.passes("ALTER TABLE events ADD COLUMN archived boolean DEFAULT false;"),
                LintCase.passes("ALTER TABLE events ADD COLUMN created_at timestamptz DEFAULT now();")
                        .because("now() is stable: evaluated once"),
                LintCase.passes("CREATE TABLE events (id bigint);\n"
                        + "ALTER TABLE events ADD COLUMN token uuid DEFAULT gen_random_uuid();"));
    }
}
