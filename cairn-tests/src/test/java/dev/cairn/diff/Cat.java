package dev.cairn.diff;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Column;
import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.EnumType;
import dev.cairn.catalog.Index;
import dev.cairn.catalog.ObjectRef;
import dev.cairn.catalog.Routine;
import dev.cairn.catalog.Schema;
import dev.cairn.catalog.Table;
import dev.cairn.catalog.View;
import java.util.ArrayList;
import java.util.List;

/** Hand-built catalogs for unit tests. */
final class Cat {
    final List<Table> tables = new ArrayList<>();
    final List<View> views = new ArrayList<>();
    final List<EnumType> enums = new ArrayList<>();
    final List<Routine> routines = new ArrayList<>();

    static Cat of() {
        return new Cat();
    }

    Catalog build() {
        return new Catalog(List.of(new Schema("public", null, null)), List.of(), enums, List.of(), List.of(), List.of(),
                List.of(), tables, views, routines, List.of());
    }

    Cat table(Table t) {
        tables.add(t);
        return this;
    }

    Cat view(View v) {
        views.add(v);
        return this;
    }

    Cat enumType(String name, String... labels) {
        enums.add(new EnumType("public", name, List.of(labels), null, null));
        return this;
    }

    static Column col(String name, String type) {
        return new Column(name, type, null, false, null, null, null, null);
    }

    static Column notNull(String name, String type) {
        return new Column(name, type, null, true, null, null, null, null);
    }

    static Constraint pk(String table, String... cols) {
        return new Constraint(table + "_pkey", Constraint.Type.PRIMARY_KEY, "PRIMARY KEY (" + String.join(", ", cols) + ")",
                List.of(cols), null, true, null);
    }

    static Constraint fk(String name, String col, String refTable, String refCol) {
        return new Constraint(name, Constraint.Type.FOREIGN_KEY, "FOREIGN KEY (" + col + ") REFERENCES public." + refTable + "(" + refCol + ")",
                List.of(col), "public." + refTable, true, null);
    }

    static Table table(String name, List<Column> columns, Constraint... constraints) {
        return table(name, columns, List.of(constraints), List.of());
    }

    static Table table(String name, List<Column> columns, List<Constraint> constraints, List<Index> indexes) {
        List<ObjectRef> deps = new ArrayList<>();
        for (Column c : columns) {
            if (c.type().startsWith("public.")) {
                deps.add(new ObjectRef(ObjectRef.KIND_TYPE, "public", c.type().substring(7).replace("[]", "")));
            }
        }
        return new Table("public", name, false, columns, constraints, indexes, List.of(), List.of(), false, false, null,
                null, null, null, null, deps);
    }

    static View view(String name, String sql, List<String> columns, ObjectRef... deps) {
        return new View("public", name, false, sql, columns, List.of(), List.of(), null, null, List.of(deps));
    }

    static ObjectRef colRef(String table, String column) {
        return new ObjectRef(ObjectRef.KIND_COLUMN, "public", table + "." + column);
    }

    static ObjectRef tableRef(String table) {
        return new ObjectRef(ObjectRef.KIND_TABLE, "public", table);
    }

    static ObjectRef viewRef(String view) {
        return new ObjectRef(ObjectRef.KIND_VIEW, "public", view);
    }
}
