package dev.cairn.sql;

/**
 * How a statement run outside a transaction block can be recovered when a run stopped while it was in
 * flight (failed, or the process was killed) and nobody knows whether it took effect.
 */
public enum Recovery {
    /** An ordinary statement: it runs in a transaction together with its progress mark, so it either took effect and was recorded, or neither. */
    IN_TRANSACTION,
    /** {@code CREATE INDEX CONCURRENTLY name}: the catalog says whether the index exists and is valid. */
    INDEX_BUILD,
    /** {@code DROP INDEX CONCURRENTLY name, ...}: the catalog says whether the indexes are gone. */
    INDEX_DROP,
    /** Running it again does no harm (VACUUM, REINDEX, CLUSTER, ALTER SYSTEM, ...). */
    REPEATABLE,
    /** Nothing tells: it may commit part-way (CALL, DO) or change things outside the database's catalog. */
    UNKNOWN
}
