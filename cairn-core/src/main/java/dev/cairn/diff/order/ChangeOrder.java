package dev.cairn.diff.order;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The changes a diff found, with what each provides and requires, put in the order they must run: phase by
 * phase ({@link Phase}), each phase sorted topologically over the dependency keys (Kahn's algorithm), ties
 * broken by {@link Rank}, object name and the order the changes were added; a cycle is broken at its smallest
 * change by that same order. Several changes to one object keep the order they were added in. Generic in the
 * change type so the ordering knows nothing of the differ (which depends on it).
 */
public final class ChangeOrder<C> {
    private record Node<C>(C change, Rank rank, String name, int seq, Set<String> provides, Set<String> requires) {}

    private static final Comparator<Node<?>> TIE = Comparator.<Node<?>, Rank>comparing(Node::rank).thenComparing(Node::name)
            .thenComparingInt(Node::seq);

    private final List<Node<C>> nodes = new ArrayList<>();

    /**
     * Adds a change on object {@code name}: it provides the dependency keys {@code provides} (the object it
     * creates, alters or drops) and runs after the changes of its phase that provide any of {@code requires}.
     */
    public void add(Rank rank, String name, C change, Set<String> provides, Set<String> requires) {
        nodes.add(new Node<>(change, rank, name, nodes.size(), provides, requires));
    }

    /** Every change added, in the order to run them. */
    public List<C> ordered() {
        List<C> out = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            List<Node<C>> inPhase = nodes.stream().filter(n -> n.rank().phase() == phase).toList();
            topo(inPhase).forEach(n -> out.add(n.change()));
        }
        return out;
    }

    /** Kahn's algorithm, ties by (rank, name, emission order); a cycle is broken at its smallest node. */
    private static <C> List<Node<C>> topo(List<Node<C>> nodes) {
        Map<String, List<Node<C>>> providers = new HashMap<>();
        nodes.forEach(n -> n.provides().forEach(k -> providers.computeIfAbsent(k, x -> new ArrayList<>()).add(n)));
        Map<Node<C>, Set<Node<C>>> preds = new HashMap<>();
        Map<Node<C>, Set<Node<C>>> succs = new HashMap<>();
        for (Node<C> n : nodes) {
            preds.put(n, new HashSet<>());
            succs.computeIfAbsent(n, x -> new HashSet<>());
        }
        for (Node<C> n : nodes) {
            for (String req : n.requires()) {
                for (Node<C> p : providers.getOrDefault(req, List.of())) {
                    if (p != n && !p.provides().stream().anyMatch(n.provides()::contains)) {
                        preds.get(n).add(p);
                        succs.get(p).add(n);
                    }
                }
            }
        }
        // several changes to one object keep their emission order
        Map<String, List<Node<C>>> byObject = new HashMap<>();
        for (Node<C> n : nodes) {
            for (String k : n.provides()) {
                byObject.computeIfAbsent(k, x -> new ArrayList<>()).add(n);
            }
        }
        byObject.values().forEach(list -> {
            for (int i = 1; i < list.size(); i++) {
                preds.get(list.get(i)).add(list.get(i - 1));
                succs.get(list.get(i - 1)).add(list.get(i));
            }
        });
        TreeSet<Node<C>> ready = new TreeSet<>(TIE);
        TreeSet<Node<C>> waiting = new TreeSet<>(TIE);
        for (Node<C> n : nodes) {
            (preds.get(n).isEmpty() ? ready : waiting).add(n);
        }
        List<Node<C>> out = new ArrayList<>();
        while (!ready.isEmpty() || !waiting.isEmpty()) {
            // an empty ready set means a cycle: break it at the smallest waiting node
            Node<C> n = ready.isEmpty() ? waiting.first() : ready.first();
            ready.remove(n);
            waiting.remove(n);
            out.add(n);
            for (Node<C> s : succs.get(n)) {
                Set<Node<C>> ps = preds.get(s);
                ps.remove(n);
                if (ps.isEmpty() && waiting.remove(s)) {
                    ready.add(s);
                }
            }
        }
        return out;
    }
}
