package dev.cairn.diff;

import dev.cairn.catalog.Catalog;
import java.util.List;

/**
 * The object kinds a comparison walks, in order, and the explicit renames applied before them. Found with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.cairn.diff.KindRegistry}) so that this
 * package, which the kinds build on, does not depend on them.
 */
public interface KindRegistry {

    /** Applies the explicit renames of the options to the source catalog, emitting them; returns the renamed catalog. */
    Catalog applyRenames(DiffContext ctx);

    /** A fresh instance of every kind, for one comparison, in the order they are compared. */
    List<KindDiff<?>> kinds();
}
