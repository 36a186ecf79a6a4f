package dev.cairn.diff.kind;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.DomainType;
import dev.cairn.catalog.EnumType;
import dev.cairn.diff.Change.AddEnumValue;
import dev.cairn.diff.Change.ColumnUse;
import dev.cairn.diff.Change.CreateEnum;
import dev.cairn.diff.Change.DropEnum;
import dev.cairn.diff.Change.RebuildEnum;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.Keys;
import dev.cairn.diff.KindDiff;
import dev.cairn.diff.Target;
import dev.cairn.diff.order.Rank;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Enum types: values only added (in place) become ADD VALUE; any other change of the values rebuilds the type,
 * converting the columns that use it.
 */
final class EnumDiff implements KindDiff<EnumType> {

    @Override
    public List<EnumType> objects(Catalog catalog) {
        return catalog.enums();
    }

    @Override
    public String key(EnumType e) {
        return e.schema() + "." + e.name();
    }

    @Override
    public void added(DiffContext ctx, EnumType e) {
        ctx.create(Rank.CREATE_TYPE, Keys.type(e.schema(), e.name()), key(e), new CreateEnum(e));
        CommentsAndOwners.of(ctx, Target.of(Target.Kind.TYPE, e.schema(), e.name()), null, e, EnumType::comment, EnumType::owner, true);
    }

    @Override
    public void changed(DiffContext ctx, EnumType old, EnumType e) {
        String key = Keys.type(e.schema(), e.name());
        String name = key(e);
        boolean fresh = false;
        if (!old.labels().equals(e.labels())) {
            if (isSubsequence(old.labels(), e.labels())) {
                List<String> labels = e.labels();
                for (int i = 0; i < labels.size(); i++) {
                    String label = labels.get(i);
                    if (old.labels().contains(label)) {
                        continue;
                    }
                    String after = i > 0 ? labels.get(i - 1) : null;
                    String before = i == 0 && !old.labels().isEmpty() ? old.labels().get(0) : null;
                    ctx.create(Rank.CREATE_TYPE, key, name, new AddEnumValue(e, label, before, after));
                }
            } else {
                rebuild(ctx, old, e);
                fresh = true;
            }
        }
        CommentsAndOwners.of(ctx, Target.of(Target.Kind.TYPE, e.schema(), e.name()), old, e, EnumType::comment, EnumType::owner, fresh);
    }

    @Override
    public void removed(DiffContext ctx, EnumType e) {
        ctx.drop(Rank.DROP_TYPE, Keys.type(e.schema(), e.name()), key(e), new DropEnum(e));
        ctx.markChanged(Keys.type(e.schema(), e.name()));
    }

    static boolean isSubsequence(List<String> small, List<String> big) {
        int j = 0;
        for (String s : big) {
            if (j < small.size() && small.get(j).equals(s)) {
                j++;
            }
        }
        return j == small.size();
    }

    private static void rebuild(DiffContext ctx, EnumType old, EnumType e) {
        String key = Keys.type(e.schema(), e.name());
        List<ColumnUse> uses = TypeRebuilds.usesOf(ctx, key);
        for (DomainType d : ctx.from().domains()) {
            if (key.equals(ctx.typeKeyOf(d.baseType()))) {
                ctx.unsupported(d.schema() + "." + d.name(), "domain over enum " + e.schema() + "." + e.name()
                        + ", which is rebuilt: recreate the domain by hand");
            }
        }
        List<String> removed = old.labels().stream().filter(l -> !e.labels().contains(l)).toList();
        if (!removed.isEmpty()) {
            ctx.dataLoss(e.schema() + "." + e.name(), "enum values " + removed + " are removed; rows holding them make the conversion fail");
        }
        Set<String> req = new TreeSet<>(ctx.requirementsOf(key));
        ctx.emit(Rank.CREATE_TYPE, e.schema() + "." + e.name(), new RebuildEnum(old, e, uses, removed), Set.of(key), req);
    }
}
