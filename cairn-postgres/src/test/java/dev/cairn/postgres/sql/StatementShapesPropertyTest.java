package dev.cairn.postgres.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.dialect.StatementShape;
import dev.cairn.plan.LockLevel;
import dev.cairn.sql.SqlStatement;
import dev.cairn.testing.Gen;
import dev.cairn.testing.Seeded;
import org.junit.jupiter.api.Test;

/**
 * The classifier is total on anything that lexes: statements made of a known head and a random run of the words and
 * punctuation it looks for (unbalanced parentheses, missing names, keywords where names go) are read without falling
 * back to {@link StatementShapes#of}'s catch-all, and the facts stay consistent.
 */
class StatementShapesPropertyTest {
    private static final Gen<String> HEAD = Gen.of("ALTER TABLE", "ALTER TABLE IF EXISTS ONLY", "ALTER TYPE",
            "ALTER DOMAIN", "ALTER INDEX", "ALTER SEQUENCE", "CREATE", "CREATE UNIQUE INDEX CONCURRENTLY", "CREATE TABLE",
            "CREATE TRIGGER", "CREATE OR REPLACE", "DROP", "DROP INDEX CONCURRENTLY", "TRUNCATE", "INSERT INTO",
            "UPDATE", "DELETE FROM", "MERGE INTO", "COPY", "SELECT", "WITH", "SET", "SET LOCAL", "RESET", "VACUUM",
            "ANALYZE", "CLUSTER", "REINDEX", "REFRESH MATERIALIZED VIEW", "LOCK", "COMMENT ON", "BEGIN", "ROLLBACK");
    private static final Gen<String> WORD = Gen.of("ADD", "DROP", "ALTER", "COLUMN", "CONSTRAINT", "CHECK", "FOREIGN",
            "KEY", "PRIMARY", "UNIQUE", "EXCLUDE", "REFERENCES", "NOT", "NULL", "VALID", "DEFAULT", "USING", "INDEX",
            "TYPE", "SET", "DATA", "GENERATED", "ALWAYS", "AS", "IDENTITY", "STORED", "VIRTUAL", "EXPRESSION", "RENAME",
            "TO", "VALUE", "SCHEMA", "ATTACH", "DETACH", "PARTITION", "CONCURRENTLY", "FINALIZE", "LOGGED", "UNLOGGED",
            "TABLESPACE", "ENABLE", "DISABLE", "TRIGGER", "IF", "EXISTS", "ONLY", "ON", "FROM", "WHERE", "IN", "MODE",
            "FULL", "TABLE", "VIEW", "MATERIALIZED", "SESSION", "LOCAL", "TIME", "ZONE", "OF", "FOR", "UPDATE",
            "DELETE", "INSERT", "SELECT", "STATISTICS", "random", "nextval", "now", "users", "s", "\"Q\"", "'v'", "1",
            "(", ")", ",", ".", "*", "=", "::");
    private static final Gen<String> STATEMENTS = r -> {
        StringBuilder sql = new StringBuilder(HEAD.next(r));
        for (String word : WORD.list(0, 25).next(r)) {
            sql.append(' ').append(word);
        }
        return sql.toString();
    };

    @Test
    void readsAnyRunOfItsWordsWithoutFallingBack() {
        Seeded.forAll("classifier is total", 7_413_902_118_265L, 3000, STATEMENTS, sql -> {
            StatementShape shape = StatementShapes.read(new Tokens(new SqlStatement(sql, 1, 1, 0)));
            assertThat(shape.category()).isNotNull();
            assertThat(shape.facts().lockedRelation() == null).as("a lock names its relation")
                    .isEqualTo(shape.facts().lock() == LockLevel.NONE);
            if (shape.facts().rewritesTable()) {
                assertThat(shape.facts().buildsIndex()).as("a rewrite rebuilds the indexes").isTrue();
            }
        });
    }
}
