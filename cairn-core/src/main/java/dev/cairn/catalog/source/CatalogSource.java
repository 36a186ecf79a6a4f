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

    /**
     * This source reading its catalog as a server of {@code major} prints it: a source that builds the catalog on a
     * scratch server runs that major; a snapshot of another major is rebuilt on one. Server-printed text (view
     * queries, defaults, routine bodies) differs between majors, so two catalogs are compared only when read on the
     * same major. A live database is what it is: it returns itself.
     */
    default CatalogSource onMajor(int major) {
        return this;
    }
}
