package dev.cairn.migrate;

/** The three kinds of migration file, by prefix. */
public enum MigrationKind {
    /** {@code V<version>__<desc>.sql}: applied once, in version order. */
    VERSIONED("V", "versioned"),
    /** {@code U<version>__<desc>.sql}: reverts the versioned migration of the same version. */
    UNDO("U", "revert"),
    /** {@code R__<name>.sql}: re-applied whenever its checksum changes, after all versioned ones. */
    REPEATABLE("R", "repeatable");

    private final String prefix;
    private final String label;

    MigrationKind(String prefix, String label) {
        this.prefix = prefix;
        this.label = label;
    }

    public String prefix() {
        return prefix;
    }

    /** The word stored in the history table's {@code type} column and shown to users. */
    public String label() {
        return label;
    }
}
