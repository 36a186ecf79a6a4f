package dev.cairn.drift;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Table;
import dev.cairn.catalog.View;
import dev.cairn.config.DriftSettings;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Leaves the objects {@code drift:} ignores out of a catalog. A pattern is a glob ({@code *} any run of
 * characters, dots included; {@code ?} one character) on a qualified name; it covers an object when it
 * matches the object's name or the name of anything the object lives in: {@code audit} covers schema
 * {@code audit} and all its objects, {@code public.legacy_*} a table, its columns, indexes and triggers.
 * Constraints, indexes, triggers and policies are named both {@code schema.name} and
 * {@code schema.table.name}.
 */
public final class CatalogFilter {
    private final List<Pattern> ignore;
    private final List<Pattern> ignoreSchemas;

    public CatalogFilter(DriftSettings settings) {
        this.ignore = settings.ignore().stream().map(CatalogFilter::glob).toList();
        this.ignoreSchemas = settings.ignoreSchemas().stream().map(CatalogFilter::glob).toList();
    }

    public boolean isEmpty() {
        return ignore.isEmpty() && ignoreSchemas.isEmpty();
    }

    static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (char ch : glob.toCharArray()) {
            switch (ch) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                default -> re.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.compile(re.toString());
    }

    private boolean schemaIgnored(String schema) {
        return schema != null && (ignoreSchemas.stream().anyMatch(p -> p.matcher(schema).matches()) || named(schema));
    }

    private boolean named(String... names) {
        for (String n : names) {
            if (n != null && ignore.stream().anyMatch(p -> p.matcher(n).matches())) {
                return true;
            }
        }
        return false;
    }

    /** Whether an object named {@code name} in {@code schema} is ignored (its schema, or itself). */
    public boolean ignored(String schema, String name) {
        return schemaIgnored(schema) || named(schema == null ? name : schema + "." + name);
    }

    public Catalog apply(Catalog c) {
        if (isEmpty()) {
            return c;
        }
        return new Catalog(
                keep(c.schemas(), s -> !schemaIgnored(s.name())),
                keep(c.extensions(), e -> !named(e.name()) && !schemaIgnored(e.schema())),
                keep(c.enums(), t -> !ignored(t.schema(), t.name())),
                keep(c.domains(), t -> !ignored(t.schema(), t.name())),
                keep(c.composites(), t -> !ignored(t.schema(), t.name())),
                keep(c.ranges(), t -> !ignored(t.schema(), t.name())),
                keep(c.sequences(), s -> !ignored(s.schema(), s.name())),
                c.tables().stream().filter(t -> !ignored(t.schema(), t.name())).map(this::table).toList(),
                c.views().stream().filter(v -> !ignored(v.schema(), v.name())).map(this::view).toList(),
                keep(c.routines(), r -> !ignored(r.schema(), r.name()) && !named(r.schema() + "." + r.signature())),
                keep(c.privileges(), p -> !ignored(p.object().schema(), p.object().name())),
                keep(c.defined(), d -> d.schema() == null ? !named(d.name()) : !ignored(d.schema(), d.name())));
    }

    private Table table(Table t) {
        String s = t.schema();
        String n = t.qualifiedName();
        return new Table(s, t.name(), t.unlogged(),
                keep(t.columns(), c -> !named(n + "." + c.name())),
                keep(t.constraints(), c -> !named(s + "." + c.name(), n + "." + c.name())),
                keep(t.indexes(), i -> !named(s + "." + i.name(), n + "." + i.name())),
                keep(t.triggers(), g -> !named(s + "." + g.name(), n + "." + g.name())),
                keep(t.policies(), p -> !named(s + "." + p.name(), n + "." + p.name())),
                t.rowSecurity(), t.forceRowSecurity(), t.partitionKey(), t.partitionOf(), t.partitionBound(), t.comment(),
                t.owner(), t.dependsOn()).withExtrasOf(t);
    }

    private View view(View v) {
        String s = v.schema();
        String n = v.qualifiedName();
        return new View(s, v.name(), v.materialized(), v.definition(), v.columns(), v.options(),
                keep(v.indexes(), i -> !named(s + "." + i.name(), n + "." + i.name())), v.comment(), v.owner(),
                v.dependsOn(), List.of(), v.columnSettings(), v.withNoData(), v.readsItself(), v.columnTypes());
    }

    private static <T> List<T> keep(List<T> items, Predicate<T> keep) {
        return items.stream().filter(keep).toList();
    }
}
