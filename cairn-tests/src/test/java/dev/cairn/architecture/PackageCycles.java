package dev.cairn.architecture;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The strongly connected sets of a package dependency graph with more than one package (Tarjan's algorithm). */
final class PackageCycles {
    private final Map<String, Set<String>> uses;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new HashSet<>();
    private final List<String> cycles = new ArrayList<>();
    private int next;

    PackageCycles(Map<String, Set<String>> uses) {
        this.uses = uses;
    }

    /** Each cycle as its sorted packages joined by ", ". */
    List<String> cycles() {
        for (String p : new TreeSet<>(uses.keySet())) {
            if (!index.containsKey(p)) {
                visit(p);
            }
        }
        return cycles;
    }

    private void visit(String p) {
        index.put(p, next);
        low.put(p, next++);
        stack.push(p);
        onStack.add(p);
        for (String q : uses.getOrDefault(p, Set.of())) {
            if (!index.containsKey(q)) {
                visit(q);
                low.put(p, Math.min(low.get(p), low.get(q)));
            } else if (onStack.contains(q)) {
                low.put(p, Math.min(low.get(p), index.get(q)));
            }
        }
        if (low.get(p).equals(index.get(p))) {
            Set<String> component = new TreeSet<>();
            String q;
            do {
                q = stack.pop();
                onStack.remove(q);
                component.add(q);
            } while (!q.equals(p));
            if (component.size() > 1) {
                cycles.add(String.join(", ", component));
            }
        }
    }
}
