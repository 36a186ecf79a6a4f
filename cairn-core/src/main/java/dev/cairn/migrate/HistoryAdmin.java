package dev.cairn.migrate;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.db.ConnectionSource;
import dev.cairn.events.RunEvents;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The commands that edit the history table itself: baseline and repair. Both run under the migration lock. */
public final class HistoryAdmin {
    private final MigrationDirectory dir;
    private final ConnectionSource db;
    private final HistoryTable history;
    private final RunSettings settings;
    private final RunEvents events;

    public HistoryAdmin(MigrationContext context) {
        this.dir = context.dir();
        this.db = context.db();
        this.history = context.history();
        this.settings = context.settings();
        this.events = context.events();
    }

    public List<HistoryEntry> read() {
        try (Connection c = db.open()) {
            return history.read(c);
        } catch (SQLException e) {
            throw SqlErrors.connectionFailure(db, e);
        }
    }

    /**
     * Marks every version up to {@code version} as applied, for a database that already has that schema.
     * Refused when migrations were already applied: a baseline only adopts an unmanaged database.
     */
    public HistoryEntry baseline(Version version, String description) {
        try (Connection c = db.open()) {
            MigrationLock.acquire(c, history, events);
            try {
                history.create(c);
                List<HistoryEntry> rows = history.read(c);
                if (rows.stream().anyMatch(HistoryEntry::success)) {
                    throw new CairnException(ExitCode.USAGE, "The database at " + db.describe() + " already has "
                            + rows.stream().filter(HistoryEntry::success).count() + " migration(s) recorded in "
                            + history.qualifiedName() + ", so it cannot be baselined: baseline only adopts a database"
                            + " that Cairn has not managed yet. Use cairn status to see what is applied.");
                }
                history.insert(c, version.toString(), description, HistoryEntry.BASELINE, "<< baseline >>", null,
                        settings.appliedBy(), 0, true);
                events.emit("history.baselined", "version", version.toString());
                return history.read(c).get(rows.size());
            } finally {
                MigrationLock.release(c, history);
            }
        } catch (SQLException e) {
            throw SqlErrors.connectionFailure(db, e);
        }
    }

    public RepairPlan planRepair() {
        return RepairPlan.of(dir, read());
    }

    /** Applies the plan in one transaction, after checking under the lock that it still holds. */
    public RepairPlan repair(RepairPlan confirmed) {
        try (Connection c = db.open()) {
            MigrationLock.acquire(c, history, events);
            try {
                RepairPlan now = RepairPlan.of(dir, history.read(c));
                if (!now.equals(confirmed)) {
                    throw new CairnException(ExitCode.DATABASE, "The history of " + db.describe() + " changed while"
                            + " you were confirming the repair (another run?); nothing was changed. Run cairn repair again.");
                }
                c.setAutoCommit(false);
                history.deleteFailed(c);
                for (RepairPlan.Realignment r : now.realignments()) {
                    history.updateChecksum(c, r.rank(), r.newChecksum());
                }
                c.commit();
                c.setAutoCommit(true);
                events.emit("history.repaired", "removedFailed", now.failedRows().size(), "realigned", now.realignments().size());
                return now;
            } finally {
                MigrationLock.release(c, history);
            }
        } catch (SQLException e) {
            throw SqlErrors.connectionFailure(db, e);
        }
    }
}
