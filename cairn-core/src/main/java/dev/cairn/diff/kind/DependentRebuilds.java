package dev.cairn.diff.kind;

import static dev.cairn.diff.DiffWalker.byKey;

import dev.cairn.catalog.Column;
import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.Index;
import dev.cairn.catalog.ObjectRef;
import dev.cairn.catalog.Routine;
import dev.cairn.catalog.Table;
import dev.cairn.catalog.View;
import dev.cairn.diff.Change.AddConstraint;
import dev.cairn.diff.Change.DropConstraint;
import dev.cairn.diff.Change.DropIndex;
import dev.cairn.diff.Change.SetColumnDefault;
import dev.cairn.diff.Change.SetComment;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.Keys;
import dev.cairn.diff.Target;
import dev.cairn.diff.order.Rank;
import dev.cairn.sql.Identifiers;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which views and routines are dropped and created again: those CREATE OR REPLACE cannot change, and,
 * transitively, those depending on a changed column, type, view or routine. A routine dropped and created
 * again takes along the column defaults, check constraints and indexes of kept tables that call it: those
 * are dropped before and restored after.
 */
final class DependentRebuilds {
    private DependentRebuilds() {}

    /** Finds the views and routines to rebuild, records them in the context and guards what calls the routines. */
    static void find(DiffContext ctx, Map<String, Routine> fr, Map<String, Routine> tr) {
        Map<String, View> fv = byKey(ctx.from().views(), v -> Keys.relation(v.schema(), v.name()));
        Map<String, View> tv = byKey(ctx.to().views(), v -> Keys.relation(v.schema(), v.name()));
        Set<String> rebuild = new TreeSet<>();
        // direct causes
        tv.forEach((k, v) -> {
            View o = fv.get(k);
            if (o != null && !ViewDiff.replaceable(o, v)) {
                rebuild.add(k);
            }
        });
        fv.keySet().stream().filter(k -> !tv.containsKey(k)).forEach(ctx::markChanged);
        tr.forEach((k, r) -> {
            Routine o = fr.get(k);
            if (o != null && (o.kind() != r.kind() || !Objects.equals(o.returnType(), r.returnType())
                    || !RoutineDiff.replaceableSignature(o, r))) {
                rebuild.add(k);
            }
        });
        fr.keySet().stream().filter(k -> !tr.containsKey(k)).forEach(ctx::markChanged);
        rebuild.forEach(ctx::markChanged);
        // transitive dependents of whatever changed
        boolean grew = true;
        while (grew) {
            grew = false;
            for (View v : ctx.from().views()) {
                String k = Keys.relation(v.schema(), v.name());
                if (!ctx.isChanged(k) && dependsOnChanged(ctx, v.dependsOn())) {
                    ctx.markChanged(k);
                    rebuild.add(k);
                    grew = true;
                }
            }
            for (Routine r : ctx.from().routines()) {
                String k = Keys.routine(r);
                if (!ctx.isChanged(k) && dependsOnChanged(ctx, r.dependsOn())) {
                    ctx.markChanged(k);
                    rebuild.add(k);
                    grew = true;
                }
            }
        }
        rebuild.forEach(ctx::markDependentRebuild);
        aroundRebuiltRoutines(ctx, rebuild.stream().filter(k -> k.startsWith(Keys.ROUTINE) && tr.containsKey(k))
                .map(fr::get).filter(Objects::nonNull).toList());
    }

    static boolean dependsOnChanged(DiffContext ctx, List<ObjectRef> refs) {
        Set<String> tablesWithColumnRefs = refs.stream().filter(r -> r.kind().equals(ObjectRef.KIND_COLUMN))
                .map(r -> r.schema() + "." + Keys.tableOfColumnRef(r.name())).collect(Collectors.toSet());
        for (ObjectRef r : refs) {
            if (r.kind().equals(ObjectRef.KIND_COLUMN)) {
                if (ctx.isChanged(Keys.COLUMN + r.schema() + "." + r.name())) {
                    return true;
                }
                continue;
            }
            String k = Keys.of(r);
            if (ctx.isChanged(k)) {
                return true;
            }
            if (k.startsWith(Keys.RELATION) && !tablesWithColumnRefs.contains(k.substring(Keys.RELATION.length()))) {
                if (ctx.anyColumnChanged(Keys.COLUMN + k.substring(Keys.RELATION.length()) + ".")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A routine dropped and created again takes along the column defaults, check constraints and
     * indexes of kept tables that call it: drop those before, restore them after.
     */
    private static void aroundRebuiltRoutines(DiffContext ctx, List<Routine> routines) {
        if (routines.isEmpty()) {
            return;
        }
        List<Pattern> calls = routines.stream().map(r -> Pattern.compile("(?<![\\w\"])"
                + Pattern.quote(Identifiers.quoteIfNeeded(r.name())) + "\\(")).toList();
        Predicate<String> uses = text -> text != null && calls.stream().anyMatch(p -> p.matcher(text).find());
        for (Table f : ctx.from().tables()) {
            Table t = ctx.to().table(f.schema(), f.name()).orElse(null);
            if (t == null || TableParts.replaced(f, t)) {
                continue;
            }
            String name = t.qualifiedName();
            String key = Keys.relation(t.schema(), t.name());
            for (Column c : f.columns()) {
                Column tc = TableParts.column(t, c.name());
                String ck = Keys.column(t.schema(), t.name(), c.name());
                if (tc != null && uses.test(c.defaultExpr()) && !ctx.isDefaultHandled(ck)) {
                    ctx.plain(Rank.DROP_VIEW_OR_ROUTINE_USE, name, new SetColumnDefault(f, c, null));
                    if (tc.defaultExpr() != null && tc.defaultExpr().equals(c.defaultExpr())) {
                        ctx.create(Rank.ALTER_TABLE, key, name, new SetColumnDefault(t, tc, tc.defaultExpr()));
                    }
                }
            }
            for (Constraint c : f.constraints()) {
                Constraint tc = t.constraints().stream().filter(x -> x.name().equals(c.name())).findFirst().orElse(null);
                if (tc != null && TableParts.sameConstraint(c, tc) && uses.test(c.definition())) {
                    ctx.plain(Rank.DROP_VIEW_OR_ROUTINE_USE, name + "." + c.name(), new DropConstraint(f, c));
                    ctx.plain(Rank.ADD_CONSTRAINT, name + "." + c.name(), new AddConstraint(t, tc));
                    if (tc.comment() != null) {
                        ctx.plain(Rank.COMMENT, name + "." + c.name(), new SetComment(Target.onTable(Target.Kind.CONSTRAINT,
                                t.schema(), t.name(), tc.name()), tc.comment()));
                    }
                }
            }
            for (Index i : f.indexes()) {
                Index ti = t.indexes().stream().filter(x -> x.name().equals(i.name())).findFirst().orElse(null);
                if (ti != null && ti.definition().equals(i.definition()) && uses.test(TableParts.indexTail(i.definition()))) {
                    ctx.plain(Rank.DROP_VIEW_OR_ROUTINE_USE, t.schema() + "." + i.name(), new DropIndex(t.schema(), t.name(), i));
                    PartitionIndexes.create(ctx, t, ti);
                    if (ti.comment() != null) {
                        ctx.plain(Rank.COMMENT, t.schema() + "." + i.name(), new SetComment(Target.of(Target.Kind.INDEX, t.schema(),
                                ti.name()), ti.comment()));
                    }
                }
            }
        }
    }
}
