package dev.cairn.catalog.source;

import dev.cairn.CairnException;
import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.SnapshotCodec;
import dev.cairn.db.DevDatabases;
import dev.cairn.dialect.IntrospectOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code snapshot:FILE}: a catalog saved as JSON by {@link SnapshotCodec}.
 *
 * @param major the server major to read it as ({@link DevDatabases#DEFAULT_MAJOR}: as recorded); a snapshot made on
 *              another major is rebuilt on a scratch server of this one ({@link CatalogRebuild})
 */
public record SnapshotSource(Path file, int major) implements CatalogSource {

    public SnapshotSource(Path file) {
        this(file, DevDatabases.DEFAULT_MAJOR);
    }

    @Override
    public SnapshotSource onMajor(int major) {
        return new SnapshotSource(file, major);
    }

    @Override
    public Catalog load() {
        return catalogOf(read());
    }

    /** The catalog of {@code snapshot} (this source's file, already read), as {@link #major} prints it. */
    Catalog catalogOf(SnapshotCodec.Snapshot snapshot) {
        if (major == DevDatabases.DEFAULT_MAJOR || major == madeOn(snapshot)) {
            return snapshot.catalog();
        }
        return CatalogRebuild.onMajor(snapshot.catalog(), major, IntrospectOptions.all(), "the snapshot " + file);
    }

    /** The major the snapshot was made on; one that does not say was made on the bundled major. */
    public static int madeOn(SnapshotCodec.Snapshot snapshot) {
        return snapshot.serverMajor() != null ? snapshot.serverMajor() : DevDatabases.servers().defaultMajor();
    }

    /** The snapshot as written. */
    public SnapshotCodec.Snapshot read() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw CairnException.usage("The snapshot " + file + " does not exist: check the path after snapshot:, or"
                    + " write one with cairn generate.");
        } catch (IOException e) {
            throw CairnException.usage("The snapshot " + file + " cannot be read: " + e.getMessage() + ".");
        }
        return SnapshotCodec.read(text, file.toString());
    }

    @Override
    public String describe() {
        return "snapshot:" + file;
    }
}
