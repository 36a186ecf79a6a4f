package dev.cairn.diff;

/**
 * Names an object for COMMENT ON / ALTER … OWNER TO: {@code kind} is the SQL object kind; {@code table}
 * is set for columns, constraints, triggers and policies (which live on a table); {@code args} holds a
 * routine's identity arguments.
 */
public record Target(Kind kind, String schema, String table, String name, String args) {

    public enum Kind {
        SCHEMA("SCHEMA"), EXTENSION("EXTENSION"), TYPE("TYPE"), DOMAIN("DOMAIN"), SEQUENCE("SEQUENCE"),
        TABLE("TABLE"), VIEW("VIEW"), MATERIALIZED_VIEW("MATERIALIZED VIEW"), FUNCTION("FUNCTION"),
        PROCEDURE("PROCEDURE"), AGGREGATE("AGGREGATE"), COLUMN("COLUMN"), CONSTRAINT("CONSTRAINT"),
        INDEX("INDEX"), TRIGGER("TRIGGER"), POLICY("POLICY");

        public final String sql;

        Kind(String sql) {
            this.sql = sql;
        }
    }

    public static Target of(Kind kind, String schema, String name) {
        return new Target(kind, schema, null, name, null);
    }

    public static Target onTable(Kind kind, String schema, String table, String name) {
        return new Target(kind, schema, table, name, null);
    }

    /** {@code schema.name}, {@code schema.table.column}, {@code name on schema.table}, {@code schema.f(args)}. */
    public String displayName() {
        String s = schema == null ? "" : schema + ".";
        return switch (kind) {
            case COLUMN -> s + table + "." + name;
            case CONSTRAINT, TRIGGER, POLICY -> name + " on " + s + table;
            case FUNCTION, PROCEDURE, AGGREGATE -> s + name + "(" + args + ")";
            default -> s + name;
        };
    }
}
