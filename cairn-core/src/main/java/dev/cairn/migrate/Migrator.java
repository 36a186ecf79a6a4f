package dev.cairn.migrate;

import dev.cairn.sql.Recovery;
import dev.cairn.sql.Identifiers;

import dev.cairn.dialect.Dialects;
import dev.cairn.Cancellation;
import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.config.Durations;
import dev.cairn.db.ConnectionSource;
import dev.cairn.events.RunEvents;
import dev.cairn.exec.Outcome;
import dev.cairn.lint.Finding;
import dev.cairn.lint.LintGate;
import dev.cairn.lint.LintReport;
import dev.cairn.exec.Script;
import dev.cairn.exec.ScriptRunner;
import dev.cairn.migrate.MigrateResult.Failure;
import dev.cairn.migrate.MigrateResult.Step;
import dev.cairn.sql.SqlStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies pending migrations: validates the directory against its sum file and the history, takes the
 * session advisory lock, then runs each migration in its own transaction (or statement by statement
 * outside one, when it must), recording each in the history table, all under the run's deadline.
 */
public final class Migrator {
    private final MigrationDirectory dir;
    private final ConnectionSource db;
    private final HistoryTable history;
    private final RunSettings settings;
    private final RunEvents events;

    public Migrator(MigrationContext context) {
        this.dir = context.dir();
        this.db = context.db();
        this.history = context.history();
        this.settings = context.settings();
        this.events = context.events();
    }

    /** Reads the history and computes the state without changing anything. */
    public MigrationState state(MigrationState.Options options) {
        try (Connection c = db.open()) {
            return MigrationState.of(dir, SumFile.read(dir), history.read(c), options);
        } catch (SQLException e) {
            throw SqlErrors.connectionFailure(db, e);
        }
    }

    /** Applies (or plans) the pending migrations without the lint gate: replays and tests of the runner. */
    public MigrateResult migrate(MigrationState.Options options, boolean dryRun) {
        return migrate(options, dryRun, LintGate.OFF);
    }

    /**
     * Applies (or plans) the pending migrations; {@code gate} lints them first and refuses, applying nothing, when it
     * finds unexcused errors of rules it does not allow. A dry run reports the findings and refuses nothing.
     */
    public MigrateResult migrate(MigrationState.Options options, boolean dryRun, LintGate gate) {
        long started = System.nanoTime();
        events.emit("run.started", "command", "migrate", "database", db.describe(), "dryRun", dryRun,
                "target", options.target() == null ? null : options.target().toString());
        MigrateResult result;
        if (dryRun) {
            MigrationState state = state(options);
            List<Step> plan = state.pending().stream().map(s -> step(s, s.transactional(), 0, s.content())).toList();
            LintReport lint = state.valid() ? gate.lint(state.pending(), settings.lockTimeout()) : LintReport.EMPTY;
            result = new MigrateResult(true, plan, state, state.valid() ? null : invalid(state), millisSince(started), null,
                    lint);
        } else {
            result = apply(options, started, gate);
        }
        events.emit("run.finished", "command", "migrate", "status", result.failure() == null ? "ok" : result.exitCode().name().toLowerCase(),
                "applied", dryRun ? 0 : result.steps().size(), "durationMs", result.durationMs(),
                "exitCode", result.exitCode().code());
        return result;
    }

    private MigrateResult apply(MigrationState.Options options, long started, LintGate gate) {
        // The watchdog bounds the whole run by its deadline and carries a stop request (Ctrl-C) to the server.
        try (Watchdog watchdog = new Watchdog(db, settings.timeout(), Cancellation.process())) {
            return apply(options, started, watchdog, gate);
        }
    }

