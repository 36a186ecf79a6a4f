package dev.cairn.diff.kind;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.ObjectRef;
import dev.cairn.catalog.View;
import dev.cairn.diff.Keys;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Views whose query reads themselves, directly ({@link View#readsItself}) or through other views (a reads b,
 * b reads a: each was once created over the other's older definition, then replaced). Neither can be created by
 * one CREATE VIEW nor dropped by one DROP VIEW while the other reads it; {@link ViewDiff} goes through stand-ins.
 */
final class ViewCycles {
    private ViewCycles() {}

    /**
     * The keys of the views of {@code catalog} on the same cycle as {@code view} (itself included), or an empty set
     * when its query does not read itself.
     */
    static Set<String> of(Catalog catalog, View view) {
        Map<String, List<String>> reads = new HashMap<>();
        for (View v : catalog.views()) {
            reads.put(key(v), v.dependsOn().stream().filter(r -> r.kind().equals(ObjectRef.KIND_VIEW))
                    .map(Keys::of).toList());
        }
        String start = key(view);
        Set<String> reachable = reach(reads, start);
        if (!reachable.contains(start) && !view.readsItself()) {
            return Set.of(); // the common case: one walk over what the view reads
        }
        Set<String> cycle = new TreeSet<>();
        for (String other : reachable) {
            if (reach(reads, other).contains(start)) {
                cycle.add(other);
            }
        }
        if (view.readsItself()) {
            cycle.add(start);
        }
        return cycle;
    }

    static String key(View v) {
        return Keys.relation(v.schema(), v.name());
    }

    /** The views reachable from {@code start} over one or more reads. */
    private static Set<String> reach(Map<String, List<String>> reads, String start) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(reads.getOrDefault(start, List.of()));
        while (!todo.isEmpty()) {
            String k = todo.pop();
            if (seen.add(k)) {
                todo.addAll(reads.getOrDefault(k, List.of()));
            }
        }
        return seen;
    }
}
