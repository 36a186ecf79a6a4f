package dev.cairn.dialect;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import java.util.List;
import java.util.ServiceLoader;

/** The dialects on the class path, found once through {@link ServiceLoader}. */
public final class Dialects {
    private Dialects() {}

    private static final class Holder {
        static final List<Dialect> ALL = ServiceLoader.load(Dialect.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    /** Every registered dialect. */
    public static List<Dialect> all() {
        return Holder.ALL;
    }

    /**
     * The dialect Cairn works with. One dialect (PostgreSQL) ships today, so this is it; when a second one comes,
     * callers that know the target's URL use {@link #forUrl(String)}.
     */
    public static Dialect current() {
        if (Holder.ALL.isEmpty()) {
            throw new CairnException(ExitCode.USAGE, "No database dialect is on the class path: add dev.cairn:cairn-postgres"
                    + " to your build (the cairn launcher and the cairn-cli jar include it).");
        }
        return Holder.ALL.get(0);
    }

    /** The dialect serving a JDBC URL, or the {@link #current()} one when none claims it. */
    public static Dialect forUrl(String jdbcUrl) {
        return Holder.ALL.stream().filter(d -> d.accepts(jdbcUrl)).findFirst().orElseGet(Dialects::current);
    }
}
