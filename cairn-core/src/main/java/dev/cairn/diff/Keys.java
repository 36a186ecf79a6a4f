package dev.cairn.diff;

import dev.cairn.catalog.DefinedKind;
import dev.cairn.catalog.DefinedObject;
import dev.cairn.catalog.ObjectRef;
import dev.cairn.catalog.Routine;

/**
 * The dependency keys the differ orders changes by and remembers objects under: one namespace per kind
 * ({@code schema:}, {@code ext:}, {@code type:}, {@code rel:} for tables, views and sequences, {@code col:},
 * {@code routine:}).
 */
public final class Keys {
    private Keys() {}

    public static final String TYPE = "type:";
    public static final String RELATION = "rel:";
    public static final String COLUMN = "col:";
    public static final String ROUTINE = "routine:";
    public static final String SCHEMA = "schema:";
    public static final String EXTENSION = "ext:";
    /** {@link DefinedObject}s: {@code def:COLLATION:public.c}. */
    public static final String DEFINED = "def:";

    public static String type(String schema, String name) {
        return TYPE + schema + "." + name;
    }

    public static String relation(String schema, String name) {
        return RELATION + schema + "." + name;
    }

    public static String column(String schema, String table, String column) {
        return COLUMN + schema + "." + table + "." + column;
    }

    public static String routine(Routine r) {
        return ROUTINE + r.schema() + "." + r.signature();
    }

    public static String schema(String schema) {
        return SCHEMA + schema;
    }

    public static String extension(String name) {
        return EXTENSION + name;
    }

    public static String defined(DefinedKind kind, String schema, String name) {
        return DEFINED + kind.name() + ":" + (schema == null ? "" : schema + ".") + name;
    }

    public static String defined(DefinedObject o) {
        return defined(o.kind(), o.schema(), o.name());
    }

    /** The ordering key of a dependency; columns count as their table. */
    public static String of(ObjectRef r) {
        return switch (r.kind()) {
            case ObjectRef.KIND_SCHEMA -> schema(r.name());
            case ObjectRef.KIND_EXTENSION -> extension(r.name());
            case ObjectRef.KIND_TYPE -> type(r.schema(), r.name());
            case ObjectRef.KIND_COLUMN, ObjectRef.KIND_IDENTITY_SEQUENCE -> relation(r.schema(), tableOfColumnRef(r.name()));
            case ObjectRef.KIND_ROUTINE -> ROUTINE + r.schema() + "." + r.name();
            default -> DefinedKind.ofRefKind(r.kind()).map(k -> defined(k, r.schema(), r.name()))
                    .orElseGet(() -> relation(r.schema(), r.name()));
        };
    }

    /** The table part of a column reference's name {@code table.column}. */
    public static String tableOfColumnRef(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