    private MigrateResult apply(MigrationState.Options options, long started, Watchdog watchdog, LintGate gate) {
        List<Step> applied = new ArrayList<>();
        RunStop stop = new RunStop(db, settings);
        SessionLoss loss = new SessionLoss();
        MigrationState state = null;
        RunStop.Phase phase = RunStop.Phase.CONNECTING;
        MigrationScript running = null;
        try (Connection c = loss.watch(watchdog.connect())) {
            if (watchdog.expired()) {
                throw new SQLException("stopped while connecting", "57014");
            }
            phase = RunStop.Phase.LOCKING;
            // Lock first, with no timeouts: lock_timeout also bounds advisory-lock waits, and a second run
            // must wait for the first (bounded only by the run's deadline).
            MigrationLock.acquire(c, history, events);
            phase = RunStop.Phase.READING;
            RunSession.configure(c, settings, "migrate");
            try {
                history.create(c);
                state = MigrationState.of(dir, SumFile.read(dir), history.read(c), options);
                if (!state.valid()) {
                    return new MigrateResult(false, List.of(), state, invalid(state), millisSince(started), null);
                }
                List<MigrationScript> pending = state.pending();
                // The gate judges exactly what this run would apply, read under the lock.
                LintReport lint = gate.lint(pending, settings.lockTimeout());
                List<Finding> blocking = gate.blocking(lint);
                if (!blocking.isEmpty()) {
                    return new MigrateResult(false, List.of(), state, LintRefusal.of(events, blocking), millisSince(started),
                            null, lint);
                }
                phase = RunStop.Phase.MIGRATING;
                ScriptRunner runner = new ScriptRunner(c, watchdog);
                PipelineWindow window = new PipelineWindow();
                int next = 0;
                while (next < pending.size()) {
                    MigrationScript script = pending.get(next);
                    if (watchdog.expired()) {
                        Failure f = watchdog.stopReason().map(r -> stop.stoppedBefore(r, RunStop.Phase.MIGRATING, script,
                                applied.size())).orElseGet(() -> notStarted(script, watchdog));
                        return new MigrateResult(false, applied, state, f, millisSince(started), null);
                    }
                    List<MigrationScript> group = group(pending, next, window.size(), runner);
                    running = script;
                    long sent = System.nanoTime();
                    Failure failure = group.size() == 1 ? applyOne(c, script, watchdog, applied, state)
                            : applyGroup(c, group, runner, watchdog, loss, stop, applied, state);
                    window.completed(System.nanoTime() - sent);
                    running = null;
                    if (failure != null) {
                        return new MigrateResult(false, applied, state, failure, millisSince(started), null);
                    }
                    // Each pending migration, in order, became one step; after a group whose failing migration was
                    // retried alone, those after it in the group have not run yet.
                    next = applied.size();
                }
                MigrationState after = applied.isEmpty() && options.equals(MigrationState.Options.DEFAULT) ? state
                        : MigrationState.of(dir, SumFile.read(dir), history.read(c), MigrationState.Options.DEFAULT);
                return new MigrateResult(false, applied, state, null, millisSince(started), after, lint);
            } finally {
                MigrationLock.release(c, history);
            }
        } catch (SQLException | RuntimeException e) {
            Failure f = stop.explain(watchdog, loss, phase, running, applied.size());
            if (f != null) {
                return new MigrateResult(false, applied, state, f, millisSince(started), null);
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw SqlErrors.connectionFailure(db, loss.error() != null ? loss.error() : (SQLException) e);
        }
    }

    private Failure applyOne(Connection c, MigrationScript script, Watchdog watchdog, List<Step> applied,
            MigrationState state)
            throws SQLException {
        List<SqlStatement> statements = script.statements();
        boolean transactional = script.transactional();
        started(script, applied, state);
        long t0 = System.nanoTime();
        StatementFailure failure;
        if (transactional) {
            LockRetrier.Result run = retrier(watchdog).run(script, () -> inTransaction(c, script, statements, watchdog));
            failure = statementFailure(run);
        } else {
            // Progress is recorded per statement (see NonTransactionalRun), so a rerun continues where this stops.
            NonTransactionalRun run = new NonTransactionalRun(history, settings, events, watchdog);
            NonTransactionalRun.Outcome outcome = run.run(c, script, state.resumeOf(script), t0);
            failure = outcome.succeeded() ? null : new StatementFailure(outcome.failedIndex(), outcome.failed(), outcome.error(),
                    false, outcome.attempts(), outcome.cutShort());
        }
        long ms = millisSince(t0);
        if (failure == null) {
            applied(script, transactional, ms, applied);
            return null;
        }
        return failed(c, script, transactional, failure, watchdog, ms, applied);
    }

    /**
     * Applies several small transactional migrations in one round trip (see {@link ScriptRunner#inTransactions}),
     * each still in its own transaction with its history row. The events and steps come out as from one-by-one
     * runs, each with the time the server measured for it; the first one's start is announced when the batch is
     * sent, the others' when the batch returns.
     */
    private Failure applyGroup(Connection c, List<MigrationScript> group, ScriptRunner runner, Watchdog watchdog,
            SessionLoss loss, RunStop stop, List<Step> applied, MigrationState state) throws SQLException {
        started(group.get(0), applied, state);
        long t0 = System.nanoTime();
        ScriptRunner.Pipelined run = runner.inTransactions(
                group.stream().map(s -> new Script(s.name(), s.statements())).toList(),
                group.stream().map(s -> List.of(historyRow(s))).toList());
        long ms = millisSince(t0);
        boolean sessionGone = loss.error() != null || watchdog.abandoned();
        List<Long> times = run.committed() == 0 ? List.of()
                : sessionGone ? java.util.Collections.nCopies(run.committed(), ms / (run.committed() + 1))
                : history.lastExecutionTimes(c, run.committed());
        for (int k = 0; k < run.committed(); k++) {
            if (k > 0) {
                started(group.get(k), applied, state);
            }
            applied(group.get(k), true, times.get(k), applied);
        }
        if (run.failure() == null) {
            return null;
        }
        MigrationScript failing = group.get(run.committed());
        if (run.committed() > 0) {
            started(failing, applied, state);
        }
        if (sessionGone) {
            Failure lost = stop.explain(watchdog, loss, RunStop.Phase.MIGRATING, failing, applied.size());
            if (lost != null) {
                return lost;
            }
        }
        Outcome o = run.failure();
        long failingMs = Math.max(0, ms - times.stream().mapToLong(Long::longValue).sum());
        StatementFailure failure = new StatementFailure(o.index(), o.statement(), o.error());
        if (LockRetrier.lockTimeout(o) && retrier(watchdog).retries() > 0) {
            // Only the failing migration runs again, alone: those before it committed, those after it never ran.
            long t1 = System.nanoTime();
            LockRetrier.Result retried = retrier(watchdog).retry(failing, o,
                    () -> inTransaction(c, failing, failing.statements(), watchdog));
            failingMs += millisSince(t1);
            failure = statementFailure(retried);
            if (failure == null) {
                applied(failing, true, failingMs, applied);
                return null;
            }
        }
        return failed(c, failing, true, failure, watchdog, failingMs, applied);
    }

    private LockRetrier retrier(Watchdog watchdog) {
        return new LockRetrier(settings.lockRetries(), events, watchdog, "migration.retry");
    }

    /** The next round trip's migrations: up to {@code size} consecutive ones the runner can pipeline, at least one. */
    private static List<MigrationScript> group(List<MigrationScript> pending, int from, int size, ScriptRunner runner) {
        List<MigrationScript> group = new ArrayList<>();
        long chars = 0;
        for (int i = from; i < pending.size() && group.size() < size; i++) {
            MigrationScript s = pending.get(i);
            chars += s.content().length();
            if (!s.transactional() || !runner.pipelinable(new Script(s.name(), s.statements()))
                    || !group.isEmpty() && chars > PipelineWindow.MAX_CHARS) {
                break;
            }
            group.add(s);
        }
        return group.isEmpty() ? List.of(pending.get(from)) : group;
    }

    private void started(MigrationScript script, List<Step> applied, MigrationState state) {
        events.emit("migration.started", "script", script.name(), "version", script.versionText(),
                "migrationType", script.kind().label(), "transactional", script.transactional(), "description",
                script.description(), "index", applied.size() + 1, "total", state.pending().size());
    }

    private void applied(MigrationScript script, boolean transactional, long ms, List<Step> applied) {
        applied.add(step(script, transactional, ms, null));
        events.emit("migration.applied", "script", script.name(), "version", script.versionText(),
                "migrationType", script.kind().label(), "durationMs", ms);
    }

    /** Reports a migration that failed (or was stopped), with its event. */
    private Failure failed(Connection c, MigrationScript script, boolean transactional, StatementFailure failure,
            Watchdog watchdog, long ms, List<Step> applied) throws SQLException {
        if (transactional) {
            // A migration that ended its own transaction left work behind: record it as a partial failure.
            String description = script.description() + (failure.endedTransaction() ? HistoryTable.NO_TRANSACTION_SUFFIX : "");
            history.insert(c, script.versionText(), description, script.kind().label(), script.name(),
                    script.checksum(), settings.appliedBy(), ms, false);
        }
        List<SqlStatement> statements = script.statements();
        Failure report = failure.report(script, transactional, watchdog, settings, c, statements,
                Files.exists(dir.sumFile()));
        if (watchdog.stopReason().isPresent()) {
            // Stopped by a signal, not by the deadline: the event and the result both say so.
            report = new RunStop(db, settings).stoppedDuring(watchdog.stopReason().get(), script, report, applied.size());
        }
        events.emit("migration.failed", "script", script.name(), "version", script.versionText(),
                "migrationType", script.kind().label(), "durationMs", ms, "sqlState", report.sqlState(),
                "line", report.line(), "exitCode", report.exitCode().code(), "error", report.message());
        return report;
    }

    private Outcome inTransaction(Connection c, MigrationScript script, List<SqlStatement> statements,
            Watchdog watchdog) throws SQLException {
        // The history row rides in the same batch as the statements, and the COMMIT with it: one round trip.
        return new ScriptRunner(c, watchdog)
                .inTransaction(new Script(script.name(), statements), List.of(historyRow(script)));
    }

    private StatementFailure statementFailure(LockRetrier.Result run) {
        Outcome outcome = run.outcome();
        return switch (outcome.status()) {
            case DONE -> null;
            case ENDED_TRANSACTION -> new StatementFailure(outcome.index(), outcome.statement(), null, true, 1, null);
            case FAILED, NOT_STARTED, COMMIT_FAILED -> new StatementFailure(outcome.index(), outcome.statement(),
                    outcome.error(), false, run.attempts(), run.cutShort());
        };
    }

    /** The INSERT of the migration's success row, sent with its statements (the server times the migration). */
    private String historyRow(MigrationScript script) {
        return history.insertSuccessSql(script.versionText(), script.description(), script.kind().label(),
                script.name(), script.checksum(), settings.appliedBy());
    }

    private static Step step(MigrationScript s, boolean transactional, long ms, String sql) {
        return new Step(s.name(), s.versionText(), s.description(), s.kind().label(), transactional, ms, sql);
    }

    private Failure notStarted(MigrationScript next, Watchdog watchdog) {
        return new Failure(ExitCode.TIMEOUT, next.name(), null, null, null, null, "The run's deadline (timeout "
                + format(watchdog.timeout()) + " for environment '" + settings.environment() + "') expired between"
                + " migrations: " + next.name() + " and any after it were not started, and those applied before it stay"
                + " applied. Run cairn migrate again to continue, or raise 'timeout' in cairn.yaml.");
    }

    private static Failure invalid(MigrationState state) {
        // One problem per line: a run-on paragraph of several problems hides which fix comes first.
        List<Problem> problems = state.problems();
        StringBuilder m = new StringBuilder("The migrations directory does not validate, so nothing was applied");
        if (problems.size() == 1) {
            m.append(": ").append(problems.get(0).message());
        } else {
            m.append(" (").append(problems.size()).append(" problems):");
            problems.forEach(p -> m.append("\n  - ").append(p.message()));
        }
        return new Failure(ExitCode.PROBLEMS, null, null, null, null, null, m.toString());
    }

    static String format(Duration d) {
        return d.isZero() ? "off" : Durations.format(d);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** Why a statement failed with a lock timeout, and what to do, after {@code attempts} runs. */
    static String lockTimeoutAdvice(RunSettings settings, int attempts) {
        String waited = " It waited longer than lockTimeout (" + format(settings.lockTimeout()) + ") for a lock"
                + " another session holds";
        if (attempts <= 1) {
            return waited + ": retry when the table is quiet, raise lockTimeout, or set lockRetries to have Cairn"
                    + " retry it.";
        }
        int retries = attempts - 1;
        return waited + ", on each of " + attempts + " attempts (the first and " + retries + (retries == 1 ? " retry"
                : " retries") + ", lockRetries: " + settings.lockRetries().retries() + "). Find the session holding the"
                + " lock (a long transaction: see pg_stat_activity for the oldest xact_start, and pg_locks), and end it"
                + " or wait for it; or raise"
                + " lockRetries or lockTimeout for environment '" + settings.environment() + "'.";
    }

    /**
     * A statement that failed (or was not started because the deadline passed: {@code error} null), after
     * {@code attempts} runs of its migration; {@code cutShort} is the lock-retry wait the deadline left no time for.
     */
    private record StatementFailure(int index, SqlStatement statement, SQLException error, boolean endedTransaction,
            int attempts, Duration cutShort) {

        StatementFailure(int index, SqlStatement statement, SQLException error) {
            this(index, statement, error, false, 1, null);
        }

        Failure report(MigrationScript script, boolean transactional, Watchdog watchdog, RunSettings settings,
                Connection c, List<SqlStatement> all, boolean hasSumFile) {
            String where = script.name() + ":" + statement.line() + ":" + statement.column();
            Integer line = statement.line();
            Integer column = statement.column();
            if (endedTransaction) {
                return new Failure(ExitCode.DATABASE, script.name(), line, column, statement.firstLine(), "25000",
                        where + ": the statement '" + statement.firstLine() + "' ended the migration's transaction, so"
                        + " it and the " + index + " statement(s) before it were committed and stay applied; Cairn"
                        + " stopped there and recorded " + script.name() + " as failed. A migration must not end its"
                        + " own transaction: check what was applied, undo it, remove the transaction control from the"
                        + " file (or split it into separate migrations), then run cairn migrate again.");
            }
            String sqlState = error == null ? "57014" : error.getSQLState();
            String undone = transactional
                    ? "The migration's transaction was rolled back, so nothing of " + script.name() + " remains; it is still pending."
                    : leftBehind(script, c, all);
            String next = transactional || index == 0 && Dialects.current().statements().recovery(statement)
                    != Recovery.UNKNOWN
                    ? "Fix the cause" + (hasSumFile ? " (after editing the migration, run `cairn sum` to record the edit)" : "")
                            + " and run cairn migrate again; no `cairn repair` is needed."
                    : continuation(script, all, hasSumFile);
            if (cutShort != null) {
                return new Failure(ExitCode.TIMEOUT, script.name(), line, column, statement.firstLine(), sqlState,
                        where + ": " + script.name() + " timed out waiting for a lock (lockTimeout "
                        + format(settings.lockTimeout()) + ") on attempt " + attempts + ", and the wait before the next"
                        + " retry (" + Durations.format(cutShort) + ") would end after the run's deadline (timeout "
                        + format(watchdog.timeout()) + " for environment '" + settings.environment() + "'), so Cairn"
                        + " stopped instead of waiting. " + undone + " Migrations applied before it stay applied. Find"
                        + " the session holding the lock, or run cairn migrate again when the table is quiet, or"
                        + " raise 'timeout' in cairn.yaml.");
            }
            if (watchdog.expired()) {
                return new Failure(ExitCode.TIMEOUT, script.name(), line, column, statement.firstLine(), sqlState,
                        "The run's deadline (timeout " + format(watchdog.timeout()) + " for environment '"
                        + settings.environment() + "') expired while " + script.name() + " was running: Cairn cancelled"
                        + " the statement at " + where + " (" + statement.firstLine() + ") from a second connection. "
                        + undone + " Migrations applied before it stay applied. Make the migration faster or split it,"
                        + " or raise 'timeout' in cairn.yaml." + (transactional ? "" : " " + continuation(script, all, false)));
            }
            dev.cairn.sql.ServerError server = SqlErrors.describe(error);
            if (server.position() > 0) {
                SqlStatement.Position p = statement.positionOf(server.position());
                line = p.line();
                column = p.column();
                where = script.name() + ":" + line + ":" + column;
            }
            String why = switch (sqlState == null ? "" : sqlState) {
                case "55P03" -> lockTimeoutAdvice(settings, attempts);
                case "57014" -> " It ran longer than statementTimeout (" + format(settings.statementTimeout()) + "):"
                        + " make it faster, or raise statementTimeout for this environment.";
                default -> "";
            };
            return new Failure(ExitCode.DATABASE, script.name(), line, column, statement.firstLine(), sqlState,
                    where + ": " + server.summary() + " in statement '" + statement.firstLine() + "'." + why + " "
                    + undone + " " + next);
        }

        /** What to do after a failure outside a transaction: the next migrate continues after the completed statements. */
        private String continuation(MigrationScript script, List<SqlStatement> all, boolean hasSumFile) {
            if (Dialects.current().statements().recovery(statement) == Recovery.UNKNOWN) {
                return "Cairn cannot tell whether the failed statement committed part of its work (it ran outside a"
                        + " transaction): inspect the database, undo what " + script.name() + " did, then run cairn"
                        + " repair to clear the failure; the next cairn migrate runs the whole file again.";
            }
            return "Fix the cause and run cairn migrate again: it continues " + script.name() + " at line "
                    + statement.line() + " without running the " + index + " completed statement(s) again (if you"
                    + " edit the file, keep those statements as they are" + (hasSumFile ? ", then run `cairn sum`" : "")
                    + "); no `cairn repair` is needed.";
        }

        /** Outside a transaction, earlier statements stay applied: say which, and what the failed one left. */
        private String leftBehind(MigrationScript script, Connection c, List<SqlStatement> all) {
            StringBuilder m = new StringBuilder(script.name()).append(" ran outside a transaction: ");
            m.append(index == 0 ? "no earlier statement of it had run" : index + " earlier statement(s) of it stay applied"
                    + " (up to line " + all.get(index - 1).line() + ")");
            if (error == null) {
                return m.append(", and the statement at line ").append(statement.line()).append(" was not started.").toString();
            }
            Recovery recovery = Dialects.current().statements().recovery(statement);
            Optional<String> index = Dialects.current().statements().createdIndexName(statement)
                    .filter(name -> invalidIndex(c, Dialects.current().statements().createdIndex(statement).orElseThrow()));
            if (index.isPresent()) {
                m.append("; the failed concurrent build left index ").append(index.get()).append(" behind, INVALID, and"
                        + " the next cairn migrate drops it (DROP INDEX CONCURRENTLY) before building it again.");
            } else if (recovery == Recovery.IN_TRANSACTION) {
                m.append("; the failed statement itself was rolled back.");
            } else {
                m.append(".");
            }
            return m.toString();
        }

        private static boolean invalidIndex(Connection c, List<String> parts) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT NOT i.indisvalid FROM pg_index i WHERE i.indexrelid = to_regclass(?)")) {
                ps.setString(1, String.join(".", parts.stream().map(Identifiers::quote).toList()));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            } catch (SQLException e) {
                return false;
            }
        }
    }

    /** Convenience for callers that want an exception rather than a result. */
    public static void throwIfFailed(MigrateResult result) {
        if (result.failure() != null) {
            throw new CairnException(result.failure().exitCode(), result.failure().message());
        }
    }
}
