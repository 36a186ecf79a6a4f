package dev.cairn.postgres.sql;

import dev.cairn.sql.Token;
import dev.cairn.sql.Token.Kind;
import dev.cairn.sql.LineCounter;
import dev.cairn.sql.SqlStatement;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A PostgreSQL lexer that is just precise enough to find statement boundaries and keywords.
 *
 * <p>It follows the rules of PostgreSQL's {@code scan.l} (and psql's {@code psqlscan.l}) for
 * everything that can hide a semicolon: strings of every flavour, quoted identifiers, dollar
 * quotes, and nested block comments. It is pull-based on purpose: the splitter must be able to
 * stop right after a statement (for example {@code COPY ... FROM stdin}) before the lexer reads
 * the lines that follow, which are data, not SQL.
 *
 * <p>Assumes {@code standard_conforming_strings = on} (the default since PostgreSQL 9.1): a
 * backslash is only an escape inside {@code E'...'} strings.
 */
public final class SqlLexer {

    private final String text;
    private final String fileName;
    private final LineCounter cursor = new LineCounter();
    private int pos;

    public SqlLexer(String text, String fileName) {
        this.text = text;
        this.fileName = fileName == null ? "<script>" : fileName;
    }

    /** Lexes all of {@code text}, comments included. */
    public static List<Token> tokenize(String text, String fileName) {
        SqlLexer lexer = new SqlLexer(text, fileName);
        List<Token> tokens = new ArrayList<>();
        for (Token t = lexer.next(); t != null; t = lexer.next()) {
            tokens.add(t);
        }
        return tokens;
    }

    /** Lexes all of {@code text} and drops comments: the tokens that carry meaning. */
    public static List<Token> significantTokens(String text, String fileName) {
        List<Token> tokens = tokenize(text, fileName);
        tokens.removeIf(Token::isComment);
        return tokens;
    }

    /** The next token, or {@code null} at the end of the text. */
    public Token next() {
        skipWhitespace();
        if (pos >= text.length()) {
            return null;
        }
        int start = pos;
        cursor.advance(text, start);
        int line = cursor.line();
        int column = cursor.column();
        Kind kind = scan(start, line, column);
        return new Token(kind, text.substring(start, pos), start, line, column);
    }

    /** Consumes one token starting at {@code start} and says what it was. */
    private Kind scan(int start, int line, int column) {
        char c = text.charAt(start);
        char n1 = charAt(start + 1);
        char n2 = charAt(start + 2);

        if (c == '-' && n1 == '-') {
            int eol = endOfLine(start);
            pos = eol;
            return Kind.LINE_COMMENT;
        }
        if (c == '/' && n1 == '*') {
            scanBlockComment(start, line, column);
            return Kind.BLOCK_COMMENT;
        }
        if (c == '\'') {
            scanQuoted(start + 1, '\'', false, "quoted string", line, column);
            return Kind.STRING;
        }
        if (c == '"') {
            scanQuoted(start + 1, '"', false, "quoted identifier", line, column);
            return Kind.QUOTED_IDENT;
        }
        if ((c == 'e' || c == 'E') && n1 == '\'') {
            scanQuoted(start + 2, '\'', true, "escape string (E'...')", line, column);
            return Kind.STRING;
        }
        // N'...' (national), B'...' (bit), X'...' (hex): no escapes beyond doubled quotes.
        if ((c == 'n' || c == 'N' || c == 'b' || c == 'B' || c == 'x' || c == 'X') && n1 == '\'') {
            scanQuoted(start + 2, '\'', false, "quoted string", line, column);
            return Kind.STRING;
        }
        if ((c == 'u' || c == 'U') && n1 == '&' && (n2 == '\'' || n2 == '"')) {
            // In U&'...' the backslash introduces a Unicode escape that the server decodes
            // later; lexically only a doubled quote continues the literal.
            boolean ident = n2 == '"';
            scanQuoted(start + 3, n2, false, ident ? "quoted identifier (U&\"...\")" : "Unicode string (U&'...')", line, column);
            return ident ? Kind.QUOTED_IDENT : Kind.STRING;
        }
        if (c == '$') {
            if (isDigit(n1)) {
                pos = start + 1;
                while (isDigit(charAt(pos))) {
                    pos++;
                }
                return Kind.PARAM;
            }
            int tagEnd = dollarTagEnd(start);
            if (tagEnd > 0) {
                scanDollarBody(start, tagEnd, line, column);
                return Kind.DOLLAR_BODY;
            }
            pos = start + 1;
            return Kind.PUNCT;
        }
        if (isIdentStart(c)) {
            pos = start + 1;
            while (isIdentCont(charAt(pos))) {
                pos++;
            }
            return Kind.WORD;
        }
        if (isDigit(c)) {
            scanNumber(start);
            return Kind.NUMBER;
        }
        if (c == '\\') {
            pos = endOfLine(start);
            return Kind.META_COMMAND;
        }
        pos = start + 1;
        return Kind.PUNCT;
    }

