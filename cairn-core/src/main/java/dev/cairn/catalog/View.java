package dev.cairn.catalog;

import dev.cairn.sql.Identifiers;
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
 * {@code readsItself}: the view's query reads the view itself (a {@code CREATE OR REPLACE VIEW v AS … FROM v}):
 * PostgreSQL leaves self-references out of pg_depend, so it is read from the view's rewrite rule; such a view is
 * created from a stand-in ({@link #standIn}). {@code columnTypes} the columns' types, in column order (what the
 * stand-in is made of). Both are absent (false, empty) in snapshots written before they were read.
 */
public record View(String schema, String name, boolean materialized, String definition, List<String> columns,
        List<String> options, List<Index> indexes, String comment, String owner, List<ObjectRef> dependsOn,
        List<Trigger> triggers, List<ColumnSetting> columnSettings, boolean withNoData, boolean readsItself,
        List<String> columnTypes) {
    public View {
        columns = List.copyOf(columns);
        columnTypes = columnTypes == null ? List.of() : List.copyOf(columnTypes);
        options = List.copyOf(options);
        indexes = List.copyOf(indexes);
        dependsOn = List.copyOf(dependsOn);
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
        columnSettings = columnSettings == null ? List.of() : List.copyOf(columnSettings);
    }

    /** A view column's comment and default (either may be null, not both). */
    public record ColumnSetting(String name, String comment, String defaultExpr) {}

    /** A view that does not read itself, without column types. */
    public View(String schema, String name, boolean materialized, String definition, List<String> columns,
            List<String> options, List<Index> indexes, String comment, String owner, List<ObjectRef> dependsOn,
            List<Trigger> triggers, List<ColumnSetting> columnSettings, boolean withNoData) {
        this(schema, name, materialized, definition, columns, options, indexes, comment, owner, dependsOn, triggers,
                columnSettings, withNoData, false, List.of());
    }

    /**
     * This view with the same name, columns and column types but a query reading nothing ({@code SELECT
     * NULL::integer AS id, …}): what a view whose query reads itself (or reads a view reading it) is created as
     * first, so that {@code CREATE OR REPLACE VIEW} can then give it its real query. Columns of unknown type
     * (snapshots written before types were read) are {@code text}.
     */
    public View standIn() {
        StringBuilder q = new StringBuilder(" SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            String type = i < columnTypes.size() ? columnTypes.get(i) : "text";
            q.append(i == 0 ? "" : ",\n    ").append("NULL::").append(type).append(" AS ")
                    .append(Identifiers.quoteIfNeeded(columns.get(i)));
        }
        return new View(schema, name, materialized, q.append(';').toString(), columns, List.of(), List.of(), null, owner,
                List.of(), List.of(), List.of(), false, false, columnTypes);
    }

    /** A populated view without column comments or defaults. */
    public View(String schema, String name, boolean materialized, String definition, List<String> columns,
            List<String> options, List<Index> indexes, String comment, String owner, List<ObjectRef> dependsOn,
            List<Trigger> triggers) {
        this(schema, name, materialized, definition, columns, options, indexes, comment, owner, dependsOn, triggers,
                List.of(), false, false, List.of());
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
