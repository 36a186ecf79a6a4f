package dev.cairn.diff.kind;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Index;
import dev.cairn.catalog.Table;
import dev.cairn.diff.Change;
import dev.cairn.diff.Change.AttachIndex;
import dev.cairn.diff.Change.CreateIndex;
import dev.cairn.diff.Change.NameAttachedIndex;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.order.Rank;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Indexes of partitioned tables and the partitions' indexes attached to them ({@link Index#attachedTo}). A partitioned
 * index created by a plan is created {@code ON ONLY} its table, then each partition's index under its own name and
 * attached to it (so no index of a partition is picked up by chance, and custom names stay); a partition created
 * under a kept partitioned index gets its index from PostgreSQL, which names it, and is renamed when the schema names
 * it otherwise. A partition's own index (not attached) is compared like any other index.
 */
final class PartitionIndexes {
    private PartitionIndexes() {}

    /** A located index: the table it is on. */
    record Located(Table table, Index index) {}

    /** Ordering key of an index (children are created and attached after their parent). */
    static String key(String schema, String index) {
        return "idx:" + schema + "." + index;
    }

    /** The index {@code qualified} ({@code schema.name}, as {@link Index#attachedTo} writes it) in {@code c}, or null. */
    static Located find(DiffContext ctx, Catalog c, String qualified) {
        List<String> p = ctx.rules().parts(qualified);
        if (p.size() != 2) {
            return null;
        }
        for (Table t : c.tables()) {
            if (t.schema().equals(p.get(0))) {
                for (Index i : t.indexes()) {
                    if (i.name().equals(p.get(1))) {
                        return new Located(t, i);
                    }
                }
            }
        }
        return null;
    }

    /** The indexes of {@code c} attached to index {@code name} of schema {@code schema}. */
    static List<Located> children(DiffContext ctx, Catalog c, String schema, String name) {
        List<Located> out = new ArrayList<>();
        for (Table t : c.tables()) {
            for (Index i : t.indexes()) {
                if (i.attachedTo() != null && ctx.rules().parts(i.attachedTo()).equals(List.of(schema, name))) {
                    out.add(new Located(t, i));
                }
            }
        }
        return out;
    }

    /**
     * Whether the partitioned index a target index is attached to is created by the plan (new, redefined, or its
     * table created): then that creation creates and attaches this one too.
     */
    static boolean parentCreated(DiffContext ctx, Index child) {
        Located to = find(ctx, ctx.to(), child.attachedTo());
        return to != null && !same(ctx, to, ctx.from());
    }

    /** Whether the partitioned index a source index is attached to is dropped by the plan (taking this one along). */
    static boolean parentDropped(DiffContext ctx, Index child) {
        Located from = find(ctx, ctx.from(), child.attachedTo());
        return from == null || !same(ctx, from, ctx.to());
    }

    /** Whether {@code other} has the same index (name, definition) on the same table, which it does not replace. */
    private static boolean same(DiffContext ctx, Located l, Catalog other) {
        Table t = other.table(l.table().schema(), l.table().name()).orElse(null);
        if (t == null || TableParts.replaced(t, l.table())) {
            return false;
        }
        return t.indexes().stream().anyMatch(i -> i.name().equals(l.index().name()) && i.definition().equals(l.index().definition()));
    }

    /**
     * Creates {@code index} on {@code table}: a partitioned table's index {@code ON ONLY} it when the target lists its
     * partitions' indexes (else, from a snapshot written before they were read, {@code ON} it, letting PostgreSQL create
     * them), then those indexes, each attached to it, recursively.
     */
    static void create(DiffContext ctx, Table table, Index index) {
        List<Located> children = children(ctx, ctx.to(), table.schema(), index.name());
        Index own = children.isEmpty() ? new Index(index.name(), index.definition().replaceFirst(" ON ONLY ", " ON "),
                index.unique(), index.comment(), index.attachedTo()) : index;
        Set<String> requires = index.attachedTo() == null ? Set.of() : Set.of(parentKey(ctx, index));
        Change change = kept(ctx, table, index) ? new AttachIndex(table.schema(), table.name(), index)
                : new CreateIndex(table.schema(), table.name(), own);
        ctx.emit(Rank.CREATE_INDEX, table.schema() + "." + index.name(), change, Set.of(key(table.schema(), index.name())),
                requires);
        children.forEach(c -> create(ctx, c.table(), c.index()));
    }

