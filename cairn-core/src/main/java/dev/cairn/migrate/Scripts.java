package dev.cairn.migrate;

import dev.cairn.migrate.sql.ScriptSplitter;
import dev.cairn.migrate.sql.SqlStatement;
import dev.cairn.migrate.sql.StatementClassifier;
import java.util.List;

/** How a migration script runs: its statements, and whether they can share one transaction. */
final class Scripts {
    private Scripts() {}

    static List<SqlStatement> statements(MigrationScript script) {
        return ScriptSplitter.split(script.content(), script.name());
    }

    /**
     * False when the file starts with {@code -- cairn:no-transaction}, or when any statement is one that
     * PostgreSQL refuses inside a transaction block (CREATE INDEX CONCURRENTLY, VACUUM…).
     */
    static boolean transactional(MigrationScript script, List<SqlStatement> statements) {
        return !StatementClassifier.hasNoTransactionMarker(script.content())
                && statements.stream().noneMatch(StatementClassifier::requiresNoTransaction);
    }
}
