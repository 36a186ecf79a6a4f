package dev.cairn.catalog;

import java.util.List;

/** {@code CREATE TYPE … AS ENUM}: {@code labels} in their sort order. */
public record EnumType(String schema, String name, List<String> labels, String comment, String owner) {
    public EnumType {
        labels = List.copyOf(labels);
    }
}
