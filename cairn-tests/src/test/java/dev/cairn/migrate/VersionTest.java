package dev.cairn.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import dev.cairn.testing.Gen;
import dev.cairn.testing.Seeded;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void comparesNumericallyPartByPart() {
        List<String> sorted = new ArrayList<>(List.of("10", "2", "1.1", "1", "1.10", "1.2", "1.1.1"));
        List<Version> versions = new ArrayList<>(sorted.stream().map(Version::parse).toList());
        Collections.sort(versions);
        assertThat(versions).extracting(Version::toString).containsExactly("1", "1.1", "1.1.1", "1.2", "1.10", "2", "10");
    }

    @Test
    void underscoresAreDotsAndTrailingZerosDoNotCount() {
        assertThat(Version.parse("1_1")).isEqualTo(Version.parse("1.1"));
        assertThat(Version.parse("1.0")).isEqualTo(Version.parse("1")).hasSameHashCodeAs(Version.parse("1"));
        assertThat(Version.parse("1.0.0").canonical()).isEqualTo("1");
        assertThat(Version.parse("2024_03_01").toString()).isEqualTo("2024.03.01");
    }

    @Test
    void rejectsNonVersions() {
        assertThatThrownBy(() -> Version.parse("1.a")).isInstanceOf(CairnException.class).hasMessageContaining("'1.a'");
        assertThatThrownBy(() -> Version.parse("")).isInstanceOf(CairnException.class);
        assertThatThrownBy(() -> Version.parse("1..2")).isInstanceOf(CairnException.class);
    }

    /** Two versions written as dot-separated numbers. */
    record Pair(List<Integer> a, List<Integer> b) {}

    @Test
    void orderMatchesLexicographicOrderOfNumberLists() {
        // Small numbers, 0 and 1 often, and a second version that is often the first one slightly
        // changed (a trailing zero, one more part, one part changed, one part fewer): the close calls
        // where comparisons go wrong come up in many tries, not once in thousands.
        Gen<Integer> part = Gen.frequency(1, Gen.of(0, 1, 30), 1, Gen.ints(0, 30));
        Gen<List<Integer>> parts = part.list(1, 4);
        Gen<Pair> pairs = r -> {
            List<Integer> a = parts.next(r);
            if (r.nextBoolean()) {
                return new Pair(a, parts.next(r));
            }
            List<Integer> b = new ArrayList<>(a);
            switch (r.nextInt(4)) {
                case 0 -> b.add(0);
                case 1 -> b.add(part.next(r));
                case 2 -> b.set(r.nextInt(b.size()), part.next(r));
                default -> {
                    if (b.size() > 1) {
                        b.remove(b.size() - 1);
                    }
                }
            }
            return r.nextBoolean() ? new Pair(a, b) : new Pair(b, a);
        };
        Seeded.forAll("version order is the order of its number lists", 5_550_173_902_113L, 1000, pairs, pair -> {
            List<Integer> a = pair.a();
            List<Integer> b = pair.b();
            Version va = Version.parse(String.join(".", a.stream().map(String::valueOf).toList()));
            Version vb = Version.parse(String.join(".", b.stream().map(String::valueOf).toList()));
            assertThat(Integer.signum(va.compareTo(vb))).isEqualTo(Integer.signum(compare(a, b)));
            assertThat(va.equals(vb)).isEqualTo(compare(a, b) == 0);
        });
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int x = i < a.size() ? a.get(i) : 0;
            int y = i < b.size() ? b.get(i) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }
}
