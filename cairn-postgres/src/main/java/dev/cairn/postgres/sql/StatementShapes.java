package dev.cairn.postgres.sql;

import dev.cairn.dialect.StatementShape;
import dev.cairn.dialect.StatementShape.Category;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.Token;
import java.util.List;

/** Reads a statement's {@link StatementShape} from its tokens (the full classifier replaces this first cut). */
public final class StatementShapes {
    private StatementShapes() {}

    public static StatementShape of(SqlStatement statement) {
        List<Token> tokens = SqlLexer.significantTokens(statement.sql(), "statement");
        String first = tokens.isEmpty() ? "" : tokens.get(0).keyword();
        Category category = switch (first) {
            case "CREATE", "ALTER", "DROP", "COMMENT", "GRANT", "REVOKE", "TRUNCATE" -> Category.DDL;
            case "INSERT", "UPDATE", "DELETE", "MERGE", "COPY" -> Category.DML;
            case "SELECT", "VALUES", "EXPLAIN", "SHOW", "TABLE", "WITH" -> Category.QUERY;
            case "SET", "RESET" -> Category.SESSION;
            case "VACUUM", "ANALYZE", "CLUSTER", "REINDEX", "REFRESH", "CHECKPOINT" -> Category.MAINTENANCE;
            case "BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT", "RELEASE" -> Category.TRANSACTION;
            default -> Category.OTHER;
        };
        return new StatementShape(first, category, List.of(), List.of(), false, List.of(), null, null);
    }
}
