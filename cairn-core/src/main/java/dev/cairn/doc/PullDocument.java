package dev.cairn.doc;

import java.nio.file.Path;
import java.util.List;

/** {@code cairn pull --json}: where the schema came from, the files written and how many statements they hold. */
public record PullDocument(boolean ok, String source, List<String> files, int statements) {
    public static PullDocument of(String source, List<Path> files, int statements) {
        return new PullDocument(true, source, files.stream().map(Path::toString).toList(), statements);
    }
}
