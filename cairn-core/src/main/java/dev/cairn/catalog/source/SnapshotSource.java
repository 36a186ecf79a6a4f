package dev.cairn.catalog.source;

import dev.cairn.CairnException;
import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.SnapshotCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** {@code snapshot:FILE}: a catalog saved as JSON by {@link SnapshotCodec}. */
public record SnapshotSource(Path file) implements CatalogSource {

    @Override
    public Catalog load() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw CairnException.usage("The snapshot " + file + " does not exist: check the path after snapshot:, or"
                    + " write one with cairn generate.");
        } catch (IOException e) {
            throw CairnException.usage("The snapshot " + file + " cannot be read: " + e.getMessage() + ".");
        }
        return SnapshotCodec.read(text, file.toString()).catalog();
    }

    @Override
    public String describe() {
        return "snapshot:" + file;
    }
}
