package dev.cairn.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
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

    @Property
    void orderMatchesLexicographicOrderOfNumberLists(@ForAll @Size(min = 1, max = 4) List<@IntRange(max = 30) Integer> a,
            @ForAll @Size(min = 1, max = 4) List<@IntRange(max = 30) Integer> b) {
        Version va = Version.parse(String.join(".", a.stream().map(String::valueOf).toList()));
        Version vb = Version.parse(String.join(".", b.stream().map(String::valueOf).toList()));
        assertThat(Integer.signum(va.compareTo(vb))).isEqualTo(Integer.signum(compare(a, b)));
        assertThat(va.equals(vb)).isEqualTo(compare(a, b) == 0);
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
