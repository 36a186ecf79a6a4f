package dev.cairn.migrate;

import java.time.Instant;

/** One row of {@code cairn_schema_history}. {@code version} is null for repeatables. */
public record HistoryEntry(long rank, String version, String description, String type, String script,
        String checksum, String appliedBy, Instant appliedAt, long executionMs, boolean success) {

    public static final String BASELINE = "baseline";

    public boolean isVersioned() {
        return MigrationKind.VERSIONED.label().equals(type);
    }

    public boolean isRevert() {
        return MigrationKind.UNDO.label().equals(type);
    }

    public boolean isRepeatable() {
        return MigrationKind.REPEATABLE.label().equals(type);
    }

    public boolean isBaseline() {
        return BASELINE.equals(type);
    }

    /** True for a failed migration that ran outside a transaction, and so may have left objects behind. */
    public boolean isPartialFailure() {
        return !success && description != null && description.endsWith(HistoryTable.NO_TRANSACTION_SUFFIX);
    }
}
