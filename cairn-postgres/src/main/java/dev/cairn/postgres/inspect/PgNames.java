package dev.cairn.postgres.inspect;

import dev.cairn.postgres.PostgresNames;

/**
 * Names PostgreSQL chooses by itself, recomputed so the catalog can tell them from names a user wrote
 * (a user-written name is kept; a default one is left out, as pg_dump does). See {@link PostgresNames}.
 */
final class PgNames {
    private PgNames() {}

    /** PostgreSQL's name for a range's multirange when none is given (makeMultirangeTypeName). */
    static String defaultMultirangeName(String rangeName) {
        int at = rangeName.indexOf("range");
        String name = at >= 0 ? rangeName.substring(0, at) + "multirange" + rangeName.substring(at + 5)
                : rangeName + "_multirange";
        return PostgresNames.truncate(name, PostgresNames.MAX_IDENTIFIER_BYTES);
    }

    /**
     * Whether this is exactly the name PostgreSQL 18 gives a column's NOT NULL when that name is free. Only such
     * a name is left out of the catalog: an absent NOT NULL constraint then always has a name the differ can
     * recompute ({@link PostgresNames#defaultNotNullName}), which a RENAME CONSTRAINT needs. Other generated names
     * ({@code t_id_not_null1}, or one that followed a renamed column) are kept, and the differ ignores them.
     */
    static boolean isDefaultNotNullName(String name, String table, String column) {
        return name.equals(PostgresNames.defaultNotNullName(table, column));
    }

    static String makeObjectName(String name1, String name2, String label) {
        return PostgresNames.makeObjectName(name1, name2, label);
    }
}
