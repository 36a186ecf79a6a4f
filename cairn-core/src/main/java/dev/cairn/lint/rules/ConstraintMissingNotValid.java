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

/** ADD CONSTRAINT FOREIGN KEY / CHECK without NOT VALID on an existing table; VALIDATE in the transaction that added it. */
public final class ConstraintMissingNotValid extends BaseRule {
    public ConstraintMissingNotValid() {
        super("constraint-missing-not-valid", Severity.ERROR, "Adding a foreign key or check without NOT VALID",
                "ADD CONSTRAINT … CHECK takes an ACCESS EXCLUSIVE lock and reads every row to prove the check; ADD"
                        + " CONSTRAINT … FOREIGN KEY takes a SHARE ROW EXCLUSIVE lock on both tables (writes wait) while"
                        + " it looks up every row in the referenced table. Added NOT VALID, the constraint holds for new"
                        + " rows at once with only a brief lock, and VALIDATE CONSTRAINT later proves the old rows under a"
                        + " SHARE UPDATE EXCLUSIVE lock that lets reads and writes go on. Validating in the same"
                        + " transaction as the NOT VALID add gains nothing: the add's lock is still held.",
                "https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-DESC-ADD-TABLE-CONSTRAINT");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (st.onNewRelation() || st.shape().table().isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        String table = relation(st, scope);
        for (Action a : st.actions(ActionKind.ADD_CONSTRAINT)) {
            String type = a.constraintType();
            if (a.notValid() || !("FOREIGN KEY".equals(type) || "CHECK".equals(type))) {
                continue;
            }
            boolean fk = "FOREIGN KEY".equals(type);
            String constraint = a.constraint() == null ? "<constraint_name>" : name(a.constraint());
            String add = st.shape().actions().size() == 1 && a.constraint() != null
                    ? st.sql() + " NOT VALID;"
                    : "ALTER TABLE " + tableSql(st) + " ADD CONSTRAINT " + constraint + " " + type + " (…) NOT VALID;";
            out.add(finding(st, table + (a.constraint() == null ? "" : "." + a.constraint()), "Adding "
                    + (fk ? "a FOREIGN KEY to " + table + " takes a SHARE ROW EXCLUSIVE lock on it and on "
                            + (st.facts().referencedRelation() != null ? st.facts().referencedRelation() : "the referenced table")
                            + ": writes to both wait while every row is checked."
                            : "a CHECK to " + table + " takes an ACCESS EXCLUSIVE lock: reads and writes wait while every"
                                    + " row is checked."),
                    add + "\n-- next migration (reads and writes go on meanwhile):\nALTER TABLE " + tableSql(st)
                            + " VALIDATE CONSTRAINT " + constraint + ";"));
        }
        for (Action a : st.actions(ActionKind.ADD_COLUMN)) {
            if (!"FOREIGN KEY".equals(a.constraintType())) {
                continue;
            }
            // ADD COLUMN … REFERENCES validates at once: the referenced table is locked while the table is read
            String t = tableSql(st);
            String constraint = name(st.shape().tableName() + "_" + a.column() + "_fkey");
            out.add(finding(st, table + "." + a.column(), "ADD COLUMN " + a.column() + " … REFERENCES adds a FOREIGN KEY"
                    + " that is checked at once: the referenced table is locked against writes (SHARE ROW EXCLUSIVE)"
                    + " while " + table + " is read.",
                    "ALTER TABLE " + t + " ADD COLUMN " + name(a.column()) + " " + (a.type() == null ? "<type>" : a.type()) + ";\n"
                            + "ALTER TABLE " + t + " ADD CONSTRAINT " + constraint + " FOREIGN KEY (" + name(a.column())
                            + ") REFERENCES <table> (<column>) NOT VALID;\n-- next migration:\nALTER TABLE " + t
                            + " VALIDATE CONSTRAINT " + constraint + ";"));
        }
        if (scope.transactional() || scope.inExplicitTransaction()) {
            for (Action a : st.actions(ActionKind.VALIDATE_CONSTRAINT)) {
                boolean addedHere = scope.earlierInScript().stream().flatMap(s -> s.actions(ActionKind.ADD_CONSTRAINT).stream())
                        .anyMatch(e -> e.notValid() && a.constraint() != null && a.constraint().equalsIgnoreCase(e.constraint()));
                if (addedHere) {
                    out.add(finding(st, table + "." + a.constraint(), "VALIDATE CONSTRAINT " + a.constraint() + " runs in"
                            + " the transaction that added it NOT VALID: the add's lock on " + table + " is held while"
                            + " every row is checked, as if NOT VALID had not been written.",
                            "-- move this statement to the next migration:\n" + asIs(st)));
                }
            }
        }
        return out;
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)"
                        + " REFERENCES customers (id);"),
                LintCase.fires("ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0);"),
                LintCase.fires("ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0) NOT VALID;\n"
                        + "ALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;").because("validated in the same transaction"),
                LintCase.passes("ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)"
                        + " REFERENCES customers (id) NOT VALID;"),
                LintCase.fires("ALTER TABLE orders ADD COLUMN customer_id bigint REFERENCES customers (id);"),
                LintCase.passes("ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;"),
                LintCase.passes("CREATE TABLE t (id bigint, n int);\nALTER TABLE t ADD CONSTRAINT t_n CHECK (n > 0);"));
    }
}
