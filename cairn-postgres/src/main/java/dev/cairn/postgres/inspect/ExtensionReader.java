package dev.cairn.postgres.inspect;

import dev.cairn.catalog.Extension;
import java.sql.Connection;
import java.sql.SQLException;

/** Extensions installed in an included schema or in pg_catalog ({@code extensions.sql}), with their update paths. */
final class ExtensionReader {
    private static final InspectSql SQL = InspectSql.load("extensions.sql");

    private ExtensionReader() {}

    static void read(Connection c, InspectState state) throws SQLException {
        SQL.run(c, state, rs -> {
            // pg_catalog is not an included schema: its name comes from the query
            String schema = state.schemaNames.getOrDefault(rs.getLong("namespace"), rs.getString("schema_name"));
            java.sql.Array paths = rs.getArray("updatable_to");
            state.extensions.add(new Extension(rs.getString("name"), schema, rs.getString("version"), rs.getString("comment"),
                    paths == null ? null : java.util.List.of((String[]) paths.getArray()), (Boolean) rs.getObject("default_version")));
        });
    }
}
