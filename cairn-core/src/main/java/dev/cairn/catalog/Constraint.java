package dev.cairn.catalog;

import java.util.List;

/**
 * A table constraint. {@code definition} is {@code pg_get_constraintdef}'s text (it carries
 * DEFERRABLE, MATCH, ON DELETE/UPDATE, NULLS NOT DISTINCT and NOT VALID). {@code columns} are the
 * constrained columns; {@code referencedTable} is {@code schema.table} for a foreign key, else null.
 * {@code inherited}: the table has it from a parent it inherits from ({@code pg_constraint.coninhcount > 0}, never
 * set on a partition), whether or not it also declares it ({@code conislocal}, not modelled, as for columns);
 * {@code NO INHERIT} ({@code connoinherit}) is in the definition. False in snapshots written before it was read.
 */
public record Constraint(String name, Type type, String definition, List<String> columns, String referencedTable,
        boolean validated, String comment, boolean inherited) {

    public Constraint {
        columns = List.copyOf(columns);
    }

    /** A constraint the table does not inherit. */
    public Constraint(String name, Type type, String definition, List<String> columns, String referencedTable,
            boolean validated, String comment) {
        this(name, type, definition, columns, referencedTable, validated, comment, false);
    }

    /** {@code CHECK (…) NO INHERIT} (or a NO INHERIT NOT NULL): children do not get it. */
    public boolean noInherit() {
        return definition.contains(" NO INHERIT");
    }

    public enum Type {
        PRIMARY_KEY, UNIQUE, FOREIGN_KEY, CHECK, EXCLUSION, NOT_NULL
    }
}
