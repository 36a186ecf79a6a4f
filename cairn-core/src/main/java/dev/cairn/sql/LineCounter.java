package dev.cairn.sql;

/**
 * Walks text forward and keeps a 1-based line and column. Columns count Unicode code points, as
 * editors and PostgreSQL's error positions do, not UTF-16 chars. {@code \r\n}, {@code \n} and a
 * lone {@code \r} each end a line.
 */
public final class LineCounter {
    private int offset;
    private int line;
    private int column;

    public LineCounter() {
        this(0, 1, 1);
    }

    public LineCounter(int offset, int line, int column) {
        this.offset = offset;
        this.line = line;
        this.column = column;
    }

    /** Moves forward to {@code target} (an index into {@code text}); never moves back. */
    public void advance(CharSequence text, int target) {
        while (offset < target) {
            char c = text.charAt(offset);
            if (c == '\n' || (c == '\r' && (offset + 1 >= text.length() || text.charAt(offset + 1) != '\n'))) {
                line++;
                column = 1;
                offset++;
            } else if (c == '\r') {
                offset++; // first half of \r\n: the \n ends the line
            } else {
                column++;
                offset += Character.isHighSurrogate(c) && offset + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(offset + 1)) ? 2 : 1;
            }
        }
    }

    public int offset() {
        return offset;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
