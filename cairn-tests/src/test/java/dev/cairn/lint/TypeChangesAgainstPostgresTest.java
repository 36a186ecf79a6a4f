package dev.cairn.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.testing.DatabaseTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * TypeChanges' rewrite table against a real server: a change rewrites the table exactly when the table's file node
 * changes ({@code pg_relation_filenode}), and narrows when a value that fits the old type fails the new one.
 */
@DatabaseTest
class TypeChangesAgainstPostgresTest {
    static ScratchDatabase db;
    static Connection c;

    @BeforeAll
    static void database() throws SQLException {
        db = DevDatabases.createDatabase();
        c = db.connect();
    }

    @AfterAll
    static void drop() throws SQLException {
        c.close();
        db.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
            "character varying(50); varchar(100); '12345'",
            "character varying(100); varchar(50); '12345'",
            "character varying(50); text; '12345'",
            "character varying; text; '12345'",
            "text; varchar(50); '12345'",
            "text; varchar; '12345'",
            "integer; bigint; 7",
            "bigint; integer; 7",
            "smallint; integer; 7",
            "numeric(10,2); numeric(12,2); 1.5",
            "numeric(12,2); numeric(10,2); 1.5",
            "numeric(10,2); numeric; 1.5",
            "numeric; numeric(10,2); 1.5",
            "numeric(10,2); numeric(10,3); 1.5",
            "character(5); text; 'ab'",
            "json; jsonb; '{}'",
            "cidr; inet; '10.0.0.0/8'",
            "double precision; real; 1.5"})
    void rewriteMatchesTheServer(String from, String to, String value) throws SQLException {
        exec("DROP TABLE IF EXISTS t; CREATE TABLE t (c " + from + "); INSERT INTO t VALUES (" + value + ")");
        long before = filenode();
        exec("ALTER TABLE t ALTER COLUMN c TYPE " + to);
        boolean rewritten = filenode() != before;
        assertThat(TypeChanges.rewrites(from, to)).as(from + " -> " + to).contains(rewritten);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
            "character varying(100); varchar(50); true; repeat('x', 80)",
            "text; varchar(10); true; repeat('x', 80)",
            "numeric(12,2); numeric(8,2); true; 1234567890.12",
            "numeric; numeric(8,2); true; 1234567890.12",
            "bigint; integer; true; 3000000000",
            "integer; smallint; true; 40000",
            "character varying(50); varchar(100); false; repeat('x', 50)",
            "integer; bigint; false; 2147483647",
            "numeric(8,2); numeric(12,4); false; 123456.78"})
    void narrowingMatchesTheServer(String from, String to, boolean narrows, String widest) throws SQLException {
        assertThat(TypeChanges.narrows(from, to)).as(from + " -> " + to).isEqualTo(narrows);
        exec("DROP TABLE IF EXISTS t; CREATE TABLE t (c " + from + "); INSERT INTO t VALUES (" + widest + ")");
        boolean failed;
        try {
            exec("ALTER TABLE t ALTER COLUMN c TYPE " + to);
            failed = false;
        } catch (SQLException e) {
            failed = true;
        }
        assertThat(failed).as("a value of " + from + " that " + to + " cannot hold").isEqualTo(narrows);
    }

    private static long filenode() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_relation_filenode('t')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void exec(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
