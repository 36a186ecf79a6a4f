package dev.cairn.diff.kind;

import static dev.cairn.diff.DiffWalker.byKey;

import dev.cairn.catalog.Index;
import dev.cairn.catalog.Table;
import dev.cairn.diff.Change.CreateIndex;
import dev.cairn.diff.Change.DropIndex;
import dev.cairn.diff.Change.RenameIndex;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.order.Rank;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Indexes of tables and materialized views: created, dropped, renamed when only the name changes, dropped and
 * created again when the definition changes. A partial or expression index over a column whose type is rebuilt
 * is dropped and created again around the rebuild.
 */
final class IndexDiff {
    private IndexDiff() {}

    static void alter(DiffContext ctx, Table f, Table t, Table fromParent, Table parent) {
        Map<String, Index> fi = new LinkedHashMap<>();
        f.indexes().stream().filter(i -> !TableParts.inheritedIndex(fromParent, i) && !TableParts.inheritedIndex(parent, i))
                .forEach(i -> fi.put(i.name(), i));
        Map<String, Index> ti = new LinkedHashMap<>();
        t.indexes().stream().filter(i -> !TableParts.inheritedIndex(parent, i) && !TableParts.inheritedIndex(fromParent, i))
                .forEach(i -> ti.put(i.name(), i));
        Set<String> rebuiltCols = ctx.rebuiltColumns(t.qualifiedName());
        for (Index i : List.copyOf(ti.values())) {
            Index o = fi.get(i.name());
            String tail = TableParts.indexTail(i.definition());
            if (o != null && o.definition().equals(i.definition()) && (tail.contains(" WHERE ") || tail.contains("(("))
                    && (rebuiltCols.stream().anyMatch(col -> TableParts.mentions(tail, col)) || ctx.castsToRebuiltType(tail))) {
                fi.remove(i.name());
                ti.remove(i.name());
                ctx.markRecreatedAround(t.schema() + "." + i.name());
                ctx.plain(Rank.DROP_INDEX, t.schema() + "." + i.name(), new DropIndex(t.schema(), t.name(), o));
                ctx.plain(Rank.CREATE_INDEX, t.schema() + "." + i.name(), new CreateIndex(t.schema(), t.name(), i));
            }
        }
        compare(ctx, t.schema(), t.name(), fi, ti);
    }

    /** The indexes of a kept materialized view. */
    static void ofView(DiffContext ctx, String schema, String view, List<Index> from, List<Index> to) {
        compare(ctx, schema, view, byKey(from, Index::name), byKey(to, Index::name));
    }

    private static void compare(DiffContext ctx, String schema, String relation, Map<String, Index> fi, Map<String, Index> ti) {
        List<Index> add = new ArrayList<>();
        List<Index> drop = new ArrayList<>();
        ti.forEach((n, i) -> {
            Index o = fi.get(n);
            if (o == null) {
                add.add(i);
            } else if (!o.definition().equals(i.definition())) {
                drop.add(o);
                add.add(i);
            }
        });
        fi.forEach((n, o) -> {
            if (!ti.containsKey(n)) {
                drop.add(o);
            }
        });
        for (Index a : List.copyOf(add)) {
            Index d = drop.stream().filter(x -> !ti.containsKey(x.name()) && !fi.containsKey(a.name())
                    && body(x).equals(body(a))).findFirst().orElse(null);
            if (d != null) {
                drop.remove(d);
                add.remove(a);
                ctx.plain(Rank.RENAME_INDEX, schema + "." + d.name(), new RenameIndex(schema, d.name(), a.name()));
            }
        }
        drop.forEach(i -> ctx.plain(Rank.DROP_INDEX, schema + "." + i.name(), new DropIndex(schema, relation, i)));
        add.forEach(i -> ctx.plain(Rank.CREATE_INDEX, schema + "." + i.name(), new CreateIndex(schema, relation, i)));
    }

    /** The index definition without its name. */
    private static String body(Index i) {
        String def = i.definition();
        int on = def.indexOf(" ON ");
        return (i.unique() ? "U" : "") + (on < 0 ? def : def.substring(on));
    }
}
