package dev.cairn.sql;

import java.util.Objects;

/**
 * One statement of a migration script.
 *
 * @param sql the statement exactly as written, from its first token to its last token: leading
 *     and trailing comments and whitespace and the terminating {@code ;} are not included;
 *     comments inside the statement are kept
 * @param line 1-based script line of the statement's first token
 * @param column 1-based column (in code points) of the statement's first token
 * @param offset 0-based char offset of {@code sql} in the script
 */
public record SqlStatement(String sql, int line, int column, int offset) {

    /** A place in the script, both 1-based. */
    public record Position(int line, int column) {
        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
        if (line < 1 || column < 1 || offset < 0) {
            throw new IllegalArgumentException("line and column are 1-based, offset 0-based");
        }
    }

    /** The first line of the statement, trimmed: short enough for log lines and error messages. */
    public String firstLine() {
        int eol = 0;
        while (eol < sql.length() && sql.charAt(eol) != '\n' && sql.charAt(eol) != '\r') {
            eol++;
        }
        return sql.substring(0, eol).strip();
    }

    /** Where the statement starts in the script. */
    public Position position() {
        return new Position(line, column);
    }

    /**
     * Maps a PostgreSQL error position to a script position. The server reports a 1-based index
     * counted in characters (code points) into the statement text as sent, which is {@link #sql()}.
     * Positions before the start map to the statement's start; positions past the end map to
     * just after its last character.
     */
    public Position positionOf(int serverPosition) {
        int wanted = Math.max(serverPosition, 1) - 1; // code points to skip
        int index = 0;
        for (int skipped = 0; skipped < wanted && index < sql.length(); skipped++) {
            index += Character.charCount(sql.codePointAt(index));
        }
        LineCounter counter = new LineCounter(0, line, column);
        counter.advance(sql, index);
        return new Position(counter.line(), counter.column());
    }
}
