package dev.cairn.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Walks the registered kinds in order and, for each, pairs the objects of the two catalogs by key and hands
 * the added, changed, unchanged and removed ones to the kind (migra's {@code statements_from_differences},
 * Atlas's {@code sqlx.Diff}). It knows no kind: adding one means registering it, not changing this.
 */
public final class DiffWalker {
    private DiffWalker() {}

    static void walk(DiffContext ctx, List<KindDiff<?>> kinds) {
        for (KindDiff<?> kind : kinds) {
            if (kind.applies(ctx)) {
                walk(ctx, kind);
            }
        }
    }

    private static <T> void walk(DiffContext ctx, KindDiff<T> kind) {
        List<T> fromObjects = kind.objects(ctx.from());
        List<T> toObjects = kind.objects(ctx.to());
        Map<String, T> from = byKey(fromObjects, kind::key);
        Map<String, T> to = byKey(toObjects, kind::key);
        kind.begin(ctx, from, to);
        for (T t : toObjects) {
            T old = from.get(kind.key(t));
            if (old == null) {
                kind.added(ctx, t);
            } else if (Objects.equals(old, t)) {
                kind.unchanged(ctx, old, t);
            } else {
                kind.changed(ctx, old, t);
            }
        }
        for (T o : fromObjects) {
            if (!to.containsKey(kind.key(o))) {
                kind.removed(ctx, o);
            }
        }
        kind.end(ctx);
    }

    /** The objects by key, in their order. */
    public static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(key.apply(i), i));
        return map;
    }
}
