package dev.cairn.postgres.inspect;

import dev.cairn.catalog.Extension;
import dev.cairn.catalog.Privilege;
import dev.cairn.catalog.Schema;
import dev.cairn.catalog.Sequence;
import dev.cairn.dialect.IntrospectOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one introspection has read so far, keyed by oid: the readers fill it in query order (a later
 * query attaches its rows to the objects an earlier one kept, and drops the rest), then
 * {@link CatalogAssembler} turns it into a catalog. Also the options' filters every reader applies.
 */
final class InspectState {
    final IntrospectOptions options;
    private final int version;
    /** The included schemas' oids as an oid[] literal: the parameter of every query but the first. */
    private String namespaces = "{}";
    /** "catalog:oid" of every object that belongs to an extension, to the extension's name. */
    final Map<String, String> extensionMembers = new HashMap<>();
    final List<Schema> schemas = new ArrayList<>();
    final Map<Long, String> schemaNames = new HashMap<>();
    /** Identity columns' sequences by oid: {@code table.column}. */
    final Map<Long, String> identitySequences = new HashMap<>();
    final List<Extension> extensions = new ArrayList<>();
    final Map<Long, TypeBuilder> types = new LinkedHashMap<>();
    /** Standalone composite types by their pg_class row (which carries their attributes). */
    final Map<Long, TypeBuilder> compositeByRelation = new HashMap<>();
    final Map<Long, Sequence> sequences = new LinkedHashMap<>();
    final Map<Long, TableBuilder> tables = new LinkedHashMap<>();
    final Map<Long, ViewBuilder> views = new LinkedHashMap<>();
    final Map<Long, RoutineBuilder> routines = new LinkedHashMap<>();
    final List<Privilege> privileges = new ArrayList<>();
    /** Defined objects by {@code catalog:oid} ({@code pg_collation:16385}). */
    final Map<String, DefinedReader.Builder> defined = new LinkedHashMap<>();
    /** Cairn's own tables found (history, deployments), and the schema they are in. */
    private final java.util.Set<Long> historyRelations = new java.util.HashSet<>();
    private String historyRelationSchema;

    InspectState(IntrospectOptions options, int version) {
        this.options = options;
        this.version = version;
    }

    /** The server's server_version_num. */
    int version() {
        return version;
    }

    String namespaces() {
        return namespaces;
    }

    void namespaces(String oidArray) {
        namespaces = oidArray;
    }

    /** The extension an object belongs to, or null. */
    String extensionOf(String catalog, long oid) {
        return extensionMembers.get(catalog + ":" + oid);
    }

    /** Whether an object belongs to an extension (the catalog then leaves it out). */
    boolean member(String catalog, long oid) {
        return extensionMembers.containsKey(catalog + ":" + oid);
    }

    /** An owner's name when the options ask for owners, otherwise null. */
    String owner(String name) {
        return options.ownership() ? name : null;
    }

    /**
     * Whether a relation is Cairn's history table, which the catalog leaves out; remembers it, so the
     * schema Cairn made for it can be left out too, and nothing is said to depend on it.
     */
    boolean excludeAsHistory(long oid, String schema, String name) {
        if (!options.isHistoryTable(schema, name)) {
            return false;
        }
        historyRelations.add(oid);
        historyRelationSchema = schema;
        return true;
    }

    boolean isHistoryRelation(long oid) {
        return historyRelations.contains(oid);
    }

    /** The schema of the history table when Cairn made it (not public), or null. */
    String historyOnlySchemaCandidate() {
        return !historyRelations.isEmpty() && options.historySchema() != null && !"public".equals(historyRelationSchema)
                ? historyRelationSchema : null;
    }
}
