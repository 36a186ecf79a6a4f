package dev.cairn.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An initdb'd cluster kept in the cache ({@code <cache>/pg18.1.0-template}) so a new cluster is a
 * directory copy (about 40 MB, a fraction of a second) instead of an initdb run. Created once per
 * binaries version; several processes racing to create it serialise on a lock file, and the
 * winner builds it in a temporary directory and renames it into place.
 */
final class ClusterTemplate {
    /** Superuser created by initdb; connections use trust authentication, on 127.0.0.1 only. */
    static final String SUPERUSER = "postgres";

    /**
     * Appended to postgresql.conf. Tuned for throwaway development and test data: no durability
     * against OS crashes (a killed server still recovers), loopback only, no Unix socket (its default
     * directory may not exist or be writable).
     */
    private static final String SETTINGS = """

            # --- Added by Cairn: a local development/test server, tuned for speed over durability ---
            listen_addresses = '127.0.0.1'
            unix_socket_directories = ''
            fsync = off
            synchronous_commit = off
            full_page_writes = off
            shared_buffers = 32MB
            max_wal_size = 512MB
            checkpoint_timeout = 30min
            max_connections = 100
            logging_collector = off
            log_line_prefix = '%m [%p] '
            """;

    private ClusterTemplate() {}

    /** The template directory, created if needed. */
    static Path ensure(PostgresBinaries binaries) {
        Path template = CairnCache.root().resolve("pg" + binaries.version() + "-template");
        if (isComplete(template)) {
            return template;
        }
        try {
            return FileLocks.withLock(CairnCache.root().resolve(".template-" + binaries.version() + ".lock"), () -> {
                if (!isComplete(template)) {
                    create(binaries, template);
                }
                return template;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw DbFailures.failure("Cairn could not create the PostgreSQL template cluster in " + template + ": "
                    + e + ". Check that " + CairnCache.root() + " is writable, or set CAIRN_HOME to another "
                    + "directory.", e);
        }
    }

    /** Copies the template into {@code dataDir}, which must not exist yet; atomically, via a sibling directory. */
    static void copyTo(Path dataDir, PostgresBinaries binaries) throws IOException {
        Path template = ensure(binaries);
        Files.createDirectories(dataDir.getParent());
        Path tmp = Files.createTempDirectory(dataDir.getParent(), dataDir.getFileName() + ".tmp-");
        try {
            Trees.copy(template, tmp);
            ServerUser.get().adopt(tmp);
            Files.move(tmp, dataDir, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Trees.deleteQuietly(tmp);
        }
    }

    private static boolean isComplete(Path template) {
        // The rename is the last step, so an existing directory is a complete one.
        return Files.isRegularFile(template.resolve("PG_VERSION"));
    }

    private static void create(PostgresBinaries binaries, Path template) throws IOException {
        Path parent = template.getParent();
        Files.createDirectories(parent);
        // initdb wants to create the data directory itself, or find it empty.
        Path work = Files.createTempDirectory(parent, template.getFileName() + ".tmp-");
        Path data = work.resolve("data");
        ServerUser user = ServerUser.get();
        try {
            user.adopt(work);
            List<String> initdb = new ArrayList<>(List.of(
                    binaries.tool("initdb").toString(),
                    "--pgdata=" + data,
                    "--username=" + SUPERUSER,
                    "--auth=trust",
                    "--encoding=UTF8",
                    "--locale=C",
                    "--no-sync"));
            if (binaries.major() >= 14) {
                initdb.add("--no-instructions"); // PostgreSQL 13's initdb does not know it (its hint is only noise)
            }
            Exec.Result result = Exec.run(user.wrap(initdb), Duration.ofMinutes(5));
            if (!result.ok()) {
                throw DbFailures.failure("initdb failed while Cairn created the PostgreSQL template cluster in "
                        + template + " (running " + user.describe() + "), " + result.summary() + ". Fix the cause "
                        + "above and retry; nothing was left behind.");
            }
            Files.writeString(data.resolve("postgresql.conf"), SETTINGS, StandardOpenOption.APPEND);
            Files.move(data, template, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Trees.deleteQuietly(work);
        }
    }
}
