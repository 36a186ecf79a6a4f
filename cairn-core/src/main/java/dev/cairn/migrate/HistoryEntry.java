package dev.cairn.migrate;

import java.time.Instant;

/**
 * One row of {@code cairn_schema_history}. {@code version} is null for repeatables.
 *
 * <p>{@code statementsDone} and {@code doneChecksum} are written only for a migration that runs outside a
 * transaction (null otherwise, and in rows written before Cairn recorded progress): how many of its statements,
 * from the first, are known to have completed, and the SHA-256 of those statements' text (see
 * {@link NonTransactionalRun#prefixChecksum}), so that a rerun can tell whether they are still the file's first
 * statements. A row with {@code success = false} and progress is a run that failed or was killed part-way.
 */
public record HistoryEntry(long rank, String version, String description, String type, String script,
        String checksum, String appliedBy, Instant appliedAt, long executionMs, boolean success,
        Integer statementsDone, String doneChecksum) {

    public static final String BASELINE = "baseline";

    /** A row without progress columns (transactional migrations, baselines, older rows). */
    public HistoryEntry(long rank, String version, String description, String type, String script, String checksum,
            String appliedBy, Instant appliedAt, long executionMs, boolean success) {
        this(rank, version, description, type, script, checksum, appliedBy, appliedAt, executionMs, success, null, null);
    }

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
