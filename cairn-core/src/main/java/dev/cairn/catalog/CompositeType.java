package dev.cairn.catalog;

import java.util.List;

/** {@code CREATE TYPE … AS (…)}: attributes in position order; {@code dependsOn} the user-defined types they use. */
public record CompositeType(String schema, String name, List<Attribute> attributes, String comment, String owner,
        List<ObjectRef> dependsOn) {
    public CompositeType {
        attributes = List.copyOf(attributes);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }

    public CompositeType(String schema, String name, List<Attribute> attributes, String comment, String owner) {
        this(schema, name, attributes, comment, owner, List.of());
    }

    public record Attribute(String name, String type, String collation) {}
}
