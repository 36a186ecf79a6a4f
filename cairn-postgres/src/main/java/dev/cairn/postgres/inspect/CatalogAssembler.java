package dev.cairn.postgres.inspect;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Column;
import dev.cairn.catalog.CompositeType;
import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.DefinedObject;
import dev.cairn.catalog.DomainType;
import dev.cairn.catalog.EnumType;
import dev.cairn.catalog.Index;
import dev.cairn.catalog.ObjectRef;
import dev.cairn.catalog.Policy;
import dev.cairn.catalog.RangeType;
import dev.cairn.catalog.Routine;
import dev.cairn.catalog.Schema;
import dev.cairn.catalog.SequenceOptions;
import dev.cairn.catalog.Table;
import dev.cairn.catalog.Trigger;
import dev.cairn.catalog.View;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Turns what the readers gathered into a {@link Catalog}: sorted children, deduplicated dependencies. */
final class CatalogAssembler {
    private CatalogAssembler() {}

    static Catalog build(InspectState state) {
        List<EnumType> enums = new ArrayList<>();
        List<DomainType> domains = new ArrayList<>();
        List<CompositeType> composites = new ArrayList<>();
        List<RangeType> ranges = new ArrayList<>();
        for (TypeBuilder t : state.types.values()) {
            switch (t.kind) {
                case 'e' -> enums.add(new EnumType(t.schema, t.name, t.labels, t.comment, t.owner));
                case 'd' -> domains.add(new DomainType(t.schema, t.name, t.baseType, t.collation, t.notNull, t.defaultExpr,
                        sortedBy(t.checks, DomainType.Check::name), t.comment, t.owner, refs(t.dependsOn)));
                case 'c' -> composites.add(new CompositeType(t.schema, t.name, t.attributes, t.comment, t.owner,
                        refs(t.dependsOn)));
                case 'r' -> ranges.add(new RangeType(t.schema, t.name, t.subtype, t.subtypeOpClass, t.collation, t.canonical,
                        t.subtypeDiff, t.multirange, t.comment, t.owner, refs(t.dependsOn)));
                default -> { }
            }
        }
        Map<String, TableBuilder> byName = new HashMap<>();
        state.tables.values().forEach(t -> byName.put(t.schema + "." + t.name, t));
        List<Table> tableList = new ArrayList<>();
        for (TableBuilder t : state.tables.values()) {
            tableList.add(table(t, byName));
        }
        List<View> viewList = state.views.values().stream().map(v -> new View(v.schema, v.name, v.materialized,
                v.definition, v.columns, v.options, sortedBy(v.indexes, Index::name), v.comment, v.owner, refs(v.dependsOn),
                sortedBy(v.triggers, Trigger::name), v.columnSettings, v.withNoData, v.readsItself,
                v.columnTypes)).toList();
        List<Routine> routineList = state.routines.values().stream().map(r -> new Routine(r.schema, r.name,
                r.identityArguments, r.kind, r.language, r.returnType, r.volatility, r.securityDefiner, r.definition,
                r.comment, r.owner, refs(r.dependsOn))).toList();
        List<Schema> schemaList = state.schemas;
        String s = state.historyOnlySchemaCandidate();
        if (s != null) {
            // Cairn created this schema for its history table: leave it out when nothing else is in it.
            boolean used = tableList.stream().anyMatch(t -> t.schema().equals(s)) || viewList.stream().anyMatch(v -> v.schema().equals(s))
                    || routineList.stream().anyMatch(r -> r.schema().equals(s))
                    || state.sequences.values().stream().anyMatch(q -> q.schema().equals(s))
                    || state.types.values().stream().anyMatch(t -> t.schema.equals(s))
                    || state.extensions.stream().anyMatch(e -> e.schema().equals(s))
                    || state.defined.values().stream().anyMatch(d -> s.equals(d.schema));
            if (!used) {
                schemaList = state.schemas.stream().filter(x -> !x.name().equals(s)).toList();
            }
        }
        List<DefinedObject> defined = state.defined.values().stream().map(b -> b.build(refs(b.dependsOn))).toList();
        return new Catalog(schemaList, state.extensions, enums, domains, composites, ranges,
                List.copyOf(state.sequences.values()), tableList, viewList, routineList, state.privileges, defined);
    }

    private static Table table(TableBuilder t, Map<String, TableBuilder> byName) {
        List<Column> cols = t.columns;
        if (t.partitionOf != null && cols.stream().anyMatch(col -> col.identity() != null && col.identity().options() == null)) {
            // A partition's identity column draws from its root's sequence (PostgreSQL 17+).
            cols = cols.stream().map(col -> col.identity() == null || col.identity().options() != null ? col
                    : col.withIdentity(new Column.Identity(col.identity().always(), rootIdentity(t, byName, col.name()))))
                    .toList();
        }
        return new Table(t.schema, t.name, t.unlogged, cols, sortedBy(t.constraints, Constraint::name),
                sortedBy(t.indexes, Index::name), sortedBy(t.triggers, Trigger::name), sortedBy(t.policies, Policy::name),
                t.rowSecurity, t.forceRowSecurity, t.partitionKey, t.partitionOf, t.partitionBound, t.comment, t.owner,
                refs(t.dependsOn), t.inherits, t.storageParameters);
    }

    /** The identity options of {@code column} in the nearest ancestor of a partition that has them. */
    private static SequenceOptions rootIdentity(TableBuilder partition, Map<String, TableBuilder> byName, String column) {
        Set<String> seen = new HashSet<>();
        TableBuilder t = byName.get(partition.partitionOf);
        while (t != null && seen.add(t.name)) {
            for (Column col : t.columns) {
                if (col.name().equals(column) && col.identity() != null && col.identity().options() != null) {
                    return col.identity().options();
                }
            }
            t = t.partitionOf == null ? null : byName.get(t.partitionOf);
        }
        return null;
    }

    private static List<ObjectRef> refs(List<ObjectRef> refs) {
        return List.copyOf(new TreeSet<>(refs));
    }

    private static <T> List<T> sortedBy(List<T> items, Function<T, String> key) {
        return items.stream().sorted(Comparator.comparing(key)).toList();
    }
}
