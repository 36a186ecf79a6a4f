package dev.cairn.catalog.source;

import dev.cairn.catalog.Catalog;

/**
 * Somewhere a {@link Catalog} comes from: the project's schema files, its migrations replayed, a live
 * database, or a snapshot file. {@link CatalogSources#parse} turns the command line's spec strings
 * ({@code schema}, {@code migrations:V}, {@code env:NAME}, {@code url:JDBC_URL}, {@code snapshot:FILE})
 * into sources. Sources that need a scratch database create it for {@link #load()} and drop it after.
 */
public interface CatalogSource {
    /**
     * Reads the catalog.
     *
     * @throws dev.cairn.CairnException USAGE when the source's files are wrong (a schema file that does
     *     not load, naming file:line:column; a malformed snapshot), DATABASE when a database fails
     */
    Catalog load();

    /** The spec this source was made from, safe to print (no credentials): {@code schema}, {@code env:prod}… */
    String describe();
}
