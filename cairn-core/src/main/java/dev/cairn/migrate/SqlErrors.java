package dev.cairn.migrate;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.db.ConnectionSource;
import java.sql.SQLException;
import java.util.Optional;
import dev.cairn.dialect.Dialects;
import dev.cairn.sql.ServerError;

/** Turns JDBC errors into what a user needs: the server's message, detail and hint, and the error position. */
public final class SqlErrors {
    private SqlErrors() {}

    /** The parts of a server error. {@code position} is 1-based into the statement, 0 when unknown. */
    /** The server's error fields when the dialect's driver reports them, else the driver's message. */
    public static ServerError describe(SQLException e) {
        return Dialects.current().serverError(e)
                .orElseGet(() -> new ServerError(String.valueOf(e.getMessage()), null, null, e.getSQLState(), 0));
    }

    public static CairnException connectionFailure(ConnectionSource db, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String advice;
        if (state.equals("08004") && String.valueOf(e.getMessage()).contains("no password")) {
            advice = "The server asks for a password and none is set for this environment: add `password:` to it in"
                    + " cairn.yaml (for example `password: ${DB_PASSWORD}`, read from the environment), or give it in the URL.";
        } else {
            advice = switch (state.length() >= 2 ? state.substring(0, 2) : state) {
                case "08" -> "Check that the server is running and reachable at that address, and that the URL's host"
                        + " and port are right.";
                case "28" -> "Check the user and password for this environment (cairn.yaml or the variables it reads).";
                case "3D" -> "The database does not exist: create it, or fix the database name in the URL.";
                default -> "Check the environment's url in cairn.yaml, or run with --verbose for details.";
            };
        }
        return new CairnException(ExitCode.DATABASE, "Cannot work with the database at " + db.describe() + ": "
                + sentence(withoutDriverAdvice(e).summary()) + " " + advice, e);
    }

    /** {@code text} ending in exactly one full stop: server and driver messages may or may not end in one. */
    static String sentence(String text) {
        String t = text.strip();
        while (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t + ".";
    }

    /**
     * The driver's own connection errors carry advice in PostgreSQL's words ("Check that the hostname and port
     * are correct and that the postmaster is accepting TCP/IP connections."); Cairn gives its own, once.
     */
    private static ServerError withoutDriverAdvice(SQLException error) {
        Optional<ServerError> fromServer = Dialects.current().serverError(error);
        if (fromServer.isPresent()) {
            return fromServer.get();
        }
        ServerError e = describe(error);
        int advice = e.message().indexOf(" Check that ");
        if (advice < 0) {
            return e;
        }
        return new ServerError(e.message().substring(0, advice), e.detail(), e.hint(), e.sqlState(), e.position());
    }
}
