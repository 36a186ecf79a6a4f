package dev.cairn.diff.kind;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.CompositeType;
import dev.cairn.diff.Change.AlterComposite;
import dev.cairn.diff.Change.CreateComposite;
import dev.cairn.diff.Change.DropComposite;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.Keys;
import dev.cairn.diff.KindDiff;
import dev.cairn.diff.Target;
import dev.cairn.diff.order.Rank;
import java.util.List;

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
        if (!old.attributes().equals(c.attributes())) {
            ctx.create(Rank.CREATE_TYPE, key, key(c), new AlterComposite(old, c));
            ctx.markChanged(key);
        }
        CommentsAndOwners.of(ctx, Target.of(Target.Kind.TYPE, c.schema(), c.name()), old, c, CompositeType::comment, CompositeType::owner, false);
    }

    @Override
    public void removed(DiffContext ctx, CompositeType c) {
        String k = Keys.type(c.schema(), c.name());
        ctx.drop(ctx.dropRankOfType(k), k, key(c), new DropComposite(c));
        ctx.markChanged(Keys.type(c.schema(), c.name()));
    }
}
