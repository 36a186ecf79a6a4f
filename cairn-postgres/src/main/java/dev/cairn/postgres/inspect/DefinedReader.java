package dev.cairn.postgres.inspect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.catalog.DefinedKind;
import dev.cairn.catalog.DefinedObject;
import dev.cairn.catalog.ObjectRef;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@link DefinedObject}s: one query per family ({@link #QUERIES}), each returning the same columns:
 * <ul>
 * <li>{@code catalog}, {@code oid}: the object's system catalog and oid (extension members are left out; the
 *     dependency pass finds the object by them);
 * <li>{@code kind}: a {@link DefinedKind} name; {@code namespace}: its schema's oid, null for kinds without one;
 *     {@code name}, {@code address}, {@code definition} (text[]: the create statements): see {@link DefinedObject};
 * <li>{@code settings}: null or a JSON array of {@code {name, value, set, unset, implied}};
 * <li>{@code comment}, {@code owner};
 * <li>{@code on_namespace}, {@code on_relation}, {@code on_columns}: the relation (and columns) the object hangs on,
 *     when pg_depend records that as an automatic dependency the dependency pass does not read (rules, statistics).
 * </ul>
 * To add a kind, add its query to {@link #QUERIES} (and {@link DefinedKind} its constant).
 */
final class DefinedReader {
    static final List<InspectSql> QUERIES = List.of(
            InspectSql.load("defined_collations.sql"),
            InspectSql.load("defined_casts.sql"),
            InspectSql.load("defined_rules.sql"),
            InspectSql.load("defined_event_triggers.sql"),
            InspectSql.load("defined_statistics.sql"),
            InspectSql.load("defined_text_search.sql"),
            InspectSql.load("defined_foreign_data_wrappers.sql"),
            InspectSql.load("defined_foreign_servers.sql"),
            InspectSql.load("defined_user_mappings.sql"),
            InspectSql.load("defined_foreign_tables.sql"),
            InspectSql.load("defined_publications.sql"),
            InspectSql.load("defined_unmodelled.sql"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Map<String, Object>>> SETTINGS = new TypeReference<>() {};

    private DefinedReader() {}

    /** A defined object being read: its dependencies are added by {@link DependencyReader}. */
    static final class Builder {
        DefinedKind kind;
        String schema;
        String name;
        String address;
        List<String> create;
        List<DefinedObject.Setting> settings;
        String comment;
        String owner;
        String relation;
        final List<ObjectRef> dependsOn = new ArrayList<>();

        DefinedObject build(List<ObjectRef> sortedDeps) {
            return new DefinedObject(kind, schema, name, address, create, settings, comment, owner, sortedDeps, relation);
        }
    }

    static void read(Connection c, InspectState state) throws SQLException {
        for (InspectSql sql : QUERIES) {
            sql.run(c, state, rs -> {
                String catalog = rs.getString("catalog");
                long oid = rs.getLong("oid");
                if (state.member(catalog, oid)) {
                    return;
                }
                Builder b = new Builder();
                b.kind = DefinedKind.valueOf(rs.getString("kind"));
                long ns = rs.getLong("namespace");
                b.schema = rs.wasNull() ? null : state.schemaNames.get(ns);
                b.name = rs.getString("name");
                b.address = rs.getString("address");
                b.create = InspectSql.strings(rs, "definition");
                b.settings = settings(rs.getString("settings"));
                b.comment = rs.getString("comment");
                b.owner = state.owner(rs.getString("owner"));
                b.relation = relation(rs, state, b.dependsOn);
                state.defined.put(catalog + ":" + oid, b);
            });
        }
    }

    /** Adds the relation the object hangs on (and its columns) to its dependencies; returns it qualified, or null. */
    private static String relation(ResultSet rs, InspectState state, List<ObjectRef> deps) throws SQLException {
        String relation = rs.getString("on_relation");
        if (relation == null) {
            return null;
        }
        String schema = state.schemaNames.get(rs.getLong("on_namespace"));
        deps.add(new ObjectRef(ObjectRef.KIND_TABLE, schema, relation));
        for (String column : InspectSql.strings(rs, "on_columns")) {
            deps.add(new ObjectRef(ObjectRef.KIND_COLUMN, schema, relation + "." + column));
        }
        return schema + "." + relation;
    }

    private static List<DefinedObject.Setting> settings(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            List<DefinedObject.Setting> out = new ArrayList<>();
            for (Map<String, Object> s : JSON.readValue(json, SETTINGS)) {
                out.add(new DefinedObject.Setting((String) s.get("name"), (String) s.get("value"), (String) s.get("set"),
                        (String) s.get("unset"), Boolean.TRUE.equals(s.get("implied"))));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Settings the inspector built are not JSON: " + json, e);
        }
    }
}
