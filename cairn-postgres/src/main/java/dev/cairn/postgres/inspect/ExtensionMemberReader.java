package dev.cairn.postgres.inspect;

import java.sql.Connection;
import java.sql.SQLException;

/** Which objects belong to an extension ({@code extension_members.sql}); read first, every other reader skips them. */
final class ExtensionMemberReader {
    private static final InspectSql SQL = InspectSql.load("extension_members.sql");

    private ExtensionMemberReader() {}

    static void read(Connection c, InspectState state) throws SQLException {
        SQL.run(c, state, rs -> state.extensionMembers.put(rs.getString("member_catalog") + ":" + rs.getLong("member_oid"),
                rs.getString("extension")));
    }
}
