package dev.cairn.migrate;

import dev.cairn.dialect.Dialects;
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
import dev.cairn.sql.SqlStatement;
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
    private final List<String> notices;

    private MigrationDirectory(Path root, List<MigrationScript> scripts, List<Problem> problems, List<String> notices) {
        this.root = root;
        this.scripts = List.copyOf(scripts);
        this.problems = List.copyOf(problems);
        this.notices = List.copyOf(notices);
    }

    /** Things worth knowing that are not problems: symbolic links leading outside the directory. */
    public List<String> notices() {
        return notices;
    }

    private record Parsed(MigrationScript script, List<Problem> problems) {}

    public static MigrationDirectory scan(Path root) {
        if (!Files.isDirectory(root)) {
            throw CairnException.usage("The migrations directory " + root + " does not exist. Create it (cairn init does),"
                    + " or point 'migrations:' in cairn.yaml at the right folder.");
        }
        // Reading, hashing and splitting thousands of files is most of a no-op run's own work: use every
        // core, then gather the results in file order so that problems are reported deterministically.
        List<Problem> walkProblems = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        List<Parsed> parsed = sqlFiles(root, walkProblems, notices).parallelStream().map(file -> {
            String name = root.relativize(file).toString().replace('\\', '/');
            List<Problem> problems = new ArrayList<>();
            MigrationScript script = read(file, name, problems).flatMap(content -> decode(content, name, problems))
                    .flatMap(content -> parse(file, name, content, problems)).orElse(null);
            return new Parsed(script, problems);
        }).toList();
        List<MigrationScript> scripts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(walkProblems);
        for (Parsed p : parsed) {
            if (p.script() != null) {
                scripts.add(p.script());
            }
            problems.addAll(p.problems());
        }
        return finish(root, scripts, problems, notices);
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
        return finish(root, scripts, problems, List.of());
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

    private static MigrationDirectory finish(Path root, List<MigrationScript> scripts, List<Problem> problems,
            List<String> notices) {
        scripts.sort(MigrationScript.ORDER);
        findDuplicates(scripts, problems);
        findOrphanReverts(scripts, problems);
        return new MigrationDirectory(root, scripts, problems, notices);
    }

    /**
     * The {@code .sql} files under the root, sorted. Symbolic links are followed, to files and to folders
     * alike: a migration is read from wherever its link points. A link that points nowhere, a link loop or a
     * folder that cannot be read would otherwise hide migrations silently, so each is a problem; a link
     * leading outside the migrations directory is read but noted, since its content can change without any
     * change in the directory.
     */
    private static List<Path> sqlFiles(Path root, List<Problem> problems, List<String> notices) {
        List<Path> files = new ArrayList<>();
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            realRoot = root.toAbsolutePath().normalize();
        }
        Path top = realRoot;
        try {
            Files.walkFileTree(root, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new java.nio.file.SimpleFileVisitor<>() {
                        @Override
                        public java.nio.file.FileVisitResult preVisitDirectory(Path d, java.nio.file.attribute.BasicFileAttributes a) {
                            if (!d.equals(root) && d.getFileName().toString().startsWith(".")) {
                                return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                            }
                            noteOutside(root, top, d, notices);
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) {
                            if (!isSql(f) || hiddenBelow(root, f)) {
                                return java.nio.file.FileVisitResult.CONTINUE;
                            }
                            String name = relative(root, f);
                            if (a.isSymbolicLink()) {
                                // Attributes of the link itself: its target does not exist.
                                problems.add(new Problem("dangling-link", name, name + " is a symbolic link to "
                                        + linkTarget(f) + ", which does not exist, so the migration cannot be read. Point"
                                        + " the link at the file, replace it with the file, or delete it."));
                            } else if (a.isRegularFile()) {
                                files.add(f);
                                noteOutside(root, top, f, notices);
                            }
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
                            String name = f.equals(root) ? root.toString() : relative(root, f);
                            if (e instanceof java.nio.file.FileSystemLoopException) {
                                problems.add(new Problem("link-loop", name, name + " is a symbolic link to a folder that"
                                        + " contains it, so following it would never end. Remove the link."));
                            } else {
                                problems.add(new Problem("unreadable", name, name + " cannot be read (" + reason(e)
                                        + "), so any migrations in it would be missed. Make it readable for the user"
                                        + " running Cairn, or move it out of the migrations directory."));
                            }
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(new Problem("unreadable", root.toString(), "The migrations directory " + root + " cannot be"
                    + " read (" + reason(e) + "). Make it readable for the user running Cairn."));
        }
        files.sort(null);
        return files;
    }

    private static boolean isSql(Path p) {
        return p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".sql");
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "a missing file";
        }
    }

    /** A notice for a symbolic link (to a file or folder) that leads outside the migrations directory. */
    private static void noteOutside(Path root, Path realRoot, Path p, List<String> notices) {
        if (p.equals(root) || !Files.isSymbolicLink(p)) {
            return;
        }
        try {
            Path real = p.toRealPath();
            if (!real.startsWith(realRoot)) {
                notices.add(relative(root, p) + " is a symbolic link to " + real + ", outside the migrations directory:"
                        + " Cairn reads it from there, so it can change without any change in this directory.");
            }
        } catch (IOException e) {
            // reported when it is read
        }
    }

    /** Why a file could not be read, in words rather than an exception's name. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "it disappeared while Cairn was reading it";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "it is not a folder";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "an input/output error" : m;
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
            problems.add(new Problem("unreadable", name, name + " cannot be read (" + reason(e) + "). Make it readable"
                    + " for the user running Cairn."));
        }
        return Optional.empty();
    }

    private static Optional<String> decode(byte[] bytes, String name, List<Problem> problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem("not-utf8", name, name + ":" + lineOfFirstInvalidByte(bytes) + " is not valid UTF-8:"
                    + " save the file as UTF-8."));
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int line = (int) text.substring(0, nul).chars().filter(ch -> ch == '\n').count() + 1;
            problems.add(new Problem("nul-byte", name, name + ":" + line + " contains a NUL byte (\\0), which PostgreSQL"
                    + " cannot accept in SQL text: the file is probably binary or was saved as UTF-16. Save it as UTF-8"
                    + " text, or remove the byte."));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** The 1-based line of the first byte sequence that is not UTF-8. */
    static int lineOfFirstInvalidByte(byte[] bytes) {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
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
            String intended = intendedName(fileName);
            problems.add(new Problem("bad-name", name, intended != null
                    ? name + " is not a migration name Cairn understands; did you mean " + intended + "? Rename it"
                            + " (a version needs a capital V, U or R and two underscores before the description), then"
                            + " run `cairn sum`."
                    : name + " is not a migration name Cairn understands: name it"
                    + " V<version>__<description>.sql, U<version>__<description>.sql (revert) or R__<name>.sql"
                    + " (repeatable), for example V2__add_orders.sql, or move it out of the migrations directory."));
            return Optional.empty();
        }
        List<SqlStatement> statements;
        try {
            statements = Dialects.current().statements().split(content, name);
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
        transactionControl(script).ifPresent(problems::add);
        return Optional.of(script);
    }

    /** Problem code for a migration containing BEGIN, COMMIT, ROLLBACK and the like (see {@link #transactionControl}). */
    public static final String TRANSACTION_CONTROL = "transaction-control";

    /**
     * A migration must not contain transaction control: Cairn runs a migration in one transaction and records
     * it in the same one, so a COMMIT would make part of it permanent behind Cairn's back (and a failure after
     * it could not be rolled back), and a ROLLBACK would silently discard work that is then recorded as
     * applied. In a no-transaction migration each statement already commits on its own, and a BEGIN would
     * wrap the following statements in a transaction Cairn does not know about. So the file is refused,
     * before anything runs, naming every such statement.
     */
    private static Optional<Problem> transactionControl(MigrationScript script) {
        List<String> found = new ArrayList<>();
        int firstLine = 0;
        for (SqlStatement st : script.statements()) {
            Optional<String> command = Dialects.current().statements().transactionControl(st);
            if (command.isPresent()) {
                firstLine = firstLine == 0 ? st.line() : firstLine;
                found.add(command.get() + " (line " + st.line() + ")");
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        boolean marked = Dialects.current().statements().hasNoTransactionMarker(script.content());
        String why = marked
                ? " it is marked -- cairn:no-transaction, so each statement already commits on its own, and transaction"
                        + " control would group or discard statements behind Cairn's back. Remove "
                        + (found.size() == 1 ? "it" : "them") + "; if some steps must succeed or fail together, put them"
                        + " in a separate migration without the marker."
                : " Cairn runs each migration in one transaction and records it in the same transaction, so a COMMIT"
                        + " would make part of it permanent even if a later statement fails, and a ROLLBACK would silently"
                        + " discard work that is then recorded as applied. Remove " + (found.size() == 1 ? "it" : "them")
                        + "; if the steps really must commit one by one, split them into separate migrations, or mark the"
                        + " file with -- cairn:no-transaction on its first line (each statement then commits on its own).";
        String what = found.size() == 1 ? found.get(0).replaceFirst(" \\(line \\d+\\)$", "") + " is"
                : String.join(", ", found) + " are";
        return Optional.of(new Problem(TRANSACTION_CONTROL, script.name(), script.name() + ":" + firstLine + ": "
                + what + " transaction control, which a migration must not contain:" + why));
    }

    private static final Pattern LENIENT = Pattern.compile("(?i)([vur](?=[\\d_. -]))?(\\d+(?:[._]\\d+)*)?[-_. ]*(.*?)\\.sql");

    /**
     * The name a misnamed file was most likely meant to have ({@code V4_init.sql} → {@code V4__init.sql},
     * {@code v5__x.sql} → {@code V5__x.sql}, {@code 6-add x.sql} → {@code V6__add_x.sql}), or null when
     * there is no single likely name.
     */
    static String intendedName(String fileName) {
        Matcher m = LENIENT.matcher(fileName);
        if (!m.matches()) {
            return null;
        }
        String prefix = m.group(1) == null ? null : m.group(1).toUpperCase(java.util.Locale.ROOT);
        String version = m.group(2);
        String description = m.group(3).replaceAll("[\\s-]+", "_").replaceAll("^_+|_+$", "");
        if (description.isEmpty() || prefix == null && version == null) {
            return null;
        }
        String candidate;
        if ("R".equals(prefix)) {
            candidate = version == null ? "R__" + description + ".sql" : null;
        } else {
            candidate = version == null ? null : (prefix == null ? "V" : prefix) + version + "__" + description + ".sql";
        }
        return candidate != null && !candidate.equals(fileName)
                && (VERSIONED.matcher(candidate).matches() || REPEATABLE.matcher(candidate).matches()) ? candidate : null;
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
                        + " have the same " + what + ": give " + s.name() + " another " + (s.version() == null ? "name" : "version"
                        + " (the next free one, if " + earlier.name() + " is already applied)") + ", then run `cairn sum`."));
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
