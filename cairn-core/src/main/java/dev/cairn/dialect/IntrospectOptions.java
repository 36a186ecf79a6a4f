package dev.cairn.dialect;

import java.util.List;

/**
 * What {@link PostgresIntrospector} reads.
 *
 * @param includeSchemas only these schemas; empty means every non-system schema
 * @param excludeSchemas never these schemas (applied after {@code includeSchemas})
 * @param ownership      read owners (otherwise every {@code owner} field is null)
 * @param privileges     read granted privileges (otherwise {@code Catalog.privileges()} is empty)
 * @param historySchema  schema of Cairn's history table; null means "in any schema"
 * @param historyTable   Cairn's history table, left out of the catalog; null means none
 */
public record IntrospectOptions(List<String> includeSchemas, List<String> excludeSchemas, boolean ownership,
        boolean privileges, String historySchema, String historyTable) {

    public IntrospectOptions {
        includeSchemas = includeSchemas == null ? List.of() : List.copyOf(includeSchemas);
        excludeSchemas = excludeSchemas == null ? List.of() : List.copyOf(excludeSchemas);
    }

    /** Every non-system schema, no owners, no privileges, no history table. */
    public static IntrospectOptions all() {
        return new IntrospectOptions(List.of(), List.of(), false, false, null, null);
    }

    public IntrospectOptions withHistoryTable(String schema, String table) {
        return new IntrospectOptions(includeSchemas, excludeSchemas, ownership, privileges, schema, table);
    }

    /** Whether a schema passes the include and exclude lists. */
    public boolean includes(String schema) {
        return (includeSchemas.isEmpty() || includeSchemas.contains(schema)) && !excludeSchemas.contains(schema);
    }

    /** The table {@code cairn deploy} records deployments in, beside the history table. */
    public static final String DEPLOYMENTS_TABLE = "cairn_deployments";

    /**
     * Whether a table is one of Cairn's own bookkeeping tables, which the catalog leaves out: the history table, and
     * the deployments table beside it.
     */
    public boolean isHistoryTable(String schema, String table) {
        return historyTable != null && (historyTable.equals(table) || DEPLOYMENTS_TABLE.equals(table))
                && (historySchema == null || historySchema.equals(schema));
    }
}
