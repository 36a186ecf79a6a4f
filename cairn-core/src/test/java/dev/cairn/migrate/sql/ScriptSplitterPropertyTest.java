package dev.cairn.migrate.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Scripts are assembled from generated statements full of the constructs that hide semicolons,
 * with whitespace, comments and empty statements between them; splitting must give back exactly
 * the statements, where they were.
 */
class ScriptSplitterPropertyTest {

    /** A generated script and what the splitter must find in it. */
    record Script(String text, List<String> statements, List<Integer> offsets) {
        @Override
        public String toString() {
            return text; // what jqwik prints for a failing sample
        }
    }

    @Property(tries = 400)
    void splitsBackIntoTheGeneratedStatements(@ForAll("scripts") Script script) {
        List<SqlStatement> split = ScriptSplitter.split(script.text(), "gen.sql");

        assertThat(split).extracting(SqlStatement::sql).containsExactlyElementsOf(script.statements());
        for (int i = 0; i < split.size(); i++) {
            SqlStatement s = split.get(i);
            int offset = script.offsets().get(i);
            String before = script.text().substring(0, offset);
            int lineStart = before.lastIndexOf('\n') + 1;
            assertThat(s.offset()).as("offset of statement %d", i).isEqualTo(offset);
            assertThat(s.line()).as("line of statement %d", i).isEqualTo(before.split("\n", -1).length);
            assertThat(s.column()).as("column of statement %d", i)
                    .isEqualTo(before.codePointCount(lineStart, offset) + 1);
        }
    }

    @Property(tries = 300)
    void neverThrowsOnAValidScript(@ForAll("scripts") Script script) {
        assertThatCode(() -> ScriptSplitter.split(script.text(), "gen.sql")).doesNotThrowAnyException();
    }

    @Property(tries = 300)
    void rejoiningWithSemicolonNewlineIsIdempotent(@ForAll("scripts") Script script) {
        List<String> once = texts(script.text());
        List<String> twice = texts(String.join(";\n", once));
        assertThat(twice).containsExactlyElementsOf(once);
    }

    @Property(tries = 200)
    void aStatementsOwnTextSplitsToItself(@ForAll("statements") String statement) {
        assertThat(texts(statement)).containsExactly(statement);
        assertThat(texts(statement + ";")).containsExactly(statement);
    }

    private static List<String> texts(String script) {
        return ScriptSplitter.split(script, "gen.sql").stream().map(SqlStatement::sql).toList();
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<Script> scripts() {
        Arbitrary<String[]> part = Combinators.combine(gap(), statements(), beforeSemicolon())
                .as((gap, stmt, tail) -> new String[] {gap, stmt, tail});
        return Combinators.combine(part.list().ofMinSize(0).ofMaxSize(6), gap(), Arbitraries.of(true, false))
                .as(ScriptSplitterPropertyTest::assemble);
    }

    private static Script assemble(List<String[]> parts, String trailingGap, boolean lastHasSemicolon) {
        StringBuilder text = new StringBuilder();
        List<String> statements = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String[] p = parts.get(i);
            text.append(p[0]);
            offsets.add(text.length());
            statements.add(p[1]);
            text.append(p[1]).append(p[2]);
            boolean last = i == parts.size() - 1;
            if (!last || lastHasSemicolon) {
                text.append(';');
            }
        }
        // Without a final semicolon the script ends with the statement (and its own tail).
        if (parts.isEmpty() || lastHasSemicolon) {
            text.append(trailingGap);
        }
        return new Script(text.toString(), statements, offsets);
    }

