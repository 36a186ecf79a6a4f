package dev.cairn.postgres.sql;

import dev.cairn.sql.LineCounter;
import dev.cairn.sql.SqlStatement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScriptSplitterTest {

    private static final String FILE = "V1__test.sql";

    private static List<String> texts(String script) {
        return ScriptSplitter.split(script, FILE).stream().map(SqlStatement::sql).toList();
    }

    static Stream<Arguments> splits() {
        return Stream.of(
                // basics
                arguments("single statement", "SELECT 1;", List.of("SELECT 1")),
                arguments("last statement without semicolon", "SELECT 1;\nSELECT 2", List.of("SELECT 1", "SELECT 2")),
                arguments("two statements on one line", "SELECT 1; SELECT 2;", List.of("SELECT 1", "SELECT 2")),
                arguments("empty statements are dropped", ";;SELECT 1;;; ;\n;SELECT 2;;", List.of("SELECT 1", "SELECT 2")),
                arguments("empty script", "", List.of()),
                arguments("whitespace-only script", " \n\t\r\n ", List.of()),
                arguments("line-comment-only script", "-- nothing here;\n-- still nothing", List.of()),
                arguments("block-comment-only script", "/* a; */ /* b /* nested; */ */", List.of()),
                arguments("comments and semicolons only", "-- x\n;/* y */;\n", List.of()),
                arguments("multi-line statement keeps inner newlines", "CREATE TABLE t (\n  id int\n);",
                        List.of("CREATE TABLE t (\n  id int\n)")),
                arguments("leading comment is not part of the statement", "-- creates t\n/* really */ CREATE TABLE t (id int);",
                        List.of("CREATE TABLE t (id int)")),
                arguments("trailing comment before ; is not part of the statement", "SELECT 1 /* one */ ;\nSELECT 2 -- two\n;",
                        List.of("SELECT 1", "SELECT 2")),
                arguments("comment inside a statement is kept", "SELECT 1 /* ; */ + 2;", List.of("SELECT 1 /* ; */ + 2")),
                arguments("trailing comment after the last statement", "SELECT 1; -- done; really", List.of("SELECT 1")),
                arguments("CRLF line endings", "SELECT 1;\r\nSELECT 2;\r\n", List.of("SELECT 1", "SELECT 2")),

                // strings
                arguments("semicolon in a string", "SELECT 'a;b'; SELECT 2", List.of("SELECT 'a;b'", "SELECT 2")),
                arguments("doubled quote in a string", "SELECT 'it''s; fine'; SELECT 2", List.of("SELECT 'it''s; fine'", "SELECT 2")),
                arguments("$$ inside a single-quoted string", "SELECT '$$;'; SELECT '$$'", List.of("SELECT '$$;'", "SELECT '$$'")),
                arguments("-- inside a string is no comment", "SELECT '--'; SELECT 2", List.of("SELECT '--'", "SELECT 2")),
                arguments("/* inside a string is no comment", "SELECT '/*'; SELECT '*/'", List.of("SELECT '/*'", "SELECT '*/'")),
                arguments("backslash is literal in a standard string", "SELECT 'C:\\'; SELECT 2", List.of("SELECT 'C:\\'", "SELECT 2")),
                arguments("E-string with escaped quote", "SELECT E'\\';'; SELECT 2", List.of("SELECT E'\\';'", "SELECT 2")),
                arguments("E-string with escaped backslash", "SELECT E'\\\\'; SELECT 2", List.of("SELECT E'\\\\'", "SELECT 2")),
                arguments("lower-case e-string", "SELECT e'x\\'y;'; SELECT 2", List.of("SELECT e'x\\'y;'", "SELECT 2")),
                arguments("E-string with doubled quote", "SELECT E'a''b;'; SELECT 2", List.of("SELECT E'a''b;'", "SELECT 2")),
                arguments("E needs to touch the quote", "SELECT e.x, '\\' FROM t e; SELECT 2",
                        List.of("SELECT e.x, '\\' FROM t e", "SELECT 2")),
                arguments("word ending in e is no E prefix", "SELECT typname'\\' FROM t; SELECT 2",
                        List.of("SELECT typname'\\' FROM t", "SELECT 2")),
                arguments("U& string", "SELECT U&'d\\0061t;'; SELECT 2", List.of("SELECT U&'d\\0061t;'", "SELECT 2")),
                arguments("U& string: backslash does not escape the quote", "SELECT u&'\\'; SELECT 2",
                        List.of("SELECT u&'\\'", "SELECT 2")),
                arguments("B, X and N strings", "SELECT B'10;', X'1F;', N'n;'; SELECT 2",
                        List.of("SELECT B'10;', X'1F;', N'n;'", "SELECT 2")),
                arguments("string spanning lines", "SELECT 'a\n;\nb'; SELECT 2", List.of("SELECT 'a\n;\nb'", "SELECT 2")),

                // quoted identifiers
                arguments("semicolon in a quoted identifier", "SELECT \"a;b\" FROM t; SELECT 2",
                        List.of("SELECT \"a;b\" FROM t", "SELECT 2")),
                arguments("doubled quote in a quoted identifier", "SELECT \"a\"\";'\" FROM t; SELECT 2",
                        List.of("SELECT \"a\"\";'\" FROM t", "SELECT 2")),
                arguments("U& quoted identifier", "SELECT U&\"d;\" FROM t; SELECT 2", List.of("SELECT U&\"d;\" FROM t", "SELECT 2")),

                // comments
                arguments("semicolon in a nested block comment", "SELECT 1 /* a /* b; */ still; */ + 1; SELECT 2",
                        List.of("SELECT 1 /* a /* b; */ still; */ + 1", "SELECT 2")),
                arguments("quote in a block comment", "/* it's */ SELECT 1; SELECT 2", List.of("SELECT 1", "SELECT 2")),
                arguments("quote and semicolon in a line comment", "SELECT 1 -- it's; not the end\n+ 1; SELECT 2",
                        List.of("SELECT 1 -- it's; not the end\n+ 1", "SELECT 2")),
                arguments("-- ends an operator and comments out the rest of the line", "SELECT 1--2;\nSELECT 3;",
                        List.of("SELECT 1--2;\nSELECT 3")),
                arguments("backslash in a comment is no meta-command", "-- \\i x.sql\n/* \\set */ SELECT 1", List.of("SELECT 1")),

                // dollar quotes
                arguments("dollar body without tag", "SELECT $$a;b$$; SELECT 2", List.of("SELECT $$a;b$$", "SELECT 2")),
                arguments("quote inside a dollar body", "SELECT $$it's;$$; SELECT 2", List.of("SELECT $$it's;$$", "SELECT 2")),
                arguments("tagged body containing $$", "SELECT $fn$ a $$ ; $$ b $fn$; SELECT 2",
                        List.of("SELECT $fn$ a $$ ; $$ b $fn$", "SELECT 2")),
                arguments("tags are case-sensitive", "SELECT $A$ ; $a$ ; $A$; SELECT 2", List.of("SELECT $A$ ; $a$ ; $A$", "SELECT 2")),
                arguments("tag with underscore and digits", "SELECT $body_1$;$body_1$; SELECT 2",
                        List.of("SELECT $body_1$;$body_1$", "SELECT 2")),
                arguments("nested differently tagged bodies", "SELECT $o$ $i$ ; $i$ ; $o$; SELECT 2",
                        List.of("SELECT $o$ $i$ ; $i$ ; $o$", "SELECT 2")),
                arguments("$1 is a parameter, not a dollar quote", "PREPARE q(int) AS SELECT $1; SELECT $2",
                        List.of("PREPARE q(int) AS SELECT $1", "SELECT $2")),
                arguments("$ inside an identifier opens no dollar quote", "SELECT a$$b FROM t; SELECT 2",
                        List.of("SELECT a$$b FROM t", "SELECT 2")),
                arguments("backslash inside a dollar body", "SELECT $$\\i not a command;$$; SELECT 2",
                        List.of("SELECT $$\\i not a command;$$", "SELECT 2")),
                arguments("DO block", "DO $$\nBEGIN\n  PERFORM 1;\nEND\n$$;\nSELECT 2;",
                        List.of("DO $$\nBEGIN\n  PERFORM 1;\nEND\n$$", "SELECT 2")),
                arguments("DO block with language and tag", "DO LANGUAGE plpgsql $do$ BEGIN RAISE NOTICE 'x;'; END $do$; SELECT 2",
                        List.of("DO LANGUAGE plpgsql $do$ BEGIN RAISE NOTICE 'x;'; END $do$", "SELECT 2")),
                arguments("plpgsql function with BEGIN ... END in a dollar body",
                        "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  NEW.x := 1;\n  RETURN NEW;\nEND;\n$$;\nSELECT 2;",
                        List.of("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  NEW.x := 1;\n  RETURN NEW;\nEND;\n$$",
                                "SELECT 2")),
                arguments("plpgsql function body in a plain string", "CREATE FUNCTION f() RETURNS int AS 'BEGIN RETURN 1; END;' LANGUAGE plpgsql; SELECT 2",
                        List.of("CREATE FUNCTION f() RETURNS int AS 'BEGIN RETURN 1; END;' LANGUAGE plpgsql", "SELECT 2")),

                // SQL-standard bodies
                arguments("BEGIN ATOMIC body", "CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\n  SELECT 2;\nEND;\nSELECT 3;",
                        List.of("CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\n  SELECT 2;\nEND", "SELECT 3")),
                arguments("BEGIN ATOMIC with nested CASE ... END",
                        "create or replace function g(x int) returns int language sql begin atomic select case when x > 0 then case when x > 9 then 2 else 1 end else 0 end; end; select 3",
                        List.of("create or replace function g(x int) returns int language sql begin atomic select case when x > 0 then case when x > 9 then 2 else 1 end else 0 end; end",
                                "select 3")),
                arguments("BEGIN ATOMIC procedure", "CREATE OR REPLACE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES (1); END; SELECT 2",
                        List.of("CREATE OR REPLACE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES (1); END", "SELECT 2")),
                arguments("comment between BEGIN and ATOMIC", "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN /* x */ ATOMIC SELECT 1; END; SELECT 2",
                        List.of("CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN /* x */ ATOMIC SELECT 1; END", "SELECT 2")),
                arguments("function named begin has no body block", "CREATE FUNCTION begin() RETURNS int LANGUAGE sql RETURN 1; SELECT 2",
                        List.of("CREATE FUNCTION begin() RETURNS int LANGUAGE sql RETURN 1", "SELECT 2")),
                arguments("column named begin outside a function", "CREATE TABLE t (begin int, \"end\" int); ALTER TABLE t ADD COLUMN case_no int; SELECT begin FROM t",
                        List.of("CREATE TABLE t (begin int, \"end\" int)", "ALTER TABLE t ADD COLUMN case_no int", "SELECT begin FROM t")),
                arguments("transaction BEGIN is an ordinary statement", "BEGIN; SELECT 1; COMMIT;", List.of("BEGIN", "SELECT 1", "COMMIT")),
                arguments("CASE ... END outside a function", "SELECT CASE WHEN true THEN 1 END; SELECT 2",
                        List.of("SELECT CASE WHEN true THEN 1 END", "SELECT 2")),

                // parentheses
                arguments("semicolons inside parentheses (rule actions)", "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2)); SELECT 1",
                        List.of("CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))", "SELECT 1")),
                arguments("stray closing parenthesis does not go negative", "SELECT 1); SELECT 2", List.of("SELECT 1)", "SELECT 2")),

                // COPY that is not psql-only
                arguments("COPY from a server file is allowed", "COPY t FROM '/srv/t.csv' WITH (FORMAT csv); SELECT 2",
                        List.of("COPY t FROM '/srv/t.csv' WITH (FORMAT csv)", "SELECT 2")),
                arguments("COPY from a subquery over a table named stdin", "COPY (SELECT * FROM stdin) TO '/tmp/x'",
                        List.of("COPY (SELECT * FROM stdin) TO '/tmp/x'")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("splits")
    void splitsIntoStatements(String name, String script, List<String> expected) {
        assertThat(texts(script)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> positions() {
        return Stream.of(
                // script, statement index, line, column, offset
                arguments("SELECT 1;", 0, 1, 1, 0),
                arguments("SELECT 1; SELECT 2", 1, 1, 11, 10),
                arguments("\n\n  SELECT 1;", 0, 3, 3, 4),
                arguments("-- c\n/* x */ SELECT 1", 0, 2, 9, 13),
                arguments("SELECT 1;\r\nSELECT 2", 1, 2, 1, 11),
                arguments("SELECT 1;\rSELECT 2", 1, 2, 1, 10),
                arguments("SELECT '\u00e9\n\n'; SELECT 2", 1, 3, 4, 14),
                // the emoji is one column but two chars
                arguments("SELECT '\uD83D\uDE00'; SELECT 2", 1, 1, 13, 13),
                arguments("CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC SELECT 1; END;\n\n\tSELECT 3", 1, 4, 2, 75));
    }

    @ParameterizedTest(name = "statement {1} of {0}")
    @MethodSource("positions")
    void reportsWhereEachStatementStarts(String script, int index, int line, int column, int offset) {
        SqlStatement statement = ScriptSplitter.split(script, FILE).get(index);
        assertThat(statement.line()).as("line").isEqualTo(line);
        assertThat(statement.column()).as("column").isEqualTo(column);
        assertThat(statement.offset()).as("offset").isEqualTo(offset);
        assertThat(script.substring(offset, offset + statement.sql().length())).isEqualTo(statement.sql());
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                arguments("unterminated string", "SELECT 1;\nSELECT 'abc;\nSELECT 2;",
                        List.of(FILE + ":2:8", "Unterminated quoted string", "''")),
                arguments("unterminated E-string ending in an escaped quote", "SELECT E'abc\\';",
                        List.of(FILE + ":1:8", "escape string")),
                arguments("unterminated quoted identifier", "SELECT 1;\n  SELECT \"abc;",
                        List.of(FILE + ":2:10", "quoted identifier")),
                arguments("unterminated dollar quote", "DO $$ BEGIN NULL; END;",
                        List.of(FILE + ":1:4", "dollar-quoted string $$")),
                arguments("dollar quote closed with the wrong tag", "\nSELECT $fn$ body $$ $FN$;",
                        List.of(FILE + ":2:8", "$fn$", "case-sensitive")),
                arguments("unterminated nested block comment", "SELECT 1;\n/* outer /* inner */ still open\nSELECT 2;",
                        List.of(FILE + ":2:1", "block comment", "nest")),
                arguments("COPY FROM stdin", "CREATE TABLE t (a int);\nCOPY t FROM stdin;\n1\n\\.\n",
                        List.of(FILE + ":2", "COPY ... FROM STDIN", "psql", "INSERT", "server")),
                arguments("COPY from STDIN with options, data lines not lexed",
                        "SELECT 1;\n\n\ncopy t (a, b) from STDIN with (format csv);\n1,'it\n\\.\n",
                        List.of(FILE + ":4", "COPY ... FROM STDIN")),
                arguments("COPY FROM stdin as the last statement", "COPY public.t FROM Stdin", List.of(FILE + ":1", "COPY")),
                arguments("meta-command \\i", "SELECT 1;\n\n\\i other.sql\n", List.of("\\i", FILE + ":3:1", "psql", "plain SQL")),
                arguments("meta-command \\set", "\\set ON_ERROR_STOP on\nSELECT 1;", List.of("\\set", FILE + ":1:1")),
                arguments("meta-command \\connect", "SELECT 1;\n\\connect other\nSELECT 2;", List.of("\\connect", FILE + ":2:1")),
                arguments("meta-command \\copy", "\\copy t from 'x.csv' csv", List.of("\\copy", FILE + ":1:1", "INSERT")),
                arguments("meta-command at the end of a statement", "SELECT 1 \\gset\n", List.of("\\gset", FILE + ":1:10")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void rejectsWithAUsageErrorNamingFileAndLine(String name, String script, List<String> fragments) {
        assertThatThrownBy(() -> ScriptSplitter.split(script, FILE))
                .isInstanceOfSatisfying(CairnException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(e.getMessage()).contains(fragments).doesNotContain("\n");
                });
    }

    @Test
    void copyIsRejectedBeforeItsDataIsRead() {
        // The data line holds an unterminated quote; lexing it would give a misleading error.
        String script = "COPY t FROM STDIN;\n'unterminated\n\\.\n";
        assertThatThrownBy(() -> ScriptSplitter.split(script, FILE))
                .hasMessageStartingWith("COPY ... FROM STDIN at " + FILE + ":1 ");
    }

    @Test
    void statementsKnowTheirOwnScriptPositions() {
        List<SqlStatement> statements = ScriptSplitter.split("SELECT 1;\n  SELECT\n    x;", FILE);
        assertThat(statements).containsExactly(
                new SqlStatement("SELECT 1", 1, 1, 0),
                new SqlStatement("SELECT\n    x", 2, 3, 12));
    }

    @Test
    void fileNameIsOptionalInMessages() {
        assertThatThrownBy(() -> ScriptSplitter.split("SELECT 'x", null)).hasMessageContaining("<script>:1:8");
    }
}
