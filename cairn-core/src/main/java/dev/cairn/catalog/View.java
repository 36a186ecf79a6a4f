package dev.cairn.catalog;

import java.util.List;

/**
 * A view or materialized view. {@code definition} is {@code pg_get_viewdef}'s query text;
 * {@code options} the reloptions ({@code security_barrier=true}, {@code check_option=local}…);
 * {@code indexes} only for materialized views; {@code dependsOn} the tables, columns, views, routines
 * and types its query uses (from {@code pg_depend}), so changes to them can drop and recreate it;
 * {@code triggers} its triggers ({@code INSTEAD OF} on a view; absent in snapshots written before they were read).
 */
public record View(String schema, String name, boolean materialized, String definition, List<String> columns,
        List<String> options, List<Index> indexes, String comment, String owner, List<ObjectRef> dependsOn,
        List<Trigger> triggers) {
    public View {
        columns = List.copyOf(columns);
        options = List.copyOf(options);
        indexes = List.copyOf(indexes);
        dependsOn = List.copyOf(dependsOn);
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
    }

    /** A view without triggers. */
    public View(String schema, String name, boolean materialized, String definition, List<String> columns,
            List<String> options, List<Index> indexes, String comment, String owner, List<ObjectRef> dependsOn) {
        this(schema, name, materialized, definition, columns, options, indexes, comment, owner, dependsOn, List.of());
    }

    public String qualifiedName() {
        return schema + "." + name;
    }
}
