package dev.cairn.exec;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What the JDBC driver (pgjdbc) already knows, without a round trip: the session's transaction state from the
 * server's last ready-for-query message, and the position the server gave with an error. The dialect will supply
 * these later; they live here so that the runner depends on no use-case package.
 */
final class DriverState {
    private DriverState() {}

    /** True when, in the middle of a transaction the runner opened, the server says none is open any more. */
    static boolean transactionEnded(Connection c) throws SQLException {
        if (c.getAutoCommit() || !c.isWrapperFor(org.postgresql.core.BaseConnection.class)) {
            return false;
        }
        return c.unwrap(org.postgresql.core.BaseConnection.class).getTransactionState()
                == org.postgresql.core.TransactionState.IDLE;
    }

    /** The 1-based position in the statement the server's error points at; 0 when it gave none. */
    static int errorPosition(SQLException error) {
        if (error instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
            return p.getServerErrorMessage().getPosition();
        }
        return 0;
    }
}
