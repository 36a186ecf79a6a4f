package dev.cairn.lint;

import dev.cairn.dialect.Dialects;
import dev.cairn.sql.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code CHECK (column IS NOT NULL)} from tokens: the one constraint shape that lets PostgreSQL 12+ set NOT NULL
 * without scanning the table. The statement shape does not carry a check's expression, so this token reading stands in.
 */
final class NotNullChecks {
    private NotNullChecks() {}

    /** The column of a {@code CHECK ((column IS NOT NULL))} definition ({@code pg_get_constraintdef}'s text). */
    static Optional<String> column(String definition) {
        List<Token> tokens = Dialects.current().statements().significantTokens(definition, "constraint");
        List<Optional<String>> all = columns(tokens);
        return all.isEmpty() ? Optional.empty() : all.get(0);
    }

    /** For every CHECK keyword of the tokens, in order: its column when the check is exactly {@code col IS NOT NULL}. */
    static List<Optional<String>> columns(List<Token> tokens) {
        List<Optional<String>> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isWord("CHECK")) {
                continue;
            }
            int j = i + 1;
            int open = 0;
            while (j < tokens.size() && tokens.get(j).isPunct('(')) {
                open++;
                j++;
            }
            Optional<String> column = Optional.empty();
            if (open > 0 && j + 4 <= tokens.size() && isName(tokens.get(j)) && tokens.get(j + 1).isWord("IS")
                    && tokens.get(j + 2).isWord("NOT") && tokens.get(j + 3).isWord("NULL")) {
                int k = j + 4;
                int closed = 0;
                while (k < tokens.size() && tokens.get(k).isPunct(')') && closed < open) {
                    closed++;
                    k++;
                }
                if (closed == open) {
                    column = Optional.of(name(tokens.get(j)));
                }
            }
            out.add(column);
        }
        return out;
    }

    private static boolean isName(Token t) {
        return t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.QUOTED_IDENT;
    }

    private static String name(Token t) {
        return t.kind() == Token.Kind.QUOTED_IDENT ? t.text().substring(1, t.text().length() - 1).replace("\"\"", "\"")
                : t.text().toLowerCase(java.util.Locale.ROOT);
    }
}
