package dev.cairn.db;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where scratch and local databases come from: the embedded PostgreSQL ({@code cairn-embedded}) in every
 * build Cairn ships, found through {@link java.util.ServiceLoader} so the core depends on no server binaries.
 */
public interface DevServers {

    /** The server major used when nothing asks for another: the one whose binaries ship with Cairn. */
    int defaultMajor();

    /** The server majors this provider can run (some may need fetching first: {@link #install}). */
    List<Integer> supportedMajors();

    /**
     * Makes the binaries of {@code major} ready to run, fetching them when they are not cached yet; progress lines
     * (at most a few) go to {@code progress}. Does nothing when they are ready.
     */
    void install(int major, Consumer<String> progress);

    /** A new empty database on the shared scratch server of the default major; closing it drops it. */
    default ScratchDatabase createScratchDatabase() {
        return createScratchDatabase(defaultMajor());
    }

    /** A new empty database on this JVM's scratch server of {@code major}, started on first use; closing it drops it. */
    ScratchDatabase createScratchDatabase(int major);

    /** Drops a database made by {@link #createScratchDatabase()} (nothing when its server is already gone). */
    void dropScratchDatabase(ScratchDatabase database);

    /**
     * The project's local database ({@code url: embedded}): started unless {@code cairn local start} already
     * runs it; closing the session stops it again when this session started it.
     */
    LocalSession openLocal(Path projectDir, int major);

    /** An open local database. */
    interface LocalSession extends AutoCloseable {
        String jdbcUrl();

        String user();

        @Override
        void close();
    }
}
