package dev.cairn.embedded;

import dev.cairn.CairnException;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
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
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final int PORT_ATTEMPTS = 5;
    private static final Set<Server> ATTACHED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgres::stopAttachedAtExit, "cairn-postgres-stop"));
    }

    private final Path dataDir;
    private final Path logFile;
    private final Map<String, String> settings;

    private EmbeddedPostgres(Path dataDir, Path logFile, Map<String, String> settings) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.logFile = logFile.toAbsolutePath().normalize();
        this.settings = settings;
    }

    /** A handle on the cluster in {@code dataDir} (nothing is created yet), logging to {@code logFile}. */
    public static EmbeddedPostgres at(Path dataDir, Path logFile) {
        // A migration (or a schema file) creating thousands of tables in one transaction holds a lock per
        // object until it commits, and generate loads two such databases at once: the default lock table
        // (64 per connection) runs out around 1,500 tables. 1,024 costs about 25 MB of shared memory.
        return new EmbeddedPostgres(dataDir, logFile, Map.of("max_locks_per_transaction", "1024"));
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
        return new EmbeddedPostgres(dataDir, logFile, Map.copyOf(more));
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path logFile() {
        return logFile;
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
                ClusterTemplate.copyTo(dataDir);
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
            Server server = startAttached(preferredPort);
            ATTACHED.add(server);
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
            return startWithPgCtl(preferredPort);
        });
    }

    /** Stops the server running on this directory (fast shutdown); returns whether one was running. */
    public boolean stop() {
        return locked(() -> {
            Optional<PostmasterPid> running = running();
            if (running.isEmpty()) {
                return false;
            }
            stopRunning();
            for (Server server : ATTACHED) {
                if (server.cluster.dataDir.equals(dataDir)) {
                    server.forget();
                }
            }
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
                        cluster.stopRunning();
                    }
                    forget();
                }
                return null;
            });
        }

        private void forget() {
            Process started = process;
            process = null;
            ATTACHED.remove(this);
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

    // --- internals; all called with the lock held ---

    /**
     * The live server for this directory. Waits while one is starting or stopping; removes a pid file
     * that no longer belongs to a live postgres (killed server, reused pid, unreaped zombie).
     */
    private Optional<PostmasterPid> running() throws IOException {
        Deadline deadline = new Deadline(START_TIMEOUT);
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
                if (servesThisDataDir(pid.port())) {
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
            if (!canConnect(pid.port())) {
                throw DbFailures.failure("A PostgreSQL server (pid " + pid.pid() + ") is running on " + dataDir
                        + " but does not accept connections on 127.0.0.1:" + pid.port() + ". Last lines of its log "
                        + logFile + ": " + DbFailures.logTail(logFile, 0, 5) + ". Stop it (kill " + pid.pid()
                        + ") and retry.");
            }
            return Optional.of(pid);
        }
        return Optional.empty();
    }

    /** Runs postgres as a child of this JVM: the JVM reaps it, and stops it at exit. */
    private Server startAttached(int preferredPort) throws IOException {
        Deadline deadline = new Deadline(START_TIMEOUT);
        String lastFailure = "";
        for (int attempt = 0; attempt < PORT_ATTEMPTS && !deadline.passed(); ) {
            int port = choosePort(attempt == 0 ? preferredPort : 0);
            long logStart = prepareLog();
            List<String> postgres = new ArrayList<>(List.of(PostgresBinaries.get().tool("postgres").toString(),
                    "-D", dataDir.toString()));
            postgres.addAll(serverOptions(port));
            List<String> command = ServerUser.get().wrap(postgres);
            Process process = new ProcessBuilder(command)
                    .directory(new File("/"))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            // Ready means: our process wrote "ready" into the pid file, and a connection works. Checking
            // the pid rules out another server that holds the port we failed to bind.
            while (process.isAlive() && !deadline.passed()) {
                Optional<PostmasterPid> pid = PostmasterPid.read(dataDir);
                if (pid.isPresent() && pid.get().pid() == process.pid() && pid.get().status().equals("ready")
                        && canConnect(port)) {
                    return new Server(this, port, process);
                }
                deadline.pause();
            }
            if (process.isAlive()) {
                process.destroyForcibly();
                throw startFailure("it did not accept connections within " + START_TIMEOUT.toSeconds() + " seconds",
                        logStart);
            }
            lastFailure = DbFailures.logTail(logFile, logStart, 6);
            attempt += retryableStartFailure(lastFailure, logStart, deadline);
        }
        throw startFailure("it failed " + PORT_ATTEMPTS + " times; the last attempt said: " + lastFailure, -1);
    }

    /** pg_ctl forks the server into its own session so it keeps running after this JVM, and Ctrl-C, are gone. */
    private int startWithPgCtl(int preferredPort) throws IOException {
        Deadline deadline = new Deadline(START_TIMEOUT);
        String lastFailure = "";
        for (int attempt = 0; attempt < PORT_ATTEMPTS && !deadline.passed(); ) {
            int port = choosePort(attempt == 0 ? preferredPort : 0);
            long logStart = prepareLog();
            Exec.Result result = Exec.run(ServerUser.get().wrap(List.of(
                    PostgresBinaries.get().tool("pg_ctl").toString(), "start", "--silent", "--wait",
                    "--timeout=" + Math.max(1, deadline.remainingSeconds()),
                    "--pgdata=" + dataDir, "--log=" + logFile,
                    "--options=" + String.join(" ", serverOptions(port)))), START_TIMEOUT.plusSeconds(5));
            Optional<PostmasterPid> pid = PostmasterPid.read(dataDir);
            if (result.ok() && pid.isPresent() && pid.get().port() == port && pid.get().isLive()) {
                while (!canConnect(port)) {
                    if (deadline.passed()) {
                        throw startFailure("it was started but did not accept connections on 127.0.0.1:" + port,
                                logStart);
                    }
                    deadline.pause();
                }
                return port;
            }
            if (result.timedOut()) {
                stopRunning();
                throw startFailure("pg_ctl start timed out", logStart);
            }
            lastFailure = result.summary() + "; server log: " + DbFailures.logTail(logFile, logStart, 6);
            attempt += retryableStartFailure(lastFailure, logStart, deadline);
        }
        throw startFailure("it failed " + PORT_ATTEMPTS + " times; the last attempt said: " + lastFailure, -1);
    }

    /**
     * Decides whether a failed start is worth another try: 1 (use up a port attempt) when another
     * process took the port between our probe and the server's bind, 0 (free retry, after a pause)
     * while the children of a killed server still hold its shared memory. Anything else is fatal.
     */
    private int retryableStartFailure(String failure, long logStart, Deadline deadline) throws IOException {
        if (failure.contains("could not bind") || failure.contains("Address already in use")) {
            return 1;
        }
        if (failure.contains("pre-existing shared memory block") || failure.contains("lock file \"postmaster.pid\" already exists")) {
            Optional<PostmasterPid> pid = PostmasterPid.read(dataDir);
            if (pid.isPresent() && !pid.get().isLive()) {
                Files.deleteIfExists(PostmasterPid.file(dataDir));
            }
            deadline.pause();
            return 0;
        }
        throw startFailure("the server exited during startup", logStart);
    }

    private CairnException startFailure(String why, long logStart) {
        String tail = DbFailures.logTail(logFile, Math.max(logStart, 0), 8);
        ServerUser user = ServerUser.get();
        String todo = user.mode() == ServerUser.Mode.SETPRIV && tail.contains("Permission denied")
                ? "The server runs as user '" + user.name() + "', which must be able to enter every parent directory "
                        + "of " + dataDir + " and of " + PostgresBinaries.get().home() + "; move the project (or set "
                        + "CAIRN_HOME) somewhere that user can reach, or allow user namespaces."
                : "Check that log; if the data directory is damaged and holds nothing you need, delete it and Cairn "
                        + "will create a fresh cluster.";
        return DbFailures.failure("Cairn could not start the embedded PostgreSQL server for data directory " + dataDir
                + " (running " + user.describe() + "): " + why + ". Last lines of the server log " + logFile + ": "
                + tail + ". " + todo);
    }

    private void stopRunning() throws IOException {
        Exec.Result result = Exec.run(ServerUser.get().wrap(List.of(
                PostgresBinaries.get().tool("pg_ctl").toString(), "stop", "--silent", "--wait",
                "--timeout=" + STOP_TIMEOUT.toSeconds(), "--pgdata=" + dataDir, "--mode=fast")),
                STOP_TIMEOUT.plusSeconds(5));
        if (result.ok() || !Files.exists(PostmasterPid.file(dataDir))) {
            return;
        }
        Exec.Result immediate = Exec.run(ServerUser.get().wrap(List.of(
                PostgresBinaries.get().tool("pg_ctl").toString(), "stop", "--silent", "--wait",
                "--timeout=" + STOP_TIMEOUT.toSeconds(), "--pgdata=" + dataDir, "--mode=immediate")),
                STOP_TIMEOUT.plusSeconds(5));
        if (!immediate.ok() && Files.exists(PostmasterPid.file(dataDir))) {
            throw DbFailures.failure("Cairn could not stop the PostgreSQL server for data directory " + dataDir
                    + ": pg_ctl stop failed (" + result.summary() + "), and so did an immediate shutdown ("
                    + immediate.summary() + "). Last lines of the server log " + logFile + ": "
                    + DbFailures.logTail(logFile, 0, 5) + ". Stop the process named in "
                    + PostmasterPid.file(dataDir) + " by hand.");
        }
    }

    /** Port and loopback-only listening on the command line, so postgresql.conf edits cannot change them. */
    private List<String> serverOptions(int port) {
        List<String> options = new ArrayList<>(List.of("-p", Integer.toString(port), "-h", "127.0.0.1"));
        settings.forEach((name, value) -> options.addAll(List.of("-c", name + "=" + value)));
        return options;
    }

    /** Creates the log file (owned by the server user, which writes it) and returns its current size. */
    private long prepareLog() throws IOException {
        Files.createDirectories(logFile.getParent());
        if (!Files.exists(logFile)) {
            Files.createFile(logFile);
            ServerUser.get().adopt(logFile);
        }
        return Files.size(logFile);
    }

    private static int choosePort(int preferred) throws IOException {
        if (preferred > 0) {
            try (ServerSocket socket = new ServerSocket(preferred, 1, InetAddress.getLoopbackAddress())) {
                return preferred;
            } catch (IOException taken) {
                // fall through to any free port
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Whether a server answers on the port and says it runs on this data directory. */
    private boolean servesThisDataDir(int port) {
        if (port <= 0) {
            return false;
        }
        try (Connection connection = connect(port, "postgres");
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet rs = statement.executeQuery("SHOW data_directory")) {
            return rs.next() && Path.of(rs.getString(1)).toAbsolutePath().normalize().equals(dataDir);
        } catch (SQLException e) {
            return false;
        }
    }

    static boolean canConnect(int port) {
        try (Connection ignored = connect(port, "postgres")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
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

    private static void stopAttachedAtExit() {
        List<Thread> stoppers = new ArrayList<>();
        for (Server server : ATTACHED) {
            Thread t = new Thread(() -> {
                try {
                    server.close();
                } catch (RuntimeException ignored) {
                    // nothing useful to do at exit
                }
            });
            t.start();
            stoppers.add(t);
        }
        for (Thread t : stoppers) {
            try {
                t.join(STOP_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A bounded wait with a short, growing pause between polls. */
    private static final class Deadline {
        private final long end;
        private long pauseMillis = 5;

        Deadline(Duration timeout) {
            this.end = System.nanoTime() + timeout.toNanos();
        }

        boolean passed() {
            return System.nanoTime() >= end;
        }

        long remainingSeconds() {
            return Math.max(0, (end - System.nanoTime()) / 1_000_000_000L);
        }

        void pause() {
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw DbFailures.failure("Interrupted while waiting for the embedded PostgreSQL server.");
            }
            pauseMillis = Math.min(100, pauseMillis * 2);
        }
    }
}
