package dev.cairn.catalog;

import java.util.Comparator;

/**
 * A reference to a catalog object, used for dependencies. {@code kind} is one of the {@code KIND_*}
 * constants; {@code name} is the object's name, for a routine with its identity arguments
 * ({@code f(integer, text)}), for a column {@code table.column}.
 */
public record ObjectRef(String kind, String schema, String name) implements Comparable<ObjectRef> {
    public static final String KIND_SCHEMA = "schema";
    public static final String KIND_EXTENSION = "extension";
    public static final String KIND_TYPE = "type";
    public static final String KIND_SEQUENCE = "sequence";
    public static final String KIND_TABLE = "table";
    public static final String KIND_COLUMN = "column";
    public static final String KIND_VIEW = "view";
    public static final String KIND_ROUTINE = "routine";
    /**
     * The sequence of an identity column, named {@code table.column} (only for privileges): PostgreSQL names it when
     * the identity is added, so it is found through the column.
     */
    public static final String KIND_IDENTITY_SEQUENCE = "identity sequence";
    /**
     * A user object of a kind Cairn does not model (an operator, an operator class, a language…), named by its kind
     * and identity ({@code operator public.===(integer,integer)}): Cairn neither creates nor drops it, and warns
     * when a change needs it. It is the {@link DefinedKind#refKind()} of {@link DefinedKind#UNMODELLED}.
     */
    public static final String KIND_UNMODELLED = "unmodelled";
    /**
     * Default privileges ({@code ALTER DEFAULT PRIVILEGES}, only for privileges) of a role for a kind of objects created
     * later, in a schema or (schema null) the whole database; named {@code OBJECTS role}, e.g. {@code TABLES app}.
     */
    public static final String KIND_DEFAULT_PRIVILEGES = "default privileges";

    /** The default privileges of {@code role} for {@code objects} (TABLES, SEQUENCES, FUNCTIONS, TYPES, SCHEMAS). */
    public static ObjectRef defaultPrivileges(String schema, String objects, String role) {
        return new ObjectRef(KIND_DEFAULT_PRIVILEGES, schema, objects + " " + role);
    }

    /** For default privileges: the kind of objects they apply to. */
    public String defaultObjects() {
        return name.substring(0, name.indexOf(' '));
    }

    /** For default privileges: the role creating the objects. */
    public String defaultRole() {
        return name.substring(name.indexOf(' ') + 1);
    }

    private static final Comparator<ObjectRef> ORDER = Comparator.comparing(ObjectRef::kind)
            .thenComparing(ObjectRef::schema, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ObjectRef::name);

    @Override
    public int compareTo(ObjectRef o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return kind + " " + (schema == null ? "" : schema + ".") + name;
    }
}
