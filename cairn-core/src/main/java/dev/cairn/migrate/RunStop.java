package dev.cairn.migrate;

import dev.cairn.Cancellation;
import dev.cairn.ExitCode;
import dev.cairn.db.ConnectionSource;
import dev.cairn.migrate.MigrateResult.Failure;
import dev.cairn.sql.SqlStatement;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The one-paragraph reports of a run that ended from outside a migration's own SQL: a stop request
 * (Ctrl-C, SIGTERM), the deadline while connecting or after abandoning a stuck session, and a session the
 * server ended. Each says what happened, what was rolled back, what stays applied and what to do.
 */
final class RunStop {
    /** Where the run was when it ended, for the report. */
    enum Phase {
        CONNECTING("connecting to "),
        LOCKING("waiting for the migration lock on "),
        READING("reading the history on "),
        MIGRATING("migrating ");

        private final String doing;

        Phase(String doing) {
            this.doing = doing;
        }
    }

    private final ConnectionSource db;
    private final RunSettings settings;
    /** What to run again to continue: {@code cairn migrate}, or {@code cairn rollback --to V} for a revert run. */
    private final String again;

    RunStop(ConnectionSource db, RunSettings settings) {
        this(db, settings, "cairn migrate");
    }

    RunStop(ConnectionSource db, RunSettings settings, String again) {
        this.db = db;
        this.settings = settings;
        this.again = again;
    }

    /**
     * The report for a run that ended by an exception from outside a migration's own SQL: a stop request,
     * the deadline, or the server ending the session under {@code running}; null for any other error.
     */
    Failure explain(Watchdog watchdog, SessionLoss loss, Phase phase, MigrationScript running, int applied) {
        Optional<Cancellation.Reason> reason = watchdog.stopReason();
        if (watchdog.abandoned()) {
            return abandoned(reason.orElse(null), phase, running, applied);
        }
        if (reason.isPresent()) {
            return running == null ? stoppedBefore(reason.get(), phase, null, applied)
                    : stoppedDuring(reason.get(), running, new Failure(reason.get().exitCode(), running.name(), null,
                            null, null, "57014", ""), applied);
        }
        if (watchdog.deadlinePassed() || watchdog.outOfTime()) {
            return switch (phase) {
                case CONNECTING -> deadlineWhileConnecting();
                case LOCKING -> deadlineWhileLocking();
                // A session whose socket read gave up past the deadline was, in effect, abandoned.
                case READING, MIGRATING -> running == null ? deadlineBefore(phase) : abandoned(null, phase, running, applied);
            };
        }
        if (running != null && loss.error() != null) {
            return sessionLost(running, loss.error(), loss.sql(), applied);
        }
        return null;
    }

    /** Stopped by a request before any migration started (connecting, waiting for the lock, or between migrations). */
    Failure stoppedBefore(Cancellation.Reason reason, Phase phase, MigrationScript next, int applied) {
        if (next == null) {
            return new Failure(reason.exitCode(), null, null, null, null, null, reason.describe() + " while "
                    + phase.doing + db.describe() + ": no migration had started, so nothing was changed. "
                    + (phase == Phase.CONNECTING ? "" : "The migration lock is released. ") + "Run " + again + " again to continue.");
        }
        return new Failure(reason.exitCode(), next.name(), null, null, null, null, reason.describe() + " between migrations: "
                + next.name() + " and any after it were not started." + stayApplied(applied)
                + " The migration lock is released. Run " + again + " again to continue.");
    }

    /** Stopped by a request while {@code script} ran: its statement was cancelled server-side and it failed. */
    Failure stoppedDuring(Cancellation.Reason reason, MigrationScript script, Failure cancelled, int applied) {
        String at = cancelled.line() == null ? "" : " at " + script.name() + ":" + cancelled.line()
                + (cancelled.column() == null ? "" : ":" + cancelled.column());
        String statement = cancelled.statement() == null ? "" : " (" + cancelled.statement() + ")";
        return new Failure(reason.exitCode(), script.name(), cancelled.line(), cancelled.column(), cancelled.statement(),
                "57014", reason.describe() + " while " + script.name() + " was running: Cairn cancelled its statement"
                + at + statement + " on the server, from a second connection. " + undone(script, cancelled.line(), true)
                + stayApplied(applied) + " The migration lock is released. Run " + again + " again to continue.");
    }

