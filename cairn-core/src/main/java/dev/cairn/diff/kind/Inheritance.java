package dev.cairn.diff.kind;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Column;
import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.Table;
import dev.cairn.diff.Change.SetInheritance;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.Keys;
import dev.cairn.diff.order.Rank;
import dev.cairn.sql.Identifiers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Table inheritance ({@code INHERITS}, not partitions): what PostgreSQL carries from a parent to the tables inheriting
 * from it, so that the differ neither repeats it on them nor loses what they keep.
 *
 * <ul>
 *   <li>{@code ADD COLUMN}, {@code ALTER COLUMN … TYPE / SET DEFAULT / SET NOT NULL} and {@code ADD CONSTRAINT} on a
 *   parent reach the tables inheriting from it: a child's change that only follows its parent is not emitted.</li>
 *   <li>A parent's column or constraint is dropped with {@code ALTER TABLE ONLY} when a child inherits it: the child
 *   keeps it as its own (PostgreSQL would drop it with the parent's unless the child also declared it), and drops it
 *   itself, after the parent, when the target does not have it either.</li>
 *   <li>A parent the table stops inheriting from is left with {@code NO INHERIT} (the inherited columns and
 *   constraints become the table's own) before its parts and the parent are dropped; a new parent is joined with
 *   {@code INHERIT} after the table got the parent's columns and constraints (PostgreSQL requires them).</li>
 * </ul>
 * Parents are compared in order: from the first difference on, the source's parents are left and the target's joined.
 */
final class Inheritance {
    /** Dependency key of a parent's column dropped with ONLY: the inheriting tables drop theirs after it. */
    private static final String PARENT_COLUMN = "inhcol:";
    /** Dependency key of a parent's constraint dropped with ONLY. */
    private static final String PARENT_CONSTRAINT = "inhcon:";
    /** Dependency key of a table's NO INHERIT. */
    private static final String LEFT = "noinherit:";

    private Inheritance() {}

    /** The parents the table inherits from on both sides: the common prefix of its parent lists, existing on both sides. */
    static List<String> keptParents(DiffContext ctx, Table f, Table t) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < Math.min(f.inherits().size(), t.inherits().size()); i++) {
            String p = f.inherits().get(i);
            if (!p.equals(t.inherits().get(i)) || table(ctx, ctx.from(), p) == null || table(ctx, ctx.to(), p) == null) {
                break;
            }
            kept.add(p);
        }
        return kept;
    }

    /** How a table is named in its children's {@link Table#inherits()}: {@code schema.table}, quoted where needed. */
    static String ref(Table t) {
        return Identifiers.qualified(t.schema(), t.name());
    }

    static Table table(DiffContext ctx, Catalog c, String ref) {
        List<String> p = ctx.rules().parts(ref);
        return p.size() == 2 ? c.table(p.get(0), p.get(1)).orElse(null) : null;
    }

    /** The tables of the catalog that inherit directly from {@code parent}. */
    static List<Table> children(Catalog c, Table parent) {
        return c.tables().stream().filter(x -> x.inherits().contains(ref(parent))).toList();
    }

    /** {@code NO INHERIT} for each parent left (before the table's inherited parts and the parent are dropped). */
    static void leave(DiffContext ctx, Table f, Table t) {
        List<String> kept = keptParents(ctx, f, t);
        for (String p : f.inherits().subList(kept.size(), f.inherits().size())) {
            ctx.emit(Rank.DETACH_INHERITANCE, f.qualifiedName(), new SetInheritance(f, p, false),
                    Set.of(Keys.relation(f.schema(), f.name()), LEFT + f.qualifiedName()), Set.of());
        }
    }

    /** {@code INHERIT} for each new parent: after the table's column and constraint changes, and after the parent's. */
    static void join(DiffContext ctx, Table f, Table t) {
        List<String> kept = keptParents(ctx, f, t);
        for (String p : t.inherits().subList(kept.size(), t.inherits().size())) {
            ctx.create(Rank.ALTER_TABLE, Keys.relation(t.schema(), t.name()), t.qualifiedName(), new SetInheritance(t, p, true));
        }
    }

    // ------------------------------------------------------------------ columns

    /** Whether a column the table gets comes from a kept parent's ADD COLUMN (which reaches the table by itself). */
    static boolean addedByParent(DiffContext ctx, Table f, Table t, Column c) {
        if (!c.inherited()) {
            return false;
        }
        for (String p : keptParents(ctx, f, t)) {
            Table fp = table(ctx, ctx.from(), p);
            Table tp = table(ctx, ctx.to(), p);
            if (TableParts.column(fp, c.name()) == null && TableParts.column(tp, c.name()) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The source column as the kept parents' changes leave it: a parent's type, default, NOT NULL and generation
     * changes reach the inherited column of the table (so the table's own change is only what differs from that).
     */
    static Column afterParents(DiffContext ctx, Table f, Table t, Column o) {
        if (!o.inherited()) {
            return o;
        }
        Column out = o;
        for (String p : keptParents(ctx, f, t)) {
            Column fp = TableParts.column(table(ctx, ctx.from(), p), o.name());
            Column tp = TableParts.column(table(ctx, ctx.to(), p), o.name());
            if (fp == null || tp == null) {
                continue;
            }
            String type = out.type();
            String collation = out.collation();
            if (!fp.type().equals(tp.type()) || !Objects.equals(fp.collation(), tp.collation())) {
                type = tp.type();
                collation = tp.collation();
            }
            String def = Objects.equals(fp.defaultExpr(), tp.defaultExpr()) ? out.defaultExpr() : tp.defaultExpr();
            boolean notNull = fp.notNull() == tp.notNull() ? out.notNull() : tp.notNull();
            boolean regenerated = !Objects.equals(fp.generatedExpr(), tp.generatedExpr()) || fp.generatedVirtual() != tp.generatedVirtual();
            out = new Column(out.name(), type, collation, notNull, def, out.identity(),
                    regenerated ? tp.generatedExpr() : out.generatedExpr(), out.comment(),
                    regenerated ? tp.generatedVirtual() : out.generatedVirtual(),
                    regenerated ? tp.generatedFrom() : out.generatedFrom(), out.inherited());
        }
        return out;
    }

    /** Whether dropping the column from {@code f} must leave the tables inheriting it their copy ({@code ONLY}). */
    static boolean dropColumnOnly(DiffContext ctx, Table f, String column) {
        return f.partitionKey() == null && children(ctx.from(), f).stream()
                .anyMatch(ch -> ch.columns().stream().anyMatch(c -> c.name().equals(column) && c.inherited()));
    }

    /** What a column drop provides beside the table: the key the inheriting tables' drops of the same column wait for. */
    static Set<String> droppedColumnKeys(Table f, String column) {
        return Set.of(Keys.relation(f.schema(), f.name()), PARENT_COLUMN + ref(f) + "." + column);
    }

    /**
     * What a column drop waits for: the table's dependents in the source except the tables inheriting from it (they
     * drop their copy after it), and the parents' drops of the same column (an inherited column cannot be dropped).
     */
    static Set<String> columnDropRequires(DiffContext ctx, Table f, Column o) {
        Set<String> req = new HashSet<>(ctx.dependentsOf(Keys.relation(f.schema(), f.name())));
        children(ctx.from(), f).forEach(ch -> req.remove(Keys.relation(ch.schema(), ch.name())));
        if (o.inherited()) {
            f.inherits().forEach(p -> req.add(PARENT_COLUMN + p + "." + o.name()));
        }
        req.add(LEFT + f.qualifiedName());
        return req;
    }

    // ------------------------------------------------------------------ constraints

    /**
     * Whether the source constraint is still inherited after the kept parents' changes: a parent keeps it unchanged, or
     * renames it (a constraint's rename reaches the inheriting tables).
     */
    static boolean stillInherited(DiffContext ctx, Table f, Table t, Constraint o) {
        if (!o.inherited()) {
            return false;
        }
        for (String p : keptParents(ctx, f, t)) {
            Table fromParent = table(ctx, ctx.from(), p);
            Table toParent = table(ctx, ctx.to(), p);
            Constraint fp = constraint(fromParent, o.name());
            Constraint tp = constraint(toParent, o.name());
            if (fp == null || fp.noInherit()) {
                continue;
            }
            if (tp != null && TableParts.sameConstraint(fp, tp) && fp.validated() == tp.validated()) {
                return true;
            }
            if (tp == null && toParent.constraints().stream().anyMatch(k -> constraint(fromParent, k.name()) == null
                    && k.type() == fp.type() && k.definition().equals(fp.definition()) && k.validated() == fp.validated())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a target constraint the table inherits comes from a kept parent (which adds it or keeps it), not a new one. */
    static boolean fromKeptParent(DiffContext ctx, Table f, Table t, Constraint c) {
        for (String p : keptParents(ctx, f, t)) {
            Constraint tp = constraint(table(ctx, ctx.to(), p), c.name());
            if (tp != null && !tp.noInherit()) {
                return true;
            }
        }
        return false;
    }

    /** Whether dropping the constraint from {@code f} must leave the tables inheriting it their copy ({@code ONLY}). */
    static boolean dropConstraintOnly(DiffContext ctx, Table f, Constraint c) {
        return f.partitionKey() == null && !c.noInherit() && children(ctx.from(), f).stream()
                .anyMatch(ch -> ch.constraints().stream().anyMatch(k -> k.name().equals(c.name()) && k.inherited()));
    }

    static Set<String> droppedConstraintKeys(Table f, Constraint c) {
        return Set.of(PARENT_CONSTRAINT + ref(f) + "." + c.name());
    }

    /** An inherited constraint is dropped after its parents' (and after the table leaves them). */
    static Set<String> constraintDropRequires(Table f, Constraint o) {
        if (!o.inherited()) {
            return Set.of();
        }
        Set<String> req = new HashSet<>();
        f.inherits().forEach(p -> req.add(PARENT_CONSTRAINT + p + "." + o.name()));
        req.add(LEFT + f.qualifiedName());
        return req;
    }

    private static Constraint constraint(Table t, String name) {
        return t == null ? null : t.constraints().stream().filter(k -> k.name().equals(name)).findFirst().orElse(null);
    }
}
