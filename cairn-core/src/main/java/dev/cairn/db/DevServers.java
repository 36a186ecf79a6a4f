package dev.cairn.db;

import java.nio.file.Path;

/**
 * Where scratch and local databases come from: the embedded PostgreSQL ({@code cairn-embedded}) in every
 * build Cairn ships, found through {@link java.util.ServiceLoader} so the core depends on no server binaries.
 */
public interface DevServers {

    /** A new empty database on the shared scratch server; closing it drops it. */
    ScratchDatabase createScratchDatabase();

    /** Drops a database made by {@link #createScratchDatabase()} (nothing when its server is already gone). */
    void dropScratchDatabase(ScratchDatabase database);

    /**
     * The project's local database ({@code url: embedded}): started unless {@code cairn local start} already
     * runs it; closing the session stops it again when this session started it.
     */
    LocalSession openLocal(Path projectDir);

    /** An open local database. */
    interface LocalSession extends AutoCloseable {
        String jdbcUrl();

        String user();

        @Override
        void close();
    }
}
