package dev.cairn.diff.kind;

import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.Table;
import dev.cairn.diff.Change.AddConstraint;
import dev.cairn.diff.Change.DropConstraint;
import dev.cairn.diff.Change.SetComment;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.Target;
import dev.cairn.diff.order.Rank;

/**
 * A column of a kept table dropped and added again (a generated column whose expression or kind changes where
 * PostgreSQL cannot set it in place, a plain column made generated, a generated column reading a retyped one).
 * DROP COLUMN takes along the indexes and constraints on the column and refuses while a foreign key of another
 * table, a trigger or a policy uses it; what the target keeps of those is dropped before and created again after:
 * the table's own indexes, constraints, triggers and policies by their kinds ({@link IndexDiff}, {@link ConstraintDiff},
 * {@link TriggerDiff#changedColumns}), its comment and grants by {@link CommentsAndOwners} and {@link PrivilegeDiff},
 * the views reading it as a changed column; the foreign keys of other tables referencing it here.
 */
final class RecreatedColumns {
    private RecreatedColumns() {}

    /** Records column {@code column} of {@code t} as dropped and added again, and rebuilds the foreign keys to it. */
    static void mark(DiffContext ctx, Table f, Table t, String column) {
        ctx.markColumnRecreated(t.qualifiedName(), column);
        for (Table x : ctx.from().tables()) {
            Table xt = ctx.to().table(x.schema(), x.name()).orElse(null);
            if (xt == null || x.qualifiedName().equals(t.qualifiedName()) || TableParts.replaced(x, xt)) {
                continue; // its own foreign keys are ConstraintDiff's
            }
            for (Constraint c : x.constraints()) {
                Constraint kept = xt.constraints().stream().filter(k -> k.name().equals(c.name())).findFirst().orElse(null);
                if (references(c, f, column) && kept != null && TableParts.sameConstraint(c, kept) && c.validated() == kept.validated()) {
                    String id = x.qualifiedName() + "." + c.name();
                    ctx.plain(Rank.DROP_FOREIGN_KEY, id, new DropConstraint(x, c));
                    ctx.plain(Rank.ADD_FOREIGN_KEY, id, new AddConstraint(xt, kept));
                    if (kept.comment() != null) {
                        ctx.plain(Rank.COMMENT, id, new SetComment(Target.onTable(Target.Kind.CONSTRAINT, xt.schema(), xt.name(),
                                kept.name()), kept.comment()));
                    }
                }
            }
        }
    }

    /** Whether {@code c} is a foreign key referencing column {@code column} of {@code table}. */
    static boolean references(Constraint c, Table table, String column) {
        if (c.type() != Constraint.Type.FOREIGN_KEY || !table.qualifiedName().equals(c.referencedTable())) {
            return false;
        }
        int at = c.definition().indexOf("REFERENCES ");
        return at >= 0 && TableParts.mentions(c.definition().substring(at), column);
    }

    /** Whether constraint {@code c} of {@code table} uses one of the recreated columns of its table. */
    static boolean uses(DiffContext ctx, Table table, Constraint c) {
        for (String col : ctx.recreatedColumns(table.qualifiedName())) {
            if (c.columns().contains(col) || references(c, table, col)
                    || c.type() != Constraint.Type.FOREIGN_KEY && TableParts.mentions(c.definition(), col)) {
                return true;
            }
        }
        return false;
    }
}
