package dev.cairn.deploy.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.db.ConnectionSource;
import dev.cairn.db.JdbcConnectionSource;
import dev.cairn.sql.Identifiers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code provider: pg_dump}: a snapshot is a custom-format dump {@code <directory>/<db>-<stamp>.dump} with a sidecar
 * {@code <file>.json} (its id, environment, database, creation time, majors) by which {@link #list()} knows it.
 * Restore loads the dump into a fresh database beside the target and swaps it in, so a failed restore changes nothing.
 * pg_dump and pg_restore get the connection through libpq's environment variables: the password never appears on a
 * command line.
 */
final class PgDumpSnapshots implements SnapshotProvider {
    static final String PROVIDER = "pg_dump";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String SIDECAR = ".dump.json";

    /** What the sidecar file holds. */
    record Sidecar(String id, String provider, String env, String database, String created, int serverMajor,
            int pgDumpMajor, String label) {}

    private final ConnectionSource db;
    private final String env;
    private final Path directory;
    private final String pgDump;
    private final String pgRestore;
    private final Clock clock;

    PgDumpSnapshots(ConnectionSource db, String env, Path directory, String pgDump, String pgRestore, Clock clock) {
        this.db = db;
        this.env = env;
        this.directory = directory.toAbsolutePath().normalize();
        this.pgDump = pgDump;
        this.pgRestore = pgRestore;
        this.clock = clock;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    private Map<String, String> libpq(String database) {
        if (!(db instanceof JdbcConnectionSource jdbc)) {
            throw new CairnException(ExitCode.USAGE, "Snapshot provider pg_dump needs a PostgreSQL URL for environment '"
                    + env + "' (" + db.describe() + ").");
        }
        Map<String, String> vars = new LinkedHashMap<>(jdbc.libpqEnvironment());
        vars.put("PGDATABASE", database);
        vars.putIfAbsent("PGPASSWORD", null); // never a password inherited from the caller's shell for another server
        vars.put("PGSERVICE", null);
        vars.put("PGCONNECT_TIMEOUT", "10");
        return vars;
    }

    private List<String> secrets(Map<String, String> vars) {
        return vars.get("PGPASSWORD") == null ? List.of() : List.of(vars.get("PGPASSWORD"));
    }

    @Override
    public Snapshot create(String label) {
        DatabaseAdmin admin = DatabaseAdmin.of(db);
        int serverMajor = admin.serverMajor();
        PgTools.Tool tool = PgTools.find("pg_dump", pgDump, "pgDump", serverMajor, "the server of environment '" + env
                + "' (" + admin.describe() + ") runs PostgreSQL " + serverMajor);
        Instant now = clock.instant();
        String base = admin.database().replaceAll("[^A-Za-z0-9_.-]", "_") + "-" + SnapshotProviders.stamp(now);
        String id = base;
        for (int i = 2; Files.exists(dump(id)) || Files.exists(sidecar(id)); i++) {
            id = base + "-" + i;
        }
        Path file = dump(id);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Map<String, String> vars = libpq(admin.database());
        try {
            Files.createDirectories(directory);
            ChildProcess.Result r = ChildProcess.run(List.of(tool.path(), "--format=custom", "--no-password",
                    "--file=" + partial), directory, vars, secrets(vars));
            if (!r.ok()) {
                Files.deleteIfExists(partial);
                throw new CairnException(ExitCode.DATABASE, "pg_dump of database " + admin.database() + " of environment '"
                        + env + "' (" + admin.describe() + ") failed with exit code " + r.exitCode() + "; no snapshot was"
                        + " made. Its last output:\n" + r.tail());
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            JSON.writeValue(sidecar(id).toFile(), new Sidecar(id, PROVIDER, env, admin.database(), now.toString(),
                    serverMajor, tool.major(), label));
        } catch (IOException e) {
            throw new CairnException(ExitCode.DATABASE, "Cannot write the snapshot of environment '" + env + "' to "
                    + file + ": " + e.getMessage() + ". Check that " + directory + " (snapshot.directory) is writable"
                    + " and has room.", e);
        }
        return new Snapshot(id, PROVIDER, now, file.toString());
    }

    private Path dump(String id) {
        return directory.resolve(id + ".dump");
    }

    private Path sidecar(String id) {
        return directory.resolve(id + SIDECAR);
    }

    @Override
    public List<Snapshot> list() {
        List<Snapshot> found = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return found;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(SIDECAR)).toList()) {
                Sidecar s = read(p);
                if (s != null && env.equals(s.env()) && Files.isRegularFile(dump(s.id()))) {
                    found.add(new Snapshot(s.id(), PROVIDER, Instant.parse(s.created()), dump(s.id()).toString()));
                }
            }
        } catch (IOException e) {
            throw new CairnException(ExitCode.DATABASE, "Cannot read the snapshot folder " + directory + ": "
                    + e.getMessage() + ".", e);
        }
        found.sort(Comparator.comparing(Snapshot::createdAt).thenComparing(Snapshot::id).reversed());
        return found;
    }

    private static Sidecar read(Path p) {
        try {
            Sidecar s = JSON.readValue(p.toFile(), Sidecar.class);
            Instant.parse(s.created());
            return s;
        } catch (IOException | RuntimeException e) {
            return null; // not a sidecar Cairn wrote: not one of its snapshots
        }
    }

    @Override
    public void restore(String id) {
        SnapshotProviders.find(this, id, env);
        Sidecar sidecar = read(sidecar(id));
        DatabaseAdmin admin = DatabaseAdmin.of(db);
        String target = admin.database();
        int serverMajor = admin.serverMajor();
        int needed = Math.max(serverMajor, sidecar.pgDumpMajor());
        PgTools.Tool tool = PgTools.find("pg_restore", pgRestore, "pgRestore", needed, "the server of environment '"
                + env + "' runs PostgreSQL " + serverMajor + " and the dump was made by pg_dump " + sidecar.pgDumpMajor());
        String what = "Cannot restore database " + target + " of environment '" + env + "' (" + admin.describe()
                + ") from snapshot " + id;
        try (Connection c = admin.maintenance()) {
            String copy = DatabaseAdmin.unusedName(c, target, "_cairn_restore");
            DatabaseAdmin.execute(c, "CREATE DATABASE " + Identifiers.quote(copy) + " TEMPLATE template0"
                    + encodingOf(c, target));
            try {
                Map<String, String> vars = libpq(copy);
                ChildProcess.Result r = ChildProcess.run(List.of(tool.path(), "--exit-on-error", "--single-transaction",
                        "--no-password", "--dbname=" + copy, dump(id).toString()), directory, vars, secrets(vars));
                if (!r.ok()) {
                    throw new CairnException(ExitCode.DATABASE, what + ": pg_restore failed with exit code "
                            + r.exitCode() + "; database " + target + " is unchanged and the snapshot kept. Its last"
                            + " output:\n" + r.tail());
                }
                String warning = admin.replaceWith(c, copy);
                if (warning != null) {
                    throw new CairnException(ExitCode.DATABASE, "Restored database " + target + " of environment '"
                            + env + "' from snapshot " + id + ", but: " + warning);
                }
            } catch (SQLException | IOException | RuntimeException e) {
                if (!(e instanceof CairnException ce && ce.getMessage().startsWith("Restored"))) {
                    DatabaseAdmin.Quiet.run(() -> {
                        if (DatabaseAdmin.exists(c, copy)) {
                            DatabaseAdmin.execute(c, "DROP DATABASE " + Identifiers.quote(copy));
                        }
                    });
                }
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw CairnException.database(what + ": " + e.getMessage() + ". The snapshot " + id + " is unchanged.", e);
        }
    }

    /** The source's encoding and locale, so the fresh database sorts and compares text as the old one did. */
    private static String encodingOf(Connection c, String database) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_encoding_to_char(encoding) AS enc,"
                + " datcollate AS coll, datctype AS ctype FROM pg_database WHERE datname = ?")) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return "";
                }
                return " ENCODING " + Identifiers.literal(rs.getString("enc")) + " LC_COLLATE "
                        + Identifiers.literal(rs.getString("coll")) + " LC_CTYPE " + Identifiers.literal(rs.getString("ctype"));
            }
        }
    }

    @Override
    public void delete(String id) {
        SnapshotProviders.find(this, id, env);
        try {
            Files.deleteIfExists(dump(id));
            Files.deleteIfExists(sidecar(id));
        } catch (IOException e) {
            throw new CairnException(ExitCode.DATABASE, "Cannot delete snapshot " + id + " of environment '" + env
                    + "' (" + dump(id) + "): " + e.getMessage() + ".", e);
        }
    }
}
