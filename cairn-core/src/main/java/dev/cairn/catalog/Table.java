package dev.cairn.catalog;

import java.util.List;

/**
 * A table. {@code partitionKey} is {@code pg_get_partkeydef}'s text for a partitioned table, else null;
 * {@code partitionOf} ({@code schema.table}) and {@code partitionBound} ({@code FOR VALUES …} or
 * {@code DEFAULT}) are set for a partition. {@code dependsOn} lists what the table needs to exist first
 * (types of its columns, sequences and functions its defaults use, the parent it is a partition of).
 */
public record Table(String schema, String name, boolean unlogged, List<Column> columns, List<Constraint> constraints,
        List<Index> indexes, List<Trigger> triggers, List<Policy> policies, boolean rowSecurity, boolean forceRowSecurity,
        String partitionKey, String partitionOf, String partitionBound, String comment, String owner,
        List<ObjectRef> dependsOn) {

    public Table {
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
        indexes = List.copyOf(indexes);
        triggers = List.copyOf(triggers);
        policies = List.copyOf(policies);
        dependsOn = List.copyOf(dependsOn);
    }

    public String qualifiedName() {
        return schema + "." + name;
    }
}
