package dev.cairn.catalog;

import java.util.List;

/**
 * A view or materialized view. {@code definition} is {@code pg_get_viewdef}'s query text;
 * {@code options} the reloptions ({@code security_barrier=true}, {@code check_option=local}…);
 * {@code indexes} only for materialized views; {@code dependsOn} the tables, columns, views, routines
 * and types its query uses (from {@code pg_depend}), so changes to them can drop and recreate it.
 */
public record View(String schema, String name, boolean materialized, String definition, List<String> columns,
        List<String> options, List<Index> indexes, String comment, String owner, List<ObjectRef> dependsOn) {
    public View {
        columns = List.copyOf(columns);
        options = List.copyOf(options);
        indexes = List.copyOf(indexes);
        dependsOn = List.copyOf(dependsOn);
    }

    public String qualifiedName() {
        return schema + "." + name;
    }
}
