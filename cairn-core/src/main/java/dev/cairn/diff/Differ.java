package dev.cairn.diff;

import dev.cairn.catalog.Catalog;
import dev.cairn.diff.DiffRules;
import java.util.ServiceLoader;

/**
 * Compares two catalogs and returns the ordered changes that turn {@code from} into {@code to}.
 *
 * <p>The order comes in {@link dev.cairn.diff.order.Phase phases}, each ordered by a dependency graph built from
 * the catalogs ({@code dependsOn}, column types, partition parents), ties broken by
 * {@link dev.cairn.diff.order.Rank rank} then name:
 * <ol>
 * <li>{@code PRE_DROP}: drop what goes or must be rebuilt around a change: triggers, policies, views (dependents
 * first), routines being recreated, foreign keys, other constraints, indexes;</li>
 * <li>{@code DROP}: detach partitions, drop routines, tables and columns that go (foreign keys between dropped
 * tables go first);</li>
 * <li>{@code RENAME}: explicit renames of tables and columns, renames of constraints, indexes and sequences;</li>
 * <li>{@code CREATE}: create and alter schemas, extensions, types, sequences, routines, tables, columns, views, in
 * dependency order;</li>
 * <li>{@code POST}: constraints (foreign keys after every table exists), indexes, triggers, policies, row
 * security, sequence ownership, comments, owners, grants;</li>
 * <li>{@code FINAL_DROP}: drop types, sequences, extensions and schemas that are gone (dependents first).</li>
 * <li>{@code LAST}: create event triggers, which would fire on the statements before.</li>
 * </ol>
 * Views and routines that depend on a changed column, type, view or routine are dropped in {@code PRE_DROP}
 * and recreated in {@code CREATE}, transitively. Around a column whose type is rebuilt (an enum losing or
 * reordering values, a domain changing base type, a domain gaining a constraint while the column holds it
 * inside a composite), the checks, partial and expression indexes, policies and trigger conditions that use
 * the column or cast to the type are dropped in {@code PRE_DROP} and recreated in {@code POST} (PostgreSQL would re-read
 * them with the old type's constants, or refuses the change); a plain type change does so for policies and
 * trigger conditions, which PostgreSQL refuses to carry over.
 *
 * <p><b>Column order is not compared.</b> PostgreSQL appends new columns and cannot reorder existing ones;
 * like Atlas and migra, Cairn does not rebuild a table to reproduce a position. When the target's column
 * order differs from what the changes give because they append a column the target puts before an existing
 * one, the change set carries a {@link Warning.Kind#COLUMN_ORDER} warning naming both orders (once: an order
 * that already differed before the change is not warned about again).
 *
 * <p>The comparison itself is spread over one class per object kind ({@code dev.cairn.diff.kind}), which the
 * {@link DiffWalker} hands the added, changed and removed objects of each kind; they share a {@link DiffContext}
 * and leave the ordering to {@link dev.cairn.diff.order.ChangeOrder}.
 */
public final class Differ {
    private Differ() {}

    private static final KindRegistry KINDS = ServiceLoader.load(KindRegistry.class, Differ.class.getClassLoader())
            .findFirst().orElseThrow(() -> new IllegalStateException("no " + KindRegistry.class.getName() + " on the class path"));

    /** The dialect's type rules, registered like the kinds (the dialect package depends on this one, not back). */
    private static final DiffRules RULES = ServiceLoader.load(DiffRules.class, Differ.class.getClassLoader())
            .findFirst().orElseThrow(() -> new IllegalStateException("no " + DiffRules.class.getName() + " on the class path"));

    public static ChangeSet diff(Catalog from, Catalog to) {
        return diff(from, to, DiffOptions.defaults());
    }

    public static ChangeSet diff(Catalog from, Catalog to, DiffOptions options) {
        return diff(from, to, options, RULES);
    }

    /** Compares with the type rules of a dialect. */
    public static ChangeSet diff(Catalog from, Catalog to, DiffOptions options, DiffRules rules) {
        DiffContext ctx = new DiffContext(from, to, options, rules);
        ctx.compareFrom(KINDS.applyRenames(ctx));
        DiffWalker.walk(ctx, KINDS.kinds());
        return ctx.result();
    }
}
