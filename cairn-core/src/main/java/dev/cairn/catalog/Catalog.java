package dev.cairn.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A whole schema as PostgreSQL reports it. The constructor sorts every list by (schema, name), so
 * two catalogs of the same schema are equal records however they were read.
 */
public record Catalog(List<Schema> schemas, List<Extension> extensions, List<EnumType> enums, List<DomainType> domains,
        List<CompositeType> composites, List<RangeType> ranges, List<Sequence> sequences, List<Table> tables,
        List<View> views, List<Routine> routines, List<Privilege> privileges, List<DefinedObject> defined) {

    /** A catalog without {@link DefinedObject}s. */
    public Catalog(List<Schema> schemas, List<Extension> extensions, List<EnumType> enums, List<DomainType> domains,
            List<CompositeType> composites, List<RangeType> ranges, List<Sequence> sequences, List<Table> tables,
            List<View> views, List<Routine> routines, List<Privilege> privileges) {
        this(schemas, extensions, enums, domains, composites, ranges, sequences, tables, views, routines, privileges, List.of());
    }

    public Catalog {
        schemas = sorted(schemas, s -> "", Schema::name);
        extensions = sorted(extensions, e -> "", Extension::name);
        enums = sorted(enums, EnumType::schema, EnumType::name);
        domains = sorted(domains, DomainType::schema, DomainType::name);
        composites = sorted(composites, CompositeType::schema, CompositeType::name);
        ranges = sorted(ranges, RangeType::schema, RangeType::name);
        sequences = sorted(sequences, Sequence::schema, Sequence::name);
        tables = new KeyedList<>(sorted(tables, Table::schema, Table::name), t -> key(t.schema(), t.name()));
        views = new KeyedList<>(sorted(views, View::schema, View::name), v -> key(v.schema(), v.name()));
        routines = sorted(routines, Routine::schema, Routine::signature);
        privileges = privileges.stream().sorted(Comparator.comparing(Privilege::object)
                .thenComparing(Privilege::grantee).thenComparing(Privilege::privilege)).toList();
        // snapshots written before defined objects were modelled have none
        defined = defined == null ? List.of() : defined.stream().sorted(Comparator.comparing(DefinedObject::kind)
                .thenComparing(d -> d.schema() == null ? "" : d.schema()).thenComparing(DefinedObject::name)).toList();
    }

    /** The same catalog with other {@link DefinedObject}s. */
    /** The same catalog with other tables (the test oracles normalise tables this way). */
    public Catalog withTables(List<Table> other) {
        return new Catalog(schemas, extensions, enums, domains, composites, ranges, sequences, other, views, routines,
                privileges, defined);
    }

    public Catalog withDefined(List<DefinedObject> objects) {
        return new Catalog(schemas, extensions, enums, domains, composites, ranges, sequences, tables, views, routines,
                privileges, objects);
    }

    /** NUL cannot appear in an identifier, so schema "a.b" + "c" and "a" + "b.c" stay apart. */
    private static String key(String schema, String name) {
        return schema + '\0' + name;
    }

    public static Catalog empty() {
        return new Catalog(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> schema, Function<T, String> name) {
        return items.stream().sorted(Comparator.comparing(schema).thenComparing(name)).toList();
    }

    public Optional<Table> table(String schema, String name) {
        return Optional.ofNullable(((KeyedList<Table>) tables).byKey(key(schema, name)));
    }

    public Optional<View> view(String schema, String name) {
        return Optional.ofNullable(((KeyedList<View>) views).byKey(key(schema, name)));
    }

    /** Number of objects of every kind, for summaries. */
    public int size() {
        return schemas.size() + extensions.size() + enums.size() + domains.size() + composites.size() + ranges.size()
                + sequences.size() + tables.size() + views.size() + routines.size() + defined.size();
    }
}
