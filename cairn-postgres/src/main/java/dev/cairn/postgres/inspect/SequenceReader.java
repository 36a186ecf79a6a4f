package dev.cairn.postgres.inspect;

import dev.cairn.catalog.Sequence;
import dev.cairn.catalog.SequenceOptions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Sequences ({@code sequences.sql}), except identity columns' (they belong to the column). */
final class SequenceReader {
    private static final InspectSql SQL = InspectSql.load("sequences.sql");
    /** pg_depend.deptype of an identity column's sequence. */
    private static final String INTERNAL = "i";

    private SequenceReader() {}

    static void read(Connection c, InspectState state) throws SQLException {
        SQL.run(c, state, rs -> {
            long oid = rs.getLong("oid");
            if (INTERNAL.equals(rs.getString("owned_deptype"))) {
                // its privileges are the column's identity sequence's
                state.identitySequences.put(oid, rs.getString("owned_by_table") + "." + rs.getString("owned_by_column"));
                return;
            }
            if (state.member("pg_class", oid)) {
                return;
            }
            String schema = state.schemaNames.get(rs.getLong("namespace"));
            String ownedBy = null;
            String ownerTable = rs.getString("owned_by_table");
            if (ownerTable != null) {
                String ownerSchema = rs.getString("owned_by_schema");
                String table = ownerSchema.equals(schema) ? ownerTable : ownerSchema + "." + ownerTable;
                ownedBy = table + "." + rs.getString("owned_by_column");
            }
            state.sequences.put(oid, new Sequence(schema, rs.getString("name"), options(rs), ownedBy,
                    rs.getString("comment"), state.owner(rs.getString("owner"))));
        });
    }

    /** The seq_* columns (of sequences.sql and columns.sql); null when there is no sequence. */
    static SequenceOptions options(ResultSet rs) throws SQLException {
        String type = rs.getString("seq_type");
        if (type == null) {
            return null;
        }
        return new SequenceOptions(type, rs.getLong("seq_start"), rs.getLong("seq_increment"), rs.getLong("seq_min"),
                rs.getLong("seq_max"), rs.getLong("seq_cache"), rs.getBoolean("seq_cycle"));
    }
}
