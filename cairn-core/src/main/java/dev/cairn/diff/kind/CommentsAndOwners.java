package dev.cairn.diff.kind;

import static dev.cairn.diff.DiffWalker.byKey;

import dev.cairn.catalog.Column;
import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.Index;
import dev.cairn.catalog.Policy;
import dev.cairn.catalog.Table;
import dev.cairn.catalog.Trigger;
import dev.cairn.diff.Change.SetComment;
import dev.cairn.diff.Change.SetOwner;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.Target;
import dev.cairn.diff.order.Rank;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Comments and owners of every kind of object. A {@code fresh} object (created, or dropped and created
 * again) has neither, whatever the source catalog said: its target comment and owner are set anew.
 */
final class CommentsAndOwners {
    private CommentsAndOwners() {}

    /** The comment and then the owner of {@code now}, which was {@code old} (null when new). */
    static <T> void of(DiffContext ctx, Target target, T old, T now, Function<T, String> comment, Function<T, String> owner,
            boolean fresh) {
        comment(ctx, target, old == null ? null : comment.apply(old), comment.apply(now), fresh);
        owner(ctx, target, old == null ? null : owner.apply(old), owner.apply(now), fresh);
    }

    static void comment(DiffContext ctx, Target target, String fromComment, String toComment, boolean fresh) {
        String before = fresh ? null : fromComment;
        if (!Objects.equals(before, toComment)) {
            ctx.plain(Rank.COMMENT, target.displayName(), new SetComment(target, toComment));
        }
    }

    /** Owners are compared only when the options ask for it. */
    static void owner(DiffContext ctx, Target target, String fromOwner, String toOwner, boolean fresh) {
        if (ctx.options().ownership() && toOwner != null && (fresh || !toOwner.equals(fromOwner))) {
            ctx.plain(Rank.OWNER, target.displayName(), new SetOwner(target, toOwner));
        }
    }

    /** A table's comment and owner, and the comments of its columns, constraints, indexes, triggers and policies. */
    static void ofTable(DiffContext ctx, Table old, Table table) {
        of(ctx, Target.of(Target.Kind.TABLE, table.schema(), table.name()), old, table, Table::comment, Table::owner, old == null);
        Map<String, Column> oc = old == null ? Map.of() : byKey(old.columns(), Column::name);
        for (Column c : table.columns()) {
            Column o = oc.get(c.name());
            boolean fresh = o == null || ctx.recreatedColumns(table.qualifiedName()).contains(c.name());
            comment(ctx, Target.onTable(Target.Kind.COLUMN, table.schema(), table.name(), c.name()),
                    o == null ? null : o.comment(), c.comment(), fresh);
        }
        Map<String, Constraint> ok = old == null ? Map.of() : byKey(old.constraints(), Constraint::name);
        for (Constraint c : table.constraints()) {
            Constraint o = ok.get(c.name());
            // a validated constraint that becomes NOT VALID is dropped and added again (ConstraintDiff): its comment too
            boolean fresh = o == null || !TableParts.sameConstraint(o, c) || o.validated() && !c.validated()
                    || ctx.isRecreatedAround(table.qualifiedName() + "." + c.name());
            comment(ctx, Target.onTable(Target.Kind.CONSTRAINT, table.schema(), table.name(), c.name()),
                    o == null ? null : o.comment(), c.comment(), fresh);
        }
        Map<String, Index> oi = old == null ? Map.of() : byKey(old.indexes(), Index::name);
        for (Index i : table.indexes()) {
            Index o = oi.get(i.name());
            comment(ctx, Target.of(Target.Kind.INDEX, table.schema(), i.name()), o == null ? null : o.comment(), i.comment(),
                    o == null || !o.definition().equals(i.definition()) || ctx.isRecreatedAround(table.schema() + "." + i.name()));
        }
        Map<String, Trigger> ot = old == null ? Map.of() : byKey(old.triggers(), Trigger::name);
        for (Trigger tr : table.triggers()) {
            Trigger o = ot.get(tr.name());
            comment(ctx, Target.onTable(Target.Kind.TRIGGER, table.schema(), table.name(), tr.name()),
                    o == null ? null : o.comment(), tr.comment(), o == null || ctx.isTriggerRecreated(table.qualifiedName() + "." + tr.name()));
        }
        Map<String, Policy> op = old == null ? Map.of() : byKey(old.policies(), Policy::name);
        for (Policy p : table.policies()) {
            Policy o = op.get(p.name());
            comment(ctx, Target.onTable(Target.Kind.POLICY, table.schema(), table.name(), p.name()),
                    o == null ? null : o.comment(), p.comment(), o == null || PolicyDiff.recreated(o, p)
                            || ctx.isPolicyRecreated(table.qualifiedName() + "." + p.name()));
        }
    }
}
