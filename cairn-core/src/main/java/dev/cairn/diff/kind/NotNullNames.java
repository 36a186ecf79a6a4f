package dev.cairn.diff.kind;

import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.Table;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.DiffOptions;
import java.util.List;

/**
 * The names of NOT NULL constraints (PostgreSQL 18 names them): <b>a NOT NULL constraint's name follows its column
 * unless the schema names it</b>. A name the dialect could have chosen by itself ({@link
 * dev.cairn.diff.DiffRules#generatedNotNullName}) under the table's name, or under its old name when the table is
 * renamed, is no name at all: it is not compared, and a rename or a re-added column never makes the plan write it
 * (where it may be taken). A name of the schema's own is compared and renamed.
 *
 * <p>The catalog leaves out only the constraint named exactly by default, so the name of a NOT NULL column without
 * a constraint in the source catalog is recomputed from the table and column names it had before the explicit
 * renames ({@link #currentName}).
 */
final class NotNullNames {
    private NotNullNames() {}

    /** The catalog's NOT NULL constraint of a column, or null (none, or one named by default). */
    static Constraint of(Table t, String column) {
        return t.constraints().stream().filter(k -> k.type() == Constraint.Type.NOT_NULL && k.columns().equals(List.of(column)))
                .findFirst().orElse(null);
    }

    /** Whether the target names the constraint itself: its name is then compared, written and renamed to. */
    static boolean explicit(DiffContext ctx, Table t, Constraint k) {
        return k != null && !ctx.rules().generatedNotNullName(k.name(), t.name())
                && !ctx.rules().generatedNotNullName(k.name(), originalTable(ctx.options(), t.schema(), t.name()));
    }

    /** Whether the constraint must be written as a constraint (not {@code SET NOT NULL}): named, NOT VALID or NO INHERIT. */
    static boolean needsConstraint(DiffContext ctx, Table t, Constraint k) {
        return k != null && (explicit(ctx, t, k) || !k.validated() || noInherit(k));
    }

    static boolean noInherit(Constraint k) {
        return k != null && k.definition().contains(" NO INHERIT");
    }

    /**
     * The name the source database gives the NOT NULL of a column of {@code f} (the source table with the explicit
     * renames applied): the catalog's, or the default one for the names the table and column had before the renames;
     * null for a dialect without names.
     */
    static String currentName(DiffContext ctx, Table f, String column, Constraint k) {
        if (k != null) {
            return k.name();
        }
        String inherited = inheritedName(ctx, f, column);
        if (inherited != null) {
            return inherited;
        }
        String table = originalTable(ctx.options(), f.schema(), f.name());
        String col = column;
        for (DiffOptions.Rename r : ctx.options().renames()) {
            if (r.kind() == DiffOptions.Rename.Kind.COLUMN && r.schema().equals(f.schema()) && r.to().equals(column)
                    && (r.table().equals(f.name()) || r.table().equals(table))) {
                col = r.column();
            }
        }
        return ctx.rules().defaultNotNullName(table, col);
    }

    /**
     * The name a kept NOT NULL column's constraint must get, or null when any will do: the target's own name; or,
     * when the source has a name of its own and the target none, the default name again (so that a revert undoes
     * the rename) unless another constraint of the table has it. A source name PostgreSQL could have given under
     * any table name is not the schema's own: after {@code ALTER TABLE t RENAME TO t2} the constraints keep their
     * {@code t_…_not_null} names, and a later comparison (drift, generate's proof) knows nothing of the rename.
     */
    static String wantedName(DiffContext ctx, Table f, Table t, String column, Constraint fromNn, Constraint toNn) {
        if (explicit(ctx, t, toNn)) {
            return toNn.name();
        }
        if (toNn != null || fromNn == null || ctx.rules().generatedNotNullName(fromNn.name(), null)) {
            return null;
        }
        String name = ctx.rules().defaultNotNullName(t.name(), column);
        boolean taken = name == null || t.constraints().stream().anyMatch(k -> k.name().equals(name))
                || f.constraints().stream().anyMatch(k -> k.name().equals(name))
                || f.columns().stream().anyMatch(c -> c.notNull() && !c.name().equals(column)
                        && name.equals(currentName(ctx, f, c.name(), of(f, c.name()))));
        return taken ? null : name;
    }

    /**
     * The name of an inherited NOT NULL (which the catalog leaves to the parent): a table created with {@code INHERITS}
     * gets its parent's constraint under the parent's name. Null when the column is not inherited NOT NULL.
     */
    private static String inheritedName(DiffContext ctx, Table f, String column) {
        boolean inherited = f.columns().stream().anyMatch(c -> c.name().equals(column) && c.inherited() && c.notNull());
        for (String p : inherited ? f.inherits() : List.<String>of()) {
            Table parent = Inheritance.table(ctx, ctx.from(), p);
            if (parent != null && parent.columns().stream().anyMatch(c -> c.name().equals(column) && c.notNull())) {
                return currentName(ctx, parent, column, of(parent, column));
            }
        }
        return null;
    }

    /** The name a table had before an explicit rename (its own name when it is not renamed). */
    static String originalTable(DiffOptions options, String schema, String table) {
        for (DiffOptions.Rename r : options.renames()) {
            if (r.kind() == DiffOptions.Rename.Kind.TABLE && r.schema().equals(schema) && r.to().equals(table)) {
                return r.table();
            }
        }
        return table;
    }
}
