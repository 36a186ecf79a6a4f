package dev.cairn.postgres.sql;

import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.Token;
import dev.cairn.sql.Token.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The significant tokens of one statement (comments dropped), with the parenthesis depth of each: the shared reading
 * aid of {@link StatementClassifier} and {@link StatementShapes}. Every accessor is total: an index out of range reads
 * as no token, so callers can look ahead without bounds checks.
 */
final class Tokens {
    private final String sql;
    private final List<Token> tokens;
    private final int[] depths;

    Tokens(SqlStatement statement) {
        this.sql = statement.sql();
        this.tokens = SqlLexer.significantTokens(statement.sql(), "statement at line " + statement.line());
        this.depths = new int[tokens.size()];
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            if (tok.isPunct(')')) {
                depth = Math.max(0, depth - 1);
            }
            depths[i] = depth;
            if (tok.isPunct('(')) {
                depth++;
            }
        }
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    /** Parenthesis depth of token {@code i}; 0 past the end. */
    int depth(int i) {
        return i >= 0 && i < depths.length ? depths[i] : 0;
    }

    String keyword(int i) {
        Token t = get(i);
        return t == null ? "" : t.keyword();
    }

    boolean word(int i, String keyword) {
        Token t = get(i);
        return t != null && t.isWord(keyword);
    }

    /** Tokens {@code i, i+1, ...} are the words {@code keywords}. */
    boolean words(int i, String... keywords) {
        for (int k = 0; k < keywords.length; k++) {
            if (!word(i + k, keywords[k])) {
                return false;
            }
        }
        return true;
    }

    boolean punct(int i, char c) {
        Token t = get(i);
        return t != null && t.isPunct(c);
    }

    /** The statement text from token {@code from} through token {@code to - 1}, as written; null when empty. */
    String text(int from, int to) {
        int last = Math.min(to, tokens.size()) - 1;
        if (from < 0 || from > last) {
            return null;
        }
        return sql.substring(tokens.get(from).offset(), tokens.get(last).end());
    }

    /** Index of the {@code )} matching the {@code (} at {@code open}, or size() if none. */
    int closingParen(int open) {
        for (int i = open + 1; i < tokens.size(); i++) {
            if (tokens.get(i).isPunct(')') && depths[i] == depths[open]) {
                return i;
            }
        }
        return tokens.size();
    }

    /** Reads {@code a[.b]} from token {@code i} into {@code parts}; returns the index after it, or -1. */
    int qualifiedName(int i, List<String> parts) {
        while (true) {
            Optional<String> part = identifier(get(i));
            if (part.isEmpty()) {
                return -1;
            }
            parts.add(part.get());
            if (!punct(i + 1, '.')) {
                return i + 1;
            }
            i += 2;
        }
    }

    /** Options of the first top-level {@code WITH (...)} at or after {@code from}. */
    Map<String, String> withOptions(int from) {
        for (int i = from; i + 1 < tokens.size(); i++) {
            if (depths[i] == 0 && word(i, "WITH") && punct(i + 1, '(')) {
                return optionList(i + 1);
            }
        }
        return Map.of();
    }

    /**
     * Parses {@code (name [=] [value], ...)} starting at the {@code (} at {@code open}. Names
     * are lower-cased; a missing value is recorded as {@code "true"}.
     */
    Map<String, String> optionList(int open) {
        Map<String, String> options = new HashMap<>();
        int end = closingParen(open);
        int i = open + 1;
        while (i < end) {
            Token name = tokens.get(i);
            int next = i + 1;
            String value = "true";
            if (punct(next, '=')) {
                next++;
            }
            if (next < end && !punct(next, ',')) {
                value = unquote(tokens.get(next));
                next++;
            }
            options.put(downcase(name.kind() == Kind.WORD ? name.text() : unquote(name)), value);
            while (next < end && !punct(next, ',')) {
                next++; // skip anything unexpected up to the next option
            }
            i = next + 1;
        }
        return options;
    }

    /** A string literal's or quoted identifier's content; any other token's text. */
    static String unquote(Token t) {
        String text = t.text();
        if (t.kind() == Kind.STRING && text.startsWith("'") && text.endsWith("'") && text.length() >= 2) {
            return text.substring(1, text.length() - 1).replace("''", "'");
        }
        if (t.kind() == Kind.QUOTED_IDENT && text.startsWith("\"") && text.length() >= 2) {
            return text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        return text;
    }

    /** An identifier the way PostgreSQL resolves it, or empty if the token is not a plain one. */
    static Optional<String> identifier(Token token) {
        if (token == null) {
            return Optional.empty();
        }
        if (token.kind() == Kind.WORD) {
            return Optional.of(downcase(token.text()));
        }
        String text = token.text();
        if (token.kind() == Kind.QUOTED_IDENT && text.startsWith("\"")) {
            return Optional.of(text.substring(1, text.length() - 1).replace("\"\"", "\""));
        }
        return Optional.empty();
    }

    /** PostgreSQL folds only ASCII letters of unquoted identifiers (in multibyte encodings). */
    static String downcase(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return sb.toString();
    }
}
