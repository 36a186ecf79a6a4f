package dev.cairn.postgres.dialect;

import dev.cairn.dialect.StatementRules;
import dev.cairn.postgres.sql.PostgresBatching;
import dev.cairn.postgres.sql.ScriptSplitter;
import dev.cairn.postgres.sql.SqlLexer;
import dev.cairn.postgres.sql.StatementClassifier;
import dev.cairn.postgres.sql.StatementShapes;
import dev.cairn.dialect.StatementShape;
import dev.cairn.sql.Recovery;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.Token;
import java.util.List;
import java.util.Optional;

/** PostgreSQL's lexical rules (dollar quotes, E'' strings, nested comments, psql meta-commands). */
final class PostgresStatementRules implements StatementRules {

    @Override
    public List<SqlStatement> split(String script, String fileName) {
        return ScriptSplitter.split(script, fileName);
    }

    @Override
    public List<Token> tokenize(String text, String fileName) {
        return SqlLexer.tokenize(text, fileName);
    }

    @Override
    public List<Token> significantTokens(String text, String fileName) {
        return SqlLexer.significantTokens(text, fileName);
    }

    @Override
    public boolean batchable(SqlStatement statement) {
        return PostgresBatching.INSTANCE.batchable(statement);
    }

    @Override
    public boolean transactional(String script, List<SqlStatement> statements) {
        return StatementClassifier.transactional(script, statements);
    }

    @Override
    public boolean hasNoTransactionMarker(String script) {
        return StatementClassifier.hasNoTransactionMarker(script);
    }

    @Override
    public Optional<String> transactionControl(SqlStatement statement) {
        return StatementClassifier.transactionControl(statement);
    }

    @Override
    public Recovery recovery(SqlStatement statement) {
        return StatementClassifier.recovery(statement);
    }

    @Override
    public Optional<List<String>> createdIndex(SqlStatement statement) {
        return StatementClassifier.createdIndex(statement);
    }

    @Override
    public Optional<String> createdIndexName(SqlStatement statement) {
        return StatementClassifier.createdIndexName(statement);
    }

    @Override
    public Optional<List<String>> indexedTable(SqlStatement statement) {
        return StatementClassifier.indexedTable(statement);
    }

    @Override
    public List<List<String>> droppedIndexes(SqlStatement statement) {
        return StatementClassifier.droppedIndexes(statement);
    }

    @Override
    public StatementShape shape(SqlStatement statement) {
        return StatementShapes.of(statement);
    }
}
