package dev.cairn.check;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.project.Project;
import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.SnapshotCodec;
import dev.cairn.catalog.source.CatalogSources;
import dev.cairn.catalog.source.MigrationsSource;
import dev.cairn.catalog.source.SchemaFilesSource;
import dev.cairn.db.ConnectionSource;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.JdbcConnectionSource;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.drift.CatalogComparison;
import dev.cairn.drift.Difference;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationScript;
import dev.cairn.migrate.Version;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code cairn check --replay}, the CI check: replays every migration into a scratch database (with the
 * real migration engine, as {@code cairn migrate} would) and verifies that the result equals
 * <ul>
 * <li>the latest snapshot, {@code migrations/.snapshots/V<n>.json} — a migration edited by hand after
 *     {@code cairn generate} wrote it (and {@code cairn sum} re-run) is caught here; when the newest
 *     migration is above the latest snapshot, the replay is compared at the snapshot's version;</li>
 * <li>the desired schema, {@code schema/*.sql} — nothing is left un-generated.</li>
 * </ul>
 */
public final class ReplayCheck {
    private static final Pattern SNAPSHOT = Pattern.compile("V(\\d+(?:[._]\\d+)*)\\.json");

    private ReplayCheck() {}

    /**
     * @throws CairnException USAGE when a snapshot or schema file is malformed (naming it)
     */
    public static ReplayReport run(Project project) {
        long started = System.nanoTime();
        MigrationDirectory dir = project.migrations();
        List<String> notes = new ArrayList<>();

        Path snapshotFile = latestSnapshot(dir.root());
        Version snapshotVersion = snapshotFile == null ? null : version(snapshotFile);
        Catalog snapshot = null;
        // The replay runs on the major the snapshot was made on (server-printed text differs between majors), else
        // on the project's.
        int major = project.scratchMajor();
        if (snapshotFile == null) {
            notes.add("No snapshot in " + project.dir().relativize(dir.root().resolve(".snapshots"))
                    + ": the replay was compared with the schema files only (cairn generate writes snapshots).");
        } else {
            SnapshotCodec.Snapshot read = read(snapshotFile);
            snapshot = read.catalog();
            int made = dev.cairn.catalog.source.SnapshotSource.madeOn(read);
            if (major != DevDatabases.DEFAULT_MAJOR && major != made) {
                notes.add(project.dir().relativize(snapshotFile) + " was made on PostgreSQL " + made + " but cairn.yaml"
                        + " sets postgres.version " + major + ": the replay runs on " + made + ", to compare with the"
                        + " snapshot like with like; run cairn generate on " + major + " to move the snapshots to it.");
            }
            major = made;
        }
        MigrationsSource all = ((MigrationsSource) CatalogSources.parse("migrations", project)).onMajor(major);
        Version newest = dir.versioned().stream().map(MigrationScript::version).max(Version::compareTo).orElse(null);
        if (snapshotVersion != null && newest != null && snapshotVersion.compareTo(newest) < 0) {
            notes.add("The newest migration is V" + newest + " but the latest snapshot is V" + snapshotVersion
                    + ": the snapshot was compared with the migrations up to V" + snapshotVersion + ".");
        }

        SchemaFilesSource schema = ((SchemaFilesSource) CatalogSources.parse("schema", project)).onMajor(major);
        boolean hasSchema = Files.isDirectory(schema.dir()) && !schema.files().isEmpty();
        if (!hasSchema) {
            notes.add("No schema files in " + project.dir().relativize(schema.dir())
                    + ": the replay was not compared with a desired schema.");
        }
        Catalog desired = hasSchema ? schema.load() : null;

        List<Difference> snapshotDiffs = List.of();
        List<Difference> schemaDiffs = List.of();
        String failure = null;
        try (ScratchDatabase db = DevDatabases.createDatabase(major)) {
            ConnectionSource scratch = new JdbcConnectionSource(db.jdbcUrl(), db.user(), null);
            if (snapshot != null && newest != null && snapshotVersion.compareTo(newest) < 0) {
                MigrationsSource upTo = new MigrationsSource(all.dir(), snapshotVersion, all.history(),
                        all.defaultSchema(), all.options(), major);
                upTo.replay(dir, scratch);
                snapshotDiffs = CatalogComparison.compare(snapshot, upTo.introspect(scratch));
                snapshot = null;
            }
            all.replay(dir, scratch);
            Catalog replayed = all.introspect(scratch);
            if (snapshot != null) {
                snapshotDiffs = CatalogComparison.compare(snapshot, replayed);
            }
            if (desired != null) {
                schemaDiffs = CatalogComparison.compare(desired, replayed);
            }
        } catch (CairnException e) {
            if (e.exitCode() == ExitCode.USAGE) {
                throw e;
            }
            failure = e.getMessage();
        }
        return new ReplayReport(snapshotFile == null ? null : project.dir().relativize(snapshotFile).toString()
                .replace('\\', '/'), snapshotVersion == null ? null : snapshotVersion.toString(), snapshotDiffs,
                hasSchema, schemaDiffs, failure, notes, (System.nanoTime() - started) / 1_000_000);
    }

    /** The snapshot with the highest version under {@code migrations/.snapshots}, or null. */
    static Path latestSnapshot(Path migrations) {
        Path dir = migrations.resolve(".snapshots");
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> SNAPSHOT.matcher(p.getFileName().toString()).matches())
                    .max((a, b) -> version(a).compareTo(version(b))).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    private static Version version(Path snapshot) {
        Matcher m = SNAPSHOT.matcher(snapshot.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException(snapshot.toString());
        }
        return Version.parse(m.group(1));
    }

    private static SnapshotCodec.Snapshot read(Path file) {
        try {
            return SnapshotCodec.read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw CairnException.usage("The snapshot " + file + " cannot be read: " + e.getMessage() + ".");
        }
    }
}
