package dev.cairn.migrate;

import java.util.regex.Pattern;
import dev.cairn.CairnException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code migrations/cairn.sum}: the SHA-256 of every migration file plus a total over them, one line
 * each, in migration order. Cairn's own commands write it; a directory whose files no longer match it
 * was edited by hand, and {@code migrate} and {@code validate} refuse it.
 */
public record SumFile(String total, Map<String, String> entries) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String HEADER = "# cairn.sum: SHA-256 of each migration file, written by Cairn. Do not edit;"
            + " after a deliberate change run `cairn sum`.";

    public SumFile {
        entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** The sum file that matches the directory as it is now. */
    public static SumFile of(MigrationDirectory dir) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (MigrationScript s : dir.scripts()) {
            entries.put(s.name(), s.checksum());
        }
        return new SumFile(totalOf(entries), entries);
    }

    private static String totalOf(Map<String, String> entries) {
        StringBuilder all = new StringBuilder();
        entries.forEach((name, hash) -> all.append(name).append(' ').append(hash).append('\n'));
        return Checksums.sha256(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    public String render() {
        StringBuilder out = new StringBuilder(HEADER).append('\n').append("total ").append(total).append('\n');
        entries.forEach((name, hash) -> out.append(name).append(' ').append(hash).append('\n'));
        return out.toString();
    }

    /** Writes the sum file for the directory as it is now (atomically) and returns it. */
    public static SumFile write(MigrationDirectory dir) {
        SumFile sum = of(dir);
        Path target = dir.sumFile();
        // Not Files.createTempFile: that makes the file 0600 whatever the umask, and the sum file is shared
        // through version control like any other file the user creates.
        Path tmp = dir.root().resolve(".cairn.sum." + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current()
                .nextLong()) + ".tmp");
        try {
            Files.writeString(tmp, sum.render(), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the write already failed; that is what the user needs to hear about
            }
            throw CairnException.usage("Cannot write " + target + " (" + MigrationDirectory.reason(e) + "). Make the"
                    + " migrations directory writable for the user running Cairn.");
        }
        return sum;
    }

    /** The sum file of the directory, if it has one. A malformed file is a usage error naming the line. */
    public static Optional<SumFile> read(MigrationDirectory dir) {
        Path file = dir.sumFile();
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw CairnException.usage("Cannot read " + file + " (" + MigrationDirectory.reason(e) + "). Make it"
                    + " readable for the user running Cairn.");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return Optional.of(parse(text, file.toString()));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw CairnException.usage(file + ":" + MigrationDirectory.lineOfFirstInvalidByte(bytes) + " is not UTF-8 text,"
                    + " so it is not a cairn.sum Cairn wrote. Restore it from version control, or rebuild it with"
                    + " `cairn sum`.");
        }
    }

    /**
     * A sum file from its text. A malformed line is a usage error naming {@code where} and the line.
     *
     * @param where the file's name for messages
     */
    public static SumFile parse(String content, String where) {
        List<String> lines = content.lines().toList();
        String total = null;
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            String hash = space < 0 ? "" : line.substring(space + 1);
            if (space <= 0 || !SHA256.matcher(hash).matches()) {
                throw CairnException.usage(where + ":" + (i + 1) + " is not a cairn.sum line (expected '<file> <sha-256>')."
                        + " The file is written by Cairn: restore it from version control, or rebuild it with `cairn sum`.");
            }
            String name = line.substring(0, space).strip();
            if (name.equals("total")) {
                total = hash;
            } else {
                entries.put(name, hash);
            }
        }
        return new SumFile(total, entries);
    }

    /** Every difference between this sum file and the directory, one problem per file. */
    public List<Problem> verify(MigrationDirectory dir) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> actual = of(dir).entries();
        String fix = " If the change is deliberate, run `cairn sum` to record it; otherwise restore the file.";
        actual.forEach((name, hash) -> {
            String recorded = entries.get(name);
            if (recorded == null) {
                problems.add(new Problem("sum-added", name, name + " is not in cairn.sum: it was added by hand"
                        + " (Cairn's commands record the files they write)." + fix));
            } else if (!recorded.equals(hash)) {
                problems.add(new Problem("sum-edited", name, name + " changed since cairn.sum recorded it." + fix));
            }
        });
        entries.keySet().stream().filter(name -> !actual.containsKey(name)).forEach(name -> problems.add(
                new Problem("sum-removed", name, name + " is listed in cairn.sum but is missing from the directory." + fix)));
        if (problems.isEmpty() && !totalOf(entries).equals(total)) {
            problems.add(new Problem("sum-corrupt", MigrationDirectory.SUM_FILE, "cairn.sum's total does not match its"
                    + " lines: the file was edited by hand. Rebuild it with `cairn sum`."));
        }
        return problems;
    }
}
