package dev.cairn.embedded;

import dev.cairn.db.DevServers;
import dev.cairn.db.ScratchDatabase;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The embedded PostgreSQL as Cairn's {@link DevServers} (registered in META-INF/services): every major in
 * {@link #supportedMajors()}, the bundled one from the class path and the others fetched on first use.
 */
public final class EmbeddedDevServers implements DevServers {
    private static final Map<Integer, ScratchServer> SHARED = new HashMap<>(); // guarded by EmbeddedDevServers.class

    /** What {@link #installBinaries} did. */
    public record Installed(int major, String version, Path home, boolean alreadyInstalled) {}

    /** The JVM's scratch server of the bundled major, started on first use. */
    public static ScratchServer sharedScratchServer() {
        return sharedScratchServer(PostgresBinaries.bundledMajor());
    }

    /**
     * The JVM's scratch server of {@code major}, started (and its binaries fetched) on first use. Servers of
     * different majors run side by side. Starting holds the class lock: a second start is rare, and it keeps two
     * threads from starting two servers of one major.
     */
    public static synchronized ScratchServer sharedScratchServer(int major) {
        ScratchServer server = SHARED.get(major);
        if (server == null) {
            server = ScratchServer.start(major);
            SHARED.put(major, server);
        }
        return server;
    }

    /**
     * Fetches (when not cached) and extracts the binaries of {@code major}; a usage error for an unsupported
     * major. Used by {@code cairn local install}, which reports whether there was anything to do.
     */
    public static Installed installBinaries(int major, Consumer<String> progress) {
        String version = PostgresMajors.version(major);
        boolean already = PostgresBinaries.isInstalled(major);
        PostgresBinaries binaries = PostgresBinaries.of(major, progress);
        return new Installed(major, version, binaries.home(), already);
    }

    @Override
    public int defaultMajor() {
        return PostgresBinaries.bundledMajor();
    }

    @Override
    public List<Integer> supportedMajors() {
        return PostgresMajors.supported();
    }

    @Override
    public void install(int major, Consumer<String> progress) {
        installBinaries(major, progress);
    }

    @Override
    public ScratchDatabase createScratchDatabase(int major) {
        PostgresMajors.version(major); // a usage error for an unsupported major
        return sharedScratchServer(major).createDatabase();
    }

    @Override
    public void dropScratchDatabase(ScratchDatabase database) {
        ScratchServer.dropOnOwner(database);
    }

    @Override
    public LocalSession openLocal(Path projectDir, int major) {
        return LocalDatabase.at(projectDir, major).open();
    }
}
