package dev.cairn.catalog;

import java.util.List;

/** {@code CREATE TYPE … AS (…)}: attributes in position order. */
public record CompositeType(String schema, String name, List<Attribute> attributes, String comment, String owner) {
    public CompositeType {
        attributes = List.copyOf(attributes);
    }

    public record Attribute(String name, String type, String collation) {}
}
