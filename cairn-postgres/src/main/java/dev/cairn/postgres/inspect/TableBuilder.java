package dev.cairn.postgres.inspect;

import dev.cairn.catalog.Column;
import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.Index;
import dev.cairn.catalog.ObjectRef;
import dev.cairn.catalog.Policy;
import dev.cairn.catalog.Trigger;
import java.util.ArrayList;
import java.util.List;

/** A table (or partitioned table, or partition) as read so far. */
final class TableBuilder {
    String schema;
    String name;
    boolean unlogged;
    boolean rowSecurity;
    boolean forceRowSecurity;
    String partitionKey;
    String partitionOf;
    String partitionBound;
    String comment;
    String owner;
    final List<Column> columns = new ArrayList<>();
    final List<Constraint> constraints = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<Trigger> triggers = new ArrayList<>();
    final List<Policy> policies = new ArrayList<>();
    final List<ObjectRef> dependsOn = new ArrayList<>();
    /** Parents by non-partition inheritance, {@code schema.table}, in inhseqno order. */
    final List<String> inherits = new ArrayList<>();
    final List<String> storageParameters = new ArrayList<>();
}
