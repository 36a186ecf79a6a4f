package dev.cairn.dialect;

import dev.cairn.diff.DiffRules;
import dev.cairn.plan.OnlineForms;
import dev.cairn.sql.ServerError;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A database dialect: everything Cairn knows about one kind of server, behind one seam. The core (model, differ
 * walker, plans, use cases) asks these parts and never names a dialect's classes. Implementations are
 * registered in {@code META-INF/services/dev.cairn.dialect.Dialect} and found by {@link Dialects}.
 */
public interface Dialect {

    /** A short stable name ("postgresql"). */
    String name();

    /** The server's name as people write it ("PostgreSQL"). */
    String displayName();

    /** The java.util.logging logger of the dialect's JDBC driver, which Cairn keeps quiet (it may quote URLs). */
    String driverLogger();

    /** Whether this dialect serves a JDBC URL. */
    boolean accepts(String jdbcUrl);

    /** Reads a live database's schema into a catalog. */
    Introspector introspector();

    /** The type rules the differ asks. */
    DiffRules diffRules();

    /** Turns changes into statements with their safety facts. */
    Renderer renderer();

    /** The safety facts of each change: lock taken, rewrite, scan, data loss, transaction needs. */
    Safety safety();

    /** The online forms generate writes for changes to existing tables (none unless the dialect has them). */
    default OnlineForms onlineForms() {
        return OnlineForms.NONE;
    }

    /** Splits scripts into statements and classifies them (transaction handling, recovery, lexing). */
    StatementRules statements();

    /**
     * Whether the server says no transaction is open any more on a connection the caller put in a transaction
     * (a statement ended it); false when the driver cannot tell.
     */
    boolean transactionEnded(Connection c) throws SQLException;

    /** The major version of the server on the other end of {@code c} (e.g. 15), read from the server itself. */
    int serverMajor(Connection c) throws SQLException;

    /** The server's error fields when {@code e} carries them (message, detail, hint, SQLSTATE, position). */
    Optional<ServerError> serverError(SQLException e);
}
