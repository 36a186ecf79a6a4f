package dev.cairn.postgres.inspect;

import dev.cairn.catalog.Index;
import java.sql.Connection;
import java.sql.SQLException;

/** Indexes ({@code indexes.sql}) of the tables and materialized views already read. */
final class IndexReader {
    private static final InspectSql SQL = InspectSql.load("indexes.sql");

    private IndexReader() {}

    static void read(Connection c, InspectState state) throws SQLException {
        SQL.run(c, state, rs -> {
            Index index = new Index(rs.getString("name"), rs.getString("definition"), rs.getBoolean("is_unique"),
                    rs.getString("comment"), rs.getString("attached_to"));
            long relation = rs.getLong("relation");
            TableBuilder t = state.tables.get(relation);
            if (t != null) {
                t.indexes.add(index);
            } else if (state.views.containsKey(relation)) {
                state.views.get(relation).indexes.add(index);
            }
        });
    }
}
