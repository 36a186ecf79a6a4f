package dev.cairn.embedded;

import dev.cairn.db.ScratchDatabase;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A PostgreSQL server for throwaway databases, on a cluster in a temporary directory that is
 * copied from the template, stopped and deleted when the JVM exits. Obtain the shared one with
 * {@link EmbeddedDevServers#sharedScratchServer(int)}: one per major and JVM.
 */
public final class ScratchServer {
    private static final String DIR_PREFIX = "cairn-scratch-";
    private static final String OWNER_LOCK = "owner.lock";
    private static final Map<Integer, ScratchServer> BY_PORT = new ConcurrentHashMap<>();

    private final Path root;
    private final FileChannel ownerLock; // held for the JVM's lifetime: marks the directory as in use
    private final EmbeddedPostgres.Server server;
    private final AtomicInteger counter = new AtomicInteger();
    private Connection admin; // guarded by this; reused so CREATE DATABASE costs no connection set-up

    private ScratchServer(Path root, FileChannel ownerLock, EmbeddedPostgres.Server server) {
        this.root = root;
        this.ownerLock = ownerLock;
        this.server = server;
    }

    /** Starts a new scratch server of {@code major}; it is stopped and its directory deleted at JVM exit. */
    static ScratchServer start(int major) {
        PostgresBinaries.of(major); // fetch first (if needed), so a failure leaves no directory behind
        sweepAbandoned();
        Path root;
        FileChannel ownerLock;
        try {
            root = Files.createTempDirectory(DIR_PREFIX);
            ownerLock = FileChannel.open(root.resolve(OWNER_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            ownerLock.lock();
            ServerUser.get().adopt(root);
        } catch (IOException e) {
            throw DbFailures.failure("Cairn could not create a temporary directory for its scratch PostgreSQL "
                    + "server under " + System.getProperty("java.io.tmpdir") + ": " + e + ". Check that the "
                    + "temporary directory is writable and has about 100 MB free.", e);
        }
        EmbeddedPostgres cluster = EmbeddedPostgres.at(root.resolve("data"), root.resolve("postgres.log"), major);
        EmbeddedPostgres.Server server = cluster.open(0);
        ScratchServer scratch = new ScratchServer(root, ownerLock, server);
        BY_PORT.put(server.port(), scratch);
        Runtime.getRuntime().addShutdownHook(new Thread(scratch::shutdown, "cairn-scratch-cleanup"));
        return scratch;
    }

    public int port() {
        return server.port();
    }

    /** The major this server runs. */
    public int major() {
        return server.cluster().major();
    }

    public Path dataDir() {
        return server.cluster().dataDir();
    }

    public String jdbcUrl(String database) {
        return server.jdbcUrl(database);
    }

    public Connection connect(String database) throws SQLException {
        return server.connect(database);
    }

    /** A new empty database (a copy of template0, owned by the superuser). */
    public ScratchDatabase createDatabase() {
        String name = "scratch_" + counter.incrementAndGet();
        execute("CREATE DATABASE " + name + " TEMPLATE template0", "create the scratch database " + name);
        return new ScratchDatabase(jdbcUrl(name), name, ClusterTemplate.SUPERUSER);
    }

    /** Drops a database, disconnecting its sessions; no error if it is already gone. */
    public void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS \"" + name.replace("\"", "\"\"") + "\" WITH (FORCE)",
                "drop the scratch database " + name);
    }

    static void dropOnOwner(ScratchDatabase database) {
        for (ScratchServer scratch : BY_PORT.values()) {
            if (database.jdbcUrl().equals(scratch.jdbcUrl(database.name()))) {
                scratch.dropDatabase(database.name());
                return;
            }
        }
        // Its server is already stopped, and the database went with it.
    }

    private synchronized void execute(String sql, String what) {
        try {
            if (admin == null || !admin.isValid(5)) {
                admin = server.connect("postgres");
            }
            try (Statement statement = admin.createStatement()) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw DbFailures.failure("Cairn could not " + what + " on the scratch PostgreSQL server at "
                    + jdbcUrl("postgres") + " (data directory " + dataDir() + "): " + e.getMessage() + ". The server "
                    + "log is " + server.cluster().logFile() + ".", e);
        }
    }

    private void shutdown() {
        BY_PORT.remove(server.port());
        synchronized (this) {
            try {
                if (admin != null) {
                    admin.close();
                }
            } catch (SQLException ignored) {
                // the server is going away anyway
            }
        }
        try {
            server.close();
            server.cluster().stop(); // no-op unless something still runs on the directory
        } catch (RuntimeException e) {
            // at exit there is no one left to tell; the next JVM's sweep retries
        } finally {
            try {
                ownerLock.close();
            } catch (IOException ignored) {
                // releasing the lock only matters to a sweep, and the directory is deleted next
            }
            Trees.deleteQuietly(root);
        }
    }

    /**
     * Removes scratch directories of JVMs that died without running their shutdown hooks (kill -9),
     * stopping a server still running there. A directory is abandoned when its owner lock can be
     * taken: the owning JVM holds it until exit. Pids would not do: /tmp may be shared with JVMs in
     * other pid namespaces (containers), whose pids we cannot see. Best effort.
     */
    private static void sweepAbandoned() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, DIR_PREFIX + "*")) {
            for (Path dir : dirs) {
                if (BY_PORT.values().stream().anyMatch(own -> own.root.toAbsolutePath().normalize().equals(dir.toAbsolutePath().normalize()))) {
                    // Ours (another major's server in this JVM). Never open its lock file: on Linux, closing any
                    // descriptor of a file drops the process's lock on it, and another process's sweep would then
                    // take our running server for abandoned and stop it.
                    continue;
                }
                Path lockFile = dir.resolve(OWNER_LOCK);
                if (!Files.isRegularFile(lockFile)) {
                    continue; // being created right now, or not ours
                }
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                        FileLock lock = channel.tryLock()) {
                    if (lock == null) {
                        continue; // its JVM is alive
                    }
                    EmbeddedPostgres abandoned = EmbeddedPostgres.at(dir.resolve("data"), dir.resolve("postgres.log"));
                    // stop it with its own major's binaries (cached: they ran it)
                    int major = abandoned.clusterMajor().orElse(abandoned.major());
                    EmbeddedPostgres.at(dir.resolve("data"), dir.resolve("postgres.log"), major).stop();
                    Trees.deleteQuietly(dir);
                } catch (IOException | RuntimeException e) {
                    // held by this JVM (OverlappingFileLockException), vanished, or not stoppable: leave it
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: leftovers only cost disk space
        }
    }
}
