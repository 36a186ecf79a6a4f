package dev.cairn.postgres.sql;

import dev.cairn.exec.Batching;
import dev.cairn.sql.SqlStatement;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which statements the script runner may send in one batch with their neighbours on PostgreSQL: only those
 * that return no rows and cannot end the transaction, known by their first keyword (an allow-list, so that
 * SELECT, VALUES, WITH, SHOW, TABLE, EXPLAIN, CALL, FETCH, EXECUTE, COPY, transaction control and anything
 * unknown run alone). INSERT, UPDATE, DELETE and MERGE run alone when they may have a RETURNING clause.
 */
public final class PostgresBatching implements Batching {
    public static final PostgresBatching INSTANCE = new PostgresBatching();

    private static final Set<String> NO_ROWS = Set.of("CREATE", "ALTER", "DROP", "COMMENT", "GRANT", "REVOKE",
            "TRUNCATE", "DO", "SET", "RESET", "LOCK", "REFRESH", "SECURITY", "CLUSTER", "REINDEX", "ANALYZE",
            "NOTIFY", "IMPORT", "INSERT", "UPDATE", "DELETE", "MERGE");
    private static final Set<String> MAY_RETURN = Set.of("INSERT", "UPDATE", "DELETE", "MERGE");
    private static final Pattern RETURNING = Pattern.compile("(?i)\\breturning\\b");

    private PostgresBatching() {}

    @Override
    public boolean batchable(SqlStatement statement) {
        String sql = statement.sql(); // starts at its first token
        int end = 0;
        while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
            end++;
        }
        String keyword = sql.substring(0, end).toUpperCase(Locale.ROOT);
        if (!NO_ROWS.contains(keyword)) {
            return false;
        }
        // The word anywhere (even in a string) sends the statement alone: cheap, and never wrong.
        return !MAY_RETURN.contains(keyword) || !RETURNING.matcher(sql).find();
    }
}
