package dev.cairn.diff.kind;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Column;
import dev.cairn.catalog.DomainType;
import dev.cairn.diff.Change.AlterDomain;
import dev.cairn.diff.Change.ColumnUse;
import dev.cairn.diff.Change.ColumnsThroughText;
import dev.cairn.diff.Change.CreateDomain;
import dev.cairn.diff.Change.DropDomain;
import dev.cairn.diff.Change.RebuildDomain;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.Keys;
import dev.cairn.diff.KindDiff;
import dev.cairn.diff.Target;
import dev.cairn.diff.order.Rank;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Domains: a new base type or collation rebuilds the domain, converting its columns; other changes are ALTER
 * DOMAIN. A constraint gained while columns hold the domain inside a composite type takes those columns through
 * text around the change (PostgreSQL cannot check composite values in place).
 */
final class DomainDiff implements KindDiff<DomainType> {

    @Override
    public List<DomainType> objects(Catalog catalog) {
        return catalog.domains();
    }

    @Override
    public String key(DomainType d) {
        return d.schema() + "." + d.name();
    }

    @Override
    public void added(DiffContext ctx, DomainType d) {
        ctx.create(Rank.CREATE_TYPE, Keys.type(d.schema(), d.name()), key(d), new CreateDomain(d));
        CommentsAndOwners.of(ctx, Target.of(Target.Kind.DOMAIN, d.schema(), d.name()), null, d, DomainType::comment, DomainType::owner, true);
    }

    @Override
    public void changed(DiffContext ctx, DomainType old, DomainType d) {
        String name = key(d);
        String key = Keys.type(d.schema(), d.name());
        boolean fresh = false;
        if (!old.baseType().equals(d.baseType()) || !Objects.equals(old.collation(), d.collation())) {
            List<ColumnUse> uses = TypeRebuilds.usesOf(ctx, key);
            ctx.emit(Rank.CREATE_TYPE, name, new RebuildDomain(old, d, uses), Set.of(key), ctx.requirementsOf(key));
            fresh = true;
        } else if (!old.equals(new DomainType(old.schema(), old.name(), old.baseType(), old.collation(), d.notNull(),
                d.defaultExpr(), d.checks(), old.comment(), old.owner(), old.dependsOn()))) {
            // dependsOn kept: a domain over a user-defined type would otherwise always differ (an empty ALTER DOMAIN)
            boolean constrains = d.notNull() && !old.notNull() || d.checks().stream().anyMatch(c -> !old.checks().contains(c)
                    && !c.definition().endsWith("NOT VALID"));
            List<ColumnUse> inComposites = constrains ? TypeRebuilds.compositeUsesOf(ctx, key) : List.of();
            if (!inComposites.isEmpty()) {
                ctx.create(Rank.CREATE_TYPE, key, name, new ColumnsThroughText(inComposites, false));
            }
            ctx.create(Rank.CREATE_TYPE, key, name, new AlterDomain(old, d));
            if (!inComposites.isEmpty()) {
                ctx.create(Rank.CREATE_TYPE, key, name, new ColumnsThroughText(inComposites.stream().map(u -> {
                    Column tc = TableParts.column(ctx.to().table(u.schema(), u.table()).orElseThrow(), u.column().name());
                    Objects.requireNonNull(tc);
                    return new ColumnUse(u.schema(), u.table(), new Column(u.column().name(), u.column().type(),
                            u.column().collation(), u.column().notNull(), tc.defaultExpr(), null, null, null), u.array());
                }).toList(), true));
            }
        }
        CommentsAndOwners.of(ctx, Target.of(Target.Kind.DOMAIN, d.schema(), d.name()), old, d, DomainType::comment, DomainType::owner, fresh);
    }

    @Override
    public void removed(DiffContext ctx, DomainType d) {
        String k = Keys.type(d.schema(), d.name());
        ctx.drop(ctx.dropRankOfType(k), k, key(d), new DropDomain(d));
        ctx.markChanged(Keys.type(d.schema(), d.name()));
    }
}
