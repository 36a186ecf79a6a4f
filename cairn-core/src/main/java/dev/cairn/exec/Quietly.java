package dev.cairn.exec;

import java.sql.SQLException;

/** Clean-up on a path that is already failing (rollback, restoring auto-commit): the first error is what counts. */
public final class Quietly {
    private Quietly() {}

    /** A JDBC call that may throw. */
    @FunctionalInterface
    public interface SqlAction {
        void run() throws SQLException;
    }

    public static void run(SqlAction action) {
        try {
            action.run();
        } catch (SQLException ignored) {
            // already failing; the caller reports the original error
        }
    }
}
