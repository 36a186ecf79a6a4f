package dev.cairn.postgres.sql;

import dev.cairn.sql.LineCounter;
import dev.cairn.sql.SqlStatement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.cairn.testing.Gen;
import dev.cairn.testing.Seeded;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

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
            return text; // what a failure prints as the generated input
        }
    }

    @Test
    void splitsBackIntoTheGeneratedStatements() {
        Seeded.forAll("splits back into the generated statements", 2_024_061_700_331L, 400, scripts(), script -> {
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
        });
    }

    @Test
    void neverThrowsOnAValidScript() {
        Seeded.forAll("never throws on a valid script", -8_812_390_455_120_077L, 300, scripts(),
                script -> assertThatCode(() -> ScriptSplitter.split(script.text(), "gen.sql")).doesNotThrowAnyException());
    }

    @Test
    void rejoiningWithSemicolonNewlineIsIdempotent() {
        Seeded.forAll("rejoining with semicolon-newline is idempotent", 613_577_021_948L, 300, scripts(), script -> {
            List<String> once = texts(script.text());
            List<String> twice = texts(String.join(";\n", once));
            assertThat(twice).containsExactlyElementsOf(once);
        });
    }

    @Test
    void aStatementsOwnTextSplitsToItself() {
        Seeded.forAll("a statement's own text splits to itself", -3_141_592_653_589L, 200, statements(), statement -> {
            assertThat(texts(statement)).containsExactly(statement);
            assertThat(texts(statement + ";")).containsExactly(statement);
        });
    }

    private static List<String> texts(String script) {
        return ScriptSplitter.split(script, "gen.sql").stream().map(SqlStatement::sql).toList();
    }

    // ---------------------------------------------------------------- generators

    private Gen<Script> scripts() {
        Gen<String> gap = gap();
        Gen<String> statement = statements();
        Gen<String> tail = beforeSemicolon();
        Gen<String[]> part = r -> new String[] {gap.next(r), statement.next(r), tail.next(r)};
        return r -> assemble(part.list(0, 6).next(r), gap.next(r), r.nextBoolean());
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

    private Gen<String> statements() {
        return Gen.frequency(5, plainStatement(), 1, atomicRoutine());
    }

    /** A keyword, then pieces separated by whitespace, ending with a significant token. */
    private Gen<String> plainStatement() {
        Gen<String> lead = Gen.of("SELECT", "INSERT INTO t VALUES", "UPDATE t SET x =", "ALTER TABLE t ADD",
                "GRANT", "DO", "WITH", "VALUES", "COMMENT ON TABLE t IS");
        Gen<String> comment = Gen.oneOf(blockComment(), lineComment());
        Gen<List<String>> middle = Gen.frequency(6, significantPiece(), 2, comment).list(0, 6);
        Gen<String> last = significantPiece();
        Gen<List<String>> gaps = pieceGaps();
        return r -> {
            String first = lead.next(r);
            List<String> mid = middle.next(r);
            String end = last.next(r);
            List<String> g = gaps.next(r);
            StringBuilder sb = new StringBuilder(first);
            int i = 0;
            for (String piece : mid) {
                sb.append(g.get(i++ % g.size())).append(piece);
            }
            sb.append(g.get(i % g.size())).append(end);
            return sb.toString();
        };
    }

    /** CREATE FUNCTION/PROCEDURE with a BEGIN ATOMIC body whose statements end in semicolons. */
    private Gen<String> atomicRoutine() {
        Gen<String> header = Gen.of(
                "CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC",
                "create or replace function g(a int) returns int language sql begin atomic",
                "CREATE OR REPLACE PROCEDURE p()\n  LANGUAGE sql\n  BEGIN /* body */ ATOMIC");
        Gen<String> expression = Gen.oneOf(
                significantPiece(),
                significantPiece().map(p -> "CASE WHEN " + p + " THEN 1 ELSE CASE WHEN true THEN 2 END END"));
        Gen<String> keyword = Gen.of("SELECT", "INSERT INTO t VALUES (", "RETURN");
        Gen<String> inner = r -> {
            String kw = keyword.next(r);
            String e = expression.next(r);
            return kw.endsWith("(") ? kw + e + ")" : kw + " " + e;
        };
        Gen<List<String>> body = inner.list(1, 4);
        Gen<String> end = Gen.of("END", "end");
        return r -> header.next(r) + "\n  " + body.next(r).stream().collect(Collectors.joining(";\n  ")) + ";\n" + end.next(r);
    }

    /** Whitespace between pieces of a statement; never empty, so tokens cannot fuse. */
    private Gen<List<String>> pieceGaps() {
        return Gen.of(" ", "\n", "\t", "  \n    ", "\r\n").list(1, 4);
    }

    private Gen<String> significantPiece() {
        return Gen.oneOf(word(), number(), standardString(), escapeString(), dollarBody(), quotedIdentifier(),
                Gen.of("+", "-", "*", "/", "<>", "=", ",", "::", "||", "$1", "$23", "(1, 2)", "( ';' )", "U&'\\0041;'",
                        "B'101'", "X'1F'", "N'n;'"));
    }

    private static final Set<String> BODY_KEYWORDS = Set.of("begin", "end", "case", "atomic", "create", "copy");

    private Gen<String> word() {
        Gen<String> first = Gen.strings("abcdefghijklmnopqrstuvwxyz_", 1, 1);
        Gen<String> rest = Gen.strings("abcdefghijklmnopqrstuvwxyz_0123456789$", 0, 7);
        Gen<String> word = r -> first.next(r) + rest.next(r);
        return word.filter(w -> !BODY_KEYWORDS.contains(w));
    }

    private Gen<String> number() {
        return Gen.of("0", "42", "3.14", "1e10", "1_000", ".5");
    }

    private static Gen<String> joined(Gen<String> unit, int min, int max) {
        return unit.list(min, max).map(units -> String.join("", units));
    }

    private Gen<String> standardString() {
        // A backslash is an ordinary character here; only '' stands for a quote.
        return joined(Gen.of("a", ";", "''", "\\", "$$", "$x$", "\"", "--", "/*", "*/", "\n", " ", "\u00e9", "\uD83D\uDE00", "$1"), 0, 8)
                .map(body -> "'" + body + "'");
    }

    private Gen<String> escapeString() {
        Gen<String> prefix = Gen.of("E", "e");
        Gen<String> body = joined(Gen.of("a", ";", "\\'", "''", "\\\\", "\\n", "\\t", "$$", "\"", "--", "/*", " ", "\u00e9"), 0, 8);
        return r -> prefix.next(r) + "'" + body.next(r) + "'";
    }

    private Gen<String> quotedIdentifier() {
        return joined(Gen.of("a", ";", "\"\"", "'", "\\", "$$", "--", "/*", " ", "B"), 1, 6)
                .map(body -> "\"" + body + "\"");
    }

    private Gen<String> dollarBody() {
        Gen<String> tag = Gen.of("fn", "body_1", "Ab", "_t", "\u00e9t");
        Gen<String> taggedBody = joined(Gen.of("a", ";", "'", "\"", "\\", "$", "$$", "$x$", "$Fn$", "$1", "--", "/*", "\n",
                "BEGIN ", " END;", "\uD83D\uDE00"), 0, 10);
        Gen<String[]> tagged = r -> new String[] {"$" + tag.next(r) + "$", taggedBody.next(r)};
        Gen<String[]> untagged = joined(Gen.of("a", ";", "'", "\"", "\\", "--", "/*", "\n", " BEGIN ", " END; ", "''"), 0, 10)
                .map(body -> new String[] {"$$", body});
        return Gen.<String[]>oneOf(tagged, untagged)
                // the body must not close early, nor form the delimiter with the closing one
                .filter(p -> (p[1] + p[0]).indexOf(p[0]) == p[1].length())
                .map(p -> p[0] + p[1] + p[0]);
    }

    private Gen<String> lineComment() {
        return joined(Gen.of("a", ";", "'", "\"", "$$", "/*", "*/", "\\i x", " ", "--"), 0, 6)
                .map(body -> "--" + body + "\n");
    }

    /** Nested block comments; the text never contains * or / except as nested delimiters. */
    private Gen<String> blockComment() {
        return Gen.ints(0, 3).flatMap(this::blockComment);
    }

    private Gen<String> blockComment(int depth) {
        Gen<String> text = joined(Gen.of("a", ";", "'", "\"", "$$", "--", "\\", "\n", " ", "\uD83D\uDE00"), 0, 5);
        if (depth == 0) {
            return text.map(t -> "/*" + t + "*/");
        }
        Gen<String> inner = blockComment(depth - 1);
        return r -> "/*" + text.next(r) + inner.next(r) + text.next(r) + "*/";
    }

    /** Whitespace, comments and empty statements between statements. */
    private Gen<String> gap() {
        Gen<String> unit = Gen.oneOf(
                Gen.of("", " ", "\n", "\t", "\r\n", "\n\n  ", ";", " ; "),
                lineComment(),
                blockComment());
        return joined(unit, 0, 4);
    }

    /** What may stand between a statement and its semicolon; starts with whitespace. */
    private Gen<String> beforeSemicolon() {
        return Gen.oneOf(
                Gen.of("", " ", "\n", "\t\t"),
                blockComment().map(c -> " " + c),
                lineComment().map(c -> " " + c));
    }
}
