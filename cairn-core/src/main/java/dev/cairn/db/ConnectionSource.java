package dev.cairn.db;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens connections to one database. {@link #describe()} is safe to print: it never contains a secret. */
public interface ConnectionSource {
    Connection open() throws SQLException;

    /** Where the connections go, for messages: host, port and database, without credentials. */
    String describe();
}
