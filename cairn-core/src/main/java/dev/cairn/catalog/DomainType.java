package dev.cairn.catalog;

import java.util.List;

/**
 * {@code CREATE DOMAIN}: base type as {@code format_type} prints it, and its named CHECK constraints.
 * {@code dependsOn}: the base type and the routines its checks and default use, when user-defined.
 */
public record DomainType(String schema, String name, String baseType, String collation, boolean notNull,
        String defaultExpr, List<Check> checks, String comment, String owner, List<ObjectRef> dependsOn) {
    public DomainType {
        checks = List.copyOf(checks);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }

    public DomainType(String schema, String name, String baseType, String collation, boolean notNull,
            String defaultExpr, List<Check> checks, String comment, String owner) {
        this(schema, name, baseType, collation, notNull, defaultExpr, checks, comment, owner, List.of());
    }

    /** A named check; {@code definition} as {@code pg_get_constraintdef} prints it ({@code CHECK (…)}, maybe {@code NOT VALID}). */
    public record Check(String name, String definition) {}
}
