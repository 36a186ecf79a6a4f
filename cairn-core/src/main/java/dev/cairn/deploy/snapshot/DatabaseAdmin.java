package dev.cairn.deploy.snapshot;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.db.ConnectionSource;
import dev.cairn.sql.Identifiers;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole-database work on the target's server, done from a maintenance connection to another database of it
 * ({@code postgres}, else {@code template1}) with the same credentials: a database cannot be copied, dropped or
 * renamed from a session connected to it.
 */
final class DatabaseAdmin {
    /** PostgreSQL's NAMEDATALEN - 1: longer names are truncated by the server, so Cairn shortens them itself. */
    static final int MAX_NAME_BYTES = 63;
    private static final String OBJECT_IN_USE = "55006";
    private static final String INVALID_CATALOG = "3D000";
    private static final long TERMINATE_WAIT_MS = 10_000;

    private final ConnectionSource target;
    private final String database;

    private DatabaseAdmin(ConnectionSource target, String database) {
        this.target = target;
        this.database = database;
    }

    /** Connects to the target once to learn its database name (the URL may leave it to the server's default). */
    static DatabaseAdmin of(ConnectionSource target) {
        try (Connection c = target.open(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_database() AS db")) {
            rs.next();
            return new DatabaseAdmin(target, rs.getString("db"));
        } catch (SQLException e) {
            throw CairnException.database("Cannot connect to " + target.describe() + " to take or restore a snapshot: "
                    + e.getMessage() + ". Check that the database runs and the environment's url, user and password.", e);
        }
    }

    String database() {
        return database;
    }

    String describe() {
        return target.describe();
    }

    /** A session on another database of the same server, for work the target's own sessions cannot do. */
    Connection maintenance() {
        SQLException first = null;
        for (String other : List.of("postgres", "template1")) {
            if (other.equals(database)) {
                continue;
            }
            try {
                return target.forDatabase(other).open();
            } catch (SQLException e) {
                first = first == null ? e : first;
                if (!INVALID_CATALOG.equals(e.getSQLState())) {
                    break;
                }
            }
        }
        throw CairnException.database("Cannot open a maintenance connection beside " + target.describe()
                + " (to database postgres or template1, with the environment's user): "
                + (first == null ? "no other database" : first.getMessage())
                + ". Whole-database snapshots need one; allow the user to connect to postgres, or use snapshot provider"
                + " pg_dump.", first);
    }

    int serverMajor() {
        try (Connection c = target.open(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int / 10000 AS major")) {
            rs.next();
            return rs.getInt("major");
        } catch (SQLException e) {
            throw CairnException.database("Cannot read the server version of " + target.describe() + ": "
                    + e.getMessage() + ".", e);
        }
    }

    static boolean exists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** {@code base + suffix} cut to fit a database name: the base loses characters, the suffix never does. */
    static String fit(String base, String suffix) {
        String b = base;
        while ((b + suffix).getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES && !b.isEmpty()) {
            b = b.substring(0, b.length() - 1);
        }
        return b + suffix;
    }

    /** The first of {@code name}, {@code name_2}, {@code name_3} … that no database has. */
    static String unusedName(Connection c, String base, String suffix) throws SQLException {
        String name = fit(base, suffix);
        for (int i = 2; exists(c, name); i++) {
            name = fit(base, suffix + "_" + i);
        }
        return name;
    }

    /**
     * {@code CREATE DATABASE copy TEMPLATE source}; when other sessions use the source, an error naming them. The
     * {@code what} and {@code advice} complete the message for the caller's situation.
     */
    static void copy(Connection c, String source, String copy, String what, String advice) throws SQLException {
        try {
            execute(c, "CREATE DATABASE " + Identifiers.quote(copy) + " TEMPLATE " + Identifiers.quote(source));
        } catch (SQLException e) {
            if (OBJECT_IN_USE.equals(e.getSQLState())) {
                throw new CairnException(ExitCode.DATABASE, what + ": CREATE DATABASE … TEMPLATE " + source
                        + " needs no other session connected to " + source + ", and " + sessions(c, source)
                        + " connected. " + advice, e);
            }
            throw e;
        }
    }

    /** The sessions connected to {@code db}, e.g. {@code 2 sessions (1 × psql from 127.0.0.1, 1 × app from a local socket) are}. */
    static String sessions(Connection c, String db) throws SQLException {
        List<String> parts = new ArrayList<>();
        int total = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(nullif(application_name, ''), 'an unnamed client')"
                + " AS app, coalesce(host(client_addr), 'a local socket') AS client, count(*) AS n FROM pg_stat_activity"
                + " WHERE datname = ? AND pid <> pg_backend_pid() GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2")) {
            ps.setString(1, db);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    total += rs.getInt("n");
                    parts.add(rs.getInt("n") + " × " + rs.getString("app") + " from " + rs.getString("client"));
                }
            }
        }
        if (total == 0) {
            return "another session was (it has gone since; try again)";
        }
        return total + (total == 1 ? " session (" : " sessions (") + String.join(", ", parts) + (total == 1 ? ") is" : ") are");
    }

    /** The database's attributes a copy does not inherit, read before the swap and put back after it. */
    record Attributes(String owner, boolean allowConnections, int connectionLimit, List<String> grants,
            boolean defaultAcl, List<String> settings) {}

    static Attributes attributes(Connection c, String db) throws SQLException {
        String owner;
        boolean allow;
        int limit;
        boolean defaultAcl;
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_get_userbyid(datdba) AS owner, datallowconn AS allow,"
                + " datconnlimit AS lim, datacl IS NULL AS default_acl FROM pg_database WHERE datname = ?")) {
            ps.setString(1, db);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("database " + db + " does not exist");
                }
                owner = rs.getString("owner");
                allow = rs.getBoolean("allow");
                limit = rs.getInt("lim");
                defaultAcl = rs.getBoolean("default_acl");
            }
        }
        List<String> grants = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.privilege_type AS priv, a.is_grantable AS grantable,"
                + " CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END AS grantee"
                + " FROM pg_database d, aclexplode(d.datacl) a WHERE d.datname = ? AND a.grantee <> d.datdba")) {
            ps.setString(1, db);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    grants.add("GRANT " + rs.getString("priv") + " ON DATABASE %s TO " + rs.getString("grantee")
                            + (rs.getBoolean("grantable") ? " WITH GRANT OPTION" : ""));
                }
            }
        }
        List<String> settings = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT unnest(s.setconfig) AS setting FROM pg_db_role_setting s"
                + " JOIN pg_database d ON d.oid = s.setdatabase WHERE d.datname = ? AND s.setrole = 0")) {
            ps.setString(1, db);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    settings.add(rs.getString("setting"));
                }
            }
        }
        return new Attributes(owner, allow, limit, grants, defaultAcl, settings);
    }

    static void apply(Connection c, String db, Attributes a) throws SQLException {
        String q = Identifiers.quote(db);
        execute(c, "ALTER DATABASE " + q + " OWNER TO " + Identifiers.quote(a.owner()));
        execute(c, "ALTER DATABASE " + q + " WITH ALLOW_CONNECTIONS " + a.allowConnections()
                + " CONNECTION LIMIT " + a.connectionLimit());
        if (!a.defaultAcl()) {
            execute(c, "REVOKE ALL ON DATABASE " + q + " FROM PUBLIC");
            for (String grant : a.grants()) {
                execute(c, grant.formatted(q));
            }
        }
        for (String setting : a.settings()) {
            int eq = setting.indexOf('=');
            execute(c, "ALTER DATABASE " + q + " SET " + setting.substring(0, eq) + " = "
                    + Identifiers.literal(setting.substring(eq + 1)));
        }
    }

    /** Stops new sessions on {@code db} and ends the ones there, waiting (bounded) until they are gone. */
    static void disconnectAll(Connection c, String db) throws SQLException {
        execute(c, "ALTER DATABASE " + Identifiers.quote(db) + " WITH ALLOW_CONNECTIONS false");
        long deadline = System.nanoTime() + TERMINATE_WAIT_MS * 1_000_000;
        while (true) {
            int left;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(pg_terminate_backend(pid)) AS n"
                    + " FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
                ps.setString(1, db);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    left = rs.getInt("n");
                }
            }
            if (left == 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new SQLException(left + " session(s) on " + db + " did not end within "
                        + TERMINATE_WAIT_MS / 1000 + " s of pg_terminate_backend", OBJECT_IN_USE);
            }
            try {
                Thread.sleep(100); // backends exit asynchronously after the signal; nothing to await but the catalog
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for sessions on " + db + " to end");
            }
        }
    }

    /**
     * Puts the database {@code copy} (already complete) in place of the target database: its other sessions are
     * ended, the target renamed aside, the copy renamed to the target's name and given its owner, grants, settings
     * and connection rules, and the old database dropped. A failure before the copy carries the name renames the
     * original back, so the target is either the old database or the copy, never missing.
     *
     * @return a warning when only the final drop of the old database failed (the restore itself succeeded), else null
     */
    String replaceWith(Connection c, String copy) throws SQLException {
        Attributes attributes = attributes(c, database);
        String aside = unusedName(c, database, "_cairn_old");
        String q = Identifiers.quote(database);
        disconnectAll(c, database);
        try {
            execute(c, "ALTER DATABASE " + q + " RENAME TO " + Identifiers.quote(aside));
        } catch (SQLException e) {
            Quiet.run(() -> execute(c, "ALTER DATABASE " + q + " WITH ALLOW_CONNECTIONS " + attributes.allowConnections()));
            throw e;
        }
        try {
            execute(c, "ALTER DATABASE " + Identifiers.quote(copy) + " RENAME TO " + q);
        } catch (SQLException e) {
            Quiet.run(() -> execute(c, "ALTER DATABASE " + Identifiers.quote(aside) + " RENAME TO " + q));
            Quiet.run(() -> execute(c, "ALTER DATABASE " + q + " WITH ALLOW_CONNECTIONS " + attributes.allowConnections()));
            throw e;
        }
        apply(c, database, attributes);
        try {
            execute(c, "DROP DATABASE " + Identifiers.quote(aside));
            return null;
        } catch (SQLException e) {
            return "The previous content of " + database + " is left as database " + aside + " (" + e.getMessage()
                    + "); drop it by hand when you no longer need it.";
        }
    }

    /** Cleanup that must not hide the error being reported. */
    static final class Quiet {
        interface Step {
            void run() throws Exception;
        }

        static void run(Step step) {
            try {
                step.run();
            } catch (Exception ignored) {
                // the original error is the one to report
            }
        }
    }
}
