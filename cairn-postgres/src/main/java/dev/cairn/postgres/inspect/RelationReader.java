package dev.cairn.postgres.inspect;

import dev.cairn.catalog.ObjectRef;
import java.sql.Connection;
import java.sql.ResultSet;
import dev.cairn.sql.Identifiers;
import java.sql.SQLException;
import java.util.List;

/** Tables and views ({@code relations.sql}), except Cairn's history table. */
final class RelationReader {
    private static final InspectSql SQL = InspectSql.load("relations.sql");

    private RelationReader() {}

    static void read(Connection c, InspectState state) throws SQLException {
        SQL.run(c, state, rs -> {
            long oid = rs.getLong("oid");
            String schema = state.schemaNames.get(rs.getLong("namespace"));
            String name = rs.getString("name");
            if (state.member("pg_class", oid) || state.excludeAsHistory(oid, schema, name)) {
                return;
            }
            char kind = rs.getString("kind").charAt(0);
            if (kind == 'v' || kind == 'm') {
                state.views.put(oid, view(rs, state, schema, name, kind == 'm'));
            } else {
                state.tables.put(oid, table(rs, state, schema, name));
            }
        });
    }

    private static ViewBuilder view(ResultSet rs, InspectState state, String schema, String name, boolean materialized)
            throws SQLException {
        ViewBuilder v = new ViewBuilder();
        v.schema = schema;
        v.name = name;
        v.materialized = materialized;
        v.definition = rs.getString("view_definition");
        v.withNoData = materialized && !rs.getBoolean("populated");
        v.readsItself = rs.getBoolean("reads_itself");
        // sorted: ALTER … SET keeps the stored order, a fresh CREATE the written one
        v.options = InspectSql.strings(rs, "options").stream().map(RelationReader::canonicalBoolean).sorted().toList();
        v.comment = rs.getString("comment");
        v.owner = state.owner(rs.getString("owner"));
        return v;
    }

    /** Boolean reloptions keep the text they were written with ({@code on}, {@code 1}): read as true or false. */
    private static final java.util.Set<String> BOOLEAN_PARAMETERS = java.util.Set.of("autovacuum_enabled", "user_catalog_table",
            "vacuum_truncate", "security_barrier", "security_invoker");

    static String canonicalBoolean(String nameValue) {
        int eq = nameValue.indexOf('=');
        if (eq < 0 || !BOOLEAN_PARAMETERS.contains(nameValue.substring(0, eq))) {
            return nameValue;
        }
        String v = nameValue.substring(eq + 1).toLowerCase(java.util.Locale.ROOT);
        String b = switch (v) {
            case "on", "true", "yes", "1", "t", "y" -> "true";
            case "off", "false", "no", "0", "f", "n" -> "false";
            default -> v;
        };
        return nameValue.substring(0, eq + 1) + b;
    }

    private static TableBuilder table(ResultSet rs, InspectState state, String schema, String name) throws SQLException {
        TableBuilder t = new TableBuilder();
        t.schema = schema;
        t.name = name;
        t.unlogged = "u".equals(rs.getString("persistence"));
        t.rowSecurity = rs.getBoolean("row_security");
        t.forceRowSecurity = rs.getBoolean("force_row_security");
        t.partitionKey = rs.getString("partition_key");
        String parent = rs.getString("parent_name");
        if (parent != null) {
            String parentSchema = rs.getString("parent_schema");
            t.partitionOf = parentSchema + "." + parent;
            t.dependsOn.add(new ObjectRef(ObjectRef.KIND_TABLE, parentSchema, parent));
        }
        List<String> parentSchemas = InspectSql.strings(rs, "inherits_schemas");
        List<String> parentNames = InspectSql.strings(rs, "inherits_names");
        for (int i = 0; i < parentNames.size(); i++) {
            t.inherits.add(Identifiers.qualified(parentSchemas.get(i), parentNames.get(i))); // quoted: a name may hold a dot
            t.dependsOn.add(new ObjectRef(ObjectRef.KIND_TABLE, parentSchemas.get(i), parentNames.get(i)));
        }
        InspectSql.strings(rs, "options").forEach(o -> t.storageParameters.add(canonicalBoolean(o)));
        InspectSql.strings(rs, "toast_options").forEach(o -> t.storageParameters.add("toast." + canonicalBoolean(o)));
        t.storageParameters.sort(null);
        t.partitionBound = rs.getString("partition_bound");
        t.comment = rs.getString("comment");
        t.owner = state.owner(rs.getString("owner"));
        return t;
    }
}
