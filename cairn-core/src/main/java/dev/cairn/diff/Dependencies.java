package dev.cairn.diff;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.DefinedObject;
import dev.cairn.catalog.ObjectRef;
import dev.cairn.catalog.CompositeType;
import dev.cairn.catalog.DomainType;
import dev.cairn.catalog.EnumType;
import dev.cairn.catalog.RangeType;
import dev.cairn.catalog.Routine;
import dev.cairn.catalog.Sequence;
import dev.cairn.catalog.Table;
import dev.cairn.catalog.View;
import dev.cairn.diff.DiffRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What each object of a catalog depends on, by {@link Keys key}: its schema, the types it uses, what it reads. */
final class Dependencies {
    private Dependencies() {}

    static Map<String, Set<String>> of(Catalog c, TypeKeys types, DiffRules rules) {
        Map<String, Set<String>> deps = new HashMap<>();
        for (EnumType t : c.enums()) {
            deps.computeIfAbsent(Keys.type(t.schema(), t.name()), k -> new TreeSet<>()).add(Keys.schema(t.schema()));
        }
        for (DomainType t : c.domains()) {
            Set<String> d = deps.computeIfAbsent(Keys.type(t.schema(), t.name()), k -> new TreeSet<>());
            d.add(Keys.schema(t.schema()));
            addIfNotNull(d, types.ofOrRowType(t.baseType()));
            addDefined(d, t.dependsOn());
        }
        for (CompositeType t : c.composites()) {
            Set<String> d = deps.computeIfAbsent(Keys.type(t.schema(), t.name()), k -> new TreeSet<>());
            d.add(Keys.schema(t.schema()));
            t.attributes().forEach(a -> addIfNotNull(d, types.ofOrRowType(a.type())));
            addDefined(d, t.dependsOn());
        }
        for (RangeType t : c.ranges()) {
            Set<String> d = deps.computeIfAbsent(Keys.type(t.schema(), t.name()), k -> new TreeSet<>());
            d.add(Keys.schema(t.schema()));
            addIfNotNull(d, types.ofOrRowType(t.subtype()));
            addDefined(d, t.dependsOn());
        }
        for (Sequence s : c.sequences()) {
            deps.computeIfAbsent(Keys.relation(s.schema(), s.name()), k -> new TreeSet<>()).add(Keys.schema(s.schema()));
        }
        for (Table t : c.tables()) {
            deps.put(Keys.relation(t.schema(), t.name()), tableDeps(t, types, rules));
        }
        for (View v : c.views()) {
            Set<String> d = deps.computeIfAbsent(Keys.relation(v.schema(), v.name()), k -> new TreeSet<>());
            d.add(Keys.schema(v.schema()));
            v.dependsOn().forEach(r -> d.add(Keys.of(r)));
        }
        for (Routine r : c.routines()) {
            Set<String> d = deps.computeIfAbsent(Keys.routine(r), k -> new TreeSet<>());
            d.add(Keys.schema(r.schema()));
            r.dependsOn().forEach(x -> d.add(Keys.of(x)));
        }
        for (DefinedObject o : c.defined()) {
            Set<String> d = deps.computeIfAbsent(Keys.defined(o), k -> new TreeSet<>());
            if (o.schema() != null) {
                d.add(Keys.schema(o.schema()));
            }
            o.dependsOn().forEach(x -> d.add(Keys.of(x)));
        }
        deps.forEach((k, d) -> d.remove(k));
        return deps;
    }

    /**
     * Only the {@link DefinedObject}s a type uses (a domain's collation): its other dependencies (the routines its
     * checks call) are left to the type's own ordering, which creates types before routines.
     */
    private static void addDefined(Set<String> d, List<ObjectRef> refs) {
        refs.stream().map(Keys::of).filter(k -> k.startsWith(Keys.DEFINED)).forEach(d::add);
    }

    /** Inverts {@link #of}: what depends on each key. */
    static Map<String, Set<String>> dependents(Map<String, Set<String>> deps) {
        Map<String, Set<String>> dependents = new HashMap<>();
        deps.forEach((k, ds) -> ds.forEach(d -> dependents.computeIfAbsent(d, x -> new TreeSet<>()).add(k)));
        return dependents;
    }

    private static Set<String> tableDeps(Table t, TypeKeys types, DiffRules rules) {
        Set<String> d = new TreeSet<>();
        d.add(Keys.schema(t.schema()));
        t.dependsOn().forEach(r -> d.add(Keys.of(r)));
        t.columns().forEach(col -> addIfNotNull(d, types.ofOrRowType(col.type())));
        if (t.partitionOf() != null) {
            List<String> p = rules.parts(t.partitionOf());
            d.add(p.size() == 2 ? Keys.relation(p.get(0), p.get(1)) : Keys.relation(t.schema(), p.get(0)));
        }
        d.remove(Keys.relation(t.schema(), t.name()));
        return d;
    }

    private static void addIfNotNull(Set<String> set, String v) {
        if (v != null) {
            set.add(v);
        }
    }
}
