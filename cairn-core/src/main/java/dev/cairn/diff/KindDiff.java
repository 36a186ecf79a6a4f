package dev.cairn.diff;

import dev.cairn.catalog.Catalog;
import java.util.List;
import java.util.Map;

/**
 * How one kind of object is compared. The {@link DiffWalker} pairs the objects of the two catalogs by
 * {@link #key} and hands each pair over: first the objects of the target in its order ({@link #added} or
 * {@link #changed} / {@link #unchanged}), then the objects only the source has ({@link #removed}). A kind
 * emits its changes into the {@link DiffContext} and records there what later kinds need to know.
 *
 * <p>An instance serves one comparison, so a kind may keep what it learns between the calls in fields.
 */
public interface KindDiff<T> {

    /** The objects of this kind in a catalog, in catalog order. */
    List<T> objects(Catalog catalog);

    /** What pairs an object with its counterpart in the other catalog. */
    String key(T object);

    /** Whether this kind is compared at all under the options (e.g. privileges only when asked for). */
    default boolean applies(DiffContext ctx) {
        return true;
    }

    /** Before the pairs are handed over: both sides by key, in catalog order. */
    default void begin(DiffContext ctx, Map<String, T> from, Map<String, T> to) {}

    /** Only the target has it. */
    void added(DiffContext ctx, T object);

    /** Both have it and it differs. */
    void changed(DiffContext ctx, T from, T to);

    /**
     * Both have it, equal; a kind whose objects are rebuilt around other kinds' changes (views, routines,
     * tables with objects depending on a rebuilt type) still has work to do here.
     */
    default void unchanged(DiffContext ctx, T from, T to) {}

    /** Only the source has it. */
    void removed(DiffContext ctx, T object);

    /** After every pair. */
    default void end(DiffContext ctx) {}
}
