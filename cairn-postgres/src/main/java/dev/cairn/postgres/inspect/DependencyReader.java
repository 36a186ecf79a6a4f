package dev.cairn.postgres.inspect;

import dev.cairn.catalog.DefinedKind;
import dev.cairn.catalog.ObjectRef;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * What each object read depends on ({@code dependencies.sql}, one pass over pg_depend): routines,
 * types, tables, views, sequences, columns, extensions and defined objects (collations, text search objects), as
 * {@link ObjectRef}s on the dependent object; objects of kinds Cairn does not model as
 * {@link ObjectRef#KIND_UNMODELLED} references.
 */
final class DependencyReader {
    private static final InspectSql SQL = InspectSql.load("dependencies.sql");

    private DependencyReader() {}

    static void read(Connection c, InspectState state) throws SQLException {
        SQL.run(c, state, rs -> {
            String ownerCatalog = rs.getString("owner_catalog");
            long ownerOid = rs.getLong("owner_oid");
            String refCatalog = rs.getString("ref_catalog");
            long refOid = rs.getLong("ref_oid");
            if (ownerCatalog.equals(refCatalog) && ownerOid == refOid) {
                return;
            }
            List<ObjectRef> deps = dependsOnOf(state, ownerCatalog, ownerOid);
            if (deps == null || rs.getString("ref_name") == null) {
                return;
            }
            String extension = state.extensionOf(refCatalog, refOid);
            if (extension != null) {
                deps.add(new ObjectRef(ObjectRef.KIND_EXTENSION, null, extension));
                return;
            }
            if (refCatalog.equals("pg_class") && state.isHistoryRelation(refOid)) {
                return;
            }
            addReferenced(rs, refCatalog, deps);
        });
    }

    private static void addReferenced(ResultSet rs, String refCatalog, List<ObjectRef> deps) throws SQLException {
        String schema = rs.getString("ref_schema");
        String name = rs.getString("ref_name");
        switch (refCatalog) {
            case "pg_proc" -> deps.add(new ObjectRef(ObjectRef.KIND_ROUTINE, schema, name + "(" + rs.getString("ref_arguments") + ")"));
            case "pg_type" -> deps.add(new ObjectRef(ObjectRef.KIND_TYPE, schema, name));
            case "pg_collation" -> deps.add(new ObjectRef(DefinedKind.COLLATION.refKind(), schema, name));
            case "pg_ts_config" -> deps.add(new ObjectRef(DefinedKind.TEXT_SEARCH_CONFIGURATION.refKind(), schema, name));
            case "pg_ts_dict" -> deps.add(new ObjectRef(DefinedKind.TEXT_SEARCH_DICTIONARY.refKind(), schema, name));
            case "pg_foreign_data_wrapper" -> deps.add(new ObjectRef(DefinedKind.FOREIGN_DATA_WRAPPER.refKind(), null, name));
            case "pg_foreign_server" -> deps.add(new ObjectRef(DefinedKind.FOREIGN_SERVER.refKind(), null, name));
            case "pg_class" -> {
                String kind = switch (rs.getString("ref_relkind")) {
                    case "v", "m" -> ObjectRef.KIND_VIEW;
                    case "S" -> ObjectRef.KIND_SEQUENCE;
                    case "c" -> ObjectRef.KIND_TYPE;
                    case "f" -> DefinedKind.FOREIGN_TABLE.refKind(); // a defined object: its columns are its definition
                    default -> ObjectRef.KIND_TABLE;
                };
                deps.add(new ObjectRef(kind, schema, name));
                String column = rs.getString("ref_column");
                if (column != null && (kind.equals(ObjectRef.KIND_TABLE) || kind.equals(ObjectRef.KIND_VIEW)
                        || kind.equals(ObjectRef.KIND_SEQUENCE))) {
                    deps.add(new ObjectRef(ObjectRef.KIND_COLUMN, schema, name + "." + column));
                }
            }
            // a kind Cairn does not model: named for the differ's warning
            default -> deps.add(new ObjectRef(ObjectRef.KIND_UNMODELLED, null,
                    rs.getString("ref_type") + " " + rs.getString("ref_identity")));
        }
    }

    /** The dependsOn list of the object read as {@code catalog:oid}, or null when it was not read. */
    private static List<ObjectRef> dependsOnOf(InspectState state, String catalog, long oid) {
        switch (catalog) {
            case "pg_class" -> {
                if (state.tables.containsKey(oid)) {
                    return state.tables.get(oid).dependsOn;
                }
                if (state.views.containsKey(oid)) {
                    return state.views.get(oid).dependsOn;
                }
                TypeBuilder composite = state.compositeByRelation.get(oid);
                if (composite != null) {
                    return composite.dependsOn;
                }
                DefinedReader.Builder foreignTable = state.defined.get(catalog + ":" + oid);
                return foreignTable == null ? null : foreignTable.dependsOn;
            }
            case "pg_type" -> {
                TypeBuilder t = state.types.get(oid);
                return t == null ? null : t.dependsOn;
            }
            case "pg_proc" -> {
                RoutineBuilder r = state.routines.get(oid);
                return r == null ? null : r.dependsOn;
            }
            default -> {
                DefinedReader.Builder d = state.defined.get(catalog + ":" + oid);
                return d == null ? null : d.dependsOn;
            }
        }
    }
}
