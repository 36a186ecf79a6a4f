package dev.cairn.migrate;

import dev.cairn.CairnException;
import dev.cairn.Cancellation;
import dev.cairn.ExitCode;
import dev.cairn.db.ConnectionSource;
import dev.cairn.dialect.Dialects;
import dev.cairn.events.RunEvents;
import dev.cairn.exec.Outcome;
import dev.cairn.exec.Script;
import dev.cairn.exec.ScriptRunner;
import dev.cairn.migrate.MigrateResult.Failure;
import dev.cairn.migrate.MigrateResult.Step;
import dev.cairn.sql.Recovery;
import dev.cairn.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reverts applied versioned migrations by running their revert migrations ({@code U} files), newest first, down
 * to a version. It runs as {@link Migrator} applies: under the same session advisory lock, session settings
 * (lock and statement timeouts) and run deadline (the {@link Watchdog}), each U file in its own transaction
 * with its history row (or statement by statement outside one, with progress, when it must), and the same
 * reports for a stop from outside. Before changing anything it checks that every needed U file exists and
 * that the directory and history validate, and refuses otherwise.
 *
 * <p>Each successful revert appends a history row of type {@code revert}; the rows of the original migrations
 * stay, so the history shows a version applied and then reverted, and {@link MigrationState} counts the
 * version as pending again.
 */
public final class Reverter {
    private final MigrationDirectory dir;
    private final ConnectionSource db;
    private final HistoryTable history;
    private final RunSettings settings;
    private final RunEvents events;

    public Reverter(MigrationContext context) {
        this.dir = context.dir();
        this.db = context.db();
        this.history = context.history();
        this.settings = context.settings();
        this.events = context.events();
    }

    /** The plan for reverting to {@code to} (null or 0: everything), read from the history without the lock. */
    public RevertPlan plan(Version to) {
        return RevertPlan.of(dir, state(), to, settings.environment());
    }

    private MigrationState state() {
        try (Connection c = db.open()) {
            return MigrationState.of(dir, SumFile.read(dir), history.read(c), MigrationState.Options.DEFAULT);
        } catch (SQLException e) {
            throw SqlErrors.connectionFailure(db, e);
        }
    }

    /**
     * Reverts every applied versioned migration newer than {@code to} (exclusive; null or 0: every one), newest
     * first, or with {@code dryRun} returns the reverts and their SQL without changing anything.
     *
     * @throws CairnException (USAGE) when {@code to} is not an applied version, the baseline or 0
     */
    public RevertResult revert(Version to, boolean dryRun) {
        return revert(to, dryRun, null);
    }

    /**
     * Runs the reverts of a plan a person confirmed (see {@link #plan}): refused, changing nothing, when the plan
     * read under the lock differs (another run applied or reverted migrations in between).
     */
    public RevertResult revert(Version to, RevertPlan confirmed) {
        return revert(to, false, confirmed);
    }

    private RevertResult revert(Version to, boolean dryRun, RevertPlan confirmed) {
        long started = System.nanoTime();
        String target = RevertPlan.everything(to) ? "0" : to.toString();
        events.emit("run.started", "command", "rollback", "database", db.describe(), "dryRun", dryRun, "target", target);
        RevertResult result;
        try {
            if (dryRun) {
                MigrationState state = state();
                RevertPlan plan = RevertPlan.of(dir, state, to, settings.environment());
                Failure refusal = refusal(plan);
                List<Step> steps = refusal != null ? List.of() : plan.steps().stream()
                        .map(s -> new Step(s.script(), s.version(), s.description(), MigrationKind.UNDO.label(),
                                s.transactional(), 0, s.sql())).toList();
                result = new RevertResult(true, plan, steps, state, refusal, millisSince(started), null);
            } else {
                try (Watchdog watchdog = new Watchdog(db, settings.timeout(), Cancellation.process())) {
                    result = apply(to, target, started, watchdog, confirmed);
                }
            }
        } catch (CairnException e) {
            events.emit("run.finished", "command", "rollback", "status", e.exitCode().name().toLowerCase(), "reverted", 0,
                    "durationMs", millisSince(started), "exitCode", e.exitCode().code());
            throw e;
        }
        events.emit("run.finished", "command", "rollback", "status", result.failure() == null ? "ok"
                : result.exitCode().name().toLowerCase(), "reverted", dryRun ? 0 : result.steps().size(),
                "durationMs", result.durationMs(), "exitCode", result.exitCode().code());
        return result;
    }

