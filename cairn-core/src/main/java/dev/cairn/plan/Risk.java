package dev.cairn.plan;

/** A safety fact about one planned statement. {@link #label} is how plan comments flag it. */
public enum Risk {
    /** Rows or values are lost (a dropped table or column, removed enum values). */
    DATA_LOSS("DATA LOSS"),
    /** PostgreSQL rewrites the whole table (and its indexes) under an ACCESS EXCLUSIVE lock. */
    TABLE_REWRITE("REWRITES TABLE"),
    /** PostgreSQL reads the whole table to check it (no rewrite). */
    TABLE_SCAN("SCANS TABLE"),
    /** Readers and writers wait for the whole duration of a rewrite or scan. */
    ACCESS_EXCLUSIVE_LOCK("ACCESS EXCLUSIVE LOCK"),
    /** Writes (not reads) wait while it runs: CREATE INDEX without CONCURRENTLY, validating foreign keys. */
    BLOCKS_WRITES("BLOCKS WRITES"),
    /** A new enum value cannot be used in the transaction that adds it; commit first. */
    USABLE_AFTER_COMMIT("USABLE AFTER COMMIT");

    public final String label;

    Risk(String label) {
        this.label = label;
    }
}
