package dev.cairn.exec;

import java.sql.Connection;
import java.sql.SQLException;

/** What the driver knows of the session's transaction, from the server's last ready-for-query message (no round trip). */
final class TransactionState {
    private TransactionState() {}

    /** True when, in the middle of a transaction the runner opened, the server says none is open any more. */
    static boolean ended(Connection c) throws SQLException {
        if (c.getAutoCommit() || !c.isWrapperFor(org.postgresql.core.BaseConnection.class)) {
            return false;
        }
        return c.unwrap(org.postgresql.core.BaseConnection.class).getTransactionState()
                == org.postgresql.core.TransactionState.IDLE;
    }
}
