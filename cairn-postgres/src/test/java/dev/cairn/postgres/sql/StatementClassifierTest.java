package dev.cairn.postgres.sql;

import dev.cairn.sql.Recovery;import dev.cairn.sql.LineCounter;
import dev.cairn.sql.SqlStatement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatementClassifierTest {

    private static SqlStatement stmt(String sql) {
        return new SqlStatement(sql, 1, 1, 0);
    }

    static Stream<Arguments> nonTransactional() {
        return Stream.of(
                arguments("CREATE INDEX CONCURRENTLY i ON t (a)", "CREATE INDEX CONCURRENTLY"),
                arguments("create unique index concurrently if not exists i on t(a)", "CREATE INDEX CONCURRENTLY"),
                arguments("CREATE INDEX /* why: big table */ CONCURRENTLY\n  i ON t (a)", "CREATE INDEX CONCURRENTLY"),
                arguments("CREATE INDEX CONCURRENTLY ON t (a)", "CREATE INDEX CONCURRENTLY"),
                arguments("DROP INDEX CONCURRENTLY IF EXISTS i", "DROP INDEX CONCURRENTLY"),
                arguments("REINDEX INDEX CONCURRENTLY i", "REINDEX CONCURRENTLY"),
                arguments("reindex table concurrently s.t", "REINDEX CONCURRENTLY"),
                arguments("REINDEX (CONCURRENTLY) TABLE t", "REINDEX CONCURRENTLY"),
                arguments("REINDEX (VERBOSE, CONCURRENTLY true) INDEX i", "REINDEX CONCURRENTLY"),
                arguments("REINDEX SCHEMA public", "REINDEX SCHEMA"),
                arguments("REINDEX DATABASE app", "REINDEX DATABASE"),
                arguments("REINDEX (VERBOSE) SYSTEM", "REINDEX SYSTEM"),
                arguments("ALTER SYSTEM SET work_mem = '64MB'", "ALTER SYSTEM"),
                arguments("VACUUM", "VACUUM"),
                arguments("vacuum (analyze, verbose) t", "VACUUM"),
                arguments("VACUUM FULL t", "VACUUM"),
                arguments("CREATE DATABASE d", "CREATE DATABASE"),
                arguments("DROP DATABASE IF EXISTS d WITH (FORCE)", "DROP DATABASE"),
                arguments("ALTER DATABASE d SET TABLESPACE fast", "ALTER DATABASE ... SET TABLESPACE"),
                arguments("ALTER DATABASE \"My Db\" SET TABLESPACE fast", "ALTER DATABASE ... SET TABLESPACE"),
                arguments("CREATE TABLESPACE ts LOCATION '/srv/ts'", "CREATE TABLESPACE"),
                arguments("DROP TABLESPACE ts", "DROP TABLESPACE"),
                arguments("CREATE SUBSCRIPTION s CONNECTION 'host=p' PUBLICATION pub", "CREATE SUBSCRIPTION ... WITH (create_slot = true)"),
                arguments("CREATE SUBSCRIPTION s CONNECTION 'host=p' PUBLICATION pub WITH (copy_data = false, create_slot)",
                        "CREATE SUBSCRIPTION ... WITH (create_slot = true)"),
                arguments("DROP SUBSCRIPTION s", "DROP SUBSCRIPTION"),
                arguments("ALTER SUBSCRIPTION s REFRESH PUBLICATION", "ALTER SUBSCRIPTION ... REFRESH PUBLICATION"),
                arguments("ALTER SUBSCRIPTION s SET PUBLICATION p", "ALTER SUBSCRIPTION ... SET PUBLICATION with refresh"),
                arguments("ALTER SUBSCRIPTION s ADD PUBLICATION p WITH (copy_data = false)", "ALTER SUBSCRIPTION ... ADD PUBLICATION with refresh"),
                arguments("ALTER SUBSCRIPTION s DROP PUBLICATION p WITH (refresh = true)", "ALTER SUBSCRIPTION ... DROP PUBLICATION with refresh"),
                arguments("ALTER SUBSCRIPTION s SET (failover = true)", "ALTER SUBSCRIPTION ... SET (failover)"),
                arguments("ALTER TABLE t DETACH PARTITION p CONCURRENTLY", "ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY"),
                arguments("ALTER TABLE ONLY s.t DETACH PARTITION s.\"P\" CONCURRENTLY", "ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY"),
                arguments("CLUSTER", "CLUSTER without a table name"),
                arguments("CLUSTER VERBOSE", "CLUSTER without a table name"),
                arguments("CLUSTER (VERBOSE)", "CLUSTER without a table name"),
                arguments("DISCARD ALL", "DISCARD ALL"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonTransactional")
    void recognisesStatementsThatCannotRunInATransaction(String sql, String reason) {
        assertThat(StatementClassifier.nonTransactionalReason(stmt(sql))).contains(reason);
        assertThat(StatementClassifier.requiresNoTransaction(stmt(sql))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE INDEX i ON t (a)",
        "CREATE INDEX i ON t (\"concurrently\")",
        "CREATE INDEX i ON t (a) WHERE note <> 'CONCURRENTLY'",
        "CREATE /* CONCURRENTLY */ INDEX i ON t (a)",
        "CREATE \"INDEX\" CONCURRENTLY",
        "/* VACUUM */ SELECT 1",
        "-- VACUUM\nSELECT 1",
        "SELECT 'VACUUM'",
        "SELECT $$ VACUUM $$",
        "INSERT INTO audit VALUES ('DROP DATABASE prod')",
        "CREATE TABLE vacuum_log (id int)",
        "ANALYZE t",
        "DROP INDEX i",
        "DROP TABLE concurrently_built",
        "REINDEX TABLE t",
        "REINDEX INDEX i",
        "REINDEX (CONCURRENTLY false) TABLE t",
        "REINDEX (VERBOSE) TABLE t",
        "CLUSTER t",
        "CLUSTER VERBOSE t USING i",
        "CLUSTER (VERBOSE) t",
        "ALTER DATABASE d SET default_tablespace = fast",
        "ALTER DATABASE d RENAME TO e",
        "ALTER TABLE t DETACH PARTITION p",
        "ALTER TABLE t DETACH PARTITION p FINALIZE",
        "ALTER TABLE t RENAME TO detach_partition",
        "ALTER TABLESPACE ts RENAME TO ts2",
        "CREATE SUBSCRIPTION s CONNECTION 'host=p' PUBLICATION pub WITH (connect = false)",
        "CREATE SUBSCRIPTION s CONNECTION 'host=p' PUBLICATION pub WITH (create_slot = false, slot_name = NONE)",
        "CREATE SUBSCRIPTION s CONNECTION 'host=p' PUBLICATION pub WITH (create_slot = 'off')",
        "ALTER SUBSCRIPTION s SET PUBLICATION p WITH (refresh = false)",
        "ALTER SUBSCRIPTION s ENABLE",
        "ALTER SUBSCRIPTION s DISABLE",
        "ALTER SUBSCRIPTION s SET (slot_name = NONE)",
        "ALTER SYSTEM_settings_view RENAME TO x",
        "DISCARD PLANS",
        "BEGIN",
        "COMMIT",
        "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE 'VACUUM'; END $$",
        ""
    })
    void leavesOrdinaryStatementsInTheTransaction(String sql) {
        assertThat(StatementClassifier.nonTransactionalReason(stmt(sql))).isEmpty();
        assertThat(StatementClassifier.requiresNoTransaction(stmt(sql))).isFalse();
    }

    static Stream<Arguments> indexNames() {
        return Stream.of(
                arguments("CREATE INDEX CONCURRENTLY idx_a ON t (a)", Optional.of("idx_a")),
                arguments("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS Idx_B ON t (b)", Optional.of("idx_b")),
                arguments("CREATE INDEX CONCURRENTLY \"My\"\"Idx\" ON t (a)", Optional.of("My\"Idx")),
                arguments("create index concurrently app.i_1 on app.t (a)", Optional.of("app.i_1")),
                arguments("CREATE INDEX CONCURRENTLY /* why */ idx\n  ON t USING gin (doc)", Optional.of("idx")),
                arguments("CREATE INDEX CONCURRENTLY ON t (a)", Optional.empty()),
                arguments("CREATE INDEX idx ON t (a)", Optional.empty()),
                arguments("CREATE INDEX CONCURRENTLY U&\"\\0069dx\" ON t (a)", Optional.empty()),
                arguments("SELECT 'CREATE INDEX CONCURRENTLY x ON t (a)'", Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("indexNames")
    void namesTheIndexAConcurrentBuildCreates(String sql, Optional<String> name) {
        assertThat(StatementClassifier.createdIndexName(stmt(sql))).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "-- cairn:no-transaction\nCREATE INDEX CONCURRENTLY i ON t (a);",
        "  --   CAIRN:No-Transaction  \r\nSELECT 1;",
        "--cairn:no-transaction",
        "\n\n-- cairn:no-transaction\nVACUUM;",
        "\uFEFF-- cairn:no-transaction\nVACUUM;"
    })
    void detectsTheNoTransactionMarker(String script) {
        assertThat(StatementClassifier.hasNoTransactionMarker(script)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT 1;\n-- cairn:no-transaction",
        "-- a migration\n-- cairn:no-transaction",
        "-- cairn:no-transaction please",
        "-- cairn:no-transactions",
        "/* cairn:no-transaction */",
        "SELECT '-- cairn:no-transaction'",
        "-- cairn: no-transaction",
        ""
    })
    void ignoresAnythingButTheMarkerOnTheFirstLine(String script) {
        assertThat(StatementClassifier.hasNoTransactionMarker(script)).isFalse();
    }

    static Stream<Arguments> transactionControl() {
        return Stream.of(
                arguments("BEGIN", "BEGIN"),
                arguments("begin transaction isolation level serializable", "BEGIN"),
                arguments("START TRANSACTION", "START TRANSACTION"),
                arguments("COMMIT", "COMMIT"),
                arguments("commit and chain", "COMMIT"),
                arguments("END", "END"),
                arguments("ROLLBACK", "ROLLBACK"),
                arguments("ABORT", "ABORT"),
                arguments("SAVEPOINT s1", "SAVEPOINT"),
                arguments("RELEASE SAVEPOINT s1", "RELEASE SAVEPOINT"),
                arguments("ROLLBACK TO s1", "ROLLBACK TO SAVEPOINT"),
                arguments("ROLLBACK WORK TO SAVEPOINT s1", "ROLLBACK TO SAVEPOINT"),
                arguments("PREPARE TRANSACTION 'x'", "PREPARE TRANSACTION"),
                arguments("COMMIT PREPARED 'x'", "COMMIT PREPARED"),
                arguments("ROLLBACK PREPARED 'x'", "ROLLBACK PREPARED"));
    }

    @ParameterizedTest
    @MethodSource
    void transactionControl(String sql, String command) {
        assertThat(StatementClassifier.transactionControl(stmt(sql))).contains(command);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "PREPARE q AS SELECT 1",
        "START_TIME()",
        "SELECT 'COMMIT'",
        "DO $$ BEGIN COMMIT; END $$",
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END",
        "/* BEGIN */ SELECT 1",
        "\"begin\""
    })
    void otherStatementsAreNotTransactionControl(String sql) {
        assertThat(StatementClassifier.transactionControl(stmt(sql))).isEmpty();
    }

    static Stream<Arguments> recovery() {
        return Stream.of(
                arguments("CREATE TABLE t (a int)", Recovery.IN_TRANSACTION),
                arguments("UPDATE t SET a = 1", Recovery.IN_TRANSACTION),
                arguments("CALL backfill()", Recovery.UNKNOWN),
                arguments("DO $$ BEGIN COMMIT; END $$", Recovery.UNKNOWN),
                arguments("CREATE INDEX CONCURRENTLY i ON t (a)", Recovery.INDEX_BUILD),
                arguments("CREATE INDEX CONCURRENTLY ON t (a)", Recovery.UNKNOWN),
                arguments("DROP INDEX CONCURRENTLY IF EXISTS s.i", Recovery.INDEX_DROP),
                arguments("VACUUM ANALYZE t", Recovery.REPEATABLE),
                arguments("REINDEX INDEX CONCURRENTLY i", Recovery.REPEATABLE),
                arguments("ALTER SYSTEM SET work_mem = '8MB'", Recovery.REPEATABLE),
                arguments("ALTER TABLE p DETACH PARTITION c CONCURRENTLY", Recovery.UNKNOWN),
                arguments("CREATE DATABASE x", Recovery.UNKNOWN));
    }

    @ParameterizedTest
    @MethodSource
    void recovery(String sql, Recovery expected) {
        assertThat(StatementClassifier.recovery(stmt(sql))).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void indexNamesForRecoveryKeepSchemaAndTable() {
        assertThat(StatementClassifier.createdIndex(stmt("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS s.\"Big\" ON ONLY s.t (a)")))
                .contains(java.util.List.of("s", "Big"));
        assertThat(StatementClassifier.indexedTable(stmt("CREATE INDEX CONCURRENTLY i ON ONLY s.t (a)")))
                .contains(java.util.List.of("s", "t"));
        assertThat(StatementClassifier.droppedIndexes(stmt("DROP INDEX CONCURRENTLY a, s.b CASCADE")))
                .containsExactly(java.util.List.of("a"), java.util.List.of("s", "b"));
    }
}
