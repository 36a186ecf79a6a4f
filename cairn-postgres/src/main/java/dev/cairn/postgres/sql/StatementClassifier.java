package dev.cairn.postgres.sql;

import dev.cairn.sql.Recovery;
import dev.cairn.sql.LineCounter;
import dev.cairn.sql.SqlStatement;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises statements that PostgreSQL refuses to run inside a transaction block ("ERROR:
 * ... cannot run inside a transaction block"), so the runner can execute them on their own.
 *
 * <p>Classification works on the tokens of {@link SqlLexer} with comments dropped, so keywords in
 * strings, comments, dollar bodies or quoted identifiers never count. It only looks at the
 * statement text: where PostgreSQL decides from the catalog (DROP SUBSCRIPTION of a subscription
 * without a slot, CLUSTER of a partitioned table) it errs towards "no transaction" for the first
 * and cannot see the second. Transaction control itself (BEGIN, COMMIT, ...) is not classified.
 */
public final class StatementClassifier {

    private static final String MARKER = "cairn:no-transaction";
    private static final Set<String> TRANSACTION_WORDS = Set.of("BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT",
            "SAVEPOINT", "RELEASE", "PREPARE");

    /** The leading ASCII letters of a statement (which starts at its first token), upper-cased. */
    private static String firstWord(String sql) {
        int end = 0;
        while (end < sql.length() && end < 10 && Character.isLetter(sql.charAt(end)) && sql.charAt(end) < 128) {
            end++;
        }
        return sql.substring(0, end).toUpperCase(Locale.ROOT);
    }
    private static final Set<String> FALSE_WORDS = Set.of("false", "off", "0", "no", "f", "n");

    private StatementClassifier() {
    }

    /** True when PostgreSQL would refuse {@code statement} inside a transaction block. */
    public static boolean requiresNoTransaction(SqlStatement statement) {
        return nonTransactionalReason(statement).isPresent();
    }

    /**
     * The command, as PostgreSQL names it in its error, that cannot run inside a transaction
     * block, for example {@code "CREATE INDEX CONCURRENTLY"}; empty for ordinary statements.
     */
    public static Optional<String> nonTransactionalReason(SqlStatement statement) {
        return Optional.ofNullable(reason(new Tokens(statement)));
    }

    /**
     * The transaction-control command a top-level statement is, as PostgreSQL names it (for example
     * {@code "COMMIT"}, {@code "START TRANSACTION"}, {@code "ROLLBACK TO SAVEPOINT"}, {@code "PREPARE
     * TRANSACTION"}); empty for any other statement. Statements come from {@link ScriptSplitter}, so a
     * {@code BEGIN} inside a function body, DO block, {@code BEGIN ATOMIC} body, string or comment is
     * never one. {@code PREPARE name AS ...} (a prepared statement) is not transaction control.
     */
    public static Optional<String> transactionControl(SqlStatement statement) {
        // Every statement of every file is checked on every scan: look at the first word before lexing.
        if (!TRANSACTION_WORDS.contains(firstWord(statement.sql()))) {
            return Optional.empty();
        }
        Tokens t = new Tokens(statement);
        String first = t.keyword(0);
        return Optional.ofNullable(switch (first) {
            case "BEGIN" -> "BEGIN";
            case "START" -> t.word(1, "TRANSACTION") ? "START TRANSACTION" : null;
            case "END", "ABORT" -> first;
            case "COMMIT" -> t.word(1, "PREPARED") ? "COMMIT PREPARED" : "COMMIT";
            case "ROLLBACK" -> t.word(1, "PREPARED") ? "ROLLBACK PREPARED"
                    : t.word(1, "TO") || t.word(2, "TO") ? "ROLLBACK TO SAVEPOINT" : "ROLLBACK";
            case "SAVEPOINT" -> "SAVEPOINT";
            case "RELEASE" -> "RELEASE SAVEPOINT";
            case "PREPARE" -> t.word(1, "TRANSACTION") ? "PREPARE TRANSACTION" : null;
            default -> null;
        });
    }

    public static Recovery recovery(SqlStatement statement) {
        Tokens t = new Tokens(statement);
        String reason = reason(t);
        if (reason == null) {
            // A procedure or DO block can COMMIT inside itself when it runs outside a transaction block.
            return t.word(0, "CALL") || t.word(0, "DO") ? Recovery.UNKNOWN : Recovery.IN_TRANSACTION;
        }
        if (reason.equals("CREATE INDEX CONCURRENTLY")) {
            return createdIndex(statement).isPresent() ? Recovery.INDEX_BUILD : Recovery.UNKNOWN;
        }
        if (reason.equals("DROP INDEX CONCURRENTLY")) {
            return droppedIndexes(statement).isEmpty() ? Recovery.UNKNOWN : Recovery.INDEX_DROP;
        }
        return switch (t.keyword(0)) {
            case "VACUUM", "REINDEX", "CLUSTER", "DISCARD" -> Recovery.REPEATABLE;
            case "ALTER" -> t.word(1, "SYSTEM") ? Recovery.REPEATABLE : Recovery.UNKNOWN;
            default -> Recovery.UNKNOWN;
        };
    }

    /**
     * The index a {@code CREATE [UNIQUE] INDEX CONCURRENTLY [IF NOT EXISTS] [schema.]name ON ...} builds, as
     * its name parts the way PostgreSQL stores them (see {@link #createdIndexName}).
     */
    public static Optional<List<String>> createdIndex(SqlStatement statement) {
        Tokens t = new Tokens(statement);
        int i = concurrentIndexNameStart(t);
        if (i < 0) {
            return Optional.empty();
        }
        if (t.word(i, "IF") && t.word(i + 1, "NOT") && t.word(i + 2, "EXISTS")) {
            i += 3;
        }
        List<String> parts = new java.util.ArrayList<>();
        int end = t.qualifiedName(i, parts);
        return end >= 0 && t.word(end, "ON") ? Optional.of(List.copyOf(parts)) : Optional.empty();
    }

    /** The table a {@code CREATE INDEX CONCURRENTLY ... ON [ONLY] table ...} indexes, as name parts; empty otherwise. */
    public static Optional<List<String>> indexedTable(SqlStatement statement) {
        Tokens t = new Tokens(statement);
        if (concurrentIndexNameStart(t) < 0) {
            return Optional.empty();
        }
        for (int i = 0; i < t.size(); i++) {
            if (t.depth(i) == 0 && t.word(i, "ON")) {
                int at = t.word(i + 1, "ONLY") ? i + 2 : i + 1;
                List<String> parts = new java.util.ArrayList<>();
                return t.qualifiedName(at, parts) < 0 ? Optional.empty() : Optional.of(List.copyOf(parts));
            }
        }
        return Optional.empty();
    }

    /** The indexes a {@code DROP INDEX CONCURRENTLY [IF EXISTS] name [, ...]} drops, as name parts; empty otherwise. */
    public static List<List<String>> droppedIndexes(SqlStatement statement) {
        Tokens t = new Tokens(statement);
        if (!(t.word(0, "DROP") && t.word(1, "INDEX") && t.word(2, "CONCURRENTLY"))) {
            return List.of();
        }
        int i = 3;
        if (t.word(i, "IF") && t.word(i + 1, "EXISTS")) {
            i += 2;
        }
        List<List<String>> names = new java.util.ArrayList<>();
        while (true) {
            List<String> parts = new java.util.ArrayList<>();
            int end = t.qualifiedName(i, parts);
            if (end < 0) {
                return List.of();
            }
            names.add(List.copyOf(parts));
            if (!t.punct(end, ',')) {
                return end >= t.size() || t.word(end, "CASCADE") || t.word(end, "RESTRICT") ? List.copyOf(names) : List.of();
            }
            i = end + 1;
        }
    }

    /**
     * The name of the index a {@code CREATE [UNIQUE] INDEX CONCURRENTLY [IF NOT EXISTS] name ON
     * ...} builds: the index a failed build leaves behind marked INVALID. The name is given the way
     * PostgreSQL stores it: quotes removed ({@code "My""Idx"} gives {@code My"Idx}), unquoted
     * names folded to lower case, a schema kept as {@code schema.name}. Empty for other statements,
     * for non-concurrent builds, when the name is left to PostgreSQL, or for a {@code U&"..."} name.
     */
    public static Optional<String> createdIndexName(SqlStatement statement) {
        return createdIndex(statement).map(parts -> String.join(".", parts));
    }

    /**
     * Whether a script runs in one transaction: not when it starts with {@code -- cairn:no-transaction},
     * nor when any statement is one PostgreSQL refuses inside a transaction block. The one rule for
     * migrations, generated plans and schema files alike.
     */
    public static boolean transactional(String script, List<SqlStatement> statements) {
        return !hasNoTransactionMarker(script) && statements.stream().noneMatch(StatementClassifier::requiresNoTransaction);
    }

    /**
     * True when the script's first non-blank line is the comment {@code -- cairn:no-transaction}
     * (case and surrounding whitespace ignored): the author asks to run the whole script outside a
     * transaction.
     */
    public static boolean hasNoTransactionMarker(String script) {
        String text = script.startsWith("\uFEFF") ? script.substring(1) : script;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            return trimmed.startsWith("--") && trimmed.substring(2).strip().equalsIgnoreCase(MARKER);
        }
        return false;
    }

    static String reason(Tokens t) {
        switch (t.keyword(0)) {
            case "VACUUM":
                return "VACUUM";
            case "CREATE":
                return create(t);
            case "DROP":
                return drop(t);
            case "ALTER":
                return alter(t);
            case "REINDEX":
                return reindex(t);
            case "CLUSTER":
                return cluster(t);
            case "DISCARD":
                return t.word(1, "ALL") ? "DISCARD ALL" : null;
            default:
                return null;
        }
    }

    private static String create(Tokens t) {
        if (concurrentIndexNameStart(t) >= 0) {
            return "CREATE INDEX CONCURRENTLY";
        }
        switch (t.keyword(1)) {
            case "DATABASE":
                return "CREATE DATABASE";
            case "TABLESPACE":
                return "CREATE TABLESPACE";
            case "SUBSCRIPTION": {
                // A replication slot is created (non-transactionally) unless told otherwise.
                Map<String, String> options = t.withOptions(2);
                boolean noSlot = isFalse(options.get("create_slot")) || isFalse(options.get("connect"));
                return noSlot ? null : "CREATE SUBSCRIPTION ... WITH (create_slot = true)";
            }
            default:
                return null;
        }
    }

    private static String drop(Tokens t) {
        switch (t.keyword(1)) {
            case "INDEX":
                return t.word(2, "CONCURRENTLY") ? "DROP INDEX CONCURRENTLY" : null;
            case "DATABASE":
                return "DROP DATABASE";
            case "TABLESPACE":
                return "DROP TABLESPACE";
            case "SUBSCRIPTION":
                // Refused only when the subscription has a replication slot, which the text
                // cannot tell; running it outside a transaction is always allowed.
                return "DROP SUBSCRIPTION";
            default:
                return null;
        }
    }

    private static String alter(Tokens t) {
        switch (t.keyword(1)) {
            case "SYSTEM":
                return "ALTER SYSTEM";
            case "DATABASE":
                return t.word(3, "SET") && t.word(4, "TABLESPACE") ? "ALTER DATABASE ... SET TABLESPACE" : null;
            case "SUBSCRIPTION":
                return alterSubscription(t);
            case "TABLE":
                return detachConcurrently(t) ? "ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY" : null;
            default:
                return null;
        }
    }

    private static String alterSubscription(Tokens t) {
        // ALTER SUBSCRIPTION name <action> ...
        String action = t.keyword(3);
        if (action.equals("REFRESH") && t.word(4, "PUBLICATION")) {
            return "ALTER SUBSCRIPTION ... REFRESH PUBLICATION";
        }
        if ((action.equals("SET") || action.equals("ADD") || action.equals("DROP")) && t.word(4, "PUBLICATION")) {
            // refresh defaults to true for these
            return isFalse(t.withOptions(5).get("refresh")) ? null
                    : "ALTER SUBSCRIPTION ... " + action + " PUBLICATION with refresh";
        }
        if (action.equals("SET") && t.punct(4, '(') && t.optionList(4).containsKey("failover")) {
            return "ALTER SUBSCRIPTION ... SET (failover)";
        }
        return null;
    }

    private static boolean detachConcurrently(Tokens t) {
        for (int i = 2; i < t.size(); i++) {
            if (t.depth(i) == 0 && t.word(i, "DETACH") && t.word(i + 1, "PARTITION")) {
                int j = i + 2; // partition name, possibly schema-qualified
                while (t.punct(j + 1, '.')) {
                    j += 2;
                }
                if (t.word(j + 1, "CONCURRENTLY")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String reindex(Tokens t) {
        int i = 1;
        boolean concurrently = false;
        if (t.punct(1, '(')) {
            // REINDEX (CONCURRENTLY [bool], VERBOSE, ...) ...
            Map<String, String> options = t.optionList(1);
            concurrently = options.containsKey("concurrently") && !isFalse(options.get("concurrently"));
            i = t.closingParen(1) + 1;
        }
        String kind = t.keyword(i);
        if (t.word(i + 1, "CONCURRENTLY")) {
            concurrently = true;
        }
        if (concurrently) {
            return "REINDEX CONCURRENTLY";
        }
        return Set.of("SCHEMA", "DATABASE", "SYSTEM").contains(kind) ? "REINDEX " + kind : null;
    }

    private static String cluster(Tokens t) {
        // CLUSTER [VERBOSE] | CLUSTER (options): without a table it reclusters every table, one
        // transaction each.
        int i = 1;
        if (t.punct(1, '(')) {
            i = t.closingParen(1) + 1;
        }
        if (t.word(i, "VERBOSE")) {
            i++;
        }
        return i >= t.size() ? "CLUSTER without a table name" : null;
    }

    /** Index of the token after {@code CREATE [UNIQUE] INDEX CONCURRENTLY}, or -1. */
    private static int concurrentIndexNameStart(Tokens t) {
        if (!t.word(0, "CREATE")) {
            return -1;
        }
        int i = t.word(1, "UNIQUE") ? 2 : 1;
        return t.word(i, "INDEX") && t.word(i + 1, "CONCURRENTLY") ? i + 2 : -1;
    }

    private static boolean isFalse(String value) {
        return value != null && FALSE_WORDS.contains(value.toLowerCase(Locale.ROOT));
    }
}
