package dev.cairn.migrate;

import dev.cairn.sql.Identifiers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The session settings every run that changes the schema works under (migrate, rollback): the environment's
 * lock and statement timeouts, an application name that says who runs what, and the default schema. Set after
 * the migration lock is taken (the lock wait itself must not be bounded by lock_timeout).
 */
final class RunSession {
    private RunSession() {}

    /** @param command the Cairn command, shown in pg_stat_activity's application_name ("migrate", "rollback") */
    static void configure(Connection c, RunSettings settings, String command) throws SQLException {
        try (Statement s = c.createStatement()) { // one batch: one round trip
            s.addBatch("SET lock_timeout = " + settings.lockTimeout().toMillis());
            s.addBatch("SET statement_timeout = " + settings.statementTimeout().toMillis());
            s.addBatch("SET application_name = '" + applicationName(settings, command).replace("'", "''") + "'");
            if (settings.defaultSchema() != null && !settings.defaultSchema().isBlank()) {
                s.addBatch("SET search_path TO " + Identifiers.quote(settings.defaultSchema()));
            }
            s.executeBatch();
        } catch (java.sql.BatchUpdateException e) {
            throw e.getNextException() != null ? e.getNextException() : e; // the server's own error, as before
        }
    }

    private static String applicationName(RunSettings settings, String command) {
        String name = "cairn " + command + " " + settings.appliedBy();
        return name.length() > 63 ? name.substring(0, 63) : name;
    }
}
