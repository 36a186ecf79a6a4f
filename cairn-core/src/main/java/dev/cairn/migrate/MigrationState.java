package dev.cairn.migrate;

import dev.cairn.sql.Recovery;
import dev.cairn.dialect.Dialects;
import dev.cairn.sql.SqlStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the history table says about a directory: which versions are applied, which are pending, which
 * repeatables changed, and every problem that must stop a run before it touches anything. A pure value:
 * computed from the scanned directory, its sum file and the history rows.
 *
 * <p>Problems follow one rule: one problem per file, the one whose fix comes first. A file with a naming
 * problem (a duplicate version, a bad name) is not also reported as edited, unrecorded in cairn.sum or out
 * of order, because renaming it is the next step and the other findings may then disappear.
 *
 * @param failed    the latest failed run of each migration that has not succeeded since
 * @param resumable failed or interrupted runs outside a transaction that the next migrate continues, by script
 */
public record MigrationState(
        List<HistoryEntry> applied,
        List<MigrationScript> pending,
        List<HistoryEntry> failed,
        List<Problem> problems,
        List<String> notices,
        Optional<Version> baseline,
        Map<String, HistoryEntry> resumable) {

    /** Options that change what counts as a problem or as pending. */
    public record Options(Version target, boolean outOfOrder) {
        public static final Options DEFAULT = new Options(null, false);
    }

    public MigrationState {
        resumable = Map.copyOf(resumable);
    }

    /** The history row a pending migration continues from, when an earlier run of it stopped part-way. */
    public Optional<HistoryEntry> resumeOf(MigrationScript script) {
        return Optional.ofNullable(resumable.get(script.name()));
    }

    public static MigrationState of(MigrationDirectory dir, Optional<SumFile> sum, List<HistoryEntry> history, Options options) {
        Problems problems = new Problems();
        List<String> notices = new ArrayList<>(dir.notices());
        Map<String, MigrationScript> filesByName = new HashMap<>();
        dir.scripts().forEach(s -> filesByName.put(s.name(), s));

        // Replay the history in order: the last word on each version wins (a revert un-applies it).
        Map<String, HistoryEntry> appliedByVersion = new LinkedHashMap<>();
        Map<String, HistoryEntry> lastRepeatable = new HashMap<>();
        Map<String, HistoryEntry> failedByScript = new LinkedHashMap<>();
        Version baseline = null;
        for (HistoryEntry row : history) {
            Optional<Version> version = HistoryCheck.version(row, problems);
            if (version.isEmpty() && !row.isRepeatable()) {
                continue;
            }
            if (!row.success()) {
                failedByScript.remove(row.script());
                failedByScript.put(row.script(), row);
                continue;
            }
            if (row.isBaseline()) {
                baseline = version.get();
            } else if (row.isVersioned()) {
                HistoryEntry earlier = appliedByVersion.put(version.get().canonical(), row);
                if (earlier != null) {
                    problems.addHistory(new Problem("history-duplicate", row.script(), "History rows " + earlier.rank()
                            + " and " + row.rank() + " of the history table both record version " + row.version()
                            + " as applied (" + earlier.script() + ", " + row.script() + "), with no revert between them:"
                            + " Cairn writes one row per applied version, so one of them was added by hand or by another"
                            + " tool. Check which one is true and delete the other from the history table."));
                }
            } else if (row.isRevert()) {
                appliedByVersion.remove(version.get().canonical());
            } else if (row.isRepeatable()) {
                lastRepeatable.put(row.description(), row);
            }
            failedByScript.remove(row.script());
        }

        Map<String, MigrationScript> filesByVersion = new HashMap<>();
        dir.versioned().forEach(s -> filesByVersion.putIfAbsent(s.version().canonical(), s));
        Set<String> appliedScripts = new HashSet<>();
        Version newestApplied = null;
        for (HistoryEntry row : appliedByVersion.values()) {
            Version v = Version.parse(row.version());
            newestApplied = newestApplied == null || v.compareTo(newestApplied) > 0 ? v : newestApplied;
            // The file the row was written for: by name first (two files may claim one version), then by version.
            MigrationScript file = filesByName.containsKey(row.script()) && filesByName.get(row.script()).kind() == MigrationKind.VERSIONED
                    ? filesByName.get(row.script()) : filesByVersion.get(v.canonical());
            if (file == null) {
                problems.addHistory(new Problem("applied-missing", row.script(), row.script() + " (version " + row.version()
                        + ") was applied on " + row.appliedAt() + " but is missing from the migrations directory: restore"
                        + " it from version control. Applied migrations must stay in the directory."));
                continue;
            }
            appliedScripts.add(file.name());
            if (!file.checksum().equals(row.checksum())) {
                problems.addHistory(new Problem("checksum-mismatch", file.name(), file.name() + " was edited after it was"
                        + " applied on " + row.appliedAt() + " (checksum " + abbrev(row.checksum()) + " then, "
                        + abbrev(file.checksum()) + " now), and the database still has the old version. Undo the edit"
                        + " (git checkout -- " + file.name() + ") and put the change in a new migration; if the edit"
                        + " changes nothing the database needs (a comment, formatting), run `cairn repair` to record"
                        + " the new checksum, then `cairn sum`."));
            }
        }

        Map<String, HistoryEntry> resumable = new HashMap<>();
        for (HistoryEntry f : failedByScript.values()) {
            if (!f.isPartialFailure()) {
                continue;
            }
            MigrationScript file = filesByName.get(f.script());
            Optional<Problem> blocked = Resumption.check(f, file);
            if (blocked.isPresent()) {
                problems.addHistory(blocked.get());
            } else {
                resumable.put(file.name(), f);
                notices.add(Resumption.notice(f, file));
            }
        }

        // Transaction control in a migration that was already applied (by an older Cairn, or by Flyway) does
        // no harm any more: it will not run again.
        for (Problem p : dir.problems()) {
            if (!(p.code().equals(MigrationDirectory.TRANSACTION_CONTROL) && appliedScripts.contains(p.subject()))) {
                problems.addDirectory(p);
            }
        }
        if (sum.isPresent()) {
            sum.get().verify(dir).forEach(problems::addSum);
        } else if (!dir.scripts().isEmpty()) {
            notices.add("The migrations directory has no cairn.sum: run `cairn sum` to record its files, so that"
                    + " hand edits are caught.");
        }

        List<MigrationScript> pending = new ArrayList<>();
        for (MigrationScript s : dir.versioned()) {
            boolean applied = appliedByVersion.containsKey(s.version().canonical());
            boolean belowBaseline = baseline != null && s.version().compareTo(baseline) <= 0;
            boolean beyondTarget = options.target() != null && s.version().compareTo(options.target()) > 0;
            if (applied || belowBaseline || beyondTarget || problems.hasDirectoryProblem(s.name())) {
                continue;
            }
            if (newestApplied != null && s.version().compareTo(newestApplied) < 0 && !options.outOfOrder()) {
                problems.addHistory(new Problem("out-of-order", s.name(), s.name() + " is pending but older than the"
                        + " newest applied version " + newestApplied + ". Give it a version above " + newestApplied
                        + " (rename it, then run `cairn sum`), or apply it anyway with --out-of-order."));
                continue;
            }
            pending.add(s);
        }
        for (MigrationScript r : dir.repeatables()) {
            HistoryEntry last = lastRepeatable.get(r.description());
            if (last == null || !r.checksum().equals(last.checksum())) {
                pending.add(r);
            }
        }
        return new MigrationState(List.copyOf(appliedByVersion.values()), List.copyOf(pending),
                List.copyOf(failedByScript.values()), problems.list(), List.copyOf(notices),
                Optional.ofNullable(baseline), resumable);
    }

    private static String abbrev(String checksum) {
        return checksum == null ? "none" : checksum.substring(0, Math.min(12, checksum.length()));
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /**
     * Problems with the one-per-file rule: a directory (naming) problem wins over a history problem, which
     * wins over a cairn.sum problem. The output keeps directory, history, then sum order.
     */
    private static final class Problems {
        private final List<Problem> directory = new ArrayList<>();
        private final List<Problem> history = new ArrayList<>();
        private final List<Problem> sum = new ArrayList<>();

        void addDirectory(Problem p) {
            directory.add(p);
        }

        void addHistory(Problem p) {
            history.add(p);
        }

        void addSum(Problem p) {
            sum.add(p);
        }

        boolean hasDirectoryProblem(String subject) {
            return directory.stream().anyMatch(p -> p.subject().equals(subject));
        }

        List<Problem> list() {
            List<Problem> out = new ArrayList<>(directory);
            Set<String> seen = new HashSet<>();
            directory.forEach(p -> seen.add(p.subject()));
            // A duplicate version is reported on the second file; the first file's other findings still count.
            for (Problem p : history) {
                if (!seen.contains(p.subject()) || p.code().startsWith("history-")) {
                    out.add(p);
                }
            }
            history.forEach(p -> seen.add(p.subject()));
            sum.stream().filter(p -> !seen.contains(p.subject())).forEach(out::add);
            return List.copyOf(out);
        }
    }

    /** Checks of history rows that Cairn did not write: a version that is not one, a type it does not know. */
    private static final class HistoryCheck {
        private static final Set<String> TYPES = Set.of(MigrationKind.VERSIONED.label(), MigrationKind.UNDO.label(),
                MigrationKind.REPEATABLE.label(), HistoryEntry.BASELINE);

        static Optional<Version> version(HistoryEntry row, Problems problems) {
            if (row.type() == null || !TYPES.contains(row.type())) {
                problems.addHistory(new Problem("history-garbage", "history row " + row.rank(), "History row " + row.rank()
                        + " (" + row.script() + ") has type '" + row.type() + "', which Cairn does not write (it writes "
                        + String.join(", ", TYPES.stream().sorted().toList()) + "): the row was added by hand or by another"
                        + " tool. Correct or delete it in the history table."));
                return Optional.empty();
            }
            if (row.isRepeatable()) {
                return Optional.empty();
            }
            if (row.version() == null || !Version.isVersion(row.version())) {
                problems.addHistory(new Problem("history-garbage", "history row " + row.rank(), "History row " + row.rank()
                        + " (" + row.script() + ") has version '" + row.version() + "', which is not a version (numbers"
                        + " separated by dots): the row was added by hand or by another tool. Correct or delete it in"
                        + " the history table."));
                return Optional.empty();
            }
            return Optional.of(Version.parse(row.version()));
        }
    }

    /** Whether a run outside a transaction that stopped part-way can simply be continued by the next migrate. */
    static final class Resumption {
        private Resumption() {}

        static Optional<Problem> check(HistoryEntry f, MigrationScript file) {
            String when = " failed or was interrupted on " + f.appliedAt() + " while running outside a transaction";
            if (f.statementsDone() == null) {
                return Optional.of(new Problem("failed-partial", f.script(), f.script() + when + ", and this history row"
                        + " does not say how far it got (an older Cairn wrote it, or the migration ended its own transaction), so"
                        + " part of it may have been"
                        + " applied. Inspect the database and undo what it left, then run `cairn repair` to clear the"
                        + " failure; the next cairn migrate runs the whole file again."));
            }
            int done = f.statementsDone();
            if (file == null) {
                return Optional.of(new Problem("failed-partial", f.script(), f.script() + when + " after " + done
                        + " statement(s), and the file is no longer in the migrations directory. Restore it to let cairn"
                        + " migrate finish it, or undo what it applied and run `cairn repair` to clear the failure."));
            }
            List<SqlStatement> statements = file.statements();
            if (done > 0 && (done > statements.size()
                    || !NonTransactionalRun.prefixChecksum(statements, done).equals(f.doneChecksum()))) {
                return Optional.of(new Problem("failed-partial", f.script(), f.script() + when + ": its first " + done
                        + " statement(s) were applied, and the file has changed in those statements since. Restore them"
                        + " as they were (statements after them may change), so that cairn migrate continues after"
                        + " them; or undo what they did and run `cairn repair`, after which the whole file runs again."));
            }
            if (done < statements.size()) {
                SqlStatement next = statements.get(done);
                if (Dialects.current().statements().recovery(next) == Recovery.UNKNOWN) {
                    return Optional.of(new Problem("failed-partial", f.script(), f.script() + when + " in the statement"
                            + " at line " + next.line() + " (" + next.firstLine() + "), after " + done + " completed"
                            + " statement(s). Cairn cannot tell whether that statement took effect (it runs outside a"
                            + " transaction and may commit part-way). Inspect the database and undo what the migration"
                            + " did, then run `cairn repair` to clear the failure; the next cairn migrate runs the whole"
                            + " file again."));
                }
            }
            return Optional.empty();
        }

        static String notice(HistoryEntry f, MigrationScript file) {
            int done = f.statementsDone();
            // A revert (U file) is continued by the next cairn rollback, a migration by the next cairn migrate.
            String command = f.isRevert() ? "cairn rollback" : "cairn migrate";
            List<SqlStatement> statements = file.statements();
            String at = done < statements.size() ? " at line " + statements.get(done).line() : "";
            if (done == 0) {
                return f.script() + " failed on " + f.appliedAt() + " before any of its statements completed (it runs"
                        + " outside a transaction); " + command + " runs it again, first cleaning up what the failed"
                        + " statement left, if anything.";
            }
            return f.script() + " stopped on " + f.appliedAt() + " after " + done + " of " + statements.size()
                    + " statement(s) (it runs outside a transaction); " + command + " continues it" + at
                    + ", without running the completed statements again.";
        }
    }
}
