package dev.cairn.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Table inheritance and storage parameters survive a snapshot, and snapshots written before them still read. */
class TableSnapshotTest {

    private static SnapshotCodec.Snapshot snapshot(Table t) {
        return new SnapshotCodec.Snapshot(SnapshotCodec.FORMAT, null, new Catalog(List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(t), List.of(), List.of(), List.of()));
    }

    private static Table child(boolean inherited) {
        return new Table("public", "book", false,
                List.of(new Column("id", "integer", null, true, null, null, null, null, false, inherited),
                        new Column("isbn", "text", null, false, null, null, null, null)),
                List.of(new Constraint("item_id_check", Constraint.Type.CHECK, "CHECK ((id > 0))", List.of("id"), null, true,
                        null, inherited)),
                List.of(), List.of(), List.of(), false, false, null, null, null, null, "app", List.of());
    }

    @Test
    void roundTrips() {
        Table t = child(true).withInherits(List.of("public.item")).withStorageParameters(List.of("fillfactor=70", "toast.autovacuum_enabled=false"));
        assertThat(SnapshotCodec.read(SnapshotCodec.write(snapshot(t)), "test").catalog().tables()).containsExactly(t);
    }

    @Test
    void olderSnapshotsReadWithoutParentsParametersOrInheritedFlags() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = (ObjectNode) json.readTree(SnapshotCodec.write(snapshot(child(false))));
        ObjectNode table = (ObjectNode) tree.get("catalog").get("tables").get(0);
        table.remove("inherits");
        table.remove("storageParameters");
        table.get("columns").forEach(c -> ((ObjectNode) c).remove("inherited"));
        table.get("constraints").forEach(c -> ((ObjectNode) c).remove("inherited"));
        String old = json.writeValueAsString(tree);
        assertThat(old).doesNotContain("inherit").doesNotContain("storageParameters");
        assertThat(SnapshotCodec.read(old, "test").catalog().tables()).containsExactly(child(false));
    }
}
