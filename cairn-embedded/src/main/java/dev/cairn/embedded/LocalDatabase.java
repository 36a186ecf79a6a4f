package dev.cairn.embedded;

import dev.cairn.db.DevServers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The project's {@code local} environment ({@code url: embedded}): a PostgreSQL cluster under
 * {@code <projectDir>/.cairn/local/} ({@code data/} the cluster, {@code postgres.log} its log,
 * {@code port} the last port used, so the URL stays the same across restarts when it can). The
 * database is {@value #DATABASE}, the user {@code postgres}, no password, trust authentication on
 * 127.0.0.1 only. The running server is found through {@code data/postmaster.pid}.
 */
public final class LocalDatabase {
    public static final String DATABASE = "cairn";

    private final Path directory;
    private final EmbeddedPostgres cluster;

    private LocalDatabase(Path directory) {
        this.directory = directory;
        // The template turns synchronous_commit off, which is right for scratch data but loses the last
        // commits if the server is killed; with fsync off, turning it back on costs only a write() per commit.
        this.cluster = EmbeddedPostgres.at(directory.resolve("data"), directory.resolve("postgres.log"))
                .withSetting("synchronous_commit", "on");
    }

    public static LocalDatabase at(Path projectDir) {
        return new LocalDatabase(projectDir.toAbsolutePath().normalize().resolve(".cairn").resolve("local"));
    }

    /** {@code <projectDir>/.cairn/local}. */
    public Path directory() {
        return directory;
    }

    /**
     * A session for one command: uses the server already running for this project (e.g. from
     * {@code cairn local start}) and leaves it running, or starts one and stops it on close.
     */
    public Session open() {
        EmbeddedPostgres.Server server = cluster.open(preferredPort());
        try {
            rememberPort(server.port());
            ensureDatabase(server.port());
            return new Session(server);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Starts the server detached, so it outlives this process; idempotent. Returns the JDBC URL. */
    public String start() {
        int port = cluster.startDetached(preferredPort());
        rememberPort(port);
        ensureDatabase(port);
        return EmbeddedPostgres.jdbcUrl(port, DATABASE);
    }

    /** Stops the server (fast shutdown); returns whether it was running. */
    public boolean stop() {
        return cluster.stop();
    }

    /** The JDBC URL of the running server, if it is running. */
    public Optional<String> url() {
        OptionalInt port = cluster.runningPort();
        return port.isPresent() ? Optional.of(EmbeddedPostgres.jdbcUrl(port.getAsInt(), DATABASE)) : Optional.empty();
    }

    public Status status() {
        OptionalInt port = cluster.runningPort();
        String version = port.isPresent() ? serverVersion(port.getAsInt()) : clusterVersion();
        return new Status(port.isPresent(), port,
                port.isPresent() ? Optional.of(EmbeddedPostgres.jdbcUrl(port.getAsInt(), DATABASE)) : Optional.empty(),
                cluster.dataDir(), cluster.logFile(), cluster.isInitialized(), version,
                cluster.isInitialized() ? Trees.size(cluster.dataDir()) : 0L);
    }

    /**
     * Drops and recreates the {@value #DATABASE} database (starting the server for the duration if
     * it is not running); the caller re-applies migrations afterwards.
     */
    public void reset() {
        try (Session session = open(); Connection connection = session.server.connect("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw DbFailures.failure("Cairn could not reset the local database '" + DATABASE + "' in "
                    + cluster.dataDir() + ": " + e.getMessage() + ". The server log is " + cluster.logFile()
                    + "; 'cairn local stop' and deleting " + directory + " starts over from scratch.", e);
        }
    }

    /**
     * The state of the local server. {@code port} and {@code jdbcUrl} are present only while it runs;
     * {@code postgresVersion} is the server's version when running, else the cluster's major version.
     */
    public record Status(boolean running, OptionalInt port, Optional<String> jdbcUrl, Path dataDir, Path logFile,
                         boolean initialized, String postgresVersion, long sizeOnDiskBytes) {}

    /** A connection target for one command; closing stops the server only if this session started it. */
    public static final class Session implements DevServers.LocalSession {
        private final EmbeddedPostgres.Server server;

        private Session(EmbeddedPostgres.Server server) {
            this.server = server;
        }

        public String jdbcUrl() {
            return server.jdbcUrl(DATABASE);
        }

        public int port() {
            return server.port();
        }

        public String user() {
            return ClusterTemplate.SUPERUSER;
        }

        /** Whether this session started the server (and so stops it on close). */
        public boolean startedServer() {
            return server.startedHere();
        }

        public Connection connect() throws SQLException {
            return server.connect(DATABASE);
        }

        @Override
        public void close() {
            server.close();
        }
    }

    private void ensureDatabase(int port) {
        try (Connection connection = EmbeddedPostgres.connect(port, "postgres");
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState())) { // another process created it just now
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw DbFailures.failure("Cairn could not create the local database '" + DATABASE + "' on the embedded "
                    + "server at 127.0.0.1:" + port + " (data directory " + cluster.dataDir() + "): " + e.getMessage()
                    + ". The server log is " + cluster.logFile() + ".", e);
        }
    }

    private int preferredPort() {
        try {
            return Integer.parseInt(Files.readString(directory.resolve("port")).strip());
        } catch (IOException | NumberFormatException e) {
            return 0; // none remembered yet: any free port
        }
    }

    private void rememberPort(int port) {
        try {
            Files.writeString(directory.resolve("port"), port + "\n");
        } catch (IOException ignored) {
            // only a convenience: the next start picks another free port
        }
    }

    private static String serverVersion(int port) {
        try (Connection connection = EmbeddedPostgres.connect(port, "postgres");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private String clusterVersion() {
        try {
            return Files.readString(cluster.dataDir().resolve("PG_VERSION")).strip();
        } catch (IOException e) {
            return PostgresBinaries.get().version();
        }
    }
}
