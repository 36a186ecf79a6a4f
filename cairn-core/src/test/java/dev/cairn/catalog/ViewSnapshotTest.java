package dev.cairn.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** View column settings and WITH NO DATA survive a snapshot, and snapshots written before them still read. */
class ViewSnapshotTest {

    private static SnapshotCodec.Snapshot snapshot(View v) {
        return new SnapshotCodec.Snapshot(SnapshotCodec.FORMAT, null, new Catalog(List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(v), List.of(), List.of()));
    }

    @Test
    void roundTrips() {
        View v = new View("public", "m", true, " SELECT 1 AS a;", List.of("a"), List.of(), List.of(), null, "app",
                List.of(), List.of(), List.of(new View.ColumnSetting("a", "key", null)), true, true, List.of("integer"));
        assertThat(SnapshotCodec.read(SnapshotCodec.write(snapshot(v)), "test").catalog().views()).containsExactly(v);
    }

    @Test
    void olderSnapshotsReadAsPopulatedWithoutSettings() throws Exception {
        View v = new View("public", "m", true, " SELECT 1 AS a;", List.of("a"), List.of(), List.of(), null, "app",
                List.of(), List.of());
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                json.readTree(SnapshotCodec.write(snapshot(v)));
        com.fasterxml.jackson.databind.node.ObjectNode view = (com.fasterxml.jackson.databind.node.ObjectNode)
                tree.get("catalog").get("views").get(0);
        view.remove("columnSettings");
        view.remove("withNoData");
        view.remove("readsItself");
        view.remove("columnTypes");
        String old = json.writeValueAsString(tree);
        assertThat(old).doesNotContain("columnSettings").doesNotContain("withNoData");
        assertThat(SnapshotCodec.read(old, "test").catalog().views()).containsExactly(v);
    }
}
