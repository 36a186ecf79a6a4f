package dev.cairn.catalog;

import java.util.List;

/**
 * A table column. {@code type} as {@code format_type} prints it (with modifiers); {@code collation}
 * only when not the type's default; {@code defaultExpr} and {@code generatedExpr} as {@code pg_get_expr}
 * prints them ({@code generatedExpr} set means {@code GENERATED ALWAYS AS (…) STORED}); {@code identity}
 * null unless an identity column. {@code generatedVirtual} (PostgreSQL 18+) means {@code generatedExpr}
 * is a {@code VIRTUAL} generated column rather than a {@code STORED} one. {@code generatedFrom}: the columns of its
 * table a generated column's expression reads (from pg_depend, in column order); null when not known (a snapshot
 * written before they were read, a column built by hand), and then found in the expression's text. {@code inherited}:
 * the column comes from a parent the table inherits from ({@code pg_attribute.attinhcount > 0}, never set on a
 * partition), whether or not the table also declares it itself ({@code attislocal}): no ALTER can make a declared
 * column undeclared, so that flag is not modelled (false in snapshots written before it was read).
 */
public record Column(String name, String type, String collation, boolean notNull, String defaultExpr,
        Identity identity, String generatedExpr, String comment, boolean generatedVirtual, List<String> generatedFrom,
        boolean inherited) {

    public Column {
        generatedFrom = generatedFrom == null ? null : List.copyOf(generatedFrom);
    }

    /** A column the table does not inherit. */
    public Column(String name, String type, String collation, boolean notNull, String defaultExpr, Identity identity,
            String generatedExpr, String comment, boolean generatedVirtual, List<String> generatedFrom) {
        this(name, type, collation, notNull, defaultExpr, identity, generatedExpr, comment, generatedVirtual, generatedFrom, false);
    }

    /** A column whose generated expression's sources are not known. */
    public Column(String name, String type, String collation, boolean notNull, String defaultExpr, Identity identity,
            String generatedExpr, String comment, boolean generatedVirtual, boolean inherited) {
        this(name, type, collation, notNull, defaultExpr, identity, generatedExpr, comment, generatedVirtual, null, inherited);
    }

    /** A column whose generated expression's sources are not known, not inherited. */
    public Column(String name, String type, String collation, boolean notNull, String defaultExpr, Identity identity,
            String generatedExpr, String comment, boolean generatedVirtual) {
        this(name, type, collation, notNull, defaultExpr, identity, generatedExpr, comment, generatedVirtual, null, false);
    }

    /** A column that is not a virtual generated column. */
    public Column(String name, String type, String collation, boolean notNull, String defaultExpr, Identity identity,
            String generatedExpr, String comment) {
        this(name, type, collation, notNull, defaultExpr, identity, generatedExpr, comment, false);
    }

    public Column withIdentity(Identity identity) {
        return new Column(name, type, collation, notNull, defaultExpr, identity, generatedExpr, comment, generatedVirtual,
                generatedFrom, inherited);
    }

    public Column withInherited(boolean inherited) {
        return new Column(name, type, collation, notNull, defaultExpr, identity, generatedExpr, comment, generatedVirtual,
                generatedFrom, inherited);
    }

    /** {@code GENERATED ALWAYS|BY DEFAULT AS IDENTITY (options)}: {@code always} false means BY DEFAULT. */
    public record Identity(boolean always, SequenceOptions options) {}
}
