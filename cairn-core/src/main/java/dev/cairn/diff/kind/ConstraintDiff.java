package dev.cairn.diff.kind;

import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.Table;
import dev.cairn.diff.Change.AddConstraint;
import dev.cairn.diff.Change.DropConstraint;
import dev.cairn.diff.Change.RenameConstraint;
import dev.cairn.diff.Change.ValidateConstraint;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.Keys;
import dev.cairn.diff.order.Rank;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The constraints of a kept table (those a partition inherits from its parent, before or after, are the parent's
 * business): added, dropped, validated, renamed when only the name changes, and dropped and added again when
 * their definition changes, their foreign key points at a table being recreated, or they check a column whose
 * type is rebuilt.
 */
final class ConstraintDiff {
    private ConstraintDiff() {}

    /** Foreign keys are added after every other constraint and index, so their referenced key exists. */
    static Rank addRank(Constraint c) {
        return c.type() == Constraint.Type.FOREIGN_KEY ? Rank.ADD_FOREIGN_KEY : Rank.ADD_CONSTRAINT;
    }

    /** Foreign keys are dropped before the keys they reference. */
    static Rank dropRank(Constraint c) {
        return c.type() == Constraint.Type.FOREIGN_KEY ? Rank.DROP_FOREIGN_KEY : Rank.DROP_CONSTRAINT;
    }

    static void alter(DiffContext ctx, Table f, Table t, Table fromParent, Table parent) {
        String name = t.qualifiedName();
        Map<String, Constraint> fc = new LinkedHashMap<>();
        // inheritance: what a kept parent keeps or adds is its business; what it drops the table has as its own
        f.constraints().stream().filter(c -> c.type() != Constraint.Type.NOT_NULL && !TableParts.inheritedConstraint(fromParent, c)
                && !TableParts.inheritedConstraint(parent, c) && !Inheritance.stillInherited(ctx, f, t, c))
                .forEach(c -> fc.put(c.name(), c));
        Map<String, Constraint> tc = new LinkedHashMap<>();
        Map<String, Constraint> viaParent = new LinkedHashMap<>();
        t.constraints().stream().filter(c -> c.type() != Constraint.Type.NOT_NULL && !TableParts.inheritedConstraint(parent, c)
                && !TableParts.inheritedConstraint(fromParent, c)).forEach(c -> {
                    if (c.inherited() && Inheritance.fromKeptParent(ctx, f, t, c)) {
                        viaParent.put(c.name(), c);
                    } else {
                        tc.put(c.name(), c);
                    }
                });
        // NOT NULL constraints (PostgreSQL 18) are the columns' business: ColumnDiff
        List<Constraint> addC = new ArrayList<>();
        List<Constraint> dropC = new ArrayList<>();
        Set<String> rebuiltCols = ctx.rebuiltColumns(name);
        tc.forEach((cn, c) -> {
            Constraint o = fc.get(cn);
            if (o == null) {
                addC.add(c);
            } else if (RecreatedColumns.uses(ctx, f, o) && TableParts.sameConstraint(o, c)) {
                // DROP COLUMN takes it along: dropped first (a foreign key to it may need that), added after
                dropC.add(o);
                addC.add(c);
                ctx.markRecreatedAround(name + "." + cn);
            } else if ((o.type() == Constraint.Type.CHECK || o.type() == Constraint.Type.EXCLUSION)
                    && (rebuiltCols.stream().anyMatch(col -> TableParts.mentions(o.definition(), col))
                            || ctx.castsToRebuiltType(o.definition()))) {
                dropC.add(o);
                addC.add(c);
                ctx.markRecreatedAround(name + "." + cn);
            } else if (!TableParts.sameConstraint(o, c) || o.type() == Constraint.Type.FOREIGN_KEY && changedReference(ctx, o)
                    || o.validated() && !c.validated()) {
                dropC.add(o);
                addC.add(c);
            } else if (!o.validated() && c.validated()) {
                ctx.plain(Rank.VALIDATE_CONSTRAINT, name + "." + cn, new ValidateConstraint(t, c));
            }
        });
        fc.forEach((cn, o) -> {
            Constraint p = viaParent.get(cn);
            // the table's own copy of what a kept parent adds is merged into the parent's when it is the same
            if (!tc.containsKey(cn) && (p == null || !TableParts.sameConstraint(o, p) || o.validated() != p.validated())) {
                dropC.add(o);
            }
        });
        // same definition under another name: a rename
        for (Constraint a : List.copyOf(addC)) {
            Constraint d = dropC.stream().filter(x -> !tc.containsKey(x.name()) && !fc.containsKey(a.name())
                    && x.type() == a.type() && x.definition().equals(a.definition()) && x.validated() == a.validated())
                    .findFirst().orElse(null);
            if (d != null) {
                dropC.remove(d);
                addC.remove(a);
                ctx.plain(Rank.RENAME_CONSTRAINT, name + "." + d.name(), new RenameConstraint(t, d.name(), a.name()));
            }
        }
        // a parent's drop leaves the inheriting tables their copy (ONLY); they drop it after, if they lose it too
        dropC.forEach(c -> ctx.emit(dropRank(c), name + "." + c.name(), new DropConstraint(f, c, Inheritance.dropConstraintOnly(ctx, f, c)),
                Inheritance.droppedConstraintKeys(f, c), Inheritance.constraintDropRequires(f, c)));
        for (Constraint c : addC) {
            if (c.inherited()) {
                // from a parent the table starts inheriting from: PostgreSQL requires it on the table before INHERIT
                ctx.create(Rank.ALTER_TABLE, Keys.relation(t.schema(), t.name()), name, new AddConstraint(t, c));
            } else {
                ctx.plain(addRank(c), name + "." + c.name(), new AddConstraint(t, c));
            }
        }
    }

    /** Whether a foreign key points at a table that is dropped and created again. */
    private static boolean changedReference(DiffContext ctx, Constraint c) {
        if (c.referencedTable() == null) {
            return false;
        }
        List<String> p = ctx.rules().parts(c.referencedTable());
        if (p.size() != 2) {
            return false;
        }
        Table f = ctx.from().table(p.get(0), p.get(1)).orElse(null);
        Table t = ctx.to().table(p.get(0), p.get(1)).orElse(null);
        return f != null && t != null && TableParts.replaced(f, t);
    }
}
