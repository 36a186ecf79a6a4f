package dev.cairn.faults;

import dev.cairn.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real embedded PostgreSQL cluster of the suite's own, in a temporary directory, that a scenario
 * may stop and start again on the same port. Roles other than the superuser must log in with a
 * password (scram-sha-256), as against a real server; the harness itself connects as the superuser.
 */
final class FaultServer implements AutoCloseable {
    /** The role and password most scenarios run cairn as (the password reaches cairn through ${FAULTS_DB_PASSWORD}). */
    static final String APP_USER = "faults_app";
    static final String APP_PASSWORD = "Faults-app-9Xq";

    private final Path root;
    private final EmbeddedPostgres cluster;
    private EmbeddedPostgres.Server server;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private FaultServer(Path root, EmbeddedPostgres cluster, EmbeddedPostgres.Server server) {
        this.root = root;
        this.cluster = cluster;
        this.server = server;
        this.port = server.port();
    }

    static FaultServer start() throws Exception {
        Path root = Files.createTempDirectory("cairn-faults-");
        // The server may run as an unprivileged user (see Cairn's ServerUser): let it reach its data directory.
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx--x--x"));
        EmbeddedPostgres cluster = EmbeddedPostgres.at(root.resolve("data"), root.resolve("postgres.log"));
        FaultServer s = new FaultServer(root, cluster, cluster.open(0));
        s.requirePasswords();
        s.createRole(APP_USER, APP_PASSWORD);
        Faults.log("server: PostgreSQL on 127.0.0.1:%d, data %s, log %s", s.port, cluster.dataDir(), cluster.logFile());
        return s;
    }

    int port() {
        return port;
    }

    Path logFile() {
        return cluster.logFile();
    }

    /** Replaces the template's trust rules: the superuser (the harness) keeps trust, every other role needs its password. */
    private void requirePasswords() throws Exception {
        Path hba = cluster.dataDir().resolve("pg_hba.conf");
        // Written in place, so the file keeps the owner and mode the server needs.
        Files.writeString(hba, """
                # written by Cairn's fault suite
                host all postgres 127.0.0.1/32 trust
                host all all      127.0.0.1/32 scram-sha-256
                """);
        try (Connection c = admin("postgres"); Statement s = c.createStatement()) {
            s.execute("SELECT pg_reload_conf()");
        }
    }

    void createRole(String name, String password) throws SQLException {
        try (Connection c = admin("postgres"); Statement s = c.createStatement()) {
            s.execute("SET password_encryption = 'scram-sha-256'");
            s.execute("CREATE ROLE " + name + " LOGIN PASSWORD " + literal(password));
        }
    }

    /** A new empty database owned by {@code owner}. */
    String createDatabase(String prefix, String owner) throws SQLException {
        String name = prefix + "_" + databases.incrementAndGet();
        try (Connection c = admin("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " OWNER " + owner + " TEMPLATE template0");
        }
        return name;
    }

    String createDatabase(String prefix) throws SQLException {
        return createDatabase(prefix, APP_USER);
    }

    /** host:port/database, for cairn.yaml URLs. */
    String hostPort() {
        return "127.0.0.1:" + port;
    }

    Connection admin(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("connectTimeout", "10");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, p);
    }

    /** Fast shutdown (pg_ctl -m fast): sessions are terminated with 57P01, as in a server restart. */
    void stop() {
        cluster.stop();
        server = null;
    }

    /** Starts the stopped server again, on the same port (a restart, as cairn sees it). */
    void startAgain() {
        EmbeddedPostgres.Server again = cluster.open(port);
        if (again.port() != port) {
            again.close();
            throw new IllegalStateException("the server came back on port " + again.port() + " instead of " + port);
        }
        server = again;
    }

    /** Queries of the active sessions on {@code database}, other than the harness's own. */
    List<String> activeQueries(String database) {
        return strings("postgres", "SELECT query FROM pg_stat_activity WHERE datname = ? AND state <> 'idle'"
                + " AND backend_type = 'client backend' AND pid <> pg_backend_pid()", database);
    }

    /** Client sessions on {@code database} other than the harness's own (orphaned backends included). */
    int otherSessions(String database) {
        return strings("postgres", "SELECT pid::text FROM pg_stat_activity WHERE datname = ?"
                + " AND backend_type = 'client backend' AND pid <> pg_backend_pid()", database).size();
    }

    /** Whether a session on {@code database} is running a statement containing {@code fragment}. */
    boolean running(String database, String fragment) {
        return activeQueries(database).stream().anyMatch(q -> q.contains(fragment));
    }

    /** The first column of a query's rows, run as the superuser in {@code database}. */
    List<String> strings(String database, String sql, Object... params) {
        try (Connection c = admin(database); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("query on " + database + " failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    long count(String database, String sql) {
        return Long.parseLong(strings(database, sql).get(0));
    }

    void execute(String database, String sql) throws SQLException {
        try (Connection c = admin(database); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    boolean tableExists(String database, String table) {
        return !strings(database, "SELECT relname FROM pg_class WHERE relname = ? AND relkind IN ('r', 'p')", table).isEmpty();
    }

    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    @Override
    public void close() throws IOException {
        try {
            if (server != null) {
                server.close();
            }
            cluster.stop();
        } finally {
            try (var walk = Files.walk(root)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
