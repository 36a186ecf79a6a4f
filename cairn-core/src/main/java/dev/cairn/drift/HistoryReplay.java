package dev.cairn.drift;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.exec.Deadline;
import dev.cairn.exec.Outcome;
import dev.cairn.exec.Script;
import dev.cairn.exec.ScriptRunner;
import dev.cairn.migrate.HistoryEntry;
import dev.cairn.sql.Identifiers;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationScript;
import dev.cairn.migrate.SqlErrors;
import dev.cairn.migrate.Version;
import dev.cairn.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds what a database's history says it ran: the successful rows of its history table, in the order
 * they were applied, each replayed from the migration directory into an empty database — versioned
 * migrations, reverts, and repeatables (at the position and, where the file still has it, the checksum
 * they were applied with). Pending migrations are not replayed: the result is what the database should
 * be now, not what the directory will make of it.
 */
public final class HistoryReplay {
    private HistoryReplay() {}

    /** What could not be replayed exactly, as notices (the history problems proper come from MigrationState). */
    public record Result(int replayed, List<String> notices) {
        public Result {
            notices = List.copyOf(notices);
        }
    }

    /**
     * @param c             a connection to an empty scratch database
     * @param defaultSchema the {@code search_path} the migrations ran with
     * @param historySchema the history table's schema, which {@code cairn migrate} creates before anything else
     * @throws CairnException (DATABASE) when a versioned migration or revert fails to replay, naming file:line
     */
    public static Result replay(MigrationDirectory dir, List<HistoryEntry> history, Connection c, String defaultSchema,
            String historySchema) {
        Map<String, MigrationScript> versioned = new HashMap<>();
        Map<String, MigrationScript> reverts = new HashMap<>();
        Map<String, MigrationScript> repeatables = new HashMap<>();
        for (MigrationScript s : dir.scripts()) {
            switch (s.kind()) {
                case VERSIONED -> versioned.put(s.version().canonical(), s);
                case UNDO -> reverts.put(s.version().canonical(), s);
                case REPEATABLE -> repeatables.put(s.description(), s);
            }
        }
        Map<String, HistoryEntry> lastRepeatable = new HashMap<>();
        history.stream().filter(HistoryEntry::success).filter(HistoryEntry::isRepeatable)
                .forEach(r -> lastRepeatable.put(r.description(), r));

        List<String> notices = new ArrayList<>();
        Set<String> ran = new HashSet<>();
        int replayed = 0;
        try {
            try (Statement s = c.createStatement()) {
                if (historySchema != null && !historySchema.isBlank()) {
                    s.execute("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(historySchema));
                }
                if (defaultSchema != null && !defaultSchema.isBlank()) {
                    s.execute("SET search_path TO " + Identifiers.quote(defaultSchema));
                }
            }
            for (HistoryEntry row : history) {
                if (!row.success()) {
                    continue;
                }
                if (row.isBaseline()) {
                    Version baseline = Version.parse(row.version());
                    int n = 0;
                    for (MigrationScript s : dir.versioned()) {
                        if (s.version().compareTo(baseline) <= 0 && ran.add(s.version().canonical())) {
                            run(c, s);
                            n++;
                            replayed++;
                        }
                    }
                    notices.add("The database was baselined at version " + row.version() + ": the " + n
                            + " migration(s) up to it in the directory are taken as what it held then.");
                } else if (row.isVersioned()) {
                    MigrationScript s = versioned.get(Version.parse(row.version()).canonical());
                    if (s != null) { // a missing file is reported as applied-missing
                        run(c, s);
                        ran.add(s.version().canonical());
                        replayed++;
                    }
                } else if (row.isRevert()) {
                    MigrationScript s = reverts.get(Version.parse(row.version()).canonical());
                    if (s == null) {
                        notices.add(row.script() + " (revert of version " + row.version() + ") was applied but is not in"
                                + " the migrations directory, so it was not replayed: the comparison may show what it removed.");
                    } else {
                        run(c, s);
                        ran.remove(s.version().canonical());
                        replayed++;
                    }
                } else if (row.isRepeatable()) {
                    MigrationScript s = repeatables.get(row.description());
                    boolean last = lastRepeatable.get(row.description()) == row;
                    if (s == null) {
                        if (last) {
                            notices.add(row.script() + " (repeatable) was applied but is not in the migrations directory,"
                                    + " so it was not replayed: the objects it created show as not expected.");
                        }
                    } else if (s.checksum().equals(row.checksum())) {
                        run(c, s);
                        replayed++;
                    } else {
                        // The applied text is gone; the current one is the best guess, and usually the same objects.
                        if (tryRun(c, s)) {
                            replayed++;
                        }
                        if (last) {
                            notices.add(s.name() + " changed since it was applied on " + row.appliedAt() + " (pending"
                                    + " for the next cairn migrate): its objects are compared with the current file, so"
                                    + " differences in them may be that change rather than drift.");
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw CairnException.database("Replaying the history into a scratch database failed: "
                    + SqlErrors.describe(e).summary() + ".", e);
        }
        return new Result(replayed, notices);
    }

    private static boolean tryRun(Connection c, MigrationScript s) throws SQLException {
        try {
            run(c, s);
            return true;
        } catch (CairnException e) {
            return false;
        }
    }

    private static void run(Connection c, MigrationScript script) throws SQLException {
        ScriptRunner runner = new ScriptRunner(c, Deadline.NONE);
        Script file = new Script(script.name(), script.statements());
        Outcome outcome = script.transactional() ? runner.inTransactionCarryingOn(file) : runner.autocommit(file);
        if (outcome.status() == Outcome.Status.COMMIT_FAILED) {
            throw outcome.error();
        }
        if (!outcome.done()) {
            SqlStatement st = outcome.statement();
            dev.cairn.sql.ServerError server = SqlErrors.describe(outcome.error());
            throw new CairnException(ExitCode.DATABASE, "Replaying " + script.name() + " into a scratch database"
                    + " failed at " + script.name() + ":" + outcome.position() + ": " + server.summary() + " in statement '"
                    + st.firstLine() + "'. Drift replays the applied migrations as they are in the directory; a"
                    + " file that no longer runs on an empty database cannot be compared.", outcome.error());
        }
    }
}
