package dev.cairn.check;

import dev.cairn.project.Git;
import dev.cairn.config.CairnConfig;
import dev.cairn.migrate.Version;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files the offline checks judge, by path relative to their directory, as bytes: everything under the
 * migrations directory (scripts, cairn.sum) but the snapshots, of which only the newest is read (they can be
 * large, and the check needs one field of one), and everything under the schema directory. Read from the
 * work tree, or from the git index ({@code --staged}: what the next commit would hold).
 *
 * @param origin         a label for reports: {@code work tree} or {@code git index}
 * @param newestSnapshot the snapshot with the highest version, or null when there is none
 */
public record ProjectFiles(String origin, Path migrationsDir, Map<String, byte[]> migrations, Snapshot newestSnapshot,
        Path schemaDir, Map<String, byte[]> schema) {

    public static final String WORK_TREE = "work tree";
    public static final String GIT_INDEX = "git index";
    static final String SNAPSHOTS = ".snapshots/";

    /** A snapshot file: {@code name} relative to the migrations directory, e.g. {@code .snapshots/V5.json}. */
    public record Snapshot(String name, Version version, byte[] content) {}

    public ProjectFiles {
        migrations = java.util.Collections.unmodifiableMap(new TreeMap<>(migrations));
        schema = java.util.Collections.unmodifiableMap(new TreeMap<>(schema));
    }

    /** The version of a snapshot file name ({@code .snapshots/V5.json} → 5), or null for anything else. */
    static Version snapshotVersion(String name) {
        if (!name.startsWith(SNAPSHOTS) || !name.endsWith(".json") || name.indexOf('/', SNAPSHOTS.length()) >= 0
                || name.length() <= SNAPSHOTS.length() + 6 || name.charAt(SNAPSHOTS.length()) != 'V') {
            return null;
        }
        try {
            return Version.parse(name.substring(SNAPSHOTS.length() + 1, name.length() - 5));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The name of the newest snapshot among {@code names}, or null. */
    static String newest(Iterable<String> names) {
        String best = null;
        Version bestVersion = null;
        for (String name : names) {
            Version v = snapshotVersion(name);
            if (v != null && (bestVersion == null || v.compareTo(bestVersion) > 0)) {
                best = name;
                bestVersion = v;
            }
        }
        return best;
    }

    /** The files as they are on disk. A missing schema directory reads as empty. */
    public static ProjectFiles workTree(CairnConfig config) {
        Path root = config.migrationsDir();
        Map<String, byte[]> migrations = new TreeMap<>();
        List<String> snapshots = new ArrayList<>();
        for (String name : list(root)) {
            if (name.startsWith(SNAPSHOTS)) {
                snapshots.add(name);
            } else if (!name.startsWith(".")) { // temporary files such as .cairn.sum….tmp
                migrations.put(name, read(root.resolve(name)));
            }
        }
        String newest = newest(snapshots);
        Snapshot snapshot = newest == null ? null
                : new Snapshot(newest, snapshotVersion(newest), read(root.resolve(newest)));
        Map<String, byte[]> schema = new TreeMap<>();
        for (String name : list(config.schemaDir())) {
            schema.put(name, read(config.schemaDir().resolve(name)));
        }
        return new ProjectFiles(WORK_TREE, root, migrations, snapshot, config.schemaDir(), schema);
    }

    private static List<String> list(Path root) {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return names;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(p -> names.add(root.relativize(p).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
        return names;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * The files as the git index holds them: what {@code git commit} would record. The project may be a
     * subfolder of the repository.
     */
    public static ProjectFiles gitIndex(CairnConfig config) {
        Path project = config.projectDir();
        Git git = Git.in(project);
        git.requireTopLevel("the staged files (--staged)");
        List<Git.Entry> entries = git.stagedFiles(List.of(relative(project, config.migrationsDir()),
                relative(project, config.schemaDir())));
        Map<String, Git.Entry> migrationEntries = new TreeMap<>();
        Map<String, Git.Entry> schemaEntries = new TreeMap<>();
        for (Git.Entry e : entries) {
            if (!e.isFile()) {
                continue;
            }
            Path abs = project.resolve(e.path()).normalize();
            if (abs.startsWith(config.migrationsDir())) {
                migrationEntries.put(config.migrationsDir().relativize(abs).toString().replace('\\', '/'), e);
            } else if (abs.startsWith(config.schemaDir())) {
                schemaEntries.put(config.schemaDir().relativize(abs).toString().replace('\\', '/'), e);
            }
        }
        String newest = newest(migrationEntries.keySet());
        List<String> objects = new ArrayList<>();
        migrationEntries.forEach((name, e) -> {
            if (!name.startsWith(".") || name.equals(newest)) {
                objects.add(e.object());
            }
        });
        schemaEntries.values().forEach(e -> objects.add(e.object()));
        Map<String, byte[]> contents = git.read(objects);
        Map<String, byte[]> migrations = new TreeMap<>();
        migrationEntries.forEach((name, e) -> {
            if (!name.startsWith(".")) {
                migrations.put(name, contents.get(e.object()));
            }
        });
        Snapshot snapshot = newest == null ? null
                : new Snapshot(newest, snapshotVersion(newest), contents.get(migrationEntries.get(newest).object()));
        Map<String, byte[]> schema = new TreeMap<>();
        schemaEntries.forEach((name, e) -> schema.put(name, contents.get(e.object())));
        return new ProjectFiles(GIT_INDEX, config.migrationsDir(), migrations, snapshot, config.schemaDir(), schema);
    }

    /** A pathspec for git: {@code to} relative to {@code from}, {@code .} for the same directory. */
    static String relative(Path from, Path to) {
        String rel = from.relativize(to).toString().replace('\\', '/');
        return rel.isEmpty() ? "." : rel;
    }
}
