package dev.cairn.diff.kind;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.RangeType;
import dev.cairn.diff.Change.CreateRange;
import dev.cairn.diff.Change.DropRange;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.Keys;
import dev.cairn.diff.KindDiff;
import dev.cairn.diff.Target;
import dev.cairn.diff.order.Rank;
import java.util.List;
import java.util.Objects;

/** Range types: PostgreSQL cannot alter one, so a changed definition is dropped and created again. */
final class RangeDiff implements KindDiff<RangeType> {

    @Override
    public List<RangeType> objects(Catalog catalog) {
        return catalog.ranges();
    }

    @Override
    public String key(RangeType r) {
        return r.schema() + "." + r.name();
    }

    @Override
    public void added(DiffContext ctx, RangeType r) {
        ctx.create(Rank.CREATE_TYPE, Keys.type(r.schema(), r.name()), key(r), new CreateRange(r));
        CommentsAndOwners.of(ctx, Target.of(Target.Kind.TYPE, r.schema(), r.name()), null, r, RangeType::comment, RangeType::owner, true);
    }

    @Override
    public void changed(DiffContext ctx, RangeType old, RangeType r) {
        String name = key(r);
        String key = Keys.type(r.schema(), r.name());
        boolean fresh = !sameRange(old, r);
        if (fresh) {
            ctx.unsupported(name, "range type definition changes: dropped and created again (fails while columns use it)");
            ctx.drop(Rank.DROP_TO_RECREATE, key, name, new DropRange(old));
            ctx.markChanged(key);
            ctx.create(Rank.CREATE_TYPE, key, name, new CreateRange(r));
        }
        CommentsAndOwners.of(ctx, Target.of(Target.Kind.TYPE, r.schema(), r.name()), old, r, RangeType::comment, RangeType::owner, fresh);
    }

    @Override
    public void removed(DiffContext ctx, RangeType r) {
        String k = Keys.type(r.schema(), r.name());
        ctx.drop(ctx.dropRankOfType(k), k, key(r), new DropRange(r));
        ctx.markChanged(Keys.type(r.schema(), r.name()));
    }

    static boolean sameRange(RangeType a, RangeType b) {
        return a.subtype().equals(b.subtype()) && Objects.equals(a.subtypeOpClass(), b.subtypeOpClass())
                && Objects.equals(a.collation(), b.collation()) && Objects.equals(a.canonical(), b.canonical())
                && Objects.equals(a.subtypeDiff(), b.subtypeDiff())
                && Objects.equals(a.multirangeTypeName(), b.multirangeTypeName());
    }
}
