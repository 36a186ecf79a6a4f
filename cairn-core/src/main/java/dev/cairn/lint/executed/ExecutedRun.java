package dev.cairn.lint.executed;

import dev.cairn.lint.Finding;
import dev.cairn.lint.Layer;
import dev.cairn.lint.LintReport;
import dev.cairn.lint.Severity;

import dev.cairn.catalog.Catalog;
import dev.cairn.db.ConnectionSource;
import dev.cairn.dialect.Dialects;
import dev.cairn.dialect.IntrospectOptions;
import dev.cairn.dialect.StatementRules;
import dev.cairn.drift.CatalogComparison;
import dev.cairn.drift.Difference;
import dev.cairn.exec.Deadline;
import dev.cairn.exec.Outcome;
import dev.cairn.exec.Script;
import dev.cairn.exec.ScriptRunner;
import dev.cairn.migrate.MigrationScript;
import dev.cairn.migrate.SqlErrors;
import dev.cairn.plan.LockLevel;
import dev.cairn.sql.ServerError;
import dev.cairn.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** One executed analysis on one scratch database: the replay, then each statement measured (see {@link ExecutedAnalysis}). */
final class ExecutedRun {
    private final ConnectionSource scratch;
    private final Connection a;
    private final int major;
    private final TableSizes sizes;
    private final StatementRules rules = Dialects.current().statements();
    private final List<ExecutedRules.Measured> measured = new ArrayList<>();
    private final List<Finding> failures = new ArrayList<>();
    /**
     * Above this many analysed statements the catalog is read once per migration rather than after each statement
     * (one read costs about as much as a few dozen statements on a busy machine); each change is then attributed to
     * the statement where its relation, column or constraint appeared or disappeared.
     */
    static final int PER_STATEMENT_LIMIT = 40;
    private int pid;
    private Catalog catalog;
    private boolean perStatement;
    /** The relations as the last statement left them (nothing else changes them): the next statement's "before". */
    private Relations current;

    ExecutedRun(ConnectionSource scratch, Connection a, int major, TableSizes sizes) {
        this.scratch = scratch;
        this.a = a;
        this.major = major;
        this.sizes = sizes;
    }

    ExecutedReport run(List<MigrationScript> before, List<MigrationScript> scripts) throws SQLException {
        pid = Relations.backendPid(a);
        perStatement = scripts.stream().mapToInt(s -> s.statements().size()).sum() <= PER_STATEMENT_LIMIT;
        if (replay(before, scripts.size())) {
            Relations baseline = Relations.read(a);
            Set<String> existing = new TreeSet<>();
            for (long oid : baseline.oids()) {
                Relations.Relation r = baseline.get(oid);
                if (r.lockable()) {
                    existing.add(r.qualified());
                }
            }
            catalog = introspect();
            Map<String, Set<String>> netDropped = new TreeMap<>();
            for (int k = 0; k < scripts.size(); k++) {
                Catalog atStart = catalog;
                if (!analyse(scripts.get(k), scripts.size() - k - 1)) {
                    break;
                }
                netDropped.put(scripts.get(k).name(), CatalogComparison.compare(atStart, catalog).stream()
                        .filter(d -> d.kind() == Difference.Kind.MISSING).map(ExecutedRun::key).collect(Collectors.toSet()));
            }
            failures.addAll(ExecutedRules.findings(measured, existing, netDropped, sizes));
        }
        return new ExecutedReport(measured.stream().map(ExecutedRules.Measured::observation).toList(),
                new LintReport(failures));
    }

    /** Applies the migrations before the analysed ones as migrate would; false (with a finding) when one fails. */
    private boolean replay(List<MigrationScript> before, int analysed) throws SQLException {
        ScriptRunner runner = new ScriptRunner(a, Deadline.NONE);
        for (MigrationScript s : before) {
            Script script = new Script(s.name(), s.statements());
            Outcome outcome;
            if (s.transactional()) {
                outcome = runner.inTransaction(script, List.of());
            } else {
                a.setAutoCommit(true);
                outcome = runner.autocommit(script);
            }
            a.setAutoCommit(true);
            if (!outcome.done()) {
                String why = outcome.error() == null ? "it stopped (" + outcome.status() + ")" : describe(outcome.error());
                failures.add(new Finding("executed-failed", Severity.ERROR, Layer.EXECUTED, s.name(),
                        outcome.statement() == null ? 1 : outcome.position().line(), null, "Replaying " + s.name()
                        + ", which the linted migrations build on, failed on a scratch PostgreSQL " + major
                        + " database: " + why + ". None of the " + analysed + " linted migration(s) was analysed.",
                        null, null));
                return false;
            }
        }
        return true;
    }

