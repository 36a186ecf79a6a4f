package dev.cairn.diff.kind;

import static dev.cairn.diff.DiffWalker.byKey;

import dev.cairn.catalog.Table;
import dev.cairn.catalog.Trigger;
import dev.cairn.catalog.View;
import dev.cairn.diff.Change.CreateTrigger;
import dev.cairn.diff.Change.CreateViewTrigger;
import dev.cairn.diff.Change.DropTrigger;
import dev.cairn.diff.Change.DropViewTrigger;
import dev.cairn.diff.Change.SetTriggerEnabled;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.Keys;
import dev.cairn.diff.Target;
import dev.cairn.diff.order.Rank;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Triggers of tables and views: created, dropped, and dropped and created again when their definition changes,
 * when their WHEN or UPDATE OF names a column whose type changes (PostgreSQL refuses the type change otherwise)
 * or when their function is recreated.
 */
final class TriggerDiff {
    private TriggerDiff() {}

    static void alter(DiffContext ctx, Table f, Table t, Table fromParent, Table parent) {
        String name = t.qualifiedName();
        Map<String, Trigger> ft = byKey(f.triggers(), Trigger::name);
        Map<String, Trigger> tt = byKey(t.triggers(), Trigger::name);
        List<String> changedCols = changedColumns(ctx, name);
        tt.forEach((tn, tr) -> {
            Trigger o = ft.get(tn);
            if (TableParts.inheritedTrigger(parent, tr)) {
                return;
            }
            boolean rebuild = o != null && (!o.definition().equals(tr.definition())
                    || changedCols.stream().anyMatch(col -> TableParts.mentions(condition(o.definition()), col))
                    || ctx.castsToRebuiltType(condition(o.definition())));
            if (rebuild) {
                ctx.plain(Rank.DROP_TRIGGER, name + "." + tn, new DropTrigger(f, o));
                ctx.markTriggerRecreated(name + "." + tn);
            }
            if (o == null || rebuild) {
                ctx.plain(Rank.CREATE_TRIGGER, name + "." + tn, new CreateTrigger(t, tr));
            }
            String was = o == null || rebuild ? "O" : o.enabled();
            if (tr.enabled() != null && !tr.enabled().equals(was)) {
                ctx.plain(Rank.CREATE_TRIGGER, name + "." + tn, new SetTriggerEnabled(t, tr));
            }
        });
        ft.forEach((tn, o) -> {
            if (!tt.containsKey(tn) && !TableParts.inheritedTrigger(fromParent, o)) {
                ctx.plain(Rank.DROP_TRIGGER, name + "." + tn, new DropTrigger(f, o));
            }
        });
    }

    /**
     * The columns of a table whose type changes, is rebuilt, or which are dropped and added again: triggers and
     * policies naming them are recreated.
     */
    static List<String> changedColumns(DiffContext ctx, String qualifiedTable) {
        List<String> changedCols = new ArrayList<>(ctx.retypedColumns(qualifiedTable));
        changedCols.addAll(ctx.rebuiltColumns(qualifiedTable));
        changedCols.addAll(ctx.recreatedColumns(qualifiedTable));
        return changedCols;
    }

    /**
     * The triggers of a view (INSTEAD OF): all created after a view that is new or recreated (they went with the
     * old one), else dropped and created again when their definition changes or their function is recreated.
     */
    static void ofView(DiffContext ctx, View o, View v, boolean fresh) {
        Map<String, Trigger> ft = fresh ? Map.of() : byKey(o.triggers(), Trigger::name);
        for (Trigger tr : v.triggers()) {
            String id = v.qualifiedName() + "." + tr.name();
            Trigger old = ft.get(tr.name());
            boolean again = old != null && (!old.definition().equals(tr.definition()) || functionRecreated(ctx, old));
            if (again) {
                ctx.plain(Rank.DROP_TRIGGER, id, new DropViewTrigger(o, old));
            }
            if (old == null || again) {
                ctx.plain(Rank.CREATE_TRIGGER, id, new CreateViewTrigger(v, tr));
            }
            if (tr.enabled() != null && !List.of("O", "ENABLED").contains(tr.enabled())) {
                ctx.unsupported(id, "trigger on a view is " + tr.enabled() + ": Cairn creates it enabled; set its state by hand");
            }
            CommentsAndOwners.comment(ctx, Target.onTable(Target.Kind.TRIGGER, v.schema(), v.name(), tr.name()),
                    old == null ? null : old.comment(), tr.comment(), old == null || again);
        }
        ft.forEach((n, old) -> {
            if (v.triggers().stream().noneMatch(x -> x.name().equals(n))) {
                ctx.plain(Rank.DROP_TRIGGER, v.qualifiedName() + "." + n, new DropViewTrigger(o, old));
            }
        });
    }

    /** Whether the trigger's function is dropped and created again (the trigger goes with it). */
    static boolean functionRecreated(DiffContext ctx, Trigger t) {
        Matcher m = Pattern.compile("EXECUTE (?:FUNCTION|PROCEDURE) (.+?)\\(").matcher(t.definition());
        if (!m.find()) {
            return false;
        }
        List<String> parts = ctx.rules().parts(m.group(1));
        String schema = parts.size() == 2 ? parts.get(0) : "public";
        String fn = parts.get(parts.size() - 1);
        return ctx.anyRecreated(k -> k.startsWith(Keys.ROUTINE + schema + "." + fn + "(")
                || k.equals(Keys.ROUTINE + schema + "." + fn + "()"));
    }

    /** A trigger definition without its name, table and function: the UPDATE OF columns and the WHEN condition. */
    private static String condition(String def) {
        int on = def.indexOf(" ON ");
        int exec = def.lastIndexOf(" EXECUTE ");
        String events = on < 0 ? "" : def.substring(0, on);
        int forEach = def.indexOf(" FOR EACH ");
        String when = forEach < 0 || exec < forEach ? "" : def.substring(forEach, exec);
        int trigger = events.indexOf(" TRIGGER ");
        int space = trigger < 0 ? -1 : events.indexOf(' ', trigger + 9);
        return (space < 0 ? "" : events.substring(space)) + " " + when;
    }
}
