package dev.cairn.postgres.inspect;

import dev.cairn.catalog.Column;
import dev.cairn.catalog.CompositeType;
import dev.cairn.catalog.View;
import java.sql.Connection;
import java.sql.SQLException;

/** Columns ({@code columns.sql}) of the tables, views and composite types already read. */
final class ColumnReader {
    private static final InspectSql SQL = InspectSql.load("columns.sql");
    /** pg_attribute.attidentity of GENERATED ALWAYS; attgenerated of a virtual column (PostgreSQL 18). */
    private static final String ALWAYS = "a";
    private static final String VIRTUAL = "v";

    private ColumnReader() {}

    static void read(Connection c, InspectState state) throws SQLException {
        SQL.run(c, state, rs -> {
            long rel = rs.getLong("relation");
            String name = rs.getString("name");
            TableBuilder table = state.tables.get(rel);
            if (table != null) {
                String identity = rs.getString("identity");
                String generated = rs.getString("generated");
                String expr = rs.getString("expression");
                boolean isGenerated = generated != null && !generated.isEmpty();
                Column.Identity id = identity == null || identity.isEmpty() ? null
                        : new Column.Identity(identity.equals(ALWAYS), SequenceReader.options(rs));
                table.columns.add(new Column(name, rs.getString("type"), rs.getString("collation"), rs.getBoolean("not_null"),
                        isGenerated ? null : expr, id, isGenerated ? expr : null, rs.getString("comment"),
                        VIRTUAL.equals(generated), isGenerated ? InspectSql.strings(rs, "generated_from") : null,
                        rs.getBoolean("inherited")));
                return;
            }
            ViewBuilder view = state.views.get(rel);
            if (view != null) {
                view.columns.add(name);
                view.columnTypes.add(rs.getString("type"));
                String comment = rs.getString("comment");
                String expr = rs.getString("expression");
                if (comment != null || expr != null) {
                    view.columnSettings.add(new View.ColumnSetting(name, comment, expr));
                }
                return;
            }
            TypeBuilder composite = state.compositeByRelation.get(rel);
            if (composite != null) {
                composite.attributes.add(new CompositeType.Attribute(name, rs.getString("type"), rs.getString("collation")));
            }
        });
    }
}