    /** Runs and measures one script's statements; false (with a finding) when one fails. */
    private boolean analyse(MigrationScript script, int laterScripts) throws SQLException {
        boolean oneTransaction = script.transactional();
        List<SqlStatement> statements = script.statements();
        List<Step> steps = new ArrayList<>();
        a.setAutoCommit(!oneTransaction);
        for (int i = 0; i < statements.size(); i++) {
            SqlStatement st = statements.get(i);
            if (rules.transactionControl(st).isPresent()) {
                continue; // migrate refuses a migration that controls its transaction; the static rules say so
            }
            Step step;
            if (!rules.transactional(st.sql(), List.of(st))) {
                a.setAutoCommit(true);
                step = alone(st);
            } else if (oneTransaction) {
                step = inTransaction(st);
            } else {
                a.setAutoCommit(false);
                step = inTransaction(st);
                if (step.error == null) {
                    a.commit();
                }
            }
            step.statement = st;
            step.later = oneTransaction ? statements.size() - i - 1 : 0;
            if (step.error != null) {
                record(script, steps);
                fail(script, st, step.error, statements.size() - i - 1, laterScripts);
                return false;
            }
            steps.add(step);
        }
        if (oneTransaction) {
            try {
                a.commit();
            } catch (SQLException e) {
                a.rollback();
                record(script, steps);
                SqlStatement last = statements.isEmpty() ? new SqlStatement("COMMIT", 1, 1, 0)
                        : statements.get(statements.size() - 1);
                fail(script, last, e, 0, laterScripts);
                return false;
            }
        }
        a.setAutoCommit(true);
        if (!perStatement && !steps.isEmpty()) {
            Catalog next = introspect();
            for (Difference d : CatalogComparison.compare(catalog, next)) {
                owner(d, steps).differences.add(d);
            }
            catalog = next;
        }
        record(script, steps);
        return true;
    }

    private void record(MigrationScript script, List<Step> steps) {
        steps.forEach(step -> measured.add(step.measured(script.name())));
    }

