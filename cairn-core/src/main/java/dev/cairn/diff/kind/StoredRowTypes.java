package dev.cairn.diff.kind;

import dev.cairn.catalog.Column;
import dev.cairn.catalog.Table;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.Keys;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table whose row type another kept table stores in a column (directly, or inside a composite type, a domain or an
 * array): PostgreSQL refuses to add, drop or retype its columns ("cannot alter table … because column … uses its
 * row type"), and no plan can do it without dropping that column's values. The differ says so, naming both.
 */
final class StoredRowTypes {
    private StoredRowTypes() {}

    /** Warns when {@code f}'s columns change while a kept table stores its row type. */
    static void check(DiffContext ctx, Table f, Table t) {
        if (shapes(f).equals(shapes(t))) {
            return;
        }
        String user = storingTable(ctx, Keys.relation(f.schema(), f.name()));
        if (user != null) {
            ctx.unsupported(t.qualifiedName(), "PostgreSQL cannot add, drop or change the type of columns of " + t.qualifiedName()
                    + " while table " + user + " stores its row type in a column (directly or inside a type): change or drop "
                    + "that column first, by hand, then generate again");
        }
    }

    private static List<String> shapes(Table t) {
        return t.columns().stream().map(c -> c.name() + " " + c.type()).toList();
    }

    /** A kept table storing the row type of relation {@code key}, reached through types only; null when none. */
    private static String storingTable(DiffContext ctx, String key) {
        Deque<String> todo = new ArrayDeque<>(List.of(key));
        Set<String> seen = new HashSet<>(todo);
        while (!todo.isEmpty()) {
            String k = todo.pop();
            for (String d : ctx.dependentsOf(k)) {
                if (d.startsWith(Keys.TYPE) && seen.add(d)) {
                    todo.add(d);
                }
                if (!d.startsWith(Keys.RELATION) || !ctx.existsOnBothSides(d)) {
                    continue;
                }
                Table user = ctx.from().tables().stream().filter(x -> Keys.relation(x.schema(), x.name()).equals(d)).findFirst().orElse(null);
                if (user != null && stores(ctx, user, k)) {
                    return user.qualifiedName();
                }
            }
        }
        return null;
    }

    /** Whether a column of {@code user} has the type {@code k} (a type key, or a relation's row type). */
    private static boolean stores(DiffContext ctx, Table user, String k) {
        for (Column c : user.columns()) {
            if (k.equals(ctx.typeKeyOf(c.type())) || k.equals(ctx.rowTypeRelationOf(c.type()))) {
                return true;
            }
        }
        return false;
    }
}
