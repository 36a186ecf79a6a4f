package dev.cairn.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Column;
import dev.cairn.catalog.Table;
import dev.cairn.config.DriftSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The drift filter keeps what it does not ignore of a table whole: its parents and storage parameters too. */
class CatalogFilterInheritanceTest {

    @Test
    void keepsParentsAndStorageParameters() {
        Table child = new Table("public", "book", false,
                List.of(new Column("id", "integer", null, true, null, null, null, null, false, true),
                        new Column("legacy", "text", null, false, null, null, null, null)),
                List.of(), List.of(), List.of(), List.of(), false, false, null, null, null, null, "app", List.of())
                .withInherits(List.of("public.item")).withStorageParameters(List.of("fillfactor=70"));
        Catalog c = new Catalog(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(child),
                List.of(), List.of(), List.of());
        Table filtered = new CatalogFilter(new DriftSettings(List.of("public.book.legacy"), List.of())).apply(c).tables().get(0);
        assertThat(filtered.inherits()).containsExactly("public.item");
        assertThat(filtered.storageParameters()).containsExactly("fillfactor=70");
        assertThat(filtered.columns()).extracting(Column::name).containsExactly("id");
        assertThat(filtered.columns().get(0).inherited()).isTrue();
    }
}