    /**
     * The statement a change of a whole migration belongs to: where its relation, column or constraint appeared,
     * disappeared or was renamed; for a changed attribute, of the statements that changed the catalog and locked its
     * table, one that names the object, with the strongest lock (the first of equals); else the last statement that
     * changed the catalog.
     */
    private Step owner(Difference d, List<Step> steps) {
        String name = d.object();
        for (Step step : steps) {
            boolean mine = switch (d.kind()) {
                case MISSING -> step.disappeared.contains(name) || step.renames.containsKey(name);
                case UNEXPECTED -> step.appeared.contains(name) || step.renames.containsValue(name);
                case CHANGED -> false;
            };
            if (mine) {
                return step;
            }
        }
        String word = name.substring(name.lastIndexOf('.') + 1);
        Step best = null;
        int bestScore = -1;
        for (Step step : steps) {
            for (Map.Entry<String, LockLevel> l : step.held.entrySet()) { // a lock taken earlier in its transaction too
                boolean onIt = name.equals(l.getKey()) || name.startsWith(l.getKey() + ".");
                // Naming the changed object outranks any lock: RENAME COLUMN a and ALTER COLUMN b TYPE both take
                // ACCESS EXCLUSIVE on the table, only the second names b.
                int score = (mentions(step.statement, word) ? 100 : 0) + l.getValue().ordinal();
                if (step.wroteCatalog && onIt && score > bestScore) {
                    best = step;
                    bestScore = score;
                }
            }
        }
        if (best != null) {
            return best;
        }
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).wroteCatalog) {
                return steps.get(i);
            }
        }
        return steps.get(steps.size() - 1);
    }

    private boolean mentions(SqlStatement st, String name) {
        return rules.significantTokens(st.sql(), "statement").stream().anyMatch(t ->
                t.kind() == dev.cairn.sql.Token.Kind.WORD ? t.text().equalsIgnoreCase(name)
                        : t.kind() == dev.cairn.sql.Token.Kind.QUOTED_IDENT && t.text().equals("\"" + name + "\""));
    }

    /** What a step measured, before it becomes an observation. */
    private final class Step {
        SqlStatement statement;
        int later;
        boolean wroteCatalog = true;
        Set<String> appeared = Set.of();
        Set<String> disappeared = Set.of();
        SQLException error;
        List<HeldLock> locks = List.of();
        Map<String, LockLevel> held = Map.of();
        Relations.Rewrites rewrites = new Relations.Rewrites(List.of(), List.of());
        List<String> scanned = List.of();
        List<Difference> differences = new ArrayList<>();
        Map<String, String> renames = Map.of();
        long millis;
        String note;

        ExecutedRules.Measured measured(String file) {
            SqlStatement st = statement;
            List<String> created = new ArrayList<>();
            List<String> dropped = new ArrayList<>();
            Set<String> altered = new LinkedHashSet<>();
            Set<String> createdKeys = differences.stream().filter(d -> d.kind() == Difference.Kind.UNEXPECTED)
                    .map(ExecutedRun::key).collect(Collectors.toSet());
            Set<String> renamedTo = new java.util.HashSet<>();
            for (Difference d : differences) {
                String newName = renames.get(d.object());
                if (d.kind() == Difference.Kind.MISSING && newName != null
                        && createdKeys.contains(d.objectType() + " " + newName)) {
                    altered.add(key(d) + ": renamed to " + newName);
                    renamedTo.add(d.objectType() + " " + newName);
                }
            }
            for (Difference d : differences) {
                switch (d.kind()) {
                    case UNEXPECTED -> {
                        if (!renamedTo.contains(key(d))) {
                            created.add(key(d));
                        }
                    }
                    case MISSING -> {
                        String newName = renames.get(d.object());
                        if (newName == null || !renamedTo.contains(d.objectType() + " " + newName)) {
                            dropped.add(key(d));
                        }
                    }
                    case CHANGED -> altered.add(key(d) + ": " + (d.attribute().isEmpty()
                            ? shorten(d.expected()) + " → " + shorten(d.actual()) : d.attribute()));
                }
            }
            Observation o = new Observation(file, st.line(), st.sql(), locks, rewrites.tables(), created, dropped,
                    List.copyOf(altered), millis, rewrites.indexes(), scanned, note);
            return new ExecutedRules.Measured(o, held, later);
        }
    }

    /** In the session's transaction: relation files, locks and scans read before and after, on the same backend. */
    private Step inTransaction(SqlStatement st) throws SQLException {
        Step step = new Step();
        Relations before = current != null ? current : Relations.read(a);
        current = null; // until this statement is measured
        Map<Long, LockLevel> locksBefore = Relations.locks(a, pid);
        Map<Long, Long> scansBefore = Relations.seqScans(a);
        long writesBefore = Relations.catalogWrites(a);
        long started = System.nanoTime();
        try (Statement s = a.createStatement()) {
            s.execute(st.sql());
        } catch (SQLException e) {
            a.rollback();
            step.error = e;
            return step;
        }
        step.millis = (System.nanoTime() - started) / 1_000_000;
        Map<Long, LockLevel> locksAfter = Relations.locks(a, pid);
        Relations after = Relations.read(a);
        current = after;
        step.locks = Relations.added(locksBefore, locksAfter, before);
        step.held = names(locksAfter, before);
        step.rewrites = truncates(st) ? new Relations.Rewrites(List.of(), List.of()) : before.rewritesUntil(after);
        step.scanned = withRebuilt(before, after, before.scannedUntil(after, scansBefore, Relations.seqScans(a)), step);
        identities(step, before, after);
        step.wroteCatalog = Relations.catalogWrites(a) != writesBefore;
        if (perStatement && step.wroteCatalog) {
            Catalog next = introspect();
            step.differences.addAll(CatalogComparison.compare(catalog, next));
            catalog = next;
        }
        return step;
    }

    /** A statement that refuses a transaction: run by {@link ConcurrentRun}, its locks seen while it waits. */
    private Step alone(SqlStatement st) throws SQLException {
        Step step = new Step();
        Relations before = current != null ? current : Relations.read(a);
        current = null; // until this statement is measured
        List<Relations.Relation> named = before.named(rules.significantTokens(st.sql(), "statement"));
        String tables = named.isEmpty() ? null : named.stream().map(r -> quote(r.schema()) + "." + quote(r.name()))
                .collect(Collectors.joining(", "));
        ConcurrentRun.Result result = ConcurrentRun.run(scratch, a, st.sql(), tables);
        if (result.error() != null) {
            step.error = result.error();
            return step;
        }
        step.millis = result.millis();
        Relations after = Relations.read(a);
        current = after;
        if (result.locks() == null) {
            step.note = "It finished without waiting for the open transaction the analysis held, so its locks could not"
                    + " be seen (a statement outside a transaction releases them as it ends).";
        } else {
            step.locks = Relations.added(Map.of(), result.locks(), before);
            step.held = names(result.locks(), before);
        }
        step.rewrites = before.rewritesUntil(after);
        step.scanned = withRebuilt(before, after, before.scannedUntil(after, Map.of(), Map.of()), step);
        Catalog next = introspect();
        step.differences = CatalogComparison.compare(catalog, next);
        step.renames = before.renamesUntil(after);
        catalog = next;
        return step;
    }

    private static void identities(Step step, Relations before, Relations after) {
        step.renames = before.renamesUntil(after);
        step.appeared = before.appearedUntil(after);
        step.disappeared = before.disappearedUntil(after);
    }

    /** The tables of rebuilt indexes were read in full too. */
    private static List<String> withRebuilt(Relations before, Relations after, List<String> scanned, Step step) {
        Set<String> all = new TreeSet<>(scanned);
        for (long oid : before.oids()) {
            Relations.Relation r = before.get(oid);
            if (r.index() && step.rewrites.indexes().contains(r.qualified())) {
                Relations.Relation table = before.get(r.owner());
                if (table != null && table.table()) {
                    all.add(table.qualified());
                }
            }
        }
        return List.copyOf(all);
    }

    private static boolean truncates(SqlStatement st) {
        List<dev.cairn.sql.Token> tokens = Dialects.current().statements().significantTokens(st.sql(), "statement");
        return !tokens.isEmpty() && tokens.get(0).isWord("TRUNCATE");
    }

    private static Map<String, LockLevel> names(Map<Long, LockLevel> locks, Relations existing) {
        Map<String, LockLevel> out = new TreeMap<>();
        locks.forEach((oid, mode) -> {
            Relations.Relation r = existing.get(oid);
            if (r != null && r.lockable()) {
                out.merge(r.qualified(), mode, LockLevel::max);
            }
        });
        return out;
    }

    private void fail(MigrationScript script, SqlStatement st, SQLException e, int laterStatements, int laterScripts) {
        ServerError server = Dialects.current().serverError(e).orElse(null);
        SqlStatement.Position at = server != null && server.position() > 0 ? st.positionOf(server.position())
                : st.position();
        String rest;
        if (laterStatements == 0 && laterScripts == 0) {
            rest = "";
        } else {
            List<String> parts = new ArrayList<>();
            if (laterStatements > 0) {
                parts.add("the " + laterStatements + " statement(s) after it in " + script.name());
            }
            if (laterScripts > 0) {
                parts.add("the " + laterScripts + " later migration(s)");
            }
            rest = " " + capitalise(String.join(" and ", parts)) + " were not analysed: they depend on it.";
        }
        failures.add(new Finding("executed-failed", Severity.ERROR, Layer.EXECUTED, script.name(), at.line(), null,
                "Fails at " + script.name() + ":" + at + " on a scratch PostgreSQL " + major + " database with the"
                + " migrations before it applied: " + describe(e) + "." + rest, null, null));
    }

    private static String describe(SQLException e) {
        ServerError server = Dialects.current().serverError(e).orElse(null);
        return server != null ? server.summary() : SqlErrors.describe(e).summary();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private Catalog introspect() throws SQLException {
        return Dialects.current().introspector().introspect(a, IntrospectOptions.all());
    }

    /** {@code table public.orders}: how observations name objects. */
    static String key(Difference d) {
        return d.objectType() + " " + d.object();
    }

    private static String shorten(String value) {
        String one = value.strip().replaceAll("\\s+", " ");
        return one.length() <= 60 ? one : one.substring(0, 59) + "…";
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
