package dev.cairn.catalog;

import java.util.List;

/**
 * A function or procedure. {@code identityArguments} as {@code pg_get_function_identity_arguments}
 * prints them (the routine's identity together with schema and name); {@code definition} is
 * {@code pg_get_functiondef}'s whole {@code CREATE OR REPLACE …} text (for an aggregate, which that function
 * does not print, a {@code CREATE OR REPLACE AGGREGATE …} built from {@code pg_aggregate}); {@code dependsOn} the types
 * (and, for SQL-standard bodies, the objects) it uses.
 */
public record Routine(String schema, String name, String identityArguments, Kind kind, String language,
        String returnType, String volatility, boolean securityDefiner, String definition, String comment, String owner,
        List<ObjectRef> dependsOn) {
    public Routine {
        dependsOn = List.copyOf(dependsOn);
    }

    public enum Kind {
        FUNCTION, PROCEDURE, AGGREGATE
    }

    /** {@code name(args)}: how {@link ObjectRef} names a routine. */
    public String signature() {
        return name + "(" + identityArguments + ")";
    }
}
