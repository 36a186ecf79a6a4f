package dev.cairn.diff;

/** Something the user should know about a change set: {@code object} is the qualified name it concerns. */
public record Warning(Kind kind, String object, String message) {
    public enum Kind {
        /** The change drops data (a table, a column, enum values). */
        DATA_LOSS,
        /** A disappearing and an appearing object might be a rename; give it explicitly to keep the data. */
        POSSIBLE_RENAME,
        /** Cairn cannot express this change exactly; the plan does its best and says how. */
        UNSUPPORTED
    }

    @Override
    public String toString() {
        return kind + " " + object + ": " + message;
    }
}
