package dev.cairn.catalog;

/**
 * An index that does not back a constraint. {@code definition} is {@code pg_get_indexdef}'s
 * {@code CREATE [UNIQUE] INDEX name ON [ONLY] schema.table USING method (…) [INCLUDE (…)] [WHERE …]}.
 * {@code attachedTo}: on a partition, the partitioned index ({@code schema.name}) this index is attached to (created
 * with it, or attached by {@code ALTER INDEX … ATTACH PARTITION}); null for an index of its own (absent in snapshots
 * written before attached indexes were read, which left them out).
 */
public record Index(String name, String definition, boolean unique, String comment, String attachedTo) {

    /** An index of its own (not attached to a partitioned index). */
    public Index(String name, String definition, boolean unique, String comment) {
        this(name, definition, unique, comment, null);
    }
}
