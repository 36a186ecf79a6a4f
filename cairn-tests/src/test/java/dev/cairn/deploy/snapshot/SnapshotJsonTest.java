package dev.cairn.deploy.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.doc.Documents;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A snapshot as JSON: createdAt as ISO-8601 text (no Java-time module needed), and back. */
class SnapshotJsonTest {
    @Test
    void roundTripsThroughTheDocumentsMapper() throws Exception {
        Snapshot s = new Snapshot("app_snap_20261202101500", "template", Instant.parse("2026-12-02T10:15:00Z"),
                "app_snap_20261202101500");
        String json = Documents.json(s);
        JsonNode n = Documents.mapper().readTree(json);
        assertThat(n.path("createdAt").asText()).isEqualTo("2026-12-02T10:15:00Z");
        assertThat(n.path("id").asText()).isEqualTo(s.id());
        assertThat(Documents.mapper().readValue(json, Snapshot.class)).isEqualTo(s);
    }
}
