package dev.cairn.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /**
     * How many of {@code target}'s first attributes this type already has in that order, once the attributes the
     * target lacks are dropped: ALTER TYPE … ADD ATTRIBUTE appends, so the ones after them are dropped and added again.
     */
    public int attributesInPlace(CompositeType target) {
        Set<String> names = new HashSet<>();
        target.attributes().forEach(a -> names.add(a.name()));
        List<String> surviving = attributes.stream().map(Attribute::name).filter(names::contains).toList();
        int n = 0;
        while (n < surviving.size() && surviving.get(n).equals(target.attributes().get(n).name())) {
            n++;
        }
        return n;
    }

    public record Attribute(String name, String type, String collation) {}
}
