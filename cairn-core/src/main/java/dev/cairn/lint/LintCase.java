package dev.cairn.lint;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Column;
import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.Schema;
import dev.cairn.catalog.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A script a rule must fire on ({@code fires}) or must stay silent on, linted as one versioned migration with the
 * given {@code before} catalog (null: nothing known) and no lock timeout unless the script sets one.
 */
public record LintCase(String script, boolean fires, Catalog before, String why) {

    public static LintCase fires(String script) {
        return new LintCase(script, true, null, null);
    }

    public static LintCase passes(String script) {
        return new LintCase(script, false, null, null);
    }

    public LintCase because(String reason) {
        return new LintCase(script, fires, before, reason);
    }

    /** The same case with a before catalog holding one table ({@code public.t}) with columns {@code "name type"}. */
    public LintCase withTable(String qualifiedTable, String... columns) {
        return withBefore(table(qualifiedTable, List.of(), columns));
    }

    public LintCase withBefore(Catalog catalog) {
        return new LintCase(script, fires, catalog, why);
    }

    /**
     * A before catalog with one table: {@code columns} as {@code "name type"} (type as {@code format_type} prints it),
     * {@code checks} as validated CHECK constraint definitions ({@code "CHECK ((email IS NOT NULL))"}).
     */
    public static Catalog table(String qualifiedTable, List<String> checks, String... columns) {
        int dot = qualifiedTable.indexOf('.');
        String schema = qualifiedTable.substring(0, dot);
        String name = qualifiedTable.substring(dot + 1);
        List<Column> cols = new ArrayList<>();
        for (String c : columns) {
            int space = c.indexOf(' ');
            cols.add(new Column(c.substring(0, space), c.substring(space + 1), null, false, null, null, null, null));
        }
        List<Constraint> cons = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            cons.add(new Constraint(name + "_check" + i, Constraint.Type.CHECK, checks.get(i), List.of(), null, true, null));
        }
        Table table = new Table(schema, name, false, cols, cons, List.of(), List.of(), List.of(), false, false, null, null,
                null, null, null, List.of());
        return new Catalog(List.of(new Schema(schema, null, null)), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(table), List.of(), List.of(), List.of());
    }
}
