package dev.cairn.check;

import dev.cairn.config.CairnConfig;
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
 * The files the offline checks judge: everything under the migrations directory (scripts, cairn.sum,
 * snapshots) and under the schema directory, by path relative to each, as bytes. Read from the work tree
 * or from the git index ({@code --staged}: what the next commit would hold).
 *
 * @param origin a label for reports: {@code work tree} or {@code git index}
 */
public record ProjectFiles(String origin, Path migrationsDir, Map<String, byte[]> migrations, Path schemaDir,
        Map<String, byte[]> schema) {

    public static final String WORK_TREE = "work tree";
    public static final String GIT_INDEX = "git index";

    public ProjectFiles {
        migrations = java.util.Collections.unmodifiableMap(new TreeMap<>(migrations));
        schema = java.util.Collections.unmodifiableMap(new TreeMap<>(schema));
    }

    /** The files as they are on disk. A missing schema directory reads as empty. */
    public static ProjectFiles workTree(CairnConfig config) {
        return new ProjectFiles(WORK_TREE, config.migrationsDir(), readTree(config.migrationsDir()), config.schemaDir(),
                readTree(config.schemaDir()));
    }

    private static Map<String, byte[]> readTree(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (name.startsWith(".") && !name.startsWith(".snapshots/")) {
                    continue; // temporary files such as .cairn.sum….tmp
                }
                files.put(name, Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + root, e);
        }
        return files;
    }

    /**
     * The files as the git index holds them: what {@code git commit} would record. The project may be a
     * subfolder of the repository.
     */
    public static ProjectFiles gitIndex(CairnConfig config) {
        Path project = config.projectDir();
        Git git = Git.in(project);
        git.requireTopLevel("the staged files (--staged)");
        String migrations = relative(project, config.migrationsDir());
        String schema = relative(project, config.schemaDir());
        List<Git.Entry> entries = git.stagedFiles(List.of(migrations, schema));
        List<String> objects = new ArrayList<>();
        for (Git.Entry e : entries) {
            if (e.isFile()) {
                objects.add(e.object());
            }
        }
        Map<String, byte[]> contents = git.read(objects);
        Map<String, byte[]> m = new TreeMap<>();
        Map<String, byte[]> s = new TreeMap<>();
        for (Git.Entry e : entries) {
            if (!e.isFile()) {
                continue;
            }
            Path abs = project.resolve(e.path()).normalize();
            if (abs.startsWith(config.migrationsDir())) {
                m.put(config.migrationsDir().relativize(abs).toString().replace('\\', '/'), contents.get(e.object()));
            } else if (abs.startsWith(config.schemaDir())) {
                s.put(config.schemaDir().relativize(abs).toString().replace('\\', '/'), contents.get(e.object()));
            }
        }
        return new ProjectFiles(GIT_INDEX, config.migrationsDir(), m, config.schemaDir(), s);
    }

    /** A pathspec for git: {@code to} relative to {@code from}, {@code .} for the same directory. */
    static String relative(Path from, Path to) {
        String rel = from.relativize(to).toString().replace('\\', '/');
        return rel.isEmpty() ? "." : rel;
    }
}
