package dev.cairn.diff.corpus;

import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.postgres.sql.ScriptSplitter;
import dev.cairn.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Loads SQL text into scratch databases on the shared scratch server, statement by statement, autocommit. */
public final class SqlLoader {
    private SqlLoader() {}

    /** Runs {@code sql} in {@code connection}; a failure names the file, the line and the statement. */
    public static void load(Connection connection, String sql, String fileName) {
        for (SqlStatement statement : ScriptSplitter.split(sql, fileName)) {
            try (Statement s = connection.createStatement()) {
                s.execute(statement.sql());
            } catch (SQLException e) {
                throw new AssertionError(fileName + ":" + statement.line() + ": " + e.getMessage() + "\n  in: "
                        + statement.sql(), e);
            }
        }
    }

    /** A new scratch database holding {@code sql}; the caller closes (drops) it. */
    public static ScratchDatabase loaded(String sql, String fileName) {
        ScratchDatabase db = DevDatabases.createDatabase();
        boolean ok = false;
        try (Connection c = db.connect()) {
            load(c, sql, fileName);
            ok = true;
            return db;
        } catch (SQLException e) {
            throw new AssertionError(fileName + ": " + e.getMessage(), e);
        } finally {
            if (!ok) {
                db.close();
            }
        }
    }

    private static ScratchDatabase sandbox; // guarded by SqlLoader.class
    private static Connection sandboxConnection; // guarded by SqlLoader.class

    /**
     * Checks that {@code sql} loads into an empty database on its own. Creating a database costs
     * about 300 ms on the scratch server, so this loads into one long-lived empty database inside a
     * transaction and rolls it back (PostgreSQL DDL is transactional; no case uses a statement that
     * refuses to run in a transaction block).
     */
    public static void checkLoads(String sql, String fileName) {
        inSandbox(c -> load(c, sql, fileName));
    }

    /** Work on a connection to an empty database, in a transaction that is rolled back afterwards. */
    public interface SandboxWork {
        void run(Connection connection) throws SQLException;
    }

    public static synchronized void inSandbox(SandboxWork work) {
        try {
            if (sandboxConnection == null || !sandboxConnection.isValid(5)) {
                sandbox = DevDatabases.createDatabase();
                sandboxConnection = sandbox.connect();
                sandboxConnection.setAutoCommit(false);
            }
            try {
                work.run(sandboxConnection);
            } finally {
                sandboxConnection.rollback();
            }
        } catch (SQLException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
