package dev.cairn.postgres.inspect;

import dev.cairn.catalog.Routine;
import java.sql.Connection;
import java.sql.SQLException;

/** Functions, procedures and aggregates ({@code routines.sql}). */
final class RoutineReader {
    private static final InspectSql SQL = InspectSql.load("routines.sql");

    private RoutineReader() {}

    static void read(Connection c, InspectState state) throws SQLException {
        SQL.run(c, state, rs -> {
            long oid = rs.getLong("oid");
            if (state.member("pg_proc", oid)) {
                return;
            }
            RoutineBuilder r = new RoutineBuilder();
            r.schema = state.schemaNames.get(rs.getLong("namespace"));
            r.name = rs.getString("name");
            r.identityArguments = rs.getString("arguments");
            r.kind = switch (rs.getString("kind")) {
                case "p" -> Routine.Kind.PROCEDURE;
                case "a" -> Routine.Kind.AGGREGATE;
                default -> Routine.Kind.FUNCTION;
            };
            r.language = rs.getString("language");
            r.returnType = rs.getString("result_type");
            r.volatility = switch (rs.getString("volatility")) {
                case "i" -> "IMMUTABLE";
                case "s" -> "STABLE";
                default -> "VOLATILE";
            };
            r.securityDefiner = rs.getBoolean("security_definer");
            r.definition = rs.getString("definition");
            r.comment = rs.getString("comment");
            r.owner = state.owner(rs.getString("owner"));
            state.routines.put(oid, r);
        });
    }
}
