package dev.cairn.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads just the {@code sourcesHash} of a snapshot with Jackson's streaming parser, skipping the catalog
 * without building it: the offline check needs one string from a file that can be megabytes long.
 */
final class SnapshotHeader {
    private static final JsonFactory JSON = new JsonFactory();

    private SnapshotHeader() {}

    /** The recorded hash; empty when the snapshot has none (not made from schema sources). */
    static Optional<String> sourcesHash(byte[] json) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("sourcesHash")) {
                    return value == JsonToken.VALUE_STRING ? Optional.of(p.getText()) : Optional.empty();
                }
                p.skipChildren();
            }
            return Optional.empty();
        }
    }
}
