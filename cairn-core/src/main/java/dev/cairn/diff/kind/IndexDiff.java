package dev.cairn.diff.kind;

import static dev.cairn.diff.DiffWalker.byKey;

import dev.cairn.catalog.Index;
import dev.cairn.catalog.Table;
import dev.cairn.diff.Change.AttachIndex;
import dev.cairn.diff.Change.CreateIndex;
import dev.cairn.diff.Change.DropIndex;
import dev.cairn.diff.Change.RenameIndex;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.order.Rank;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Indexes of tables and materialized views: created, dropped, renamed when only the name changes, dropped and
 * created again when the definition changes. A partial or expression index over a column whose type is rebuilt,
 * and any index on a column dropped and added again, is dropped and created again around it. A partition's indexes
 * attached to its parent's partitioned index are created with it ({@link PartitionIndexes}), attached when they
 * were the partition's own, renamed in place, and never dropped alone.
 */
final class IndexDiff {
    private IndexDiff() {}

    static void alter(DiffContext ctx, Table f, Table t) {
        Map<String, Index> fi = new LinkedHashMap<>();
        Map<String, Index> ti = new LinkedHashMap<>();
        boolean repartitioned = !Objects.equals(f.partitionOf(), t.partitionOf())
                || !Objects.equals(f.partitionBound(), t.partitionBound());
        for (Index i : f.indexes()) {
            if (i.attachedTo() == null) {
                fi.put(i.name(), i);
            } else if (repartitioned && t.partitionOf() == null && !PartitionIndexes.parentDropped(ctx, i)) {
                // detached for good: PostgreSQL keeps the index as the table's own (unless its parent went first)
                fi.put(i.name(), new Index(i.name(), i.definition(), i.unique(), i.comment()));
            } else if (!repartitioned && !PartitionIndexes.parentDropped(ctx, i)) {
                fi.put(i.name(), i);
            }
        }
        for (Index i : t.indexes()) {
            if (i.attachedTo() == null) {
                ti.put(i.name(), i);
            } else if (repartitioned) {
                // ATTACH PARTITION attaches the partition's matching index or creates one (named by PostgreSQL)
                if (!PartitionIndexes.parentCreated(ctx, i) && !fi.containsKey(i.name())) {
                    PartitionIndexes.named(ctx, t, i);
                }
                fi.remove(i.name());
            } else if (!PartitionIndexes.parentCreated(ctx, i)) {
                ti.put(i.name(), i);
            } else if (PartitionIndexes.kept(ctx, t, i)) {
                fi.remove(i.name()); // attached where its partitioned index is created
            }
        }
        attached(ctx, f, t, fi, ti);
        Set<String> rebuiltCols = ctx.rebuiltColumns(t.qualifiedName());
        Set<String> recreatedCols = ctx.recreatedColumns(t.qualifiedName());
        for (Index i : List.copyOf(ti.values())) {
            Index o = fi.get(i.name());
            String tail = TableParts.indexTail(i.definition());
            boolean rebuilt = (tail.contains(" WHERE ") || tail.contains("(("))
                    && (rebuiltCols.stream().anyMatch(col -> TableParts.mentions(tail, col)) || ctx.castsToRebuiltType(tail));
            // DROP COLUMN takes along any index on a column dropped and added again
            boolean recreated = recreatedCols.stream().anyMatch(col -> TableParts.mentions(tail, col));
            if (o != null && o.definition().equals(i.definition()) && (rebuilt || recreated)) {
                fi.remove(i.name());
                ti.remove(i.name());
                ctx.markRecreatedAround(t.schema() + "." + i.name());
                ctx.plain(Rank.DROP_INDEX, t.schema() + "." + i.name(), new DropIndex(t.schema(), t.name(), o));
                PartitionIndexes.create(ctx, t, i);
            }
        }
        compare(ctx, t, t.schema(), t.name(), fi, ti);
    }

    /**
     * A partition's indexes attached to kept partitioned indexes: an index of its own becomes attached (ATTACH
     * PARTITION), an attached one renamed keeps its attachment. The source's attached indexes left over cannot be
     * dropped alone (they go with their partitioned index). Both are taken out of the maps.
     */
    private static void attached(DiffContext ctx, Table f, Table t, Map<String, Index> fi, Map<String, Index> ti) {
        for (Index i : List.copyOf(ti.values())) {
            if (i.attachedTo() == null) {
                continue;
            }
            ti.remove(i.name());
            Index o = fi.remove(i.name());
            if (o != null && o.attachedTo() == null) {
                ctx.emit(Rank.CREATE_INDEX, t.schema() + "." + i.name(), new AttachIndex(t.schema(), t.name(), i),
                        Set.of(PartitionIndexes.key(t.schema(), i.name())), Set.of());
            } else if (o == null) {
                Index was = fi.values().stream().filter(x -> x.attachedTo() != null && !ti.containsKey(x.name())
                        && body(x).equals(body(i))).findFirst().orElse(null);
                if (was != null) {
                    fi.remove(was.name());
                    ctx.plain(Rank.RENAME_INDEX, t.schema() + "." + was.name(), new RenameIndex(t.schema(), was.name(), i.name()));
                }
                // else a snapshot written before attached indexes were read: PostgreSQL made it with the partition
            }
        }
        fi.values().removeIf(x -> x.attachedTo() != null);
    }

    /** The indexes of a kept materialized view. */
    static void ofView(DiffContext ctx, String schema, String view, List<Index> from, List<Index> to) {
        compare(ctx, null, schema, view, byKey(from, Index::name), byKey(to, Index::name));
    }

    /** {@code table}: the table the indexes are on, null for a materialized view. */
    private static void compare(DiffContext ctx, Table table, String schema, String relation, Map<String, Index> fi,
            Map<String, Index> ti) {
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
        for (Index i : add) {
            if (table == null) {
                ctx.plain(Rank.CREATE_INDEX, schema + "." + i.name(), new CreateIndex(schema, relation, i));
            } else {
                PartitionIndexes.create(ctx, table, i);
            }
        }
    }

    /** The index definition without its name. */
    private static String body(Index i) {
        String def = i.definition();
        int on = def.indexOf(" ON ");
        return (i.unique() ? "U" : "") + (on < 0 ? def : def.substring(on));
    }
}
