package dev.cairn.diff.kind;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.CompositeType;
import dev.cairn.catalog.View;
import dev.cairn.diff.Change.AlterComposite;
import dev.cairn.diff.Change.CreateComposite;
import dev.cairn.diff.Change.DropComposite;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.Keys;
import dev.cairn.diff.KindDiff;
import dev.cairn.diff.Target;
import dev.cairn.diff.order.Rank;
import java.util.List;
import java.util.Set;

/** Composite types: attributes altered in place; what uses the type is rebuilt around the change. */
final class CompositeDiff implements KindDiff<CompositeType> {

    @Override
    public List<CompositeType> objects(Catalog catalog) {
        return catalog.composites();
    }

    @Override
    public String key(CompositeType c) {
        return c.schema() + "." + c.name();
    }

    @Override
    public void added(DiffContext ctx, CompositeType c) {
        ctx.create(Rank.CREATE_TYPE, Keys.type(c.schema(), c.name()), key(c), new CreateComposite(c));
        CommentsAndOwners.of(ctx, Target.of(Target.Kind.TYPE, c.schema(), c.name()), null, c, CompositeType::comment, CompositeType::owner, true);
    }

    @Override
    public void changed(DiffContext ctx, CompositeType old, CompositeType c) {
        String key = Keys.type(c.schema(), c.name());
        CompositeType kept = withoutDroppedRowTypes(ctx, key, old);
        if (!kept.attributes().equals(c.attributes())) {
            ctx.create(Rank.CREATE_TYPE, key, key(c), new AlterComposite(kept, c));
            int inPlace = kept.attributesInPlace(c);
            List<String> readded = kept.attributes().stream().map(CompositeType.Attribute::name)
                    .filter(n -> c.attributes().subList(inPlace, c.attributes().size()).stream().anyMatch(a -> a.name().equals(n))).toList();
            if (!readded.isEmpty()) {
                ctx.dataLoss(key(c), "attributes " + readded + " are dropped and added again to reach the target's attribute order: "
                        + "their values in stored rows are lost");
            }
        }
        if (!old.attributes().equals(c.attributes()) || kept != old) {
            ctx.markChanged(key);
        }
        CommentsAndOwners.of(ctx, Target.of(Target.Kind.TYPE, c.schema(), c.name()), old, c, CompositeType::comment, CompositeType::owner, false);
    }

    /** Equal on both sides, but an attribute may use the row type of a view the plan recreates. */
    @Override
    public void unchanged(DiffContext ctx, CompositeType old, CompositeType c) {
        changed(ctx, old, c);
    }

    /**
     * An attribute of a relation's row type whose relation is dropped (or a view recreated) would block the drop: the attributes
     * from the first such one on are dropped before it (in the phase the relation is dropped in) and added again in
     * the target's order with the rest of the change. Returns the type as it is after that early drop.
     */
    private CompositeType withoutDroppedRowTypes(DiffContext ctx, String key, CompositeType old) {
        List<CompositeType.Attribute> attributes = old.attributes();
        int cut = 0;
        while (cut < attributes.size() && !relationGoes(ctx, attributes.get(cut).type())) {
            cut++;
        }
        if (cut == attributes.size()) {
            return old;
        }
        CompositeType kept = new CompositeType(old.schema(), old.name(), attributes.subList(0, cut), old.comment(), old.owner(),
                old.dependsOn());
        ctx.emit(ctx.dropRankByRowTypes(key, Rank.DROP_TABLE_ROW_TYPE_USE, Rank.DROP_TYPE), key(old),
                new AlterComposite(old, kept), Set.of(key), Set.of());
        ctx.dataLoss(key(old), "attributes " + attributes.subList(cut, attributes.size()).stream()
                .map(CompositeType.Attribute::name).toList() + " are dropped before the relation whose row type one of them uses, "
                + "and added again: their values in stored rows are lost");
        return kept;
    }

    /** Whether the type is the row type of a relation the plan drops: one the target lacks, or a view it recreates. */
    private static boolean relationGoes(DiffContext ctx, String type) {
        String key = ctx.rowTypeRelationOf(type);
        if (key == null) {
            return false;
        }
        if (ctx.goesAway(key)) {
            return true;
        }
        View o = ctx.from().views().stream().filter(v -> Keys.relation(v.schema(), v.name()).equals(key)).findFirst().orElse(null);
        View v = ctx.to().views().stream().filter(x -> Keys.relation(x.schema(), x.name()).equals(key)).findFirst().orElse(null);
        return o != null && v != null && !ViewDiff.replaceable(o, v);
    }

    @Override
    public void removed(DiffContext ctx, CompositeType c) {
        String k = Keys.type(c.schema(), c.name());
        ctx.drop(ctx.dropRankOfType(k), k, key(c), new DropComposite(c));
        ctx.markChanged(Keys.type(c.schema(), c.name()));
    }
}
