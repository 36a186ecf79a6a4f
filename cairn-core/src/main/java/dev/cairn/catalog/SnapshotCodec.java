package dev.cairn.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cairn.CairnException;
import dev.cairn.ExitCode;

/**
 * The JSON snapshot form of a catalog ({@code migrations/.snapshots/V<n>.json}): the catalog after a
 * migration, plus a hash of the schema sources it was generated from. Writing then reading gives an
 * equal record; the text is stable (sorted, indented) so snapshots diff well in review.
 */
public final class SnapshotCodec {
    public static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS);

    private SnapshotCodec() {}

    /**
     * A snapshot: format version, the server major it was read on (null in snapshots written before Cairn recorded
     * it, which were all made on the bundled major), the hash of the schema sources (null when not from sources),
     * the catalog. A catalog holds server-printed text (view queries, defaults, routine bodies) that differs between
     * majors, so it is only compared with catalogs read on the same major.
     */
    public record Snapshot(int format, Integer serverMajor, String sourcesHash, Catalog catalog) {
        /** A snapshot whose major is not recorded. */
        public Snapshot(int format, String sourcesHash, Catalog catalog) {
            this(format, null, sourcesHash, catalog);
        }
    }

    public static String write(Snapshot snapshot) {
        try {
            return JSON.writeValueAsString(snapshot) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A catalog could not be written as JSON", e);
        }
    }

    public static Snapshot read(String json, String where) {
        try {
            Snapshot s = JSON.readValue(json, Snapshot.class);
            if (s.format() != FORMAT) {
                throw new CairnException(ExitCode.USAGE, where + " is a snapshot of format " + s.format()
                        + ", but this Cairn reads format " + FORMAT + ": regenerate it with this version of Cairn.");
            }
            return s;
        } catch (JsonProcessingException e) {
            throw new CairnException(ExitCode.USAGE, where + " is not a valid Cairn snapshot (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + "): " + e.getOriginalMessage()
                    + ". Snapshots are written by cairn generate; restore it from version control.", e);
        }
    }
}
