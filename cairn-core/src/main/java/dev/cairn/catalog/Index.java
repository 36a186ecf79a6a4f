package dev.cairn.catalog;

/**
 * An index that does not back a constraint. {@code definition} is {@code pg_get_indexdef}'s
 * {@code CREATE [UNIQUE] INDEX name ON schema.table USING method (…) [INCLUDE (…)] [WHERE …]}.
 */
public record Index(String name, String definition, boolean unique, String comment) {}
