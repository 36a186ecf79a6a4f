package dev.cairn.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Defined objects survive a snapshot, and snapshots written before they were modelled still read (with none). */
class DefinedSnapshotTest {
    private static final DefinedObject RULE = new DefinedObject(DefinedKind.RULE, "public", "t.r", "RULE r ON public.t",
            List.of("CREATE RULE r AS ON INSERT TO public.t DO INSTEAD NOTHING"),
            List.of(new DefinedObject.Setting("state", "disabled", "ALTER TABLE public.t DISABLE RULE r", null, false)),
            "why", null, List.of(new ObjectRef(ObjectRef.KIND_TABLE, "public", "t")));

    private static SnapshotCodec.Snapshot snapshot(List<DefinedObject> defined) {
        return new SnapshotCodec.Snapshot(SnapshotCodec.FORMAT, null, Catalog.empty().withDefined(defined));
    }

    @Test
    void roundTrips() {
        assertThat(SnapshotCodec.read(SnapshotCodec.write(snapshot(List.of(RULE))), "test").catalog().defined())
                .containsExactly(RULE);
    }

    @Test
    void olderSnapshotsHaveNone() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = (ObjectNode) json.readTree(SnapshotCodec.write(snapshot(List.of(RULE))));
        ((ObjectNode) tree.get("catalog")).remove("defined");
        String old = json.writeValueAsString(tree);
        assertThat(old).doesNotContain("\"defined\"");
        assertThat(SnapshotCodec.read(old, "test").catalog()).isEqualTo(Catalog.empty());
    }
}
