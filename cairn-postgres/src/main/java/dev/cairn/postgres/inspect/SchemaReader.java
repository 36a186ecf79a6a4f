package dev.cairn.postgres.inspect;

import dev.cairn.catalog.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Schemas ({@code schemas.sql}), filtered by the options; their oids become every later query's parameter. */
final class SchemaReader {
    private static final InspectSql SQL = InspectSql.load("schemas.sql");

    private SchemaReader() {}

    static void read(Connection c, InspectState state) throws SQLException {
        List<Long> oids = new ArrayList<>();
        SQL.run(c, state, rs -> {
            long oid = rs.getLong("oid");
            String name = rs.getString("name");
            if (state.options.includes(name) && !state.member("pg_namespace", oid)) {
                oids.add(oid);
                state.schemaNames.put(oid, name);
                state.schemas.add(new Schema(name, rs.getString("comment"), state.owner(rs.getString("owner"))));
            }
        });
        state.namespaces(oids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
    }
}
