package dev.cairn.dialect;

import dev.cairn.catalog.Catalog;
import java.sql.Connection;
import java.sql.SQLException;

/** Reads a live database's schema into a {@link Catalog}: the dialect's side of every {@code url:} or {@code env:} source. */
public interface Introspector {

    /**
     * Reads the catalog through {@code c}, in one consistent snapshot, leaving the connection's session
     * state as it found it.
     *
     * @throws SQLException when a query fails (lost connection, missing privileges on the catalogs)
     */
    Catalog introspect(Connection c, IntrospectOptions options) throws SQLException;
}
