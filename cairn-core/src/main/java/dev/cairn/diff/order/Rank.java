package dev.cairn.diff.order;

/**
 * Where a change goes inside its {@link Phase} when the dependency graph leaves a choice: ranks of one phase
 * are declared together, in their order (only ranks of the same phase are ever compared).
 */
public enum Rank {
    // ------------------------------------------------------------------ PRE_DROP
    /** Defined objects dropped (or dropped to be created again) before what they use: casts, rules, statistics... */
    DROP_DEFINED(Phase.PRE_DROP),
    DROP_TRIGGER(Phase.PRE_DROP),
    DROP_POLICY(Phase.PRE_DROP),
    /**
     * Routines and types that use a view's or materialized view's row type (or read one) and are dropped: the
     * views are dropped in this phase, so they are too, before them.
     */
    DROP_VIEW_ROW_TYPE_USE(Phase.PRE_DROP),
    /** Views being dropped, and defaults, constraints and indexes calling a routine that is recreated (before it). */
    DROP_VIEW_OR_ROUTINE_USE(Phase.PRE_DROP),
    DROP_RECREATED_ROUTINE(Phase.PRE_DROP),
    DROP_FOREIGN_KEY(Phase.PRE_DROP),
    DROP_CONSTRAINT(Phase.PRE_DROP),
    DROP_INDEX(Phase.PRE_DROP),
    DETACH_SEQUENCE_OWNER(Phase.PRE_DROP),
    /** An extension moving schema, a range type redefined: dropped here, created again in {@link Phase#CREATE}. */
    DROP_TO_RECREATE(Phase.PRE_DROP),
    /**
     * {@code NO INHERIT}: before the inherited constraints and columns the table loses are dropped (they are its own
     * once it stops inheriting them) and before its parent is dropped.
     */
    DETACH_INHERITANCE(Phase.PRE_DROP),

    // ------------------------------------------------------------------ DROP
    DETACH_PARTITION(Phase.DROP),
    DROP_ROUTINE(Phase.DROP),
    /**
     * Types that use a table's or view's row type (directly or through other types) and are dropped: after the tables
     * using them, before the table or view (types are otherwise dropped last); and such views.
     */
    DROP_TABLE_ROW_TYPE_USE(Phase.DROP),
    DROP_TABLE(Phase.DROP),
    DROP_COLUMN(Phase.DROP),

    // ------------------------------------------------------------------ RENAME
    RENAME_TABLE(Phase.RENAME),
    RENAME_COLUMN(Phase.RENAME),
    RENAME_CONSTRAINT(Phase.RENAME),
    RENAME_INDEX(Phase.RENAME),
    RENAME_SEQUENCE(Phase.RENAME),

    // ------------------------------------------------------------------ CREATE
    CREATE_SCHEMA(Phase.CREATE),
    /** {@code ALTER DEFAULT PRIVILEGES}: before the objects the plan creates, which PostgreSQL gives them to. */
    DEFAULT_PRIVILEGES(Phase.CREATE),
    CREATE_EXTENSION(Phase.CREATE),
    /** Defined objects types and tables may use: collations, text search dictionaries and configurations. */
    CREATE_DEFINED_EARLY(Phase.CREATE),
    CREATE_TYPE(Phase.CREATE),
    CREATE_SEQUENCE(Phase.CREATE),
    CREATE_ROUTINE(Phase.CREATE),
    CREATE_TABLE(Phase.CREATE),
    /** Column changes, logging, partition attachment. */
    ALTER_TABLE(Phase.CREATE),
    CREATE_VIEW(Phase.CREATE),
    /** Defined objects using routines and types: casts. */
    CREATE_DEFINED(Phase.CREATE),

    // ------------------------------------------------------------------ POST
    ADD_CONSTRAINT(Phase.POST),
    CREATE_INDEX(Phase.POST),
    /** After every other constraint and index: the referenced key must exist. */
    ADD_FOREIGN_KEY(Phase.POST),
    VALIDATE_CONSTRAINT(Phase.POST),
    CREATE_TRIGGER(Phase.POST),
    CREATE_POLICY(Phase.POST),
    /** Defined objects on relations: rules, statistics objects, event triggers. */
    CREATE_DEFINED_LATE(Phase.POST),
    ROW_SECURITY(Phase.POST),
    SEQUENCE_OWNED_BY(Phase.POST),
    COMMENT(Phase.POST),
    OWNER(Phase.POST),
    REVOKE(Phase.POST),
    GRANT(Phase.POST),

    // ------------------------------------------------------------------ FINAL_DROP
    DROP_TYPE(Phase.FINAL_DROP),
    DROP_SEQUENCE(Phase.FINAL_DROP),
    DROP_EXTENSION(Phase.FINAL_DROP),
    /** Defined objects types and tables used (collations, text search objects): after them. */
    DROP_DEFINED_LAST(Phase.FINAL_DROP),
    DROP_SCHEMA(Phase.FINAL_DROP),

    // ------------------------------------------------------------------ LAST
    /** Event triggers: created after every other statement of the plan, so that they do not fire on them. */
    CREATE_DEFINED_LAST(Phase.LAST);

    private final Phase phase;

    Rank(Phase phase) {
        this.phase = phase;
    }

    public Phase phase() {
        return phase;
    }
}
