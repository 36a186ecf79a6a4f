package dev.cairn.diff.kind;

import dev.cairn.catalog.Column;
import dev.cairn.catalog.CompositeType;
import dev.cairn.catalog.Table;
import dev.cairn.diff.Change.ColumnUse;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.Keys;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns a type rebuild (an enum losing or reordering values, a domain changing base type) or a domain
 * gaining a constraint converts, recorded in the context so that the table kinds rebuild the constraints,
 * indexes, policies and triggers around them and views and routines using them are recreated.
 */
final class TypeRebuilds {
    private TypeRebuilds() {}

    /**
     * The columns of kept tables that use a type being rebuilt (their views and routines are rebuilt
     * around it); their defaults are restored by the rebuild.
     */
    static List<ColumnUse> usesOf(DiffContext ctx, String key) {
        ctx.markChanged(key);
        ctx.markTypeRebuilt(key);
        List<ColumnUse> uses = new ArrayList<>();
        for (Table t : ctx.from().tables()) {
            if (t.partitionOf() != null) {
                continue;
            }
            Table target = ctx.to().table(t.schema(), t.name()).orElse(null);
            if (target == null || TableParts.replaced(t, target)) {
                continue;
            }
            for (Column c : t.columns()) {
                if (!key.equals(ctx.typeKeyOf(c.type()))) {
                    continue;
                }
                Column tc = TableParts.column(target, c.name());
                if (tc == null || tc.generatedExpr() != null || c.generatedExpr() != null) {
                    continue; // dropped before
                }
                String def = key.equals(ctx.typeKeyOf(tc.type())) ? tc.defaultExpr() : null;
                if (key.equals(ctx.typeKeyOf(tc.type()))) {
                    ctx.markDefaultHandled(Keys.column(t.schema(), t.name(), c.name()));
                }
                ctx.markColumnRebuilt(t.qualifiedName(), c.name());
                uses.add(new ColumnUse(t.schema(), t.name(), new Column(c.name(), c.type(), c.collation(),
                        c.notNull(), def, c.identity(), c.generatedExpr(), c.comment()), ctx.rules().isArray(c.type())));
                ctx.markChanged(Keys.column(t.schema(), t.name(), c.name()));
            }
        }
        return uses;
    }

    /**
     * The columns of kept tables whose type is a composite type holding (maybe through other composites) the
     * type {@code key}, with the same type before and after; their constraints, indexes and dependents are
     * rebuilt around the change like those of a rebuilt type's columns.
     */
    static List<ColumnUse> compositeUsesOf(DiffContext ctx, String key) {
        Set<String> holders = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (CompositeType c : ctx.from().composites()) {
                String ck = Keys.type(c.schema(), c.name());
                if (!holders.contains(ck) && c.attributes().stream().map(a -> ctx.typeKeyOf(a.type()))
                        .anyMatch(k -> key.equals(k) || holders.contains(k))) {
                    holders.add(ck);
                    grew = true;
                }
            }
        }
        List<ColumnUse> uses = new ArrayList<>();
        for (Table t : ctx.from().tables()) {
            Table target = ctx.to().table(t.schema(), t.name()).orElse(null);
            if (t.partitionOf() != null || target == null || TableParts.replaced(t, target)) {
                continue;
            }
            for (Column c : t.columns()) {
                Column tc = TableParts.column(target, c.name());
                if (tc == null || !tc.type().equals(c.type()) || c.generatedExpr() != null || tc.generatedExpr() != null
                        || !holders.contains(ctx.typeKeyOf(c.type()))) {
                    continue;
                }
                String ck = Keys.column(t.schema(), t.name(), c.name());
                ctx.markDefaultHandled(ck);
                ctx.markChanged(ck);
                ctx.markColumnRebuilt(t.qualifiedName(), c.name());
                uses.add(new ColumnUse(t.schema(), t.name(), c, ctx.rules().isArray(c.type())));
            }
        }
        return uses;
    }
}
