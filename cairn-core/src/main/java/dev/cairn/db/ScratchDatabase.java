package dev.cairn.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A throwaway database on the shared scratch server; {@link #close()} drops it (forcibly
 * disconnecting any sessions still open). {@code jdbcUrl} already names the user, so
 * {@code DriverManager.getConnection(jdbcUrl)} works; there is no password.
 */
public record ScratchDatabase(String jdbcUrl, String name, String user) implements AutoCloseable {

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }

    @Override
    public void close() {
        DevDatabases.servers().dropScratchDatabase(this);
    }
}
