package dev.cairn.postgres.inspect;

import dev.cairn.catalog.Policy;
import java.sql.Connection;
import java.sql.SQLException;

/** Row-level security policies ({@code policies.sql}) of the tables already read. */
final class PolicyReader {
    private static final InspectSql SQL = InspectSql.load("policies.sql");

    private PolicyReader() {}

    static void read(Connection c, InspectState state) throws SQLException {
        SQL.run(c, state, rs -> {
            TableBuilder t = state.tables.get(rs.getLong("relation"));
            if (t == null) {
                return;
            }
            t.policies.add(new Policy(rs.getString("name"), command(rs.getString("command")), rs.getBoolean("permissive"),
                    InspectSql.strings(rs, "roles"), rs.getString("using_expr"), rs.getString("check_expr"),
                    rs.getString("comment")));
        });
    }

    /** pg_policy.polcmd as the word CREATE POLICY uses. */
    private static String command(String polcmd) {
        return switch (polcmd) {
            case "r" -> "SELECT";
            case "a" -> "INSERT";
            case "w" -> "UPDATE";
            case "d" -> "DELETE";
            default -> "ALL";
        };
    }
}
