package dev.cairn.dialect;

import dev.cairn.catalog.Catalog;
import java.sql.Connection;
import java.sql.SQLException;

/** Reads the schema of the database a connection is on. */
public interface Introspector {
    Catalog introspect(Connection c, IntrospectOptions options) throws SQLException;
}
