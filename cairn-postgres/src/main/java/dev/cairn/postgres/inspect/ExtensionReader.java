package dev.cairn.postgres.inspect;

import dev.cairn.catalog.Extension;
import java.sql.Connection;
import java.sql.SQLException;

/** Extensions installed in an included schema ({@code extensions.sql}). */
final class ExtensionReader {
    private static final InspectSql SQL = InspectSql.load("extensions.sql");

    private ExtensionReader() {}

    static void read(Connection c, InspectState state) throws SQLException {
        SQL.run(c, state, rs -> state.extensions.add(new Extension(rs.getString("name"),
                state.schemaNames.get(rs.getLong("namespace")), rs.getString("version"), rs.getString("comment"))));
    }
}
