package dev.cairn.plan;

import dev.cairn.plan.SafetyFacts;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a plan comment flags a statement's {@link SafetyFacts} ({@link #label}); derived from the facts by {@link #of}.
 */
public enum Risk {
    /** Rows or values are lost (a dropped table or column, removed enum values). */
    DATA_LOSS("DATA LOSS"),
    /** PostgreSQL rewrites the whole table (and its indexes) under an ACCESS EXCLUSIVE lock. */
    TABLE_REWRITE("REWRITES TABLE"),
    /** PostgreSQL reads the whole table to check it (no rewrite). */
    TABLE_SCAN("SCANS TABLE"),
    /** Readers and writers wait for the whole duration of a rewrite or scan. */
    ACCESS_EXCLUSIVE_LOCK("ACCESS EXCLUSIVE LOCK"),
    /**
     * Writes (not reads) wait while it runs: CREATE INDEX without CONCURRENTLY, foreign keys (which also lock the table
     * they reference).
     */
    BLOCKS_WRITES("BLOCKS WRITES"),
    /** A new enum value cannot be used in the transaction that adds it; commit first. */
    USABLE_AFTER_COMMIT("USABLE AFTER COMMIT");

    public final String label;

    Risk(String label) {
        this.label = label;
    }

    /**
     * The flags a statement with these facts carries. Locks are flagged only where someone waits for long: while an
     * existing table is read, rewritten or indexed, or (writes) while a second, referenced table is locked too.
     */
    public static Set<Risk> of(SafetyFacts f) {
        Set<Risk> risks = EnumSet.noneOf(Risk.class);
        if (f.dataLoss()) {
            risks.add(DATA_LOSS);
        }
        if (!f.newRelation()) {
            if (f.rewritesTable()) {
                risks.add(TABLE_REWRITE);
            }
            if (f.scansTable()) {
                risks.add(TABLE_SCAN);
            }
            if (f.lock().blocksReads() && f.holdsLockWhileWorking()) {
                risks.add(ACCESS_EXCLUSIVE_LOCK);
            }
            if (f.lock().blocksWrites() && !f.lock().blocksReads()
                    && (f.holdsLockWhileWorking() || f.referencedRelation() != null)) {
                risks.add(BLOCKS_WRITES);
            }
        }
        if (f.usableAfterCommit()) {
            risks.add(USABLE_AFTER_COMMIT);
        }
        return risks;
    }
}
