package dev.cairn.postgres.inspect;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Extension;
import dev.cairn.dialect.IntrospectOptions;
import dev.cairn.dialect.Introspector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Reads a PostgreSQL database's schema into a {@link Catalog}, using the server's own canonical text
 * ({@code format_type}, {@code pg_get_expr}, {@code pg_get_*def}) with an empty {@code search_path}, so
 * every name in a definition is schema-qualified exactly as {@code pg_dump} prints it.
 *
 * <p>It runs a fixed number of queries (one per object kind, never one per object: {@link #QUERIES}
 * plus the transaction's start and end), all in one {@code REPEATABLE READ, READ ONLY} transaction so
 * they see one snapshot. Supports PostgreSQL 13 to 18. Each kind's query is a resource
 * ({@code dev/cairn/postgres/inspect/<kind>.sql}) read by its reader class ({@link RelationReader} reads
 * {@code relations.sql}, and so on); this class only orders them.
 *
 * <p>Left out: system schemas, objects that belong to an extension (they are represented by the
 * {@link Extension}), Cairn's history table (and its schema when nothing else is in it), objects
 * PostgreSQL creates on its own (indexes backing constraints, identity sequences, partitions' copies of
 * their parent's indexes, constraints and triggers, NOT NULL constraints with the name PostgreSQL 18
 * gives them).
 */
public final class PostgresIntrospector {
    /**
     * This reader as the dialect's {@link Introspector}. (The class cannot itself implement the
     * interface: Java forbids an instance method with the same signature as the static
     * {@link #introspect} that existing callers use.)
     */
    public static final Introspector INTROSPECTOR = PostgresIntrospector::introspect;

    /**
     * Statements one introspection executes, whatever the size of the schema: 13 queries plus START
     * TRANSACTION and ROLLBACK (with auto-commit on; inside the caller's transaction, 13 plus one that
     * restores the search_path), plus one query per family of {@link DefinedReader defined objects}. Privileges add one query.
     */
    public static final int QUERIES = 16 + DefinedReader.QUERIES.size();
    /** The oldest major version supported. */
    public static final int MIN_VERSION = 130000;

    private PostgresIntrospector() {}

    /**
     * Reads the catalog. Runs in its own read-only transaction when the connection is in auto-commit
     * mode; otherwise inside the caller's transaction (whose {@code search_path} it restores).
     *
     * @throws SQLException when a query fails (lost connection, missing privileges on the catalogs)
     * @throws CairnException (DATABASE) when the server is older than PostgreSQL 13
     */
    public static Catalog introspect(Connection c, IntrospectOptions options) throws SQLException {
        boolean ownTransaction = c.getAutoCommit();
        String oldSearchPath = null;
        try {
            if (ownTransaction) {
                execute(c, "START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            int version;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int AS version,"
                            + " current_setting('search_path') AS search_path, set_config('search_path', '', true)")) {
                rs.next();
                version = rs.getInt("version");
                oldSearchPath = rs.getString("search_path");
            }
            if (version < MIN_VERSION) {
                throw new CairnException(ExitCode.DATABASE, "The server runs PostgreSQL " + version / 10000 + ", but Cairn"
                        + " reads schemas from PostgreSQL 13 and later: upgrade the server, or use a newer one as the dev"
                        + " database.");
            }
            Catalog catalog = read(c, new InspectState(options, version));
            finish(c, ownTransaction, oldSearchPath);
            return catalog;
        } catch (SQLException | RuntimeException e) {
            try {
                finish(c, ownTransaction, oldSearchPath);
            } catch (SQLException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * One query per kind, in an order where each finds the objects it attaches to already read. Needs
     * an empty search_path (so definitions come schema-qualified).
     */
    static Catalog read(Connection c, InspectState state) throws SQLException {
        ExtensionMemberReader.read(c, state);
        SchemaReader.read(c, state); // sets the schema oids every later query takes
        ExtensionReader.read(c, state);
        TypeReader.read(c, state);
        SequenceReader.read(c, state);
        RelationReader.read(c, state);
        ColumnReader.read(c, state);
        ConstraintReader.read(c, state);
        IndexReader.read(c, state);
        TriggerReader.read(c, state);
        PolicyReader.read(c, state);
        RoutineReader.read(c, state);
        DefinedReader.read(c, state);
        DependencyReader.read(c, state);
        if (state.options.privileges()) {
            PrivilegeReader.read(c, state);
        }
        return CatalogAssembler.build(state);
    }

    /** Ends the read-only transaction, or gives the caller's transaction its search_path back. */
    private static void finish(Connection c, boolean ownTransaction, String oldSearchPath) throws SQLException {
        if (ownTransaction) {
            execute(c, "ROLLBACK");
        } else if (oldSearchPath != null) {
            try (PreparedStatement ps = c.prepareStatement("SELECT set_config('search_path', ?, true)")) {
                ps.setString(1, oldSearchPath);
                ps.executeQuery().close();
            }
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
