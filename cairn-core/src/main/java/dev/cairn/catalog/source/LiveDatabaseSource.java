package dev.cairn.catalog.source;

import dev.cairn.dialect.Dialects;
import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.catalog.Catalog;
import dev.cairn.db.ConnectionSource;
import dev.cairn.dialect.IntrospectOptions;
import dev.cairn.migrate.SqlErrors;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

/**
 * {@code env:NAME} or {@code url:JDBC_URL}: a live database, read without changing it. The session is
 * made read-only ({@code default_transaction_read_only}) before anything else runs on it.
 *
 * @param spec        what the user wrote, without credentials
 * @param connections opened on {@link #load()} (an environment may start the local embedded server);
 *                    closed after
 */
public record LiveDatabaseSource(String spec, Supplier<Opened> connections, IntrospectOptions options)
        implements CatalogSource {

    /** Connections to the database, and what to close when done (may be null). */
    public record Opened(ConnectionSource db, AutoCloseable resource) {}

    /** A live catalog and the major of the server it was read from. */
    public record Live(Catalog catalog, int major) {}

    @Override
    public Catalog load() {
        return loadLive().catalog();
    }

    /** Reads the catalog and the server's major in one session. */
    public Live loadLive() {
        Opened opened = connections.get();
        try (AutoCloseable resource = opened.resource(); Connection c = openReadOnly(opened.db())) {
            return new Live(Dialects.current().introspector().introspect(c, options), Dialects.current().serverMajor(c));
        } catch (SQLException e) {
            throw SqlErrors.connectionFailure(opened.db(), e);
        } catch (CairnException e) {
            throw e;
        } catch (Exception e) {
            throw new CairnException(ExitCode.DATABASE, "Reading " + spec + " failed: " + e.getMessage(), e);
        }
    }

    /** A connection whose session refuses to write: {@code default_transaction_read_only} is on before it is handed out. */
    public static Connection openReadOnly(ConnectionSource db) throws SQLException {
        Connection c = db.open();
        try (Statement s = c.createStatement()) {
            s.execute("SET default_transaction_read_only = on");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    @Override
    public String describe() {
        return spec;
    }
}
