package dev.cairn.postgres.inspect;

import dev.cairn.catalog.Trigger;
import java.sql.Connection;
import java.sql.SQLException;

/** Triggers ({@code triggers.sql}) of the tables and views already read. */
final class TriggerReader {
    private static final InspectSql SQL = InspectSql.load("triggers.sql");

    private TriggerReader() {}

    static void read(Connection c, InspectState state) throws SQLException {
        SQL.run(c, state, rs -> {
            Trigger trigger = new Trigger(rs.getString("name"), rs.getString("definition"), rs.getBoolean("is_constraint"),
                    enabled(rs.getString("enabled")), rs.getString("comment"));
            long relation = rs.getLong("relation");
            TableBuilder t = state.tables.get(relation);
            if (t != null) {
                t.triggers.add(trigger);
            } else if (state.views.get(relation) != null) {
                state.views.get(relation).triggers.add(trigger); // INSTEAD OF (or statement) triggers on views
            }
        });
    }

    /** pg_trigger.tgenabled as the word ALTER TABLE uses. */
    private static String enabled(String tgenabled) {
        return switch (tgenabled) {
            case "D" -> "DISABLED";
            case "R" -> "REPLICA";
            case "A" -> "ALWAYS";
            default -> "ENABLED";
        };
    }
}
