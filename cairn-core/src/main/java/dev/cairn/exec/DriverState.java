package dev.cairn.exec;

import dev.cairn.dialect.Dialects;
import dev.cairn.sql.ServerError;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * What the JDBC driver already knows, without a round trip, asked of the dialect: the session's transaction state
 * from the server's last ready-for-query message, and the position the server gave with an error.
 */
final class DriverState {
    private DriverState() {}

    /** True when, in the middle of a transaction the runner opened, the server says none is open any more. */
    static boolean transactionEnded(Connection c) throws SQLException {
        return Dialects.current().transactionEnded(c);
    }

    /** The 1-based position in the statement the server's error points at; 0 when it gave none. */
    static int errorPosition(SQLException error) {
        return Dialects.current().serverError(error).map(ServerError::position).orElse(0);
    }
}
