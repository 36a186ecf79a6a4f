/**
 * The schema model: immutable, deterministically ordered records describing a PostgreSQL schema, as
 * read back from a real database (never parsed from DDL). Definitions that PostgreSQL can print
 * canonically ({@code pg_get_indexdef}, {@code pg_get_constraintdef}, {@code pg_get_viewdef},
 * {@code pg_get_functiondef}, {@code pg_get_triggerdef}, {@code format_type}, {@code pg_get_expr}) are
 * kept as that canonical text, so two catalogs compare equal exactly when the server would print the
 * same schema. Nullable string fields mean "absent" (no comment, no default…). Lists are sorted by
 * name, except where order is meaning (columns by position, enum labels by sort order).
 * {@link dev.cairn.catalog.SnapshotCodec} reads and writes the JSON snapshot form.
 */
package dev.cairn.catalog;
