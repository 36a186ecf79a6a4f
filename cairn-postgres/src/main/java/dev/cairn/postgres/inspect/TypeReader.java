package dev.cairn.postgres.inspect;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Enums, domains, composite and range types ({@code types.sql}, one query for the four kinds). A
 * domain's checks come with the constraints, a composite's attributes with the columns.
 */
final class TypeReader {
    private static final InspectSql SQL = InspectSql.load("types.sql");

    private TypeReader() {}

    static void read(Connection c, InspectState state) throws SQLException {
        SQL.run(c, state, rs -> {
            long oid = rs.getLong("oid");
            if (state.member("pg_type", oid)) {
                return;
            }
            TypeBuilder t = new TypeBuilder();
            t.schema = state.schemaNames.get(rs.getLong("namespace"));
            t.name = rs.getString("name");
            t.kind = rs.getString("kind").charAt(0);
            t.owner = state.owner(rs.getString("owner"));
            t.comment = rs.getString("comment");
            t.labels = InspectSql.strings(rs, "labels");
            t.baseType = rs.getString("base_type");
            t.notNull = rs.getBoolean("not_null");
            t.defaultExpr = rs.getString("default_expr");
            t.collation = t.kind == 'r' ? rs.getString("range_collation") : rs.getString("domain_collation");
            t.subtype = rs.getString("subtype");
            t.subtypeOpClass = rs.getString("subtype_opclass");
            t.canonical = rs.getString("canonical");
            t.subtypeDiff = rs.getString("subtype_diff");
            String multirange = rs.getString("multirange");
            t.multirange = multirange == null || multirange.equals(PgNames.defaultMultirangeName(t.name)) ? null : multirange;
            state.types.put(oid, t);
            if (t.kind == 'c') {
                state.compositeByRelation.put(rs.getLong("relation"), t);
            }
        });
    }
}
