package dev.cairn.diff.kind;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Extension;
import dev.cairn.diff.Change.CreateExtension;
import dev.cairn.diff.Change.DropExtension;
import dev.cairn.diff.Change.UpdateExtension;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.Keys;
import dev.cairn.diff.KindDiff;
import dev.cairn.diff.Target;
import dev.cairn.diff.order.Rank;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Extensions: created after their schema at the target's version, updated to the target version along the server's
 * update path (none: a warning naming both versions, no statement); one moving schema is dropped and created again.
 */
final class ExtensionDiff implements KindDiff<Extension> {

    @Override
    public List<Extension> objects(Catalog catalog) {
        return catalog.extensions();
    }

    @Override
    public String key(Extension e) {
        return e.name();
    }

    @Override
    public void added(DiffContext ctx, Extension e) {
        create(ctx, e);
        comment(ctx, null, e);
    }

    @Override
    public void changed(DiffContext ctx, Extension old, Extension e) {
        if (!Objects.equals(old.schema(), e.schema())) {
            ctx.unsupported(e.name(), "extension moves from schema " + old.schema() + " to " + e.schema() + ": dropped and created again");
            ctx.drop(Rank.DROP_TO_RECREATE, Keys.extension(e.name()), e.name(), new DropExtension(old));
            create(ctx, e);
        } else if (e.version() != null && !e.version().equals(old.version())) {
            if (old.updatableTo() == null || old.updatableTo().contains(e.version())) {
                ctx.plain(Rank.CREATE_EXTENSION, e.name(), new UpdateExtension(old, e));
            } else {
                ctx.unsupported(e.name(), "extension " + e.name() + " is at version " + old.version() + " and cannot be changed to "
                        + e.version() + ": the server has no update path from " + old.version() + " to " + e.version()
                        + (old.updatableTo().isEmpty() ? " (none from " + old.version() + ")"
                                : " (from " + old.version() + " it reaches " + String.join(", ", old.updatableTo()) + ")")
                        + "; extensions are not downgraded. Keep version " + old.version()
                        + " in the schema, or drop and create the extension in a hand-written migration");
            }
        }
        comment(ctx, old, e);
    }

    private static void create(DiffContext ctx, Extension e) {
        ctx.emit(Rank.CREATE_EXTENSION, e.name(), new CreateExtension(e), Set.of(Keys.extension(e.name())),
                Set.of(Keys.schema(e.schema())));
    }

    private static void comment(DiffContext ctx, Extension old, Extension e) {
        CommentsAndOwners.comment(ctx, Target.of(Target.Kind.EXTENSION, null, e.name()), old == null ? null : old.comment(),
                e.comment(), old == null || !Objects.equals(old.schema(), e.schema()));
    }

    @Override
    public void removed(DiffContext ctx, Extension e) {
        ctx.drop(Rank.DROP_EXTENSION, Keys.extension(e.name()), e.name(), new DropExtension(e));
    }
}
