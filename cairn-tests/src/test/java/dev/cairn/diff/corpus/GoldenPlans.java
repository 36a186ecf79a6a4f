package dev.cairn.diff.corpus;

import dev.cairn.db.DevDatabases;

import dev.cairn.diff.Warning;
import dev.cairn.plan.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The golden expected plans of the corpus: beside each case {@code <group>/<name>.sql} a file
 * {@code <group>/<name>.plan.sql} holds the plans Cairn renders for it, as a migration would carry them —
 * a {@code -- @forward} section (from → to) and a {@code -- @reverse} section (to → from). In a section each
 * warning comes first as {@code -- warning: KIND object: message}, then each statement as its comment line,
 * its SQL and {@code ;} ({@link Plan#toSql()}); a plan that must commit between its parts
 * ({@link Plan#transactions()}) shows {@code -- @commit} where it does.
 *
 * <p>The corpus test compares the rendered plans with the file and fails with a unified diff, so a plan that
 * changes (say an ALTER becoming a DROP and an ADD) fails even when the round trip still converges. After an
 * intended change, regenerate and review the diff in version control:
 * {@code mvn -o -pl cairn-tests -am test -Dtest=DiffCorpusTest -Dsurefire.failIfNoSpecifiedTests=false -Dcairn.golden=update} (with
 * {@code -Dcairn.corpus=text} to regenerate only some cases).
 */
final class GoldenPlans {
    static final String SUFFIX = ".plan.sql";
    private static final Path SOURCE_ROOT = Path.of("src", "test", "resources", "diff-cases");

    private GoldenPlans() {}

    static boolean updating() {
        return "update".equals(System.getProperty("cairn.golden", ""));
    }

    static String render(CorpusCase c, Plan forward, Plan reverse) {
        return "-- Golden plans of " + c.id() + ".sql, as Cairn renders them; regenerate with -Dcairn.golden=update\n"
                + "-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.\n"
                + "-- @forward\n" + section(forward)
                + "-- @reverse\n" + section(reverse);
    }

    private static String section(Plan plan) {
        StringBuilder b = new StringBuilder();
        for (Warning w : plan.warnings()) {
            b.append("-- warning: ").append(w.toString().replace('\n', ' ')).append('\n');
        }
        List<Plan> parts = plan.transactions();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                b.append("\n-- @commit\n");
            }
            b.append(parts.get(i).toSql());
        }
        return b.toString();
    }

    /** Compares (or, when {@link #updating()}, writes) the case's golden file. */
    static void check(CorpusCase c, Plan forward, Plan reverse) {
        if (DevDatabases.defaultMajor() != DevDatabases.servers().defaultMajor()) {
            // The golden plans are the bundled major's: another major prints server text (view queries, defaults)
            // its own way. The round trip itself is still checked on it.
            return;
        }
        String actual = render(c, forward, reverse);
        Path file = file(c);
        String expected = read(file);
        if (actual.equals(expected)) {
            return;
        }
        if (updating()) {
            write(sourceFile(c), actual);
            return;
        }
        if (expected == null) {
            throw new AssertionError("[" + c.id() + "] has no golden plan " + c.group() + "/" + c.name() + SUFFIX
                    + ": regenerate with -Dcairn.golden=update and review it. Plans now:\n" + actual);
        }
        throw new AssertionError("[" + c.id() + "] the plans differ from the golden " + c.group() + "/" + c.name() + SUFFIX
                + " (if intended, regenerate with -Dcairn.golden=update and review the diff):\n"
                + LineDiff.unified("golden " + c.id() + SUFFIX, expected, "rendered now", actual));
    }

    /** The golden file in the source tree when the test runs from the module directory, else on the classpath. */
    static Path file(CorpusCase c) {
        Path source = sourceFile(c);
        return Files.isDirectory(source.getParent()) ? source : c.file().resolveSibling(c.name() + SUFFIX);
    }

    private static Path sourceFile(CorpusCase c) {
        return SOURCE_ROOT.resolve(c.group()).resolve(c.name() + SUFFIX);
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        if (!Files.isDirectory(file.getParent())) {
            throw new IllegalStateException("-Dcairn.golden=update must run with the cairn-tests module directory as working directory (mvn -pl cairn-tests does): "
                    + file.toAbsolutePath().getParent() + " does not exist");
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
