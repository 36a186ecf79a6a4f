package dev.cairn.lint.executed;

import dev.cairn.lint.Finding;
import dev.cairn.lint.Layer;
import dev.cairn.lint.Severity;

import dev.cairn.plan.LockLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The executed layer's rules: findings drawn from what the statements did on the scratch database, ranked by the
 * target's table sizes. A table created earlier in the analysed batch is new (nobody else uses it): it gets no
 * finding. Pages: {@code docs/lint/executed-rewrite.md}, {@code executed-blocking-lock.md}, {@code executed-drop.md},
 * {@code executed-failed.md}.
 */
final class ExecutedRules {
    static final String REWRITE = "executed-rewrite";
    static final String BLOCKING_LOCK = "executed-blocking-lock";
    static final String DROP = "executed-drop";
    static final String FAILED = "executed-failed";

    private ExecutedRules() {}

    /**
     * One statement's observation with what the rules also need.
     *
     * @param held  every lock the session held on existing relations right after the statement (earlier statements'
     *              locks of the same transaction included), by relation
     * @param later how many statements of the same transaction run after it (its locks are held through them)
     */
    record Measured(Observation observation, Map<String, LockLevel> held, int later) {}

    /**
     * @param existing   the relations (tables, views…) that existed before the analysed batch, qualified
     * @param netDropped per analysed file, the objects missing after it that were there before it (an object dropped
     *                   and created again in the same migration is not dropped)
     */
    static List<Finding> findings(List<Measured> measured, Set<String> existing, Map<String, Set<String>> netDropped,
            TableSizes sizes) {
        List<Finding> out = new ArrayList<>();
        Set<String> createdInBatch = new TreeSet<>();
        for (Measured m : measured) {
            Observation o = m.observation();
            for (String table : o.rewritten()) {
                if (existing.contains(table)) {
                    out.add(rewrite(m, table, sizes));
                }
            }
            for (HeldLock lock : o.locks()) {
                if (existing.contains(lock.relation()) && lock.mode().blocksWrites()
                        && !o.rewritten().contains(lock.relation())) {
                    out.add(blocking(m, lock, sizes));
                }
            }
            Set<String> netOfFile = netDropped.getOrDefault(o.file(), Set.of());
            List<String> dropped = o.dropped().stream().filter(netOfFile::contains)
                    .filter(d -> !createdInBatch.contains(d)).toList();
            if (!dropped.isEmpty()) {
                out.add(drop(o, dropped));
            }
            createdInBatch.addAll(o.created());
        }
        return out;
    }

    private static Finding rewrite(Measured m, String table, TableSizes sizes) {
        Observation o = m.observation();
        LockLevel mode = m.held().getOrDefault(table, LockLevel.ACCESS_EXCLUSIVE);
        TableSizes.Size size = sizes.of(table).orElse(null);
        Severity severity = mode == LockLevel.ACCESS_EXCLUSIVE && (size == null || !size.small()) ? Severity.ERROR
                : Severity.WARNING;
        String what = mode == LockLevel.ACCESS_EXCLUSIVE ? "blocks every read and write while the table is rewritten"
                : "the table is rewritten, and the lock " + blocks(mode) + " meanwhile";
        String message = mode.sql() + " on " + table + figures(size) + ": " + what
                + " (every row written anew, every index rebuilt)" + scale(size, sizes) + held(m) + ".";
        return finding(REWRITE, severity, o, table, message);
    }

    private static Finding blocking(Measured m, HeldLock lock, TableSizes sizes) {
        Observation o = m.observation();
        TableSizes.Size size = sizes.of(lock.relation()).orElse(null);
        boolean works = o.scanned().contains(lock.relation());
        boolean small = size != null && size.small();
        Severity severity = small || !works && m.later() == 0 ? Severity.INFO : Severity.WARNING;
        String what = works ? " while every row is read" + scale(size, sizes)
                : "; the change touches no row, so it is brief, but it waits behind every running query on the table"
                        + " and every later query waits behind it (set a lock_timeout)";
        String message = lock.mode().sql() + " on " + lock.relation() + figures(size) + ": " + blocks(lock.mode())
                + what + held(m) + ".";
        return finding(BLOCKING_LOCK, severity, o, lock.relation(), message);
    }

    private static Finding drop(Observation o, List<String> dropped) {
        String message = "Drops " + String.join(", ", dropped) + ": the catalog after the migration no longer has "
                + (dropped.size() == 1 ? "it" : "them") + ", and what " + (dropped.size() == 1 ? "it holds" : "they hold")
                + " is gone once the migration commits; code still using " + (dropped.size() == 1 ? "it" : "them")
                + " fails.";
        String first = dropped.get(0);
        return finding(DROP, Severity.WARNING, o, first.substring(first.lastIndexOf(' ') + 1), message);
    }

    private static Finding finding(String rule, Severity severity, Observation o, String object, String message) {
        return new Finding(rule, severity, Layer.EXECUTED, o.file(), o.line(), object, message, null, null);
    }

    /** What a lock mode stops, per {@link LockLevel#blocksReads()} and {@link LockLevel#blocksWrites()}. */
    static String blocks(LockLevel mode) {
        if (mode.blocksReads()) {
            return "blocks every read and write";
        }
        return mode.blocksWrites() ? "blocks INSERT, UPDATE and DELETE (reads go on)" : "blocks no read or write";
    }

    /** {@code  (48 GB, 310 M rows)}, or nothing without a size. */
    private static String figures(TableSizes.Size size) {
        return size == null ? "" : " (" + size + ")";
    }

    /** How the duration scales, when the target's size is not known. */
    private static String scale(TableSizes.Size size, TableSizes sizes) {
        if (size != null) {
            return "";
        }
        return sizes.known() ? "; the target has no such table yet"
                : "; measured on an empty scratch table: how long depends on the target table's size";
    }

    private static String held(Measured m) {
        return m.later() == 0 ? "" : "; the lock is held until the migration commits, through the " + m.later()
                + " statement(s) after this one";
    }
}
