package dev.cairn.migrate;

import dev.cairn.CairnException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.cairn.migrate.sql.ScriptSplitter;
import dev.cairn.migrate.sql.SqlStatement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The migration files of a project, read once: every {@code .sql} file under the directory (hidden
 * folders such as {@code .snapshots} skipped), parsed by name, with the naming problems found.
 */
public final class MigrationDirectory {
    private static final Pattern VERSIONED = Pattern.compile("([VU])(\\d+(?:[._]\\d+)*)__(.+)\\.sql");
    private static final Pattern REPEATABLE = Pattern.compile("R__(.+)\\.sql");
    public static final String SUM_FILE = "cairn.sum";

    private final Path root;
    private final List<MigrationScript> scripts;
    private final List<Problem> problems;

    private MigrationDirectory(Path root, List<MigrationScript> scripts, List<Problem> problems) {
        this.root = root;
        this.scripts = List.copyOf(scripts);
        this.problems = List.copyOf(problems);
    }

    private record Parsed(MigrationScript script, List<Problem> problems) {}

    public static MigrationDirectory scan(Path root) {
        if (!Files.isDirectory(root)) {
            throw CairnException.usage("The migrations directory " + root + " does not exist. Create it (cairn init does),"
                    + " or point 'migrations:' in cairn.yaml at the right folder.");
        }
        // Reading, hashing and splitting thousands of files is most of a no-op run's own work: use every
        // core, then gather the results in file order so that problems are reported deterministically.
        List<Parsed> parsed = sqlFiles(root).parallelStream().map(file -> {
            String name = root.relativize(file).toString().replace('\\', '/');
            List<Problem> problems = new ArrayList<>();
            MigrationScript script = read(file, name, problems).flatMap(content -> decode(content, name, problems))
                    .flatMap(content -> parse(file, name, content, problems)).orElse(null);
            return new Parsed(script, problems);
        }).toList();
        List<MigrationScript> scripts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Parsed p : parsed) {
            if (p.script() != null) {
                scripts.add(p.script());
            }
            problems.addAll(p.problems());
        }
        return finish(root, scripts, problems);
    }

    /**
     * The directory as given by its files' contents rather than the disk: for example what the git index
     * holds. Only {@code .sql} files outside hidden folders count, as with {@link #scan(Path)}.
     *
     * @param root  where the directory is (or would be) on disk; scripts' paths resolve against it
     * @param files relative name (forward slashes) → content, e.g. {@code V1__init.sql}, {@code .snapshots/V1.json}
     */
    public static MigrationDirectory of(Path root, Map<String, byte[]> files) {
        List<MigrationScript> scripts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        files.keySet().stream().filter(MigrationDirectory::isMigrationFile).sorted().forEach(name -> {
            Path file = root.resolve(name);
            decode(files.get(name), name, problems).flatMap(content -> parse(file, name, content, problems))
                    .ifPresent(scripts::add);
        });
        return finish(root, scripts, problems);
    }

    /** A {@code .sql} file not inside a hidden folder (relative name with forward slashes). */
    public static boolean isMigrationFile(String name) {
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".sql")) {
            return false;
        }
        int from = 0;
        while (from < name.length()) {
            if (name.charAt(from) == '.') {
                return false;
            }
            int slash = name.indexOf('/', from);
            if (slash < 0) {
                break;
            }
            from = slash + 1;
        }
        return true;
    }

    private static MigrationDirectory finish(Path root, List<MigrationScript> scripts, List<Problem> problems) {
        scripts.sort(MigrationScript.ORDER);
        findDuplicates(scripts, problems);
        findOrphanReverts(scripts, problems);
        return new MigrationDirectory(root, scripts, problems);
    }

    private static List<Path> sqlFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !hiddenBelow(root, p))
                    .filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".sql"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }

    private static boolean hiddenBelow(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<byte[]> read(Path file, String name, List<Problem> problems) {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.add(new Problem("unreadable", name, name + " cannot be read: " + e.getMessage() + "."));
        }
        return Optional.empty();
    }

    private static Optional<String> decode(byte[] bytes, String name, List<Problem> problems) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            problems.add(new Problem("not-utf8", name, name + " is not valid UTF-8: save it as UTF-8."));
        }
        return Optional.empty();
    }

    private static Optional<MigrationScript> parse(Path file, String name, String content, List<Problem> problems) {
        String fileName = file.getFileName().toString();
        Matcher v = VERSIONED.matcher(fileName);
        Matcher r = REPEATABLE.matcher(fileName);
        MigrationKind kind;
        Version version = null;
        String description;
        if (v.matches()) {
            kind = v.group(1).equals("V") ? MigrationKind.VERSIONED : MigrationKind.UNDO;
            version = Version.parse(v.group(2));
            description = describe(v.group(3));
        } else if (r.matches()) {
            kind = MigrationKind.REPEATABLE;
            description = describe(r.group(1));
        } else {
            problems.add(new Problem("bad-name", name, name + " is not a migration name Cairn understands: name it"
                    + " V<version>__<description>.sql, U<version>__<description>.sql (revert) or R__<name>.sql"
                    + " (repeatable), for example V2__add_orders.sql, or move it out of the migrations directory."));
            return Optional.empty();
        }
        List<SqlStatement> statements;
        try {
            statements = ScriptSplitter.split(content, name);
        } catch (CairnException e) {
            problems.add(new Problem("malformed", name, e.getMessage()));
            return Optional.empty();
        }
        if (statements.isEmpty()) {
            problems.add(new Problem("empty", name, name + " contains no SQL statement: write the migration, or delete"
                    + " the file."));
            return Optional.empty();
        }
        MigrationScript script = new MigrationScript(kind, version, description, name, file, Checksums.ofContent(content),
                content, statements);
        return Optional.of(script);
    }

    private static String describe(String raw) {
        return raw.replace('_', ' ');
    }

    private static void findDuplicates(List<MigrationScript> scripts, List<Problem> problems) {
        Map<String, MigrationScript> seen = new HashMap<>();
        for (MigrationScript s : scripts) {
            String key = s.kind() + ":" + (s.version() == null ? s.description() : s.version().canonical());
            MigrationScript earlier = seen.putIfAbsent(key, s);
            if (earlier != null) {
                String what = s.version() == null ? "repeatable name '" + s.description() + "'" : "version " + s.version();
                problems.add(new Problem("duplicate-version", s.name(), earlier.name() + " and " + s.name()
                        + " have the same " + what + ": give one of them another " + (s.version() == null ? "name." : "version.")));
            }
        }
    }

    private static void findOrphanReverts(List<MigrationScript> scripts, List<Problem> problems) {
        for (MigrationScript u : scripts) {
            if (u.kind() == MigrationKind.UNDO && scripts.stream()
                    .noneMatch(v -> v.kind() == MigrationKind.VERSIONED && v.version().equals(u.version()))) {
                problems.add(new Problem("orphan-revert", u.name(), u.name() + " reverts version " + u.version()
                        + ", but there is no V" + u.version() + "__*.sql: rename it to match its migration, or delete it."));
            }
        }
    }

    public Path root() {
        return root;
    }

    /** Every parsed script, in {@link MigrationScript#ORDER}. */
    public List<MigrationScript> scripts() {
        return scripts;
    }

    public List<MigrationScript> versioned() {
        return scripts.stream().filter(s -> s.kind() == MigrationKind.VERSIONED).toList();
    }

    public List<MigrationScript> repeatables() {
        return scripts.stream().filter(s -> s.kind() == MigrationKind.REPEATABLE).toList();
    }

    public Optional<MigrationScript> revertOf(Version version) {
        return scripts.stream().filter(s -> s.kind() == MigrationKind.UNDO && s.version().equals(version)).findFirst();
    }

    /** Naming problems: unparsable names, duplicate versions, empty files, reverts without a migration. */
    public List<Problem> problems() {
        return problems;
    }

    public Path sumFile() {
        return root.resolve(SUM_FILE);
    }
}
