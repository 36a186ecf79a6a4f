package dev.cairn.deploy.snapshot;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.config.DeploySettings.SnapshotSettings;
import dev.cairn.db.ConnectionSource;
import dev.cairn.db.JdbcConnectionSource;
import dev.cairn.exec.ShellCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code provider: command}: the user's own commands make, restore and delete snapshots, run by {@code sh -c} in the
 * project folder with the placeholders {@code {id}}, {@code {env}}, {@code {database}}, {@code {host}}, {@code {port}},
 * {@code {user}} replaced by shell-quoted values, and libpq's variables (PGHOST … PGPASSWORD) in their environment:
 * the password is never on a command line. Cairn generates the ids and remembers the snapshots it made in
 * {@code .cairn/snapshots/<env>/command.json}, which {@link #list()} reads.
 */
final class CommandSnapshots implements SnapshotProvider {
    static final String PROVIDER = "command";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One line of the index. */
    record Entry(String id, String createdAt, String label) {}

    private final SnapshotSettings.Command settings;
    private final ConnectionSource db;
    private final String env;
    private final Path projectDir;
    private final Clock clock;

    CommandSnapshots(SnapshotSettings.Command settings, ConnectionSource db, String env, Path projectDir, Clock clock) {
        this.settings = settings;
        this.db = db;
        this.env = env;
        this.projectDir = projectDir;
        this.clock = clock;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    Path index() {
        return projectDir.resolve(".cairn").resolve("snapshots").resolve(env).resolve("command.json");
    }

    private List<Entry> read() {
        if (!Files.isRegularFile(index())) {
            return new ArrayList<>();
        }
        try {
            return new ArrayList<>(JSON.readValue(index().toFile(), new TypeReference<List<Entry>>() {}));
        } catch (IOException e) {
            throw new CairnException(ExitCode.USAGE, "Cannot read Cairn's list of command snapshots " + index() + ": "
                    + e.getMessage() + ". Fix or delete the file (Cairn then forgets those snapshots).", e);
        }
    }

    private void write(List<Entry> entries) {
        try {
            Files.createDirectories(index().getParent());
            Path tmp = index().resolveSibling("command.json.tmp");
            JSON.writeValue(tmp.toFile(), entries);
            Files.move(tmp, index(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CairnException(ExitCode.DATABASE, "Cannot write Cairn's list of command snapshots " + index() + ": "
                    + e.getMessage() + ". Check that the folder is writable.", e);
        }
    }

    @Override
    public Snapshot create(String label) {
        List<Entry> entries = read();
        Instant now = clock.instant();
        String base = env.replaceAll("[^A-Za-z0-9_.-]", "_") + "-" + SnapshotProviders.stamp(now);
        String id = base;
        for (int i = 2; hasId(entries, id); i++) {
            id = base + "-" + i;
        }
        run("create", settings.create(), id);
        entries.add(new Entry(id, now.toString(), label));
        write(entries);
        return new Snapshot(id, PROVIDER, now, null);
    }

    private static boolean hasId(List<Entry> entries, String id) {
        return entries.stream().anyMatch(e -> e.id().equals(id));
    }

    @Override
    public List<Snapshot> list() {
        List<Snapshot> found = new ArrayList<>();
        for (Entry e : read()) {
            found.add(new Snapshot(e.id(), PROVIDER, Instant.parse(e.createdAt()), null));
        }
        found.sort(Comparator.comparing(Snapshot::createdAt).thenComparing(Snapshot::id).reversed());
        return found;
    }

    @Override
    public void restore(String id) {
        SnapshotProviders.find(this, id, env);
        run("restore", settings.restore(), id);
    }

    @Override
    public void delete(String id) {
        SnapshotProviders.find(this, id, env);
        if (settings.delete() == null || settings.delete().isBlank()) {
            throw new CairnException(ExitCode.USAGE, "Environment '" + env + "' has no snapshot.delete command in"
                    + " cairn.yaml, so Cairn cannot delete snapshot " + id + ". Add one (e.g. delete: \"rm -f"
                    + " backups/{id}.dump\"), or delete it yourself and remove its entry from " + index() + ".");
        }
        run("delete", settings.delete(), id);
        List<Entry> entries = read();
        entries.removeIf(e -> e.id().equals(id));
        write(entries);
    }

    /** Without a delete command there is nothing Cairn can delete or prune: it keeps every snapshot. */
    @Override
    public boolean canDelete() {
        return settings.delete() != null && !settings.delete().isBlank();
    }

    private void run(String key, String template, String id) {
        if (template == null || template.isBlank()) {
            throw new CairnException(ExitCode.USAGE, "Environment '" + env + "' has no snapshot." + key + " command in"
                    + " cairn.yaml; the command provider needs create and restore (and delete to delete or prune).");
        }
        Map<String, String> vars = db instanceof JdbcConnectionSource j ? new LinkedHashMap<>(j.libpqEnvironment())
                : new LinkedHashMap<>();
        vars.putIfAbsent("PGPASSWORD", null);
        String command = expand(template, id, vars);
        List<String> secrets = vars.get("PGPASSWORD") == null ? List.of() : List.of(vars.get("PGPASSWORD"));
        ChildProcess.Result r;
        try {
            r = ChildProcess.run(List.of("sh", "-c", command), projectDir, vars, secrets);
        } catch (IOException e) {
            throw new CairnException(ExitCode.DATABASE, "Cannot run snapshot." + key + " of environment '" + env + "': "
                    + e.getMessage() + ".", e);
        }
        if (!r.ok()) {
            throw new CairnException(ExitCode.DATABASE, "snapshot." + key + " of environment '" + env + "' (snapshot "
                    + id + ") failed with exit code " + r.exitCode() + (key.equals("create") ? "; Cairn did not record"
                    + " the snapshot" : "") + ". The command was: " + command + (r.tail().isEmpty() ? ""
                    : "\nIts last output:\n" + r.tail()));
        }
    }

    /** The command with its placeholders replaced by shell-quoted values (an unknown one is refused). */
    private String expand(String template, String id, Map<String, String> vars) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("id", id);
        values.put("env", env);
        values.put("database", vars.getOrDefault("PGDATABASE", ""));
        values.put("host", vars.getOrDefault("PGHOST", ""));
        values.put("port", vars.getOrDefault("PGPORT", ""));
        values.put("user", vars.getOrDefault("PGUSER", ""));
        return ShellCommand.expand(template, values);
    }
}
