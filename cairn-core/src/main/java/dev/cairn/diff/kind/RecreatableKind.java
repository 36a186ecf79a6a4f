package dev.cairn.diff.kind;

import dev.cairn.diff.DiffContext;
import dev.cairn.diff.KindDiff;

/**
 * A kind whose objects may be dropped and created again because of other kinds' changes (views, routines): an
 * object present on both sides is compared even when it is equal, and an added one goes the same way.
 */
abstract class RecreatableKind<T> implements KindDiff<T> {

    /** Compares {@code now} with {@code old}, which is null when the object is new. */
    abstract void compare(DiffContext ctx, T old, T now);

    @Override
    public final void added(DiffContext ctx, T now) {
        compare(ctx, null, now);
    }

    @Override
    public final void changed(DiffContext ctx, T old, T now) {
        compare(ctx, old, now);
    }

    @Override
    public final void unchanged(DiffContext ctx, T old, T now) {
        compare(ctx, old, now);
    }
}