    /** The session did not answer the cancel within the grace period and was abandoned (deadline or stop request). */
    Failure abandoned(Cancellation.Reason reason, Phase phase, MigrationScript script, int applied) {
        String why = reason == null
                ? "The run's deadline (timeout " + Migrator.format(settings.timeout()) + " for environment '"
                        + settings.environment() + "') expired"
                : reason.describe() + " arrived";
        String what = script == null ? phase.doing + db.describe() : script.name() + " was running on " + db.describe();
        String rest = script == null ? " No migration had started, so nothing was changed." : " " + undone(script, null, false)
                + stayApplied(applied);
        return new Failure(reason == null ? ExitCode.TIMEOUT : reason.exitCode(), script == null ? null : script.name(),
                null, null, null, reason == null ? "57014" : null, why + " while " + what + ", and the session did not answer"
                + " Cairn's cancel within " + Migrator.format(Watchdog.GRACE) + " (a frozen network, or a stopped or"
                + " overloaded server), so Cairn abandoned the connection." + rest + " The server releases the"
                + " migration lock when it notices the closed connection; until then another run waits for it."
                + " Check the server and the network, then run " + again + " again"
                + (reason == null ? ", or raise 'timeout' in cairn.yaml." : "."));
    }

    /** The deadline passed while connecting: the server accepted nothing, or never answered. */
    Failure deadlineWhileConnecting() {
        return new Failure(ExitCode.TIMEOUT, null, null, null, null, "08001", "The run's deadline (timeout "
                + Migrator.format(settings.timeout()) + " for environment '" + settings.environment() + "') expired while"
                + " connecting to " + db.describe() + ": the server did not complete the connection in time, so nothing"
                + " was applied. Check that the server is up and reachable from here (a firewall that drops packets, or"
                + " a server too busy to answer, looks like this), or raise 'timeout' in cairn.yaml.");
    }

    /** The deadline passed while another run held the migration lock. */
    Failure deadlineWhileLocking() {
        return new Failure(ExitCode.TIMEOUT, null, null, null, null, "57014", "The run's deadline (timeout "
                + Migrator.format(settings.timeout()) + ") expired while waiting for the migration lock on " + db.describe()
                + "; nothing was applied. Find out what holds the lock (another cairn migrate?), or raise 'timeout'"
                + " for environment '" + settings.environment() + "' in cairn.yaml.");
    }

    /** The deadline passed before a migration started, while reading the history or between migrations. */
    Failure deadlineBefore(Phase phase) {
        return new Failure(ExitCode.TIMEOUT, null, null, null, null, "57014", "The run's deadline (timeout "
                + Migrator.format(settings.timeout()) + " for environment '" + settings.environment() + "') expired while "
                + phase.doing + db.describe() + "; no migration was running, and any applied earlier in this run stay applied."
                + " Run " + again + " again, or raise 'timeout' in cairn.yaml.");
    }

    /** The server ended the session while {@code script} ran (terminated backend, restart, network loss). */
    Failure sessionLost(MigrationScript script, SQLException error, String sql, int applied) {
        dev.cairn.sql.ServerError server = SqlErrors.describe(error);
        SqlStatement statement = sql == null ? null
                : script.statements().stream().filter(s -> s.sql().equals(sql)).findFirst().orElse(null);
        String where = statement == null ? script.name() : script.name() + ":" + statement.line() + ":" + statement.column();
        Integer line = statement == null ? null : statement.line();
        return new Failure(ExitCode.DATABASE, script.name(), line, statement == null ? null : statement.column(),
                statement == null ? null : statement.firstLine(), server.sqlState(), where + ": the server ended the"
                + " session while " + script.name() + " was running" + (statement == null ? "" : " (statement '"
                + statement.firstLine() + "')") + ": " + SqlErrors.sentence(server.summary()) + " " + cause(server.sqlState())
                + " " + undone(script, line, false) + stayApplied(applied) + " The server released the migration lock with"
                + " the session. Find out why the session ended, make sure the server is up, then run " + again + " again.");
    }

    private static String cause(String state) {
        return switch (state == null ? "" : state) {
            case "57P01" -> "An administrator terminated the session (pg_terminate_backend) or the server is shutting down.";
            case "57P02", "57P03" -> "The server crashed or is restarting.";
            default -> "The connection to the server was lost.";
        };
    }

    /** What of the interrupted migration remains. {@code cleanly}: Cairn itself rolled back and recorded it. */
    private static String undone(MigrationScript script, Integer line, boolean cleanly) {
        if (script.transactional()) {
            return cleanly
                    ? "The migration's transaction was rolled back, so nothing of " + script.name() + " remains; it is still pending."
                    : "It ran in one transaction, which the server rolls back when the session ends, so nothing of "
                            + script.name() + " remains; it is still pending.";
        }
        return script.name() + " ran outside a transaction, so its statements that completed"
                + (line == null ? "" : " before line " + line) + " stay applied, and the interrupted statement may have"
                + " finished on the server; cairn status shows what is recorded, and says what to do next.";
    }

    private static String stayApplied(int applied) {
        return applied == 0 ? "" : " The " + applied + " migration(s) applied before it in this run stay applied.";
    }
}
