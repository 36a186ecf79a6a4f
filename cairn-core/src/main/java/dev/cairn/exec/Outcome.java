package dev.cairn.exec;

import dev.cairn.sql.SqlStatement;
import java.sql.SQLException;

/**
 * How a script run ended: done, or stopped at statement {@code index} (0-based) of the script.
 *
 * @param status    what happened
 * @param index     the statement that failed or was not started; -1 when done
 * @param statement that statement; null when done
 * @param error     the server's (or driver's) error; null when done, not started, or the transaction was ended
 */
public record Outcome(Status status, int index, SqlStatement statement, SQLException error) {

    public enum Status {
        /** Every statement ran (and, in a transaction, committed). */
        DONE,
        /** A statement failed; in a transaction, everything was rolled back. */
        FAILED,
        /** The deadline passed (or a stop was requested) before the statement was sent; nothing was rolled forward. */
        NOT_STARTED,
        /**
         * The statement ended the transaction itself (transaction control the splitter did not recognise): it and
         * those before it are committed.
         */
        ENDED_TRANSACTION,
        /** The statements ran but COMMIT failed (deferred constraints): the transaction was rolled back. */
        COMMIT_FAILED
    }

    static final Outcome DONE = new Outcome(Status.DONE, -1, null, null);

    public boolean done() {
        return status == Status.DONE;
    }

    /** The same outcome for a script that had {@code skipped} statements before the ones this run saw. */
    Outcome shiftedBy(int skipped) {
        return index < 0 ? this : new Outcome(status, index + skipped, statement, error);
    }

    /** Where in the file the server located the error: its position in the statement, or the statement's start. */
    public SqlStatement.Position position() {
        int at = error == null ? 0 : DriverState.errorPosition(error);
        return at > 0 ? statement.positionOf(at) : statement.position();
    }
}
