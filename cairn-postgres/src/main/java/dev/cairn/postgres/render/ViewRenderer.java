package dev.cairn.postgres.render;

import dev.cairn.catalog.View;
import dev.cairn.diff.Change.CreateView;
import dev.cairn.diff.Change.CreateViewTrigger;
import dev.cairn.diff.Change.DropView;
import dev.cairn.diff.Change.DropViewTrigger;
import dev.cairn.diff.Change.ReplaceView;
import dev.cairn.diff.Change.SetViewColumnDefault;
import dev.cairn.plan.SafetyFacts;
import dev.cairn.plan.PlannedStatement;
import java.util.ArrayList;
import java.util.List;

/** Views, materialized views and the triggers on views. A view holds no data of its own, so each change has a reverse. */
final class ViewRenderer {
    private ViewRenderer() {}

    static String viewKind(View v) {
        return v.materialized() ? "materialized view" : "view";
    }

    static String viewQuery(View v) {
        String q = v.definition().strip();
        while (q.endsWith(";")) {
            q = q.substring(0, q.length() - 1).strip();
        }
        return q;
    }

    static String createSql(View v, boolean replace) {
        String checkOption = null;
        List<String> opts = new ArrayList<>();
        for (String o : v.options()) {
            if (o.startsWith("check_option=") && !v.materialized()) {
                checkOption = o.substring("check_option=".length());
            } else {
                opts.add(o);
            }
        }
        return Sql.of(replace ? "CREATE OR REPLACE" : "CREATE").kw(v.materialized() ? "MATERIALIZED VIEW" : "VIEW").name(v.schema(), v.name())
                .append(opts.isEmpty() ? "" : " WITH (" + String.join(", ", opts) + ")")
                .append(" AS\n" + viewQuery(v))
                .append(v.materialized() && v.withNoData() ? "\nWITH NO DATA" : "")
                .append(checkOption == null ? "" : "\n  WITH " + checkOption.toUpperCase() + " CHECK OPTION").toString();
    }

    private static Sql dropSql(View v) {
        return Sql.of(v.materialized() ? "DROP MATERIALIZED VIEW" : "DROP VIEW").name(v.schema(), v.name());
    }

    static List<PlannedStatement> create(CreateView c, SafetyFacts f) {
        View v = c.view();
        return Statements.one(createSql(v, false), "Create " + viewKind(v) + " " + v.qualifiedName(), v.qualifiedName(), f, dropSql(v));
    }

    static List<PlannedStatement> drop(DropView c, SafetyFacts f) {
        View v = c.view();
        // a view reading itself is created from its stand-in (see View#standIn)
        String create = v.readsItself() ? createSql(v.standIn(), false) + ";\n" + createSql(v, true) : createSql(v, false);
        return Statements.one(dropSql(v), "Drop " + viewKind(v) + " " + v.qualifiedName(), v.qualifiedName(), f, create);
    }

    /** CREATE OR REPLACE cannot drop the columns it appended: no reverse then. */
    static List<PlannedStatement> replace(ReplaceView c, SafetyFacts f) {
        boolean appends = c.to().columns().size() > c.from().columns().size();
        return Statements.one(createSql(c.to(), true), "Replace view " + c.to().qualifiedName(), c.to().qualifiedName(), f,
                appends ? null : createSql(c.from(), true));
    }

    /** Inserts through the view use the default (a materialized view's columns have none). Reversed to the old default. */
    static List<PlannedStatement> setDefault(SetViewColumnDefault c, SafetyFacts f) {
        View v = c.view();
        String what = v.qualifiedName() + "." + c.column();
        return Statements.one(defaultSql(v, c.column(), c.to()), (c.to() == null ? "Drop default of " : "Set default of ")
                + viewKind(v) + " column " + what, what, f, defaultSql(v, c.column(), c.from()));
    }

    private static Sql defaultSql(View v, String column, String expr) {
        Sql sql = Sql.of("ALTER VIEW").name(v.schema(), v.name()).kw("ALTER COLUMN").id(column);
        return expr == null ? sql.kw("DROP DEFAULT") : sql.kw("SET DEFAULT").kw(expr);
    }

    static List<PlannedStatement> createTrigger(CreateViewTrigger c, SafetyFacts f) {
        View v = c.view();
        return Statements.one(c.trigger().definition(), "Create trigger " + c.trigger().name() + " on view " + v.qualifiedName(),
                v.qualifiedName() + "." + c.trigger().name(), f, TriggerPolicyRenderer.dropTrigger(c.trigger().name(), v.schema(), v.name()));
    }

    static List<PlannedStatement> dropTrigger(DropViewTrigger c, SafetyFacts f) {
        View v = c.view();
        return Statements.one(TriggerPolicyRenderer.dropTrigger(c.trigger().name(), v.schema(), v.name()),
                "Drop trigger " + c.trigger().name() + " on view " + v.qualifiedName(), v.qualifiedName() + "." + c.trigger().name(), f,
                c.trigger().definition());
    }
}
