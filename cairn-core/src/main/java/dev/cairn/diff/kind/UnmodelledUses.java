package dev.cairn.diff.kind;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.DefinedKind;
import dev.cairn.catalog.ObjectRef;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.KindDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Not a kind of its own: warns about target objects that use a user object of a kind Cairn does not model (an
 * operator, an operator class, a procedural language…, {@link ObjectRef#KIND_UNMODELLED}) which nothing in the source
 * uses. Cairn cannot create that object, so the statements creating its users would fail unless it is made by hand
 * first: the warning names both instead of leaving the failure to the apply.
 */
final class UnmodelledUses implements KindDiff<Object> {

    @Override
    public List<Object> objects(Catalog catalog) {
        return List.of();
    }

    @Override
    public String key(Object object) {
        return "";
    }

    @Override
    public void added(DiffContext ctx, Object object) {}

    @Override
    public void changed(DiffContext ctx, Object from, Object to) {}

    @Override
    public void removed(DiffContext ctx, Object object) {}

    @Override
    public void end(DiffContext ctx) {
        Set<String> known = new TreeSet<>();
        users(ctx.from()).values().forEach(known::addAll);
        ctx.from().defined().stream().filter(d -> d.kind() == DefinedKind.UNMODELLED).forEach(d -> known.add(d.name()));
        users(ctx.to()).forEach((object, refs) -> {
            List<String> missing = refs.stream().filter(r -> !known.contains(r)).toList();
            if (!missing.isEmpty()) {
                ctx.unsupported(object, "uses " + String.join(", ", missing) + ", which Cairn does not model: the plan"
                        + " cannot create " + (missing.size() == 1 ? "it" : "them") + "; create " + (missing.size() == 1 ? "it" : "them")
                        + " by hand before applying it");
            }
        });
    }

    /** The objects of a catalog that use unmodelled ones, by qualified name, with what they use. */
    private static Map<String, List<String>> users(Catalog c) {
        Map<String, List<String>> out = new TreeMap<>();
        Stream.of(
                c.tables().stream().map(t -> use(t.qualifiedName(), t.dependsOn())),
                c.views().stream().map(v -> use(v.qualifiedName(), v.dependsOn())),
                c.routines().stream().map(r -> use(r.schema() + "." + r.signature(), r.dependsOn())),
                c.domains().stream().map(t -> use(t.schema() + "." + t.name(), t.dependsOn())),
                c.composites().stream().map(t -> use(t.schema() + "." + t.name(), t.dependsOn())),
                c.ranges().stream().map(t -> use(t.schema() + "." + t.name(), t.dependsOn())),
                c.defined().stream().filter(d -> d.kind() != DefinedKind.UNMODELLED).map(d -> use(d.describe(), d.dependsOn())))
                .flatMap(s -> s).filter(u -> !u.refs().isEmpty()).forEach(u -> out.put(u.object(), u.refs()));
        return out;
    }

    private record Use(String object, List<String> refs) {}

    private static Use use(String object, List<ObjectRef> deps) {
        List<String> refs = new ArrayList<>();
        deps.stream().filter(r -> r.kind().equals(ObjectRef.KIND_UNMODELLED)).forEach(r -> refs.add(r.name()));
        return new Use(object, refs);
    }
}
