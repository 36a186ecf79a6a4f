package dev.cairn.diff.kind;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Schema;
import dev.cairn.diff.Change.CreateSchema;
import dev.cairn.diff.Change.DropSchema;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.Keys;
import dev.cairn.diff.KindDiff;
import dev.cairn.diff.Target;
import dev.cairn.diff.order.Rank;
import java.util.List;

/** Schemas: created first, dropped last; their comments and owners. */
final class SchemaDiff implements KindDiff<Schema> {

    @Override
    public List<Schema> objects(Catalog catalog) {
        return catalog.schemas();
    }

    @Override
    public String key(Schema s) {
        return s.name();
    }

    @Override
    public void added(DiffContext ctx, Schema s) {
        ctx.create(Rank.CREATE_SCHEMA, Keys.schema(s.name()), s.name(), new CreateSchema(s));
        CommentsAndOwners.of(ctx, Target.of(Target.Kind.SCHEMA, null, s.name()), null, s, Schema::comment, Schema::owner, true);
    }

    @Override
    public void changed(DiffContext ctx, Schema old, Schema s) {
        CommentsAndOwners.of(ctx, Target.of(Target.Kind.SCHEMA, null, s.name()), old, s, Schema::comment, Schema::owner, false);
    }

    @Override
    public void removed(DiffContext ctx, Schema s) {
        ctx.drop(Rank.DROP_SCHEMA, Keys.schema(s.name()), s.name(), new DropSchema(s));
    }
}
