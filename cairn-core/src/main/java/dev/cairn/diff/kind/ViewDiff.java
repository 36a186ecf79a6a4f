package dev.cairn.diff.kind;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Index;
import dev.cairn.catalog.View;
import dev.cairn.diff.Change.AlterMaterializedViewStorage;
import dev.cairn.diff.Change.CreateIndex;
import dev.cairn.diff.Change.CreateView;
import dev.cairn.diff.Change.DropView;
import dev.cairn.diff.Change.ReplaceView;
import dev.cairn.diff.Change.SetViewColumnDefault;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.Keys;
import dev.cairn.diff.Target;
import dev.cairn.diff.order.Rank;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Views and materialized views with their indexes and triggers: CREATE OR REPLACE where it can, else dropped
 * and created again (see {@link DependentRebuilds}, which {@link RoutineDiff} runs first).
 */
final class ViewDiff extends RecreatableKind<View> {
    /** Ordering keys of a self-reading view's real query (after its stand-in) and of its stand-in before a drop. */
    private static final String QUERY = "#query";
    private static final String STAND_IN = "#stand-in";

    @Override
    public List<View> objects(Catalog catalog) {
        return catalog.views();
    }

    @Override
    public String key(View v) {
        return Keys.relation(v.schema(), v.name());
    }

    @Override
    void compare(DiffContext ctx, View o, View v) {
        String k = key(v);
        boolean fresh = o == null || ctx.isDependentRebuild(k);
        if (o != null && ctx.isDependentRebuild(k)) {
            drop(ctx, o);
            ctx.markRecreated(k);
        }
        if (fresh) {
            create(ctx, v);
            v.indexes().forEach(i -> ctx.plain(Rank.CREATE_INDEX, v.schema() + "." + i.name(), new CreateIndex(v.schema(), v.name(), i)));
        } else {
            if (!o.definition().equals(v.definition())) {
                ctx.create(Rank.CREATE_VIEW, k, k, new ReplaceView(o, v));
            }
            if (v.materialized() && !o.options().equals(v.options())) {
                ctx.create(Rank.CREATE_VIEW, k, k, new AlterMaterializedViewStorage(v, o.options(), v.options()));
            }
            IndexDiff.ofView(ctx, v.schema(), v.name(), o.indexes(), v.indexes());
        }
        TriggerDiff.ofView(ctx, o, v, fresh);
        Target target = Target.of(v.materialized() ? Target.Kind.MATERIALIZED_VIEW : Target.Kind.VIEW, v.schema(), v.name());
        CommentsAndOwners.of(ctx, target, o, v, View::comment, View::owner, fresh);
        columnSettings(ctx, o, v, fresh);
        for (Index i : v.indexes()) {
            Index oi = fresh ? null : o.indexes().stream().filter(x -> x.name().equals(i.name())).findFirst().orElse(null);
            CommentsAndOwners.comment(ctx, Target.of(Target.Kind.INDEX, v.schema(), i.name()), oi == null ? null : oi.comment(),
                    i.comment(), oi == null || !oi.definition().equals(i.definition()));
        }
    }

    /**
     * The comments and defaults of the view's columns: a fresh (created or recreated) view has none, so its target
     * ones are set anew; otherwise set, changed or dropped column by column.
     */
    private static void columnSettings(DiffContext ctx, View o, View v, boolean fresh) {
        for (String column : v.columns()) {
            View.ColumnSetting was = fresh ? null : o.columnSetting(column);
            View.ColumnSetting now = v.columnSetting(column);
            String fromComment = was == null ? null : was.comment();
            String fromDefault = was == null ? null : was.defaultExpr();
            String toComment = now == null ? null : now.comment();
            String toDefault = now == null ? null : now.defaultExpr();
            CommentsAndOwners.comment(ctx, Target.onTable(Target.Kind.COLUMN, v.schema(), v.name(), column), fromComment,
                    toComment, fresh);
            if (!Objects.equals(fromDefault, toDefault)) {
                // after the view is created or replaced, with the routines the default may call
                ctx.plain(Rank.CREATE_TRIGGER, v.qualifiedName() + "." + column,
                        new SetViewColumnDefault(v, column, fromDefault, toDefault));
            }
        }
    }

    @Override
    public void removed(DiffContext ctx, View o) {
        drop(ctx, o);
    }

    /**
     * CREATE VIEW; a view whose query reads itself (directly or through other views, {@link ViewCycles}) is first
     * created as its stand-in (same columns, reading nothing), then given its query by CREATE OR REPLACE once the
     * other views of its cycle exist (as stand-ins at least). What reads the view may use it from the stand-in on.
     */
    private void create(DiffContext ctx, View v) {
        String k = key(v);
        Set<String> cycle = ViewCycles.of(ctx.to(), v);
        if (cycle.isEmpty()) {
            ctx.create(Rank.CREATE_VIEW, k, k, new CreateView(v));
            return;
        }
        View standIn = v.standIn();
        Set<String> needs = new TreeSet<>(ctx.requirementsOf(k));
        needs.removeAll(cycle);
        ctx.emit(Rank.CREATE_VIEW, k, new CreateView(standIn), Set.of(k), needs);
        Set<String> all = new TreeSet<>(ctx.requirementsOf(k));
        all.add(k);
        ctx.emit(Rank.CREATE_VIEW, k, new ReplaceView(standIn, v), Set.of(k + QUERY), all);
    }

    /**
     * DROP VIEW, after what reads it. Views reading each other (a cycle of several, all dropped together since each
     * depends on the others) are first each replaced by their stand-in, which reads nothing: then no DROP waits for
     * another. A view reading only itself drops as it is.
     */
    private void drop(DiffContext ctx, View o) {
        String k = key(o);
        Set<String> cycle = ViewCycles.of(ctx.from(), o);
        if (cycle.size() < 2) {
            // a view whose row type a dropped type uses goes in the drop phase, after the tables using that type
            ctx.drop(ctx.viewDroppedLate(k) ? Rank.DROP_TABLE_ROW_TYPE_USE : Rank.DROP_VIEW_OR_ROUTINE_USE, k, k, new DropView(o));
            return;
        }
        ctx.emit(Rank.DROP_VIEW_ROW_TYPE_USE, k, new ReplaceView(o, o.standIn()), Set.of(k + STAND_IN), Set.of());
        Set<String> after = new TreeSet<>(ctx.dependentsOf(k));
        after.removeAll(cycle);
        cycle.forEach(m -> after.add(m + STAND_IN));
        ctx.emit(Rank.DROP_VIEW_OR_ROUTINE_USE, k, new DropView(o), Set.of(k), after);
    }

    /** CREATE OR REPLACE VIEW can do it: same kind, same options, columns kept in place (new ones appended). */
    static boolean replaceable(View o, View v) {
        if (o.materialized() || v.materialized()) {
            // populated or not (WITH NO DATA) is chosen when it is created: a change recreates it; its storage
            // parameters are altered (ALTER MATERIALIZED VIEW … SET)
            return o.materialized() == v.materialized() && o.definition().equals(v.definition())
                    && o.columns().equals(v.columns()) && o.withNoData() == v.withNoData();
        }
        // without column types in the catalog, only appending columns is taken as safe for
        // CREATE OR REPLACE VIEW (which cannot change an existing column's type)
        return o.options().equals(v.options()) && (o.definition().equals(v.definition())
                || v.columns().size() > o.columns().size() && v.columns().subList(0, o.columns().size()).equals(o.columns()));
    }
}
