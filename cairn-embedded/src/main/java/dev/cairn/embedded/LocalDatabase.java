package dev.cairn.embedded;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
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
 * 127.0.0.1 only. The running server is found through {@code data/postmaster.pid}. The cluster runs the major
 * asked for (cairn.yaml's postgres.version); its data directory's PG_VERSION records the one it was made with.
 * {@code leases/} holds one locked file per open session ({@link LocalLeases}); {@code implicit-server} names the
 * server a session started, which the last session out stops.
 */
public final class LocalDatabase {
    public static final String DATABASE = "cairn";
    /** Names the postmaster pid of a server a session started implicitly (so the last session out stops it). */
    private static final String IMPLICIT = "implicit-server";

    private final Path directory;
    private final int major;
    private final LocalLeases leases;

    private LocalDatabase(Path directory, int major) {
        this.directory = directory;
        this.major = major;
        this.leases = new LocalLeases(directory.resolve("leases"));
    }

    /** The local database on the bundled major. */
    public static LocalDatabase at(Path projectDir) {
        return at(projectDir, PostgresBinaries.bundledMajor());
    }

    /** The local database on {@code major} (cairn.yaml's postgres.version); a usage error for an unsupported one. */
    public static LocalDatabase at(Path projectDir, int major) {
        PostgresMajors.version(major);
        return new LocalDatabase(projectDir.toAbsolutePath().normalize().resolve(".cairn").resolve("local"), major);
    }

    /** {@code <projectDir>/.cairn/local}. */
    public Path directory() {
        return directory;
    }

    /** The major asked for (the cluster may still be on another one: {@link #open()} refuses that). */
    public int major() {
        return major;
    }

    /**
     * The cluster run by the binaries of {@code major}. The template turns synchronous_commit off, which is right
     * for scratch data but loses the last commits if the server is killed; with fsync off, turning it back on
     * costs only a write() per commit.
     */
    private EmbeddedPostgres cluster(int major) {
        return EmbeddedPostgres.at(directory.resolve("data"), directory.resolve("postgres.log"), major)
                .withSetting("synchronous_commit", "on");
    }

    private EmbeddedPostgres cluster() {
        return cluster(major);
    }

    /** The cluster as it is on disk: stopping it takes the binaries of the major that created it. */
    private EmbeddedPostgres existing() {
        OptionalInt onDisk = cluster().clusterMajor();
        return onDisk.isPresent() && onDisk.getAsInt() != major && PostgresMajors.supported().contains(onDisk.getAsInt())
                ? cluster(onDisk.getAsInt()) : cluster();
    }

    /**
     * A session for one command. It uses the server already running for this project and starts one (attached to
     * this process) when none runs. Every session holds a lease while open; a server started by a session is
     * stopped by the last session to close, whichever process started it, and never while another command
     * still uses it. A server started by {@code cairn local start} is never stopped by sessions.
     */
    public Session open() {
        EmbeddedPostgres cluster = cluster();
        return cluster.withLock(() -> {
            requireSameMajor(cluster);
            LocalLeases.Lease lease = leases.acquire();
            EmbeddedPostgres.Server server = null;
            try {
                server = cluster.open(preferredPort());
                if (server.startedHere()) {
                    markImplicit(cluster);
                }
                rememberPort(server.port());
                ensureDatabase(cluster, server.port());
                return new Session(this, cluster, server, lease);
            } catch (RuntimeException e) {
                lease.close();
                if (server != null) {
                    server.close(); // stops it only if we started it; no one else can have attached: we hold the lock
                }
                throw e;
            }
        });
    }

    /** Starts the server detached, so it outlives this process; idempotent. Returns the JDBC URL. */
    public String start() {
        EmbeddedPostgres cluster = cluster();
        return cluster.withLock(() -> {
            requireSameMajor(cluster);
            int port = cluster.startDetached(preferredPort());
            // A server a session started is now the user's: sessions leave it running from here on.
            Files.deleteIfExists(directory.resolve(IMPLICIT));
            rememberPort(port);
            ensureDatabase(cluster, port);
            return EmbeddedPostgres.jdbcUrl(port, DATABASE);
        });
    }

    /** Stops the server (fast shutdown); returns whether it was running. */
    public boolean stop() {
        return existing().stop();
    }

    /** The JDBC URL of the running server, if it is running. */
    public Optional<String> url() {
        OptionalInt port = cluster().runningPort();
        return port.isPresent() ? Optional.of(EmbeddedPostgres.jdbcUrl(port.getAsInt(), DATABASE)) : Optional.empty();
    }

    public Status status() {
        EmbeddedPostgres cluster = existing();
        OptionalInt port = cluster.runningPort();
        OptionalInt clusterMajor = cluster.clusterMajor();
        String version = port.isPresent() ? serverVersion(port.getAsInt())
                : clusterMajor.isPresent() ? Integer.toString(clusterMajor.getAsInt()) : PostgresMajors.version(major);
        return new Status(port.isPresent(), port,
                port.isPresent() ? Optional.of(EmbeddedPostgres.jdbcUrl(port.getAsInt(), DATABASE)) : Optional.empty(),
                cluster.dataDir(), cluster.logFile(), cluster.isInitialized(), version,
                cluster.isInitialized() ? Trees.size(cluster.dataDir()) : 0L, major, clusterMajor);
    }

    /**
     * Drops and recreates the {@value #DATABASE} database (starting the server for the duration if it is not
     * running); the caller re-applies migrations afterwards. A cluster made by another major than the one asked
     * for is deleted and created anew on this one (restarted detached if it was running).
     */
    public void reset() {
        OptionalInt onDisk = cluster().clusterMajor();
        if (onDisk.isPresent() && onDisk.getAsInt() != major) {
            recreate(existing());
            return;
        }
        try (Session session = open(); Connection connection = session.server.connect("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw DbFailures.failure("Cairn could not reset the local database '" + DATABASE + "' in "
                    + cluster().dataDir() + ": " + e.getMessage() + ". The server log is " + cluster().logFile()
                    + "; 'cairn local stop' and deleting " + directory + " starts over from scratch.", e);
        }
    }

    private void recreate(EmbeddedPostgres old) {
        boolean wasRunning = old.withLock(() -> {
            if (leases.anyLive()) {
                throw DbFailures.failure("The local database in " + directory + " is in use by another Cairn command"
                        + ", so Cairn will not delete it to recreate it with PostgreSQL " + major + ". Let that "
                        + "command finish, then run 'cairn local reset' again.");
            }
            boolean running = old.stop();
            Trees.delete(old.dataDir());
            Files.deleteIfExists(directory.resolve(IMPLICIT));
            return running;
        });
        if (wasRunning) {
            start();
        } else {
            open().close(); // creates the cluster and the database, as an ordinary command would
        }
    }

    private void requireSameMajor(EmbeddedPostgres cluster) {
        OptionalInt onDisk = cluster.clusterMajor();
        if (onDisk.isPresent() && onDisk.getAsInt() != major) {
            throw new CairnException(ExitCode.USAGE, "The local database in " + directory + " was created with "
                    + "PostgreSQL " + onDisk.getAsInt() + ", but cairn.yaml asks for " + major + " (postgres.version)"
                    + ", and a data directory cannot change its major in place. Run 'cairn local reset' to recreate it "
                    + "with PostgreSQL " + major + " (its data is lost; the migrations are applied again), or set "
                    + "postgres.version back to " + onDisk.getAsInt() + ".");
        }
    }

    /**
     * The state of the local server. {@code port} and {@code jdbcUrl} are present only while it runs;
     * {@code postgresVersion} is the server's version when running, else the cluster's major version.
     * {@code major} is the major asked for; {@code clusterMajor} the one the data directory was made with.
     */
    public record Status(boolean running, OptionalInt port, Optional<String> jdbcUrl, Path dataDir, Path logFile,
                         boolean initialized, String postgresVersion, long sizeOnDiskBytes, int major,
                         OptionalInt clusterMajor) {}

    /** A connection target for one command, holding a lease on the server until closed. */
    public static final class Session implements DevServers.LocalSession {
        private final LocalDatabase local;
        private final EmbeddedPostgres cluster;
        private final EmbeddedPostgres.Server server;
        private final LocalLeases.Lease lease;
        private final boolean startedServer;
        private final Thread atExit;
        private boolean closed; // guarded by this

        private Session(LocalDatabase local, EmbeddedPostgres cluster, EmbeddedPostgres.Server server,
                        LocalLeases.Lease lease) {
            this.local = local;
            this.cluster = cluster;
            this.server = server;
            this.lease = lease;
            this.startedServer = server.startedHere();
            // At exit, close like a command would (respecting other sessions' leases), rather than letting the
            // attached-server registry stop the server under another process's command.
            ShutdownRegistry.remove(server);
            this.atExit = new Thread(this::close, "cairn-local-session-close");
            Runtime.getRuntime().addShutdownHook(atExit);
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

        /** Whether this session started the server. */
        public boolean startedServer() {
            return startedServer;
        }

        public Connection connect() throws SQLException {
            return server.connect(DATABASE);
        }

        /**
         * Gives the lease back. When the server was started by a session (this one or another, in any process)
         * and no other session holds a lease, stops it; otherwise leaves it running for the others.
         */
        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                Runtime.getRuntime().removeShutdownHook(atExit);
            } catch (IllegalStateException e) {
                // the JVM is exiting: this is the hook
            }
            cluster.withLock(() -> {
                lease.close();
                if (local.implicitServerRunning(cluster) && !local.leases.anyLive()) {
                    if (server.startedHere()) {
                        server.close();
                    } else {
                        cluster.stop(); // started by a session that has gone: the last one out stops it
                    }
                    Files.deleteIfExists(local.directory.resolve(IMPLICIT));
                } else {
                    server.release(); // another session uses it, or cairn local start adopted it
                }
                return null;
            });
        }
    }

    private void markImplicit(EmbeddedPostgres cluster) throws IOException {
        Optional<PostmasterPid> pid = PostmasterPid.read(cluster.dataDir());
        if (pid.isPresent()) {
            Files.writeString(directory.resolve(IMPLICIT), pid.get().pid() + "\n");
        }
    }

    /** Whether the server running now is one a session started (not cairn local start). */
    private boolean implicitServerRunning(EmbeddedPostgres cluster) {
        try {
            long marked = Long.parseLong(Files.readString(directory.resolve(IMPLICIT)).strip());
            Optional<PostmasterPid> pid = PostmasterPid.read(cluster.dataDir());
            return pid.isPresent() && pid.get().pid() == marked && pid.get().isLive();
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private void ensureDatabase(EmbeddedPostgres cluster, int port) {
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
}
