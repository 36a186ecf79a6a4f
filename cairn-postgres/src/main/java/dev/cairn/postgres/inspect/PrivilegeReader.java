package dev.cairn.postgres.inspect;

import dev.cairn.catalog.ObjectRef;
import dev.cairn.catalog.Privilege;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Granted privileges ({@code privileges.sql}) on the objects already read, the owner's as their difference from its
 * defaults ({@link Privilege#ofOwner()}); only when the options ask.
 */
final class PrivilegeReader {
    private static final InspectSql SQL = InspectSql.load("privileges.sql");
    private static final InspectSql DEFAULTS = InspectSql.load("default_privileges.sql");

    private PrivilegeReader() {}

    static void read(Connection c, InspectState state) throws SQLException {
        SQL.run(c, state, rs -> {
            String kind = rs.getString("kind");
            long oid = rs.getLong("oid");
            boolean known = switch (rs.getString("catalog")) {
                case "pg_namespace" -> true;
                case "pg_class" -> state.tables.containsKey(oid) || state.views.containsKey(oid) || state.sequences.containsKey(oid);
                case "pg_proc" -> state.routines.containsKey(oid);
                default -> state.types.containsKey(oid);
            };
            String identityColumn = state.identitySequences.get(oid);
            if (identityColumn != null && rs.getString("catalog").equals("pg_class")) {
                kind = ObjectRef.KIND_IDENTITY_SEQUENCE;
                known = true;
            }
            if (!known) {
                return;
            }
            String name = kind.equals(ObjectRef.KIND_IDENTITY_SEQUENCE) ? identityColumn
                    : kind.equals("column") ? rs.getString("name") + "." + rs.getString("column_name") : rs.getString("name");
            state.privileges.add(new Privilege(new ObjectRef(kind, rs.getString("schema"), name), rs.getString("grantee"),
                    rs.getString("privilege_type"), rs.getBoolean("is_grantable"), rs.getBoolean("of_owner")));
        });
        DEFAULTS.run(c, state, rs -> state.privileges.add(new Privilege(
                ObjectRef.defaultPrivileges(rs.getString("schema"), rs.getString("objects"), rs.getString("role")),
                rs.getString("grantee"), rs.getString("privilege_type"), rs.getBoolean("is_grantable"), rs.getBoolean("revoked"))));
    }
}
