package dev.cairn.catalog;

import java.util.List;

/** {@code CREATE DOMAIN}: base type as {@code format_type} prints it, and its named CHECK constraints. */
public record DomainType(String schema, String name, String baseType, String collation, boolean notNull,
        String defaultExpr, List<Check> checks, String comment, String owner) {
    public DomainType {
        checks = List.copyOf(checks);
    }

    /** A named check; {@code definition} as {@code pg_get_constraintdef} prints it ({@code CHECK (…)}, maybe {@code NOT VALID}). */
    public record Check(String name, String definition) {}
}
