package dev.cairn.diff.kind;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Column;
import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.Index;
import dev.cairn.catalog.Table;
import dev.cairn.catalog.Trigger;
import dev.cairn.diff.DiffRules;
import dev.cairn.sql.Identifiers;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** What the table kinds (tables, columns, constraints, indexes, triggers, policies) ask about tables and their parts. */
final class TableParts {
    private TableParts() {}

    /** A table that cannot be altered into the target (partitioning changes): dropped and created. */
    static boolean replaced(Table f, Table t) {
        return !Objects.equals(f.partitionKey(), t.partitionKey());
    }

    /** The table's column of that name, or null. */
    static Column column(Table t, String name) {
        return t.columns().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
    }

    /** The partitioned table a partition belongs to, or null. */
    static Table parentOf(DiffRules rules, Catalog c, Table t) {
        if (t.partitionOf() == null) {
            return null;
        }
        List<String> p = rules.parts(t.partitionOf());
        return p.size() == 2 ? c.table(p.get(0), p.get(1)).orElse(null) : c.table(t.schema(), p.get(0)).orElse(null);
    }

    static boolean inheritedConstraint(Table parent, Constraint c) {
        return parent != null && parent.constraints().stream()
                .anyMatch(p -> p.type() == c.type() && p.definition().equals(c.definition()));
    }

    static boolean inheritedTrigger(Table parent, Trigger t) {
        return parent != null && parent.triggers().stream().anyMatch(p -> p.name().equals(t.name()));
    }

    /** An index definition from its {@code USING} on: what it indexes, without its name and table. */
    static String indexTail(String def) {
        int using = def.indexOf(" USING ");
        return using < 0 ? def : def.substring(using);
    }

    static boolean sameConstraint(Constraint a, Constraint b) {
        return a.type() == b.type() && stripNotValid(a.definition()).equals(stripNotValid(b.definition()));
    }

    private static String stripNotValid(String def) {
        return def.endsWith(" NOT VALID") ? def.substring(0, def.length() - " NOT VALID".length()) : def;
    }

    /** Whether an expression names the column (as an identifier, quoted as PostgreSQL would). */
    static boolean mentions(String expr, String column) {
        return expr != null && Pattern.compile("(?<![\\w\"])" + Pattern.quote(Identifiers.quoteIfNeeded(column))
                + "(?![\\w\"])").matcher(expr).find();
    }
}
