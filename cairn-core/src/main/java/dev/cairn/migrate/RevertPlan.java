package dev.cairn.migrate;

import dev.cairn.CairnException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What reverting a database to a version takes: the revert migrations ({@code U} files) of every applied
 * versioned migration newer than {@code to}, newest first, and the versions among them that have no revert.
 * A pure value computed from the directory and the history (see {@link #of}); {@link Reverter} runs it, and
 * the deploy pipeline asks it up front whether a revert is possible at all ({@link #complete()}).
 *
 * @param to       the version the database is reverted to (exclusive); {@code 0} means every applied migration
 * @param steps    the reverts to run, newest first (only the ones whose U file exists)
 * @param missing  applied versions newer than {@code to} without a U file, newest first
 * @param problems what stops any run on this directory and history (an edited applied migration, cairn.sum…)
 */
public record RevertPlan(Version to, List<Step> steps, List<Missing> missing, List<Problem> problems) {

    public RevertPlan {
        steps = List.copyOf(steps);
        missing = List.copyOf(missing);
        problems = List.copyOf(problems);
    }

    /**
     * One revert: {@code script} is the U file that reverts {@code reverts} (the applied V file), {@code sql} its
     * content.
     */
    public record Step(String version, String description, String script, String reverts, boolean transactional,
            String sql) {}

    /** An applied migration without a revert; {@code expected} is the U file name that would revert it. */
    public record Missing(String version, String migration, String expected) {}

    /** Every needed U file exists. */
    public boolean complete() {
        return missing.isEmpty();
    }

    /** The revert can run as it is: complete, and nothing wrong with the directory or the history. */
    public boolean runnable() {
        return complete() && problems.isEmpty();
    }

    /** Whether {@code to} means "everything" ({@code 0}). */
    public static boolean everything(Version to) {
        return to == null || to.canonical().equals(BigInteger.ZERO.toString());
    }

    /**
     * The plan for reverting to {@code to}.
     *
     * @throws CairnException (USAGE) when {@code to} is neither an applied version, the baseline, nor 0
     */
    public static RevertPlan of(MigrationDirectory dir, MigrationState state, Version to, String environment) {
        Version target = everything(to) ? Version.parse("0") : to;
        List<Version> applied = state.applied().stream().map(h -> Version.parse(h.version()))
                .sorted(Comparator.reverseOrder()).toList();
        boolean known = everything(to) || applied.contains(target)
                || state.baseline().map(b -> b.equals(target)).orElse(false);
        if (!known) {
            throw CairnException.usage("Version " + to + " is not applied to " + environment + ", so the database"
                    + " cannot be reverted to it. Give an applied version ("
                    + (applied.isEmpty() ? "none is applied" : "applied: " + String.join(", ",
                            applied.stream().map(Version::toString).toList()))
                    + state.baseline().map(b -> "; the baseline is " + b).orElse("")
                    + "), or 0 to revert every applied migration.");
        }
        List<Step> steps = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        for (HistoryEntry row : state.applied().stream()
                .sorted(Comparator.comparing((HistoryEntry h) -> Version.parse(h.version())).reversed()).toList()) {
            Version v = Version.parse(row.version());
            if (v.compareTo(target) <= 0) {
                continue;
            }
            var revert = dir.revertOf(v);
            if (revert.isEmpty()) {
                missing.add(new Missing(row.version(), row.script(), expectedName(row.script(), v)));
            } else {
                MigrationScript u = revert.get();
                steps.add(new Step(u.versionText(), u.description(), u.name(), row.script(), u.transactional(), u.content()));
            }
        }
        return new RevertPlan(target, steps, missing, state.problems());
    }

    /** {@code V3__add_email.sql} → {@code U3__add_email.sql}, in the same folder. */
    static String expectedName(String migration, Version v) {
        int slash = migration.lastIndexOf('/');
        String folder = migration.substring(0, slash + 1);
        String file = migration.substring(slash + 1);
        return folder + (file.startsWith("V") ? "U" + file.substring(1) : "U" + v + "__revert.sql");
    }

    /** The one-paragraph refusal when U files are missing: which, and what to do instead. */
    public String missingMessage(String environment) {
        StringBuilder m = new StringBuilder("Cannot revert " + environment + " to version " + to + ": ");
        m.append(missing.size() == 1 ? "version " + missing.get(0).version() + " has" : missing.size()
                + " applied versions have").append(" no revert migration (");
        m.append(String.join(", ", missing.stream().map(x -> x.migration() + " needs " + x.expected()).toList()));
        m.append("), so nothing was changed. Write the missing U file(s) with the SQL that undoes each migration (cairn"
                + " generate writes one beside each migration it generates), run `cairn sum`, then run cairn rollback"
                + " again; or fix forward with a new migration; or restore a snapshot or backup taken before the"
                + " deploy (see docs/rollback.md).");
        return m.toString();
    }
}
