package dev.cairn.diff.kind;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Table;
import dev.cairn.catalog.Trigger;
import dev.cairn.diff.Change.CreateTrigger;
import dev.cairn.diff.Change.DropTrigger;
import dev.cairn.diff.Change.SetComment;
import dev.cairn.diff.Change.SetTriggerEnabled;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.KindDiff;
import dev.cairn.diff.Target;
import dev.cairn.diff.order.Rank;
import java.util.List;

/**
 * Triggers of kept tables, kept as they are, whose function is dropped and created again (known once routines
 * are compared): the drop of the function takes them along, so they are recreated too.
 */
final class RecreatedFunctionTriggers implements KindDiff<Table> {

    @Override
    public List<Table> objects(Catalog catalog) {
        return catalog.tables();
    }

    @Override
    public String key(Table t) {
        return t.qualifiedName();
    }

    @Override
    public void added(DiffContext ctx, Table t) {}

    @Override
    public void changed(DiffContext ctx, Table f, Table t) {
        if (TableParts.replaced(f, t)) {
            return;
        }
        for (Trigger tr : t.triggers()) {
            String id = t.qualifiedName() + "." + tr.name();
            Trigger o = f.triggers().stream().filter(x -> x.name().equals(tr.name())).findFirst().orElse(null);
            if (o == null || ctx.isTriggerRecreated(id) || !TriggerDiff.functionRecreated(ctx, o)) {
                continue;
            }
            ctx.markTriggerRecreated(id);
            ctx.plain(Rank.DROP_TRIGGER, id, new DropTrigger(f, o));
            ctx.plain(Rank.CREATE_TRIGGER, id, new CreateTrigger(t, tr));
            if (tr.enabled() != null && !tr.enabled().equals("O")) {
                ctx.plain(Rank.CREATE_TRIGGER, id, new SetTriggerEnabled(t, tr));
            }
            if (tr.comment() != null) {
                ctx.plain(Rank.COMMENT, id, new SetComment(Target.onTable(Target.Kind.TRIGGER, t.schema(), t.name(), tr.name()), tr.comment()));
            }
        }
    }

    @Override
    public void unchanged(DiffContext ctx, Table f, Table t) {
        changed(ctx, f, t);
    }

    @Override
    public void removed(DiffContext ctx, Table t) {}
}