    private void skipWhitespace() {
        while (pos < text.length() && isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private void scanBlockComment(int start, int line, int column) {
        int depth = 0;
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' && charAt(i + 1) == '*') {
                depth++;
                i += 2;
            } else if (c == '*' && charAt(i + 1) == '/') {
                depth--;
                i += 2;
                if (depth == 0) {
                    pos = i;
                    return;
                }
            } else {
                i++;
            }
        }
        throw unterminated("block comment (/* ... */)", line, column,
                "Block comments nest in PostgreSQL, so every /* inside the comment needs its own */ as well");
    }

    /**
     * Scans the body of a quoted token that started just before {@code from}. A doubled quote
     * character stands for itself; with {@code backslashEscapes} a backslash escapes the next
     * character.
     */
    private void scanQuoted(int from, char quote, boolean backslashEscapes, String what, int line, int column) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    pos = i + 1;
                    return;
                }
            } else {
                i++;
            }
        }
        String hint = quote == '"'
                ? "Check for a missing \" (inside a quoted identifier a quote is written as \"\")"
                : backslashEscapes
                        ? "Check for a missing ' (in an E'...' string a quote is written as \\' or '' and a backslash as \\\\)"
                        : "Check for a missing ' (inside a string a quote is written as ''; a backslash is an ordinary character unless the string is written E'...')";
        throw unterminated(what, line, column, hint);
    }

    /**
     * If a dollar-quote delimiter ({@code $$} or {@code $tag$}) starts at {@code start}, returns
     * the index just after it, else -1. A tag follows identifier rules but cannot contain
     * {@code $} and cannot start with a digit (that would be a parameter such as {@code $1}).
     */
    private int dollarTagEnd(int start) {
        int i = start + 1;
        if (charAt(i) == '$') {
            return i + 1;
        }
        if (!isIdentStart(charAt(i))) {
            return -1;
        }
        i++;
        while (isIdentStart(charAt(i)) || isDigit(charAt(i))) {
            i++;
        }
        return charAt(i) == '$' ? i + 1 : -1;
    }

    private void scanDollarBody(int start, int tagEnd, int line, int column) {
        String delimiter = text.substring(start, tagEnd);
        // Searching for the exact delimiter is equivalent to PostgreSQL's rescanning rule: a
        // non-matching $other$ inside the body never hides a real closing delimiter.
        int close = text.indexOf(delimiter, tagEnd);
        if (close < 0) {
            throw unterminated("dollar-quoted string " + delimiter, line, column,
                    "The body must end with exactly " + delimiter + " (the tag is case-sensitive)");
        }
        pos = close + delimiter.length();
    }

    private void scanNumber(int start) {
        int i = start;
        while (isDigit(charAt(i)) || charAt(i) == '.' || charAt(i) == '_') {
            i++;
        }
        // PostgreSQL reads trailing identifier characters (including $) as part of the same
        // token ("1abc$$" is one bad token, not a number followed by a dollar quote).
        if (isIdentStart(charAt(i))) {
            while (isIdentCont(charAt(i))) {
                i++;
            }
        }
        pos = i;
    }

    private int endOfLine(int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private CairnException unterminated(String what, int line, int column, String hint) {
        return new CairnException(ExitCode.USAGE, "Unterminated " + what + " starting at " + fileName + ":" + line + ":"
                + column + ": the script ends before it is closed, so Cairn cannot tell where the statement ends. "
                + hint + ".");
    }

    private char charAt(int i) {
        return i < text.length() ? text.charAt(i) : '\0';
    }

    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** PostgreSQL treats every non-ASCII character as an identifier letter. */
    static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    static boolean isIdentCont(char c) {
        return isIdentStart(c) || isDigit(c) || c == '$';
    }
}
