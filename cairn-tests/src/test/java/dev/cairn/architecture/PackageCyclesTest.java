package dev.cairn.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PackageCyclesTest {

    @Test
    void findsEachCycleOnceAndIgnoresChains() {
        Map<String, Set<String>> uses = Map.of(
                "a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a", "d"),
                "d", Set.of("e"), "e", Set.of(),
                "x", Set.of("y"), "y", Set.of("x"));
        assertThat(new PackageCycles(uses).cycles()).containsExactlyInAnyOrder("a, b, c", "x, y");
    }

    @Test
    void aDagHasNoCycles() {
        assertThat(new PackageCycles(Map.of("a", Set.of("b", "c"), "b", Set.of("c"), "c", Set.of())).cycles()).isEmpty();
    }
}
