package dev.cairn.migrate;

import dev.cairn.migrate.sql.StatementClassifier;

/** Whether a migration script's statements can share one transaction. */
public final class Scripts {
    private Scripts() {}

    /**
     * False when the file starts with {@code -- cairn:no-transaction}, or when any statement is one that
     * PostgreSQL refuses inside a transaction block (CREATE INDEX CONCURRENTLY, VACUUM…).
     */
    public static boolean transactional(MigrationScript script) {
        return !StatementClassifier.hasNoTransactionMarker(script.content())
                && script.statements().stream().noneMatch(StatementClassifier::requiresNoTransaction);
    }
}