    /**
     * Whether {@code index}, attached to a partitioned index the plan creates, already exists as the partition's own
     * index (same name and definition, the partition kept): it is attached, not created ({@link IndexDiff} keeps it).
     */
    static boolean kept(DiffContext ctx, Table table, Index index) {
        if (index.attachedTo() == null) {
            return false;
        }
        Table f = ctx.from().table(table.schema(), table.name()).orElse(null);
        return f != null && !TableParts.replaced(f, table) && f.indexes().stream().anyMatch(i -> i.attachedTo() == null
                && i.name().equals(index.name()) && i.definition().equals(index.definition()));
    }

    private static String parentKey(DiffContext ctx, Index child) {
        List<String> p = ctx.rules().parts(child.attachedTo());
        return p.size() == 2 ? key(p.get(0), p.get(1)) : child.attachedTo();
    }

    /**
     * The index PostgreSQL creates on a new partition for a kept partitioned index: renamed when PostgreSQL would
     * choose another name than the schema's.
     */
    static void named(DiffContext ctx, Table partition, Index index) {
        if (!namedByPostgres(partition, index)) {
            ctx.emit(Rank.CREATE_INDEX, partition.schema() + "." + index.name(),
                    new NameAttachedIndex(partition.schema(), partition.name(), index),
                    Set.of(key(partition.schema(), index.name())), Set.of(parentKey(ctx, index)));
        }
    }

    /**
     * Whether {@code index} has the name PostgreSQL gives the index it creates on {@code partition}: the partition's
     * name, the indexed columns' names (a function's name for its call, {@code expr} for another expression) and
     * {@code idx}, joined by underscores, with a number after {@code idx} when the name was taken. Names too long to
     * predict (over 63 bytes) are taken as its when they end in {@code idx}. A name taken as not PostgreSQL's costs
     * only a rename block that finds it right; the other way the plan's proof fails, naming the index.
     */
    static boolean namedByPostgres(Table partition, Index index) {
        List<String> columns = indexColumns(index.definition());
        String predicted = partition.name() + "_" + String.join("_", columns) + "_idx";
        if (predicted.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 63) {
            return Pattern.compile(Pattern.quote(predicted) + "\\d*").matcher(index.name()).matches();
        }
        return index.name().matches(".*_idx\\d*");
    }

    /** The names PostgreSQL uses for an index's key and INCLUDE columns in a chosen name ({@code expr} for expressions). */
    static List<String> indexColumns(String definition) {
        List<String> out = new ArrayList<>();
        int using = definition.indexOf(" USING ");
        int open = using < 0 ? -1 : definition.indexOf('(', using);
        while (open >= 0) {
            int depth = 0;
            StringBuilder item = new StringBuilder();
            boolean quoted = false;
            int i = open + 1;
            for (; i < definition.length(); i++) {
                char ch = definition.charAt(i);
                if (ch == '"') {
                    quoted = !quoted;
                } else if (!quoted && ch == '(') {
                    depth++;
                } else if (!quoted && ch == ')') {
                    if (depth-- == 0) {
                        break;
                    }
                } else if (!quoted && ch == ',' && depth == 0) {
                    out.add(columnName(item.toString().strip()));
                    item.setLength(0);
                    continue;
                }
                item.append(ch);
            }
            out.add(columnName(item.toString().strip()));
            int include = definition.indexOf(" INCLUDE (", i);
            open = include == i + 1 ? definition.indexOf('(', include) : -1;
        }
        return out;
    }

    private static String columnName(String item) {
        if (item.startsWith("\"")) {
            int end = item.indexOf('"', 1);
            return end < 0 ? "expr" : item.substring(1, end);
        }
        if (item.startsWith("(")) {
            return "expr";
        }
        java.util.regex.Matcher call = Pattern.compile("^(?:[a-z_][a-z0-9_$]*\\.)?([a-z_][a-z0-9_$]*)\\(").matcher(item);
        if (call.find()) {
            return call.group(1); // a function call is named after the function
        }
        String word = item.split("\\s+")[0];
        return word.matches("[a-z_][a-z0-9_$]*") ? word : "expr";
    }
}
