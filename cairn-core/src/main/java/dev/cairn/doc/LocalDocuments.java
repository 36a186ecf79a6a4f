package dev.cairn.doc;

/** The documents of {@code cairn local}'s subcommands. */
public final class LocalDocuments {
    private LocalDocuments() {}

    /** {@code start} and {@code url}: the running database's JDBC and libpq URLs. */
    public record Urls(boolean ok, String url, String libpqUrl, boolean running) {
        public static Urls running(String jdbc, String libpq) {
            return new Urls(true, jdbc, libpq, true);
        }
    }

    /** {@code url} when the database is not running. */
    public record NotRunning(boolean ok, boolean running) {
        public static final NotRunning INSTANCE = new NotRunning(false, false);
    }

    /** {@code stop}: whether it was running. */
    public record Stopped(boolean ok, boolean wasRunning) {}

    /** {@code status}: whether it runs, where, and what it holds; the URLs and port null when stopped. */
    public record Status(boolean ok, boolean running, String url, String libpqUrl, Integer port, String postgresVersion,
            String dataDir, String logFile, long sizeOnDiskBytes) {}
}
