package dev.cairn.catalog;

import java.util.List;

/**
 * A table constraint. {@code definition} is {@code pg_get_constraintdef}'s text (it carries
 * DEFERRABLE, MATCH, ON DELETE/UPDATE, NULLS NOT DISTINCT and NOT VALID). {@code columns} are the
 * constrained columns; {@code referencedTable} is {@code schema.table} for a foreign key, else null.
 */
public record Constraint(String name, Type type, String definition, List<String> columns, String referencedTable,
        boolean validated, String comment) {

    public Constraint {
        columns = List.copyOf(columns);
    }

    public enum Type {
        PRIMARY_KEY, UNIQUE, FOREIGN_KEY, CHECK, EXCLUSION, NOT_NULL
    }
}
