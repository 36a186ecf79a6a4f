package dev.cairn.catalog;

import java.util.List;

/**
 * {@code CREATE TYPE … AS RANGE}. Optional parts are null when they are the defaults (for
 * {@code multirangeTypeName}: the name PostgreSQL derives from the range's name). {@code dependsOn}: a
 * user-defined subtype and the canonical and subtype_diff routines, when user-defined.
 */
public record RangeType(String schema, String name, String subtype, String subtypeOpClass, String collation,
        String canonical, String subtypeDiff, String multirangeTypeName, String comment, String owner,
        List<ObjectRef> dependsOn) {
    public RangeType {
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }

    public RangeType(String schema, String name, String subtype, String subtypeOpClass, String collation,
            String canonical, String subtypeDiff, String multirangeTypeName, String comment, String owner) {
        this(schema, name, subtype, subtypeOpClass, collation, canonical, subtypeDiff, multirangeTypeName, comment, owner,
                List.of());
    }
}
