package dev.cairn.diff.kind;

import static dev.cairn.diff.DiffWalker.byKey;

import dev.cairn.catalog.Policy;
import dev.cairn.catalog.Table;
import dev.cairn.diff.Change.AlterPolicy;
import dev.cairn.diff.Change.CreatePolicy;
import dev.cairn.diff.Change.DropPolicy;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.order.Rank;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Row-level security policies of a kept table: altered in place when only roles or expressions change,
 * dropped and created again when their command or permissiveness changes, or when they use a column whose
 * type changes (PostgreSQL refuses to change the type of a column a policy uses).
 */
final class PolicyDiff {
    private PolicyDiff() {}

    static void alter(DiffContext ctx, Table f, Table t) {
        String name = t.qualifiedName();
        Map<String, Policy> fp = byKey(f.policies(), Policy::name);
        Map<String, Policy> tp = byKey(t.policies(), Policy::name);
        List<String> retyped = TriggerDiff.changedColumns(ctx, name);
        tp.forEach((pn, p) -> {
            Policy o = fp.get(pn);
            boolean onRetyped = o != null && (retyped.stream().anyMatch(c -> TableParts.mentions(o.using(), c)
                    || TableParts.mentions(o.withCheck(), c))
                    || ctx.castsToRebuiltType(o.using()) || ctx.castsToRebuiltType(o.withCheck()));
            if (onRetyped) {
                ctx.markPolicyRecreated(name + "." + pn);
            }
            if (o == null || recreated(o, p) || onRetyped) {
                if (o != null) {
                    ctx.plain(Rank.DROP_POLICY, name + "." + pn, new DropPolicy(f, o));
                }
                ctx.plain(Rank.CREATE_POLICY, name + "." + pn, new CreatePolicy(t, p));
            } else if (!o.roles().equals(p.roles()) || !Objects.equals(o.using(), p.using())
                    || !Objects.equals(o.withCheck(), p.withCheck())) {
                ctx.plain(Rank.CREATE_POLICY, name + "." + pn, new AlterPolicy(t, o, p));
            }
        });
        fp.forEach((pn, o) -> {
            if (!tp.containsKey(pn)) {
                ctx.plain(Rank.DROP_POLICY, name + "." + pn, new DropPolicy(f, o));
            }
        });
    }

    /** ALTER POLICY cannot change the command or permissiveness: the policy is dropped and created again. */
    static boolean recreated(Policy o, Policy p) {
        return !o.command().equals(p.command()) || o.permissive() != p.permissive();
    }
}
