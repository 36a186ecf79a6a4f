package dev.cairn.diff.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds every {@code diff-cases/<group>/<case>.sql} on the test classpath. Beside a case, {@code <case>.plan.sql}
 * is its golden plan ({@link GoldenPlans}), not a case.
 */
public final class CorpusCases {
    private CorpusCases() {}

    public static Path root() {
        URL url = CorpusCases.class.getClassLoader().getResource("diff-cases");
        if (url == null) {
            throw new IllegalStateException("diff-cases is not on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every golden plan file on the test classpath (each must belong to a case). */
    public static List<Path> goldenFiles() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(p -> p.toString().endsWith(GoldenPlans.SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<CorpusCase> all() {
        Path root = root();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".sql") && !p.toString().endsWith(GoldenPlans.SUFFIX))
                    .sorted()
                    .map(p -> {
                        Path rel = root.relativize(p);
                        if (rel.getNameCount() != 2) {
                            throw new IllegalStateException("case files live in diff-cases/<group>/<case>.sql, not " + rel);
                        }
                        return CorpusCase.parse(rel.getName(0).toString(), p);
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
