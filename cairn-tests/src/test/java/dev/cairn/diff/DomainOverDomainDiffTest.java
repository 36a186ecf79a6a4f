package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.DomainType;
import dev.cairn.catalog.ObjectRef;
import dev.cairn.catalog.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A domain over a user-defined type depends on it; a change of its comment alone must not also give an
 * ALTER DOMAIN that renders nothing (a change with no statement makes {@code diff} exit 1 and {@code generate} refuse).
 */
class DomainOverDomainDiffTest {

    private static Catalog catalog(String comment) {
        DomainType a = new DomainType("public", "a", "integer", null, false, null, List.of(), null, "app");
        DomainType b = new DomainType("public", "b", "public.a", null, false, null, List.of(), comment, "app",
                List.of(new ObjectRef(ObjectRef.KIND_TYPE, "public", "a")));
        return new Catalog(List.of(new Schema("public", null, "app")), List.of(), List.of(), List.of(a, b), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void identicalDomainsOverADomainGiveNoChange() {
        assertThat(Differ.diff(catalog("x"), catalog("x")).isEmpty()).isTrue();
    }

    @Test
    void aCommentChangeIsOnlyAComment() {
        List<Change> changes = Differ.diff(catalog(null), catalog("positive")).changes();
        assertThat(changes).isNotEmpty().noneMatch(c -> c instanceof Change.AlterDomain);
    }
}
