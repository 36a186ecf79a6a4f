package dev.cairn.postgres.sql;

import dev.cairn.sql.Token;import dev.cairn.sql.LineCounter;
import dev.cairn.sql.SqlStatement;

import static dev.cairn.sql.Token.Kind.BLOCK_COMMENT;
import static dev.cairn.sql.Token.Kind.DOLLAR_BODY;
import static dev.cairn.sql.Token.Kind.LINE_COMMENT;
import static dev.cairn.sql.Token.Kind.META_COMMAND;
import static dev.cairn.sql.Token.Kind.NUMBER;
import static dev.cairn.sql.Token.Kind.PARAM;
import static dev.cairn.sql.Token.Kind.PUNCT;
import static dev.cairn.sql.Token.Kind.QUOTED_IDENT;
import static dev.cairn.sql.Token.Kind.STRING;
import static dev.cairn.sql.Token.Kind.WORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.cairn.sql.Token.Kind;
import dev.cairn.sql.Token;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SqlLexerTest {

    static Stream<Arguments> tokens() {
        return Stream.of(
                arguments("$1$", List.of(PARAM, PUNCT), List.of("$1", "$")),
                arguments("a$$b $x", List.of(WORD, PUNCT, WORD), List.of("a$$b", "$", "x")),
                arguments("E'\\'' e 'x'", List.of(STRING, WORD, STRING), List.of("E'\\''", "e", "'x'")),
                arguments("U&'a' U&\"b\" u&c", List.of(STRING, QUOTED_IDENT, WORD, PUNCT, WORD), List.of("U&'a'", "U&\"b\"", "u", "&", "c")),
                arguments("$a$x$b$y$a$ $", List.of(DOLLAR_BODY, PUNCT), List.of("$a$x$b$y$a$", "$")),
                arguments("1abc$$ 2.5", List.of(NUMBER, NUMBER), List.of("1abc$$", "2.5")),
                arguments("x--c\ny", List.of(WORD, LINE_COMMENT, WORD), List.of("x", "--c", "y")),
                arguments("/*/**/*/+", List.of(BLOCK_COMMENT, PUNCT), List.of("/*/**/*/", "+")),
                arguments("select \\gexec x\ny", List.of(WORD, META_COMMAND, WORD), List.of("select", "\\gexec x", "y")),
                arguments("caf\u00e9 \"\"\"\"", List.of(WORD, QUOTED_IDENT), List.of("caf\u00e9", "\"\"\"\"")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokens")
    void lexesLikePostgres(String text, List<Kind> kinds, List<String> texts) {
        List<Token> tokens = SqlLexer.tokenize(text, "t.sql");
        assertThat(tokens).extracting(Token::kind).containsExactlyElementsOf(kinds);
        assertThat(tokens).extracting(Token::text).containsExactlyElementsOf(texts);
    }

    @Test
    void tokensCarryTheirPosition() {
        List<Token> tokens = SqlLexer.tokenize("a\n  /* x\n */ 'b'", "t.sql");
        assertThat(tokens).extracting(Token::line).containsExactly(1, 2, 3);
        assertThat(tokens).extracting(Token::column).containsExactly(1, 3, 5);
        assertThat(tokens).extracting(Token::offset).containsExactly(0, 4, 13);
    }

    @Test
    void significantTokensDropComments() {
        assertThat(SqlLexer.significantTokens("VACUUM /* x */ -- y\n t", "t.sql"))
                .extracting(Token::keyword).containsExactly("VACUUM", "T");
    }
}
