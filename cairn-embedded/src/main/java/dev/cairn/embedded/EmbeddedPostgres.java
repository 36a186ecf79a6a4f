package dev.cairn.embedded;

import dev.cairn.CairnException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * One PostgreSQL cluster directory driven with the embedded binaries: created by copying the
 * cached template, started on a free loopback port either attached to this JVM (stopped on
 * {@link Server#close()} or at JVM exit) or detached (keeps running after the JVM exits), found
 * again through its {@code postmaster.pid}, and stopped with a fast shutdown.
 *
 * <p>Starting, stopping and inspecting serialise on {@code <dataDir>.lock}, so processes sharing a
 * directory do not race. A {@code postmaster.pid} left by a killed server is removed before
 * starting; one naming a live postgres means the server is already running, and it is reused.
 */
public final class EmbeddedPostgres {
    static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final Path logFile;
    private final Map<String, String> settings;
    private final int major;

    private EmbeddedPostgres(Path dataDir, Path logFile, Map<String, String> settings, int major) {
        this.major = major;
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.logFile = logFile.toAbsolutePath().normalize();
        this.settings = settings;
    }

    /** A handle on the cluster in {@code dataDir} (nothing is created yet), logging to {@code logFile}. */
    public static EmbeddedPostgres at(Path dataDir, Path logFile) {
        return at(dataDir, logFile, PostgresBinaries.bundledMajor());
    }

    /**
     * A handle on a cluster run by the binaries of {@code major}; they are fetched only when the cluster is
     * created, started or stopped, so inspecting a cluster never downloads anything.
     */
    public static EmbeddedPostgres at(Path dataDir, Path logFile, int major) {
        // A migration (or a schema file) creating thousands of tables in one transaction holds a lock per
        // object until it commits, and generate loads two such databases at once: the default lock table
        // (64 per connection) runs out around 1,500 tables. 1,024 costs about 25 MB of shared memory.
        return new EmbeddedPostgres(dataDir, logFile, Map.of("max_locks_per_transaction", "1024"), major);
    }

    /**
     * The same cluster, started with an extra server setting on the command line (overriding the
     * template's postgresql.conf). Names and values must not contain whitespace or quotes.
     */
    public EmbeddedPostgres withSetting(String name, String value) {
        if (!(name + value).matches("[A-Za-z0-9_.:/-]+")) {
            throw new IllegalArgumentException("unsupported setting " + name + "=" + value);
        }
        Map<String, String> more = new TreeMap<>(settings);
        more.put(name, value);
        return new EmbeddedPostgres(dataDir, logFile, Map.copyOf(more), major);
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path logFile() {
        return logFile;
    }

    /** The major whose binaries run this cluster. */
    public int major() {
        return major;
    }

    /** The major the data directory was created with (its PG_VERSION file), if it exists. */
    public OptionalInt clusterMajor() {
        try {
            return OptionalInt.of(Integer.parseInt(Files.readString(dataDir.resolve("PG_VERSION")).strip()));
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    public boolean isInitialized() {
        return Files.isRegularFile(dataDir.resolve("PG_VERSION"));
    }

    /** Creates the cluster by copying the template if it does not exist yet; never runs initdb for it. */
    public void initializeIfMissing() {
        locked(() -> {
            if (!isInitialized()) {
                if (Files.exists(dataDir)) {
                    throw DbFailures.failure("The directory " + dataDir + " exists but is not a PostgreSQL data "
                            + "directory (it has no PG_VERSION file), so Cairn will not create a cluster over it. "
                            + "Move or delete it, then retry.");
                }
                ClusterTemplate.copyTo(dataDir, PostgresBinaries.of(major));
            }
            return null;
        });
    }

    /** The port of the server running on this directory, if one is (a stale pid file is removed). */
    public OptionalInt runningPort() {
        return locked(() -> running().map(p -> OptionalInt.of(p.port())).orElse(OptionalInt.empty()));
    }

    /**
     * Connects to the server already running on this directory, or starts one attached to this JVM
     * (creating the cluster from the template if needed). Closing the returned server stops it only
     * if this call started it.
     */
    public Server open(int preferredPort) {
        return locked(() -> {
            Optional<PostmasterPid> running = running();
            if (running.isPresent()) {
                return new Server(this, running.get().port(), null);
            }
            initializeIfMissing();
            ServerLauncher.Launched launched = launcher().startAttached(preferredPort);
            Server server = new Server(this, launched.port(), launched.process());
            ShutdownRegistry.add(server);
            return server;
        });
    }

    /** Starts a server that outlives this JVM (via pg_ctl, in its own session); returns its port. Idempotent. */
    public int startDetached(int preferredPort) {
        return locked(() -> {
            Optional<PostmasterPid> running = running();
            if (running.isPresent()) {
                return running.get().port();
            }
            initializeIfMissing();
            return launcher().startDetached(preferredPort);
        });
    }

    /** Stops the server running on this directory (fast shutdown); returns whether one was running. */
    public boolean stop() {
        return locked(() -> {
            Optional<PostmasterPid> running = running();
            if (running.isEmpty()) {
                return false;
            }
            launcher().stop();
            ShutdownRegistry.on(dataDir).forEach(Server::forget);
            return true;
        });
    }

    public static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + ClusterTemplate.SUPERUSER;
    }

    /** A server on a port; {@link #close()} stops it if this JVM started it. */
    public static final class Server implements AutoCloseable {
        private final EmbeddedPostgres cluster;
        private final int port;
        private volatile Process process;

        private Server(EmbeddedPostgres cluster, int port, Process process) {
            this.cluster = cluster;
            this.port = port;
            this.process = process;
        }

        public int port() {
            return port;
        }

        /** Whether this JVM started the server (and so stops it on close). */
        public boolean startedHere() {
            return process != null;
        }

        public EmbeddedPostgres cluster() {
            return cluster;
        }

        public String jdbcUrl(String database) {
            return EmbeddedPostgres.jdbcUrl(port, database);
        }

        public Connection connect(String database) throws SQLException {
            return EmbeddedPostgres.connect(port, database);
        }

        @Override
        public void close() {
            Process started = process;
            if (started == null) {
                return;
            }
            cluster.locked(() -> {
                Process mine = process;
                if (mine != null) {
                    // Only stop the server we started: if it was killed, another may run on the directory now.
                    Optional<PostmasterPid> pid = PostmasterPid.read(cluster.dataDir);
                    if (mine.isAlive() && pid.isPresent() && pid.get().pid() == mine.pid()) {
                        cluster.launcher().stop();
                    }
                    forget();
                }
                return null;
            });
        }

        /**
         * Gives up responsibility for a server this JVM started, without stopping it: it keeps running after this
         * JVM exits (another session still uses it, and the last one out stops it).
         */
        void release() {
            process = null;
            ShutdownRegistry.remove(this);
        }

        private void forget() {
            Process started = process;
            process = null;
            ShutdownRegistry.remove(this);
            if (started != null) {
                awaitExit(started); // reap it, so no zombie keeps its pid looking alive
            }
        }

        private static void awaitExit(Process process) {
            try {
                if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static Connection connect(int port, String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", ClusterTemplate.SUPERUSER);
        props.setProperty("connectTimeout", "10");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, props);
    }

    private ServerLauncher launcher() {
        return new ServerLauncher(dataDir, logFile, settings, PostgresBinaries.of(major));
    }

    // --- internals; all called with the lock held ---

    /**
     * The live server for this directory. Waits while one is starting or stopping; removes a pid file
     * that no longer belongs to a live postgres (killed server, reused pid, unreaped zombie).
     */
    private Optional<PostmasterPid> running() throws IOException {
        PollDeadline deadline = new PollDeadline(START_TIMEOUT);
        Path pidFile = PostmasterPid.file(dataDir);
        while (Files.exists(pidFile)) {
            Optional<PostmasterPid> read = PostmasterPid.read(dataDir);
            if (read.isEmpty()) {
                if (deadline.passed()) { // not a pid file being written: garbage
                    Files.deleteIfExists(pidFile);
                    return Optional.empty();
                }
                deadline.pause();
                continue;
            }
            PostmasterPid pid = read.get();
            if (!pid.isLive()) {
                if (Ports.servesDataDir(pid.port(), dataDir)) {
                    return Optional.of(pid); // a server whose pid we cannot see: another pid namespace
                }
                Files.deleteIfExists(pidFile);
                return Optional.empty();
            }
            if (pid.status().equals("stopping") || pid.status().isEmpty() || pid.status().equals("starting")) {
                if (deadline.passed()) {
                    throw DbFailures.failure("The PostgreSQL server for " + dataDir + " (pid " + pid.pid()
                            + ") has been '" + pid.status() + "' for over " + START_TIMEOUT.toSeconds()
                            + " seconds. Last lines of its log " + logFile + ": " + DbFailures.logTail(logFile, 0, 5)
                            + ". Stop it (kill " + pid.pid() + ") and retry.");
                }
                deadline.pause();
                continue;
            }
            if (!Ports.canConnect(pid.port())) {
                throw DbFailures.failure("A PostgreSQL server (pid " + pid.pid() + ") is running on " + dataDir
                        + " but does not accept connections on 127.0.0.1:" + pid.port() + ". Last lines of its log "
                        + logFile + ": " + DbFailures.logTail(logFile, 0, 5) + ". Stop it (kill " + pid.pid()
                        + ") and retry.");
            }
            return Optional.of(pid);
        }
        return Optional.empty();
    }

    /** Runs {@code action} holding the directory's lock (the one starting and stopping hold); re-entrant. */
    <T> T withLock(FileLocks.Action<T> action) {
        return locked(action);
    }

    private <T> T locked(FileLocks.Action<T> action) {
        try {
            return FileLocks.withLock(dataDir.resolveSibling(dataDir.getFileName() + ".lock"), action);
        } catch (CairnException e) {
            throw e;
        } catch (Exception e) {
            throw DbFailures.failure("Cairn could not manage the embedded PostgreSQL cluster in " + dataDir + ": " + e
                    + ". Check that the directory and its parent are writable; the server log is " + logFile + ".", e);
        }
    }

}