    @Provide
    Arbitrary<String> statements() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, plainStatement()),
                Tuple.of(1, atomicRoutine()));
    }

    /** A keyword, then pieces separated by whitespace, ending with a significant token. */
    private Arbitrary<String> plainStatement() {
        Arbitrary<String> lead = Arbitraries.of("SELECT", "INSERT INTO t VALUES", "UPDATE t SET x =", "ALTER TABLE t ADD",
                "GRANT", "DO", "WITH", "VALUES", "COMMENT ON TABLE t IS");
        Arbitrary<List<String>> middle = Arbitraries.frequencyOf(
                        Tuple.of(6, significantPiece()),
                        Tuple.of(1, blockComment()),
                        Tuple.of(1, lineComment()))
                .list().ofMaxSize(6);
        return Combinators.combine(lead, middle, significantPiece(), pieceGaps())
                .as((first, mid, last, gaps) -> {
                    StringBuilder sb = new StringBuilder(first);
                    int g = 0;
                    for (String piece : mid) {
                        sb.append(gaps.get(g++ % gaps.size())).append(piece);
                    }
                    sb.append(gaps.get(g % gaps.size())).append(last);
                    return sb.toString();
                });
    }

    /** CREATE FUNCTION/PROCEDURE with a BEGIN ATOMIC body whose statements end in semicolons. */
    private Arbitrary<String> atomicRoutine() {
        Arbitrary<String> header = Arbitraries.of(
                "CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC",
                "create or replace function g(a int) returns int language sql begin atomic",
                "CREATE OR REPLACE PROCEDURE p()\n  LANGUAGE sql\n  BEGIN /* body */ ATOMIC");
        Arbitrary<String> expression = Arbitraries.oneOf(
                significantPiece(),
                significantPiece().map(p -> "CASE WHEN " + p + " THEN 1 ELSE CASE WHEN true THEN 2 END END"));
        Arbitrary<String> inner = Combinators.combine(Arbitraries.of("SELECT", "INSERT INTO t VALUES (", "RETURN"), expression)
                .as((kw, e) -> kw.endsWith("(") ? kw + e + ")" : kw + " " + e);
        return Combinators.combine(header, inner.list().ofMinSize(1).ofMaxSize(4), Arbitraries.of("END", "end"))
                .as((h, stmts, end) -> h + "\n  " + stmts.stream().collect(Collectors.joining(";\n  ")) + ";\n" + end);
    }

    /** Whitespace between pieces of a statement; never empty, so tokens cannot fuse. */
    private Arbitrary<List<String>> pieceGaps() {
        return Arbitraries.of(" ", "\n", "\t", "  \n    ", "\r\n").list().ofMinSize(1).ofMaxSize(4);
    }

    private Arbitrary<String> significantPiece() {
        return Arbitraries.oneOf(word(), number(), standardString(), escapeString(), dollarBody(), quotedIdentifier(),
                Arbitraries.of("+", "-", "*", "/", "<>", "=", ",", "::", "||", "$1", "$23", "(1, 2)", "( ';' )", "U&'\\0041;'",
                        "B'101'", "X'1F'", "N'n;'"));
    }

    private static final Set<String> BODY_KEYWORDS = Set.of("begin", "end", "case", "atomic", "create", "copy");

    private Arbitrary<String> word() {
        return Combinators.combine(
                        Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz_").ofMinLength(1).ofMaxLength(1),
                        Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz_0123456789$").ofMaxLength(7))
                .as(String::concat)
                .filter(w -> !BODY_KEYWORDS.contains(w));
    }

    private Arbitrary<String> number() {
        return Arbitraries.of("0", "42", "3.14", "1e10", "1_000", ".5");
    }

    private Arbitrary<String> standardString() {
        // A backslash is an ordinary character here; only '' stands for a quote.
        return Arbitraries.of("a", ";", "''", "\\", "$$", "$x$", "\"", "--", "/*", "*/", "\n", " ", "\u00e9", "\uD83D\uDE00", "$1")
                .list().ofMaxSize(8)
                .map(units -> "'" + String.join("", units) + "'");
    }

    private Arbitrary<String> escapeString() {
        return Combinators.combine(
                        Arbitraries.of("E", "e"),
                        Arbitraries.of("a", ";", "\\'", "''", "\\\\", "\\n", "\\t", "$$", "\"", "--", "/*", " ", "\u00e9")
                                .list().ofMaxSize(8))
                .as((prefix, units) -> prefix + "'" + String.join("", units) + "'");
    }

    private Arbitrary<String> quotedIdentifier() {
        return Arbitraries.of("a", ";", "\"\"", "'", "\\", "$$", "--", "/*", " ", "B")
                .list().ofMinSize(1).ofMaxSize(6)
                .map(units -> "\"" + String.join("", units) + "\"");
    }

    private Arbitrary<String> dollarBody() {
        Arbitrary<String[]> tagged = Combinators.combine(
                        Arbitraries.of("fn", "body_1", "Ab", "_t", "\u00e9t"),
                        Arbitraries.of("a", ";", "'", "\"", "\\", "$", "$$", "$x$", "$Fn$", "$1", "--", "/*", "\n", "BEGIN ", " END;", "\uD83D\uDE00")
                                .list().ofMaxSize(10))
                .as((tag, units) -> new String[] {"$" + tag + "$", String.join("", units)});
        Arbitrary<String[]> untagged = Arbitraries.of("a", ";", "'", "\"", "\\", "--", "/*", "\n", " BEGIN ", " END; ", "''")
                .list().ofMaxSize(10)
                .map(units -> new String[] {"$$", String.join("", units)});
        return Arbitraries.oneOf(tagged, untagged)
                // the body must not close early, nor form the delimiter with the closing one
                .filter(p -> (p[1] + p[0]).indexOf(p[0]) == p[1].length())
                .map(p -> p[0] + p[1] + p[0]);
    }

    private Arbitrary<String> lineComment() {
        return Arbitraries.of("a", ";", "'", "\"", "$$", "/*", "*/", "\\i x", " ", "--")
                .list().ofMaxSize(6)
                .map(units -> "--" + String.join("", units) + "\n");
    }

    /** Nested block comments; the text never contains * or / except as nested delimiters. */
    private Arbitrary<String> blockComment() {
        return Arbitraries.integers().between(0, 3).flatMap(this::blockComment);
    }

    private Arbitrary<String> blockComment(int depth) {
        Arbitrary<String> text = Arbitraries.of("a", ";", "'", "\"", "$$", "--", "\\", "\n", " ", "\uD83D\uDE00")
                .list().ofMaxSize(5).map(units -> String.join("", units));
        if (depth == 0) {
            return text.map(t -> "/*" + t + "*/");
        }
        return Combinators.combine(text, blockComment(depth - 1), text).as((a, inner, b) -> "/*" + a + inner + b + "*/");
    }

    /** Whitespace, comments and empty statements between statements. */
    private Arbitrary<String> gap() {
        Arbitrary<String> unit = Arbitraries.oneOf(
                Arbitraries.of("", " ", "\n", "\t", "\r\n", "\n\n  ", ";", " ; "),
                lineComment(),
                blockComment());
        return unit.list().ofMaxSize(4).map(units -> String.join("", units));
    }

    /** What may stand between a statement and its semicolon; starts with whitespace. */
    private Arbitrary<String> beforeSemicolon() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "\n", "\t\t"),
                blockComment().map(c -> " " + c),
                lineComment().map(c -> " " + c));
    }
}
