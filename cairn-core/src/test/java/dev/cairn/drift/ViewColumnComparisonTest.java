package dev.cairn.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.View;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drift sees a view column's comment and default, and whether a materialized view is populated. */
class ViewColumnComparisonTest {

    private static Catalog with(View v) {
        return new Catalog(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(v), List.of(), List.of());
    }

    private static View view(boolean materialized, List<View.ColumnSetting> settings, boolean withNoData) {
        return new View("public", "v", materialized, " SELECT 1 AS a, 2 AS b;", List.of("a", "b"), List.of(), List.of(),
                null, "app", List.of(), List.of(), settings, withNoData);
    }

    @Test
    void columnCommentAndDefaultDiffer() {
        List<Difference> d = CatalogComparison.compare(
                with(view(false, List.of(new View.ColumnSetting("a", "key", null)), false)),
                with(view(false, List.of(new View.ColumnSetting("b", null, "0")), false)));
        assertThat(d).extracting(x -> x.object() + " " + x.attribute() + " " + x.expected() + " -> " + x.actual())
                .containsExactly("public.v.a comment 'key' -> none", "public.v.b default none -> 0");
    }

    @Test
    void populatedDiffers() {
        List<Difference> d = CatalogComparison.compare(with(view(true, List.of(), true)), with(view(true, List.of(), false)));
        assertThat(d).extracting(x -> x.expected() + " -> " + x.actual()).containsExactly("WITH NO DATA -> populated");
    }

    @Test
    void sameViewsDoNotDiffer() {
        View v = view(true, List.of(new View.ColumnSetting("a", "key", null)), true);
        assertThat(CatalogComparison.compare(with(v), with(v))).isEmpty();
    }
}
