package dev.cairn.diff.order;

/**
 * The phases a change set runs in, in this order. Within a phase, changes follow the dependency graph, ties
 * broken by {@link Rank}, then object name, then the order the differ found them.
 */
public enum Phase {
    /** Drop what must be rebuilt around a change: triggers, policies, views, recreated routines, keys, indexes. */
    PRE_DROP,
    /** Detach partitions; drop routines, tables and columns that go. */
    DROP,
    /** Explicit and detected renames of tables, columns, constraints, indexes and sequences. */
    RENAME,
    /** Create and alter schemas, extensions, types, sequences, routines, tables, columns and views. */
    CREATE,
    /** Constraints, indexes, triggers, policies, row security, sequence ownership, comments, owners, grants. */
    POST,
    /** Drop the types, sequences, extensions and schemas that are gone, dependents first. */
    FINAL_DROP,
    /** Create what must not see the plan's own statements: event triggers (they would fire on them). */
    LAST
}
