package dev.cairn.sql;

/** The fields of an error the database server reported; {@code position} is 1-based in the statement, 0 when unknown. */
public record ServerError(String message, String detail, String hint, String sqlState, int position) {
    public String summary() {
        StringBuilder s = new StringBuilder("ERROR ").append(sqlState == null ? "" : "[" + sqlState + "] ").append(message);
        if (detail != null && !detail.isBlank()) {
            s.append(" (detail: ").append(detail).append(')');
        }
        if (hint != null && !hint.isBlank()) {
            s.append(" (hint: ").append(hint).append(')');
        }
        return s.toString();
    }
}
