package dev.cairn.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/** Opens connections to one database. {@link #describe()} is safe to print: it never contains a secret. */
public interface ConnectionSource {
    Connection open() throws SQLException;

    /**
     * Opens a connection, giving up (SQLSTATE 08001) when connecting and logging in take longer than
     * {@code limit}: a run's deadline must also bound a server that accepts and never answers. A zero
     * limit means the source's own default.
     */
    default Connection open(Duration limit) throws SQLException {
        return open();
    }

    /** Where the connections go, for messages: host, port and database, without credentials. */
    String describe();

    /**
     * The same server, credentials and options, another database on it: a maintenance connection
     * ({@code postgres}), a copy made with {@code CREATE DATABASE … TEMPLATE}.
     *
     * @throws UnsupportedOperationException for a source that cannot name another database
     */
    default ConnectionSource forDatabase(String database) {
        throw new UnsupportedOperationException(describe() + " cannot open another database");
    }
}
