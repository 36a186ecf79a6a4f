package dev.cairn.db;

/**
 * Throwaway PostgreSQL databases for tests and for commands that replay migrations into scratch
 * space. One scratch server per JVM, started on first use (a template copy, no initdb), stopped
 * and deleted at JVM exit.
 *
 * <pre>{@code
 * try (ScratchDatabase db = DevDatabases.createDatabase();
 *      Connection c = db.connect()) { ... }
 * }</pre>
 */
public final class DevDatabases {
    private static ScratchServer shared; // guarded by DevDatabases.class

    private DevDatabases() {}

    public static synchronized ScratchServer sharedScratchServer() {
        if (shared == null) {
            shared = ScratchServer.start();
        }
        return shared;
    }

    /** A new empty database on the shared scratch server; close it to drop it. */
    public static ScratchDatabase createDatabase() {
        return sharedScratchServer().createDatabase();
    }
}
