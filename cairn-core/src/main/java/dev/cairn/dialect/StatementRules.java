package dev.cairn.dialect;

import dev.cairn.sql.Recovery;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.Token;
import java.util.List;
import java.util.Optional;

/**
 * What the core needs to know about SQL text: how a script splits into statements, which statements cannot run in
 * a transaction, how an interrupted one can be recovered. Never a parser: the database is the parser.
 */
public interface StatementRules {

    /** The statements of a script, with their positions; {@code fileName} names it in errors. */
    List<SqlStatement> split(String script, String fileName);

    /** Every token of a text, comments included. */
    List<Token> tokenize(String text, String fileName);

    /** The tokens of a text without comments. */
    List<Token> significantTokens(String text, String fileName);

    /**
     * Whether a statement may share one round trip with its neighbours in a transaction: it returns no rows and
     * does not control the transaction (the script runner sends the others alone).
     */
    boolean batchable(SqlStatement statement);

    /** Whether a script runs in one transaction (no statement needs to run outside one, no opt-out marker). */
    boolean transactional(String script, List<SqlStatement> statements);

    /** Whether the script opts out of the transaction with its marker comment. */
    boolean hasNoTransactionMarker(String script);

    /** The transaction control a statement performs (BEGIN, COMMIT …), which a migration may not. */
    Optional<String> transactionControl(SqlStatement statement);

    /** How a statement run outside a transaction is recovered when a run stopped while it was in flight. */
    Recovery recovery(SqlStatement statement);

    /** The [schema,] name of the index a concurrent index build creates. */
    Optional<List<String>> createdIndex(SqlStatement statement);

    /** The index name as written in a CREATE INDEX statement. */
    Optional<String> createdIndexName(SqlStatement statement);

    /** The [schema,] table a CREATE INDEX statement indexes. */
    Optional<List<String>> indexedTable(SqlStatement statement);

    /** The [schema,] names a DROP INDEX statement drops. */
    List<List<String>> droppedIndexes(SqlStatement statement);

    /**
     * The statement's typed shape: command, objects, ALTER subcommands, setting, and the facts the dialect knows from
     * the text alone (lock mode, rewrite, scan, data loss). Never fails: what it cannot read is {@code OTHER}.
     */
    StatementShape shape(SqlStatement statement);
}
