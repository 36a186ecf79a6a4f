package dev.cairn.drift;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.SnapshotCodec;
import dev.cairn.migrate.HistoryEntry;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationScript;
import dev.cairn.migrate.Version;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The schema a database should have, read from the snapshot {@code cairn generate} wrote for its newest
 * applied migration instead of replaying every migration (seconds on a large schema). Used only when the
 * snapshot certainly describes what the history applied: versioned migrations only, exactly the files up
 * to that version, every checksum unchanged (the caller has found no history problem), and no repeatable,
 * revert or baseline involved. {@code cairn check --replay} in CI proves snapshots match their migrations.
 */
final class SnapshotExpectation {
    private SnapshotExpectation() {}

    /** The snapshot, its catalog, and the server major it was made on. */
    record Found(Path file, Catalog catalog, int major) {}

    static Optional<Found> find(MigrationDirectory dir, List<HistoryEntry> history) {
        List<HistoryEntry> applied = history.stream().filter(HistoryEntry::success).toList();
        if (applied.isEmpty() || !dir.repeatables().isEmpty() || applied.stream().anyMatch(h -> !h.isVersioned())) {
            return Optional.empty();
        }
        Version newest = applied.stream().map(h -> Version.parse(h.version())).max(Version::compareTo).orElseThrow();
        List<String> files = dir.versioned().stream().filter(s -> s.version().compareTo(newest) <= 0)
                .map(MigrationScript::name).sorted().toList();
        List<String> ran = applied.stream().map(HistoryEntry::script).sorted().toList();
        if (!files.equals(ran)) {
            return Optional.empty();
        }
        return snapshotFile(dir.root(), newest).map(f -> {
            try {
                SnapshotCodec.Snapshot s = SnapshotCodec.read(Files.readString(f), f.toString());
                return new Found(f, s.catalog(), dev.cairn.catalog.source.SnapshotSource.madeOn(s));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + f, e);
            }
        });
    }

    private static Optional<Path> snapshotFile(Path migrations, Version version) {
        Path folder = migrations.resolve(".snapshots");
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("V") && n.endsWith(".json") && Version.isVersion(n.substring(1, n.length() - 5))
                        && Version.parse(n.substring(1, n.length() - 5)).equals(version);
            }).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }
}
