package dev.cairn.catalog;

/**
 * A standalone sequence (identity sequences belong to their column instead). {@code ownedBy} is
 * {@code table.column} for {@code OWNED BY} ({@code schema.table.column}
 * when the table is in another schema), or null.
 */
public record Sequence(String schema, String name, SequenceOptions options, String ownedBy, String comment, String owner) {}