    private RevertResult apply(Version to, String target, long started, Watchdog watchdog, RevertPlan confirmed) {
        String again = "cairn rollback --to " + target;
        List<Step> reverted = new ArrayList<>();
        RunStop stop = new RunStop(db, settings, again);
        SessionLoss loss = new SessionLoss();
        MigrationState state = null;
        RevertPlan plan = null;
        RunStop.Phase phase = RunStop.Phase.CONNECTING;
        MigrationScript running = null;
        try (Connection c = loss.watch(watchdog.connect())) {
            if (watchdog.expired()) {
                throw new SQLException("stopped while connecting", "57014");
            }
            phase = RunStop.Phase.LOCKING;
            MigrationLock.acquire(c, history, events);
            phase = RunStop.Phase.READING;
            RunSession.configure(c, settings, "rollback");
            try {
                List<HistoryEntry> rows = history.read(c);
                if (!rows.isEmpty()) {
                    history.create(c); // an older Cairn's table gains the progress columns a no-transaction revert needs
                }
                state = MigrationState.of(dir, SumFile.read(dir), rows, MigrationState.Options.DEFAULT);
                plan = RevertPlan.of(dir, state, to, settings.environment());
                Failure refusal = refusal(plan);
                if (refusal == null && confirmed != null && !confirmed.steps().equals(plan.steps())) {
                    refusal = new Failure(ExitCode.DATABASE, null, null, null, null, null, "The history of environment '"
                            + settings.environment() + "' changed after the rollback was confirmed (another run applied"
                            + " or reverted migrations): it now needs " + names(plan) + " instead of " + names(confirmed)
                            + ", so nothing was reverted. Check cairn status, then run " + again + " again.");
                }
                if (refusal != null) {
                    return new RevertResult(false, plan, List.of(), state, refusal, millisSince(started), null);
                }
                phase = RunStop.Phase.MIGRATING;
                for (RevertPlan.Step step : plan.steps()) {
                    MigrationScript u = dir.revertOf(Version.parse(step.version())).orElseThrow();
                    if (watchdog.expired()) {
                        Failure f = watchdog.stopReason().map(r -> stop.stoppedBefore(r, RunStop.Phase.MIGRATING, u,
                                reverted.size())).orElseGet(() -> notStarted(u, watchdog, again, reverted.size()));
                        return new RevertResult(false, plan, reverted, state, f, millisSince(started), null);
                    }
                    running = u;
                    Failure failure = revertOne(c, u, step, watchdog, state, reverted, plan.steps().size(), again);
                    running = null;
                    if (failure != null) {
                        return new RevertResult(false, plan, reverted, state, failure, millisSince(started), null);
                    }
                }
                MigrationState after = reverted.isEmpty() ? state
                        : MigrationState.of(dir, SumFile.read(dir), history.read(c), MigrationState.Options.DEFAULT);
                return new RevertResult(false, plan, reverted, state, null, millisSince(started), after);
            } finally {
                MigrationLock.release(c, history);
            }
        } catch (SQLException | RuntimeException e) {
            Failure f = stop.explain(watchdog, loss, phase, running, reverted.size());
            if (f != null) {
                return new RevertResult(false, plan, reverted, state, f, millisSince(started), null);
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw SqlErrors.connectionFailure(db, loss.error() != null ? loss.error() : (SQLException) e);
        }
    }

    /** Why a plan cannot run (nothing changed), or null when it can. */
    private Failure refusal(RevertPlan plan) {
        if (!plan.problems().isEmpty()) {
            List<Problem> problems = plan.problems();
            StringBuilder m = new StringBuilder("The migrations directory does not validate, so nothing was reverted");
            if (problems.size() == 1) {
                m.append(": ").append(problems.get(0).message());
            } else {
                m.append(" (").append(problems.size()).append(" problems):");
                problems.forEach(p -> m.append("\n  - ").append(p.message()));
            }
            return new Failure(ExitCode.PROBLEMS, null, null, null, null, null, m.toString());
        }
        if (!plan.complete()) {
            return new Failure(ExitCode.USAGE, plan.missing().get(0).migration(), null, null, null, null,
                    plan.missingMessage("environment '" + settings.environment() + "'"));
        }
        return null;
    }

    private Failure revertOne(Connection c, MigrationScript u, RevertPlan.Step step, Watchdog watchdog,
            MigrationState state, List<Step> reverted, int total, String again) throws SQLException {
        boolean transactional = u.transactional();
        events.emit("revert.started", "script", u.name(), "version", u.versionText(), "reverts", step.reverts(),
                "transactional", transactional, "description", u.description(), "index", reverted.size() + 1, "total", total);
        long t0 = System.nanoTime();
        int index;
        SqlStatement statement;
        SQLException error;
        boolean ended = false;
        LockRetrier.Result retried = null;
        if (transactional) {
            // The revert row rides in the same transaction as the revert: both commit, or neither. A lock timeout
            // rolls both back, so the revert may run again (lockRetries).
            retried = new LockRetrier(settings.lockRetries(), events, watchdog, "revert.retry").run(u,
                    () -> new ScriptRunner(c, watchdog).inTransaction(new Script(u.name(), u.statements()),
                            List.of(history.insertSuccessSql(u.versionText(), u.description(), MigrationKind.UNDO.label(),
                                    u.name(), u.checksum(), settings.appliedBy()))));
            Outcome outcome = retried.outcome();
            index = outcome.index();
            statement = outcome.statement();
            error = outcome.error();
            ended = outcome.status() == Outcome.Status.ENDED_TRANSACTION;
            if (outcome.done()) {
                statement = null;
            }
        } else {
            // Progress is recorded per statement, so a rerun continues where this one stopped.
            NonTransactionalRun.Outcome outcome = new NonTransactionalRun(history, settings, events, watchdog, "revert.retry")
                    .run(c, u, state.resumeOf(u), t0);
            retried = new LockRetrier.Result(null, outcome.attempts(), outcome.cutShort());
            index = outcome.failedIndex();
            statement = outcome.failed();
            error = outcome.error();
        }
        long ms = millisSince(t0);
        if (statement == null) {
            reverted.add(new Step(u.name(), u.versionText(), u.description(), MigrationKind.UNDO.label(), transactional,
                    ms, null));
            events.emit("revert.applied", "script", u.name(), "version", u.versionText(), "reverts", step.reverts(),
                    "durationMs", ms);
            return null;
        }
        if (transactional) {
            String description = u.description() + (ended ? HistoryTable.NO_TRANSACTION_SUFFIX : "");
            history.insert(c, u.versionText(), description, MigrationKind.UNDO.label(), u.name(), u.checksum(),
                    settings.appliedBy(), ms, false);
        }
        Failure report = report(u, transactional, index, statement, error, ended, watchdog, again, reverted.size(),
                retried == null ? 1 : retried.attempts(), retried == null ? null : retried.cutShort());
        events.emit("revert.failed", "script", u.name(), "version", u.versionText(), "reverts", step.reverts(),
                "durationMs", ms, "sqlState", report.sqlState(), "line", report.line(), "exitCode",
                report.exitCode().code(), "error", report.message());
        return report;
    }

    /** The one-paragraph report of a revert that failed, or was cancelled by the deadline or a stop request. */
    private Failure report(MigrationScript u, boolean transactional, int index, SqlStatement statement,
            SQLException error, boolean ended, Watchdog watchdog, String again, int reverted, int attempts,
            java.time.Duration cutShort) {
        Integer line = statement.line();
        Integer column = statement.column();
        String where = u.name() + ":" + line + ":" + column;
        String still = " Version " + u.versionText() + " is still recorded as applied.";
        String earlier = reverted == 0 ? "" : " The " + reverted + " revert(s) run before it stay reverted.";
        if (ended) {
            return new Failure(ExitCode.DATABASE, u.name(), line, column, statement.firstLine(), "25000", where
                    + ": the statement '" + statement.firstLine() + "' ended the revert's transaction, so it and the "
                    + index + " statement(s) before it were committed; Cairn stopped there and recorded " + u.name()
                    + " as failed." + still + earlier + " Check what was applied, remove the transaction control from"
                    + " the file, run `cairn sum`, then run " + again + " again.");
        }
        String sqlState = error == null ? "57014" : error.getSQLState();
        String undone = transactional
                ? "The revert's transaction was rolled back, so nothing of " + u.name() + " remains."
                : leftBehind(u, index, statement, again);
        if (watchdog.stopReason().isPresent()) {
            Cancellation.Reason reason = watchdog.stopReason().get();
            return new Failure(reason.exitCode(), u.name(), line, column, statement.firstLine(), "57014",
                    reason.describe() + " while " + u.name() + " was running: Cairn cancelled its statement at " + where
                    + " (" + statement.firstLine() + ") on the server, from a second connection. " + undone + still
                    + earlier + " The migration lock is released. Run " + again + " again to continue.");
        }
        if (cutShort != null) {
            return new Failure(ExitCode.TIMEOUT, u.name(), line, column, statement.firstLine(), sqlState, where + ": "
                    + u.name() + " timed out waiting for a lock (lockTimeout " + Migrator.format(settings.lockTimeout())
                    + ") on attempt " + attempts + ", and the wait before the next retry ("
                    + dev.cairn.config.Durations.format(cutShort) + ") would end after the run's deadline (timeout "
                    + Migrator.format(watchdog.timeout()) + " for environment '" + settings.environment() + "'), so"
                    + " Cairn stopped instead of waiting. " + undone + still + earlier + " Find the session holding the"
                    + " lock, or raise 'timeout' in cairn.yaml, then run " + again + " again.");
        }
        if (watchdog.expired()) {
            return new Failure(ExitCode.TIMEOUT, u.name(), line, column, statement.firstLine(), sqlState,
                    "The run's deadline (timeout " + Migrator.format(watchdog.timeout()) + " for environment '"
                    + settings.environment() + "') expired while " + u.name() + " was running: Cairn cancelled the"
                    + " statement at " + where + " (" + statement.firstLine() + ") from a second connection. " + undone
                    + still + earlier + " Make the revert faster, or raise 'timeout' in cairn.yaml, then run " + again
                    + " again.");
        }
        dev.cairn.sql.ServerError server = SqlErrors.describe(error);
        if (server.position() > 0) {
            SqlStatement.Position p = statement.positionOf(server.position());
            line = p.line();
            column = p.column();
            where = u.name() + ":" + line + ":" + column;
        }
        String why = switch (sqlState == null ? "" : sqlState) {
            case "55P03" -> Migrator.lockTimeoutAdvice(settings, attempts);
            case "57014" -> " It ran longer than statementTimeout (" + Migrator.format(settings.statementTimeout())
                    + "): make it faster, or raise statementTimeout for this environment.";
            default -> "";
        };
        return new Failure(ExitCode.DATABASE, u.name(), line, column, statement.firstLine(), sqlState, where + ": "
                + server.summary() + " in statement '" + statement.firstLine() + "'." + why + " " + undone + still
                + earlier + " Fix the cause (after editing " + u.name() + ", run `cairn sum`) and run " + again
                + " again.");
    }

    /** Outside a transaction, the statements that completed stay applied, and the next run continues after them. */
    private static String leftBehind(MigrationScript u, int index, SqlStatement statement, String again) {
        String done = u.name() + " ran outside a transaction: " + (index == 0 ? "none of its statements had completed"
                : "its first " + index + " statement(s) completed and stay applied (up to line "
                        + u.statements().get(index - 1).line() + ")");
        if (Dialects.current().statements().recovery(statement) == Recovery.UNKNOWN) {
            return done + ", and Cairn cannot tell whether the failed statement at line " + statement.line()
                    + " took effect. Inspect the database and finish or undo its work by hand, then run cairn repair to"
                    + " clear the failure.";
        }
        return done + "; the next " + again + " continues it at line " + statement.line()
                + " without running the completed statements again.";
    }

    private Failure notStarted(MigrationScript next, Watchdog watchdog, String again, int reverted) {
        return new Failure(ExitCode.TIMEOUT, next.name(), null, null, null, null, "The run's deadline (timeout "
                + Migrator.format(watchdog.timeout()) + " for environment '" + settings.environment() + "') expired"
                + " between reverts: " + next.name() + " and any after it were not started, and the " + reverted
                + " revert(s) run before it stay reverted. Run " + again + " again to continue, or raise 'timeout' in"
                + " cairn.yaml.");
    }

    private static String names(RevertPlan plan) {
        return plan.steps().isEmpty() ? "no revert" : String.join(", ", plan.steps().stream().map(RevertPlan.Step::script).toList());
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
