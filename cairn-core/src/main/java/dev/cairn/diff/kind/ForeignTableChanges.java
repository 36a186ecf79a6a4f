package dev.cairn.diff.kind;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.DefinedKind;
import dev.cairn.catalog.DefinedObject;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.Keys;
import dev.cairn.diff.KindDiff;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Foreign tables that {@link DefinedDiff} will drop and create again (their definition changes, or their server or
 * wrapper is created again), recorded as changed before routines and views are compared, so that the views and
 * routines using them are rebuilt around them like around a changed column. The objects themselves are compared by
 * {@link DefinedDiff}.
 */
final class ForeignTableChanges implements KindDiff<DefinedObject> {
    private static final Set<DefinedKind> FOREIGN = Set.of(DefinedKind.FOREIGN_DATA_WRAPPER, DefinedKind.FOREIGN_SERVER,
            DefinedKind.FOREIGN_TABLE);

    @Override
    public List<DefinedObject> objects(Catalog catalog) {
        return catalog.defined().stream().filter(o -> FOREIGN.contains(o.kind())).toList();
    }

    @Override
    public String key(DefinedObject o) {
        return Keys.defined(o);
    }

    @Override
    public void begin(DiffContext ctx, Map<String, DefinedObject> from, Map<String, DefinedObject> to) {
        Set<String> recreated = new TreeSet<>();
        to.forEach((k, t) -> {
            DefinedObject o = from.get(k);
            if (o != null && !o.create().equals(t.create())) {
                recreated.add(k);
            }
        });
        boolean grew = true;
        while (grew) { // a wrapper or server created again takes its servers and foreign tables along
            grew = false;
            for (Map.Entry<String, DefinedObject> e : from.entrySet()) {
                if (to.containsKey(e.getKey()) && !recreated.contains(e.getKey())
                        && e.getValue().dependsOn().stream().map(Keys::of).anyMatch(recreated::contains)) {
                    recreated.add(e.getKey());
                    grew = true;
                }
            }
        }
        recreated.stream().filter(k -> from.get(k).kind() == DefinedKind.FOREIGN_TABLE).forEach(ctx::markChanged);
    }

    @Override
    public void added(DiffContext ctx, DefinedObject object) {}

    @Override
    public void changed(DiffContext ctx, DefinedObject from, DefinedObject to) {}

    @Override
    public void removed(DiffContext ctx, DefinedObject object) {}
}
