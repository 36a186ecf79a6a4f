package dev.cairn.catalog;

import java.util.List;

/**
 * A view or materialized view. {@code definition} is {@code pg_get_viewdef}'s query text;
 * {@code options} the reloptions ({@code security_barrier=true}, {@code check_option=local}…);
 * {@code indexes} only for materialized views; {@code dependsOn} the tables, columns, views, routines
 * and types its query uses (from {@code pg_depend}), so changes to them can drop and recreate it;
 * {@code triggers} its triggers ({@code INSTEAD OF} on a view; absent in snapshots written before they were read).
 * {@code columnSettings} the columns that carry a comment or a default ({@code ALTER VIEW … ALTER COLUMN … SET
 * DEFAULT}), in column order; {@code withNoData} a materialized view that is not populated ({@code WITH NO DATA}).
 * Both are absent (empty, false) in snapshots written before they were read.
 */
public record View(String schema, String name, boolean materialized, String definition, List<String> columns,
        List<String> options, List<Index> indexes, String comment, String owner, List<ObjectRef> dependsOn,
        List<Trigger> triggers, List<ColumnSetting> columnSettings, boolean withNoData) {
    public View {
        columns = List.copyOf(columns);
        options = List.copyOf(options);
        indexes = List.copyOf(indexes);
        dependsOn = List.copyOf(dependsOn);
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
        columnSettings = columnSettings == null ? List.of() : List.copyOf(columnSettings);
    }

    /** A view column's comment and default (either may be null, not both). */
    public record ColumnSetting(String name, String comment, String defaultExpr) {}

    /** A populated view without column comments or defaults. */
    public View(String schema, String name, boolean materialized, String definition, List<String> columns,
            List<String> options, List<Index> indexes, String comment, String owner, List<ObjectRef> dependsOn,
            List<Trigger> triggers) {
        this(schema, name, materialized, definition, columns, options, indexes, comment, owner, dependsOn, triggers,
                List.of(), false);
    }

    /** The setting of column {@code column}, or null. */
    public ColumnSetting columnSetting(String column) {
        return columnSettings.stream().filter(c -> c.name().equals(column)).findFirst().orElse(null);
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
