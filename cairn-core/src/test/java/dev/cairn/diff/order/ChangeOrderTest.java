package dev.cairn.diff.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.catalog.Schema;
import dev.cairn.diff.Change;
import dev.cairn.diff.Change.CreateSchema;
import dev.cairn.diff.Change.DropSchema;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeOrderTest {

    static Change create(String name) {
        return new CreateSchema(new Schema(name, null, null));
    }

    @Test
    void phasesComeInOrderWhateverTheOrderChangesWereAdded() {
        ChangeOrder<Change> order = new ChangeOrder<>();
        order.add(Rank.DROP_SCHEMA, "z", new DropSchema(new Schema("z", null, null)), Set.of(), Set.of());
        order.add(Rank.GRANT, "g", create("g"), Set.of(), Set.of());
        order.add(Rank.CREATE_SCHEMA, "c", create("c"), Set.of(), Set.of());
        order.add(Rank.DROP_TRIGGER, "t", create("t"), Set.of(), Set.of());

        assertThat(names(order.ordered())).containsExactly("t", "c", "g", "z");
    }

    @Test
    void withinAPhaseDependenciesFirstThenRankThenName() {
        ChangeOrder<Change> order = new ChangeOrder<>();
        order.add(Rank.CREATE_VIEW, "a_view", create("a_view"), Set.of("v"), Set.of("t"));
        order.add(Rank.CREATE_TABLE, "b_table", create("b_table"), Set.of("t"), Set.of());
        order.add(Rank.CREATE_SCHEMA, "z_schema", create("z_schema"), Set.of("s"), Set.of());
        order.add(Rank.CREATE_SCHEMA, "y_schema", create("y_schema"), Set.of("s2"), Set.of());

        assertThat(names(order.ordered())).containsExactly("y_schema", "z_schema", "b_table", "a_view");
    }

    @Test
    void aCycleIsBrokenAtItsSmallestChange() {
        ChangeOrder<Change> order = new ChangeOrder<>();
        order.add(Rank.CREATE_VIEW, "b", create("b"), Set.of("kb"), Set.of("ka"));
        order.add(Rank.CREATE_VIEW, "a", create("a"), Set.of("ka"), Set.of("kb"));
        order.add(Rank.CREATE_VIEW, "c", create("c"), Set.of("kc"), Set.of("kb"));

        assertThat(names(order.ordered())).containsExactly("a", "b", "c");
    }

    @Test
    void ranksOfAPhaseAreDeclaredTogether() {
        Phase last = Phase.values()[0];
        for (Rank r : Rank.values()) {
            assertThat(r.phase().compareTo(last)).as(r.name()).isGreaterThanOrEqualTo(0);
            last = r.phase();
        }
    }

    static List<String> names(List<Change> changes) {
        return changes.stream().map(c -> c instanceof CreateSchema s ? s.schema().name() : ((DropSchema) c).schema().name()).toList();
    }
}
