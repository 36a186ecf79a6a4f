package dev.cairn.db;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import java.util.ServiceLoader;

/**
 * Throwaway PostgreSQL databases for tests and for commands that replay migrations into scratch
 * space, from the {@link DevServers} on the class path (the embedded server: one scratch server per
 * JVM, started on first use from a template copy, stopped and deleted at JVM exit).
 *
 * <pre>{@code
 * try (ScratchDatabase db = DevDatabases.createDatabase();
 *      Connection c = db.connect()) { ... }
 * }</pre>
 */
public final class DevDatabases {
    private DevDatabases() {}

    private static final class Holder {
        static final DevServers SERVERS = ServiceLoader.load(DevServers.class).findFirst().orElse(null);
    }

    /** The dev servers found on the class path. */
    public static DevServers servers() {
        if (Holder.SERVERS == null) {
            throw new CairnException(ExitCode.USAGE, "No embedded PostgreSQL is on the class path (module cairn-embedded),"
                    + " so Cairn cannot create the scratch database this command needs. Use the cairn launcher or the"
                    + " cairn-cli jar, which include it, or add dev.cairn:cairn-embedded to your build.");
        }
        return Holder.SERVERS;
    }

    /** {@link #createDatabase(int)}'s "no particular major": the default one. */
    public static final int DEFAULT_MAJOR = 0;
    /**
     * A system property that changes the default major (tests run the whole suite on another major with it, e.g.
     * {@code -Dcairn.scratch.major=15}); unset, the default is the bundled major.
     */
    public static final String DEFAULT_MAJOR_PROPERTY = "cairn.scratch.major";

    /** A new empty database on the shared scratch server of the default major; close it to drop it. */
    public static ScratchDatabase createDatabase() {
        return createDatabase(DEFAULT_MAJOR);
    }

    /**
     * A new empty database on the shared scratch server of {@code major} ({@link #DEFAULT_MAJOR}: the default
     * major); close it to drop it.
     */
    public static ScratchDatabase createDatabase(int major) {
        return servers().createScratchDatabase(resolve(major));
    }

    /** {@code major} itself, or the default major for {@link #DEFAULT_MAJOR}. */
    public static int resolve(int major) {
        return major == DEFAULT_MAJOR ? defaultMajor() : major;
    }

    /** The major of scratch databases when none is asked for: {@value #DEFAULT_MAJOR_PROPERTY}, else the bundled one. */
    public static int defaultMajor() {
        Integer chosen = Integer.getInteger(DEFAULT_MAJOR_PROPERTY);
        return chosen != null ? chosen : servers().defaultMajor();
    }
}
