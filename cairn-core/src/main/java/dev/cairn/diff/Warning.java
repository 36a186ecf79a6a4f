package dev.cairn.diff;

/** Something the user should know about a change set: {@code object} is the qualified name it concerns. */
public record Warning(Kind kind, String object, String message) {
    public enum Kind {
        /** The change drops data (a table, a column, enum values). */
        DATA_LOSS,
        /** A disappearing and an appearing object might be a rename; give it explicitly to keep the data. */
        POSSIBLE_RENAME,
        /** Cairn cannot express this change exactly; the plan does its best and says how. */
        UNSUPPORTED,
        /**
         * The target's column order differs from what the plan gives: PostgreSQL appends new columns and cannot
         * reorder them, and Cairn does not rebuild tables to do it. Column order is not otherwise compared.
         */
        COLUMN_ORDER
    }

    @Override
    public String toString() {
        return kind + " " + object + ": " + message;
    }
}
