package dev.cairn.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape docs/architecture.md describes, checked on the main sources of every module: no package cycles, the
 * core free of any dialect, server or CLI library, the root package holding only leaf types, files of a readable
 * size, result sets read by column label.
 */
class ArchitectureTest {
    /** Main-source files allowed over {@link #MAX_LINES}, each with its reason. */
    private static final Map<String, String> LONG_FILES = Map.of("StatementShapes.java",
            "the PostgreSQL statement classifier: one token reader over every command's keywords (ALTER's actions are"
                    + " AlterActions); next to grow, split it by command family (DDL / data / maintenance and session)");
    private static final int MAX_LINES = 500;

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern COMMENT = Pattern.compile("/\\*[\\s\\S]*?\\*/|//[^\\n]*");
    private static final Pattern REFERENCE = Pattern.compile("\\b(dev\\.cairn(?:\\.[a-z]\\w*)*)\\.[A-Z]\\w*");

    private static List<SourceFile> sources;

    record SourceFile(String module, Path path, String pkg, String code, long lines) {}

    @BeforeAll
    static void readSources() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<SourceFile> all = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(m -> m.getFileName().toString().startsWith("cairn-")).sorted().toList()) {
                Path main = module.resolve("src/main/java");
                if (!Files.isDirectory(main)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(main)) {
                    files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> all.add(read(module, f)));
                }
            }
        }
        sources = all;
        assertThat(sources).as("main sources found under " + root).hasSizeGreaterThan(100);
    }

    private static SourceFile read(Path module, Path file) {
        try {
            String text = Files.readString(file);
            Matcher m = PACKAGE.matcher(text);
            String pkg = m.find() ? m.group(1) : "";
            return new SourceFile(module.getFileName().toString(), file, pkg, COMMENT.matcher(text).replaceAll(""),
                    text.lines().count());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void packagesHaveNoCycles() {
        Set<String> packages = new TreeSet<>();
        sources.forEach(s -> packages.add(s.pkg()));
        Map<String, Set<String>> uses = new TreeMap<>();
        for (SourceFile s : sources) {
            Matcher m = REFERENCE.matcher(s.code());
            while (m.find()) {
                String target = m.group(1);
                if (packages.contains(target) && !target.equals(s.pkg())) {
                    uses.computeIfAbsent(s.pkg(), k -> new TreeSet<>()).add(target);
                }
            }
        }
        assertThat(new PackageCycles(uses).cycles()).as("package cycles (each line one strongly connected set)").isEmpty();
    }

    @Test
    void coreNamesNoDialectServerOrCliLibrary() {
        List<String> offenders = sources.stream().filter(s -> s.module().equals("cairn-core"))
                .filter(s -> Stream.of("dev.cairn.postgres", "dev.cairn.embedded", "dev.cairn.cli", "org.postgresql",
                        "io.zonky", "picocli").anyMatch(s.code()::contains))
                .map(s -> s.path().getFileName().toString()).toList();
        assertThat(offenders).isEmpty();
    }

    @Test
    void rootPackageHoldsOnlyLeafTypes() {
        List<String> offenders = sources.stream().filter(s -> s.pkg().equals("dev.cairn"))
                .filter(s -> REFERENCE.matcher(s.code()).results().anyMatch(r -> !r.group(1).equals("dev.cairn")))
                .map(s -> s.path().getFileName().toString()).toList();
        assertThat(offenders).isEmpty();
    }

    @Test
    void mainFilesStayReadable() {
        List<String> tooLong = sources.stream().filter(s -> s.lines() > MAX_LINES)
                .map(s -> s.path().getFileName().toString()).filter(name -> !LONG_FILES.containsKey(name)).toList();
        assertThat(tooLong).as("main-source files over " + MAX_LINES + " lines without a reason in LONG_FILES").isEmpty();
    }

    /** A one-column result may be read as column 1; a wider one is read by label, never by position. */
    @Test
    void resultSetsAreReadByColumnLabel() {
        Pattern positional = Pattern.compile("\\brs\\.get(?:String|Int|Long|Boolean|Array|Object|Short|Double|Timestamp)\\((?:[2-9]|\\d\\d+)\\)");
        List<String> offenders = sources.stream()
                .filter(s -> positional.matcher(s.code()).find())
                .map(s -> s.path().getFileName().toString()).toList();
        assertThat(offenders).isEmpty();
    }
}
