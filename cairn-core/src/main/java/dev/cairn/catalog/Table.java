package dev.cairn.catalog;

import java.util.List;

/**
 * A table. {@code partitionKey} is {@code pg_get_partkeydef}'s text for a partitioned table, else null;
 * {@code partitionOf} ({@code schema.table}) and {@code partitionBound} ({@code FOR VALUES …} or
 * {@code DEFAULT}) are set for a partition. {@code dependsOn} lists what the table needs to exist first
 * (types of its columns, sequences and functions its defaults use, the parent it is a partition of or inherits from).
 * {@code inherits} the parents of a table using (non-partition) inheritance ({@code INHERITS (…)}, {@code schema.table}
 * each part quoted where SQL needs it, in {@code pg_inherits.inhseqno} order); {@code storageParameters} its {@code reloptions} ({@code fillfactor=70}) and
 * its TOAST table's as {@code toast.name=value}, sorted. Both are absent (empty) in snapshots written before they were
 * read.
 */
public record Table(String schema, String name, boolean unlogged, List<Column> columns, List<Constraint> constraints,
        List<Index> indexes, List<Trigger> triggers, List<Policy> policies, boolean rowSecurity, boolean forceRowSecurity,
        String partitionKey, String partitionOf, String partitionBound, String comment, String owner,
        List<ObjectRef> dependsOn, List<String> inherits, List<String> storageParameters) {

    public Table {
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
        indexes = List.copyOf(indexes);
        triggers = List.copyOf(triggers);
        policies = List.copyOf(policies);
        dependsOn = List.copyOf(dependsOn);
        inherits = inherits == null ? List.of() : List.copyOf(inherits);
        storageParameters = storageParameters == null ? List.of() : List.copyOf(storageParameters);
    }

    /** A table without parents (other than a partition's) and without storage parameters. */
    public Table(String schema, String name, boolean unlogged, List<Column> columns, List<Constraint> constraints,
            List<Index> indexes, List<Trigger> triggers, List<Policy> policies, boolean rowSecurity, boolean forceRowSecurity,
            String partitionKey, String partitionOf, String partitionBound, String comment, String owner,
            List<ObjectRef> dependsOn) {
        this(schema, name, unlogged, columns, constraints, indexes, triggers, policies, rowSecurity, forceRowSecurity,
                partitionKey, partitionOf, partitionBound, comment, owner, dependsOn, List.of(), List.of());
    }

    /**
     * This table with the parents and storage parameters of {@code other}: code that rebuilds a table through the
     * constructor without them keeps them with {@code new Table(…).withExtrasOf(t)}.
     */
    public Table withExtrasOf(Table other) {
        return withInherits(other.inherits).withStorageParameters(other.storageParameters);
    }

    public Table withInherits(List<String> parents) {
        return new Table(schema, name, unlogged, columns, constraints, indexes, triggers, policies, rowSecurity,
                forceRowSecurity, partitionKey, partitionOf, partitionBound, comment, owner, dependsOn, parents, storageParameters);
    }

    public Table withStorageParameters(List<String> parameters) {
        return new Table(schema, name, unlogged, columns, constraints, indexes, triggers, policies, rowSecurity,
                forceRowSecurity, partitionKey, partitionOf, partitionBound, comment, owner, dependsOn, inherits, parameters);
    }

    public String qualifiedName() {
        return schema + "." + name;
    }
}
