package dev.cairn.migrate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the history table says about a directory: which versions are applied, which are pending, which
 * repeatables changed, and every problem that must stop a run before it touches anything. A pure value:
 * computed from the scanned directory, its sum file and the history rows.
 */
public record MigrationState(
        List<HistoryEntry> applied,
        List<MigrationScript> pending,
        List<HistoryEntry> failed,
        List<Problem> problems,
        List<String> notices,
        Optional<Version> baseline) {

    /** Options that change what counts as a problem or as pending. */
    public record Options(Version target, boolean outOfOrder) {
        public static final Options DEFAULT = new Options(null, false);
    }

    public static MigrationState of(MigrationDirectory dir, Optional<SumFile> sum, List<HistoryEntry> history, Options options) {
        List<Problem> problems = new ArrayList<>(dir.problems());
        List<String> notices = new ArrayList<>();
        if (sum.isPresent()) {
            problems.addAll(sum.get().verify(dir));
        } else if (!dir.scripts().isEmpty()) {
            notices.add("The migrations directory has no cairn.sum: run `cairn sum` to record its files, so that"
                    + " hand edits are caught.");
        }

        // Replay the history in order: the last word on each version wins (a revert un-applies it).
        Map<String, HistoryEntry> appliedByVersion = new LinkedHashMap<>();
        Map<String, HistoryEntry> lastRepeatable = new HashMap<>();
        List<HistoryEntry> failed = new ArrayList<>();
        Version baseline = null;
        for (HistoryEntry row : history) {
            if (!row.success()) {
                failed.add(row);
                continue;
            }
            if (row.isBaseline()) {
                baseline = Version.parse(row.version());
            } else if (row.isVersioned()) {
                appliedByVersion.put(Version.parse(row.version()).canonical(), row);
            } else if (row.isRevert()) {
                appliedByVersion.remove(Version.parse(row.version()).canonical());
            } else if (row.isRepeatable()) {
                lastRepeatable.put(row.description(), row);
            }
            failed.removeIf(f -> sameMigration(f, row));
        }

        Map<String, MigrationScript> filesByVersion = new HashMap<>();
        dir.versioned().forEach(s -> filesByVersion.put(s.version().canonical(), s));
        Version newestApplied = null;
        for (HistoryEntry row : appliedByVersion.values()) {
            Version v = Version.parse(row.version());
            newestApplied = newestApplied == null || v.compareTo(newestApplied) > 0 ? v : newestApplied;
            MigrationScript file = filesByVersion.get(v.canonical());
            if (file == null) {
                problems.add(new Problem("applied-missing", row.script(), row.script() + " (version " + row.version()
                        + ") was applied on " + row.appliedAt() + " but is missing from the migrations directory: restore"
                        + " it from version control. Applied migrations must stay in the directory."));
            } else if (!file.checksum().equals(row.checksum())) {
                problems.add(new Problem("checksum-mismatch", file.name(), file.name() + " was edited after it was"
                        + " applied on " + row.appliedAt() + " (checksum " + abbrev(row.checksum()) + " then, "
                        + abbrev(file.checksum()) + " now). Restore the applied text (git checkout) and put the change in"
                        + " a new migration; if the edit is harmless (a comment), record it with `cairn repair`."));
            }
        }
        for (HistoryEntry f : failed) {
            if (f.isPartialFailure()) {
                problems.add(new Problem("failed-partial", f.script(), f.script() + " failed on " + f.appliedAt()
                        + " while running outside a transaction, so part of it may have been applied. Inspect the"
                        + " database, undo or finish what it left, then run `cairn repair` to clear the failure."));
            }
        }

        List<MigrationScript> pending = new ArrayList<>();
        for (MigrationScript s : dir.versioned()) {
            boolean applied = appliedByVersion.containsKey(s.version().canonical());
            boolean belowBaseline = baseline != null && s.version().compareTo(baseline) <= 0;
            boolean beyondTarget = options.target() != null && s.version().compareTo(options.target()) > 0;
            if (applied || belowBaseline || beyondTarget) {
                continue;
            }
            if (newestApplied != null && s.version().compareTo(newestApplied) < 0 && !options.outOfOrder()) {
                problems.add(new Problem("out-of-order", s.name(), s.name() + " is pending but older than the newest"
                        + " applied version " + newestApplied + ". Give it a version above " + newestApplied
                        + ", or apply it anyway with --out-of-order."));
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
        return new MigrationState(List.copyOf(appliedByVersion.values()), List.copyOf(pending), List.copyOf(failed),
                List.copyOf(problems), List.copyOf(notices), Optional.ofNullable(baseline));
    }

    private static boolean sameMigration(HistoryEntry failedRow, HistoryEntry successRow) {
        return failedRow.script().equals(successRow.script());
    }

    private static String abbrev(String checksum) {
        return checksum == null ? "none" : checksum.substring(0, Math.min(12, checksum.length()));
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
