package dev.cairn.config;

import dev.cairn.CairnException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The project's cairn.yaml, checked for structure and types. Environments stay unexpanded
 * ({@link EnvironmentDefinition}) until one is selected with {@link #environment(String)}.
 *
 * @param historySchema nullable: use the selected environment's defaultSchema
 * @param environments in file order; always contains {@code local}
 */
public record CairnConfig(
        Path projectDir,
        Path configFile,
        Path schemaDir,
        Path migrationsDir,
        String historySchema,
        String historyTable,
        Map<String, EnvironmentDefinition> environments) {

    public static final String FILE_NAME = "cairn.yaml";
    public static final String DEFAULT_HISTORY_TABLE = "cairn_schema_history";

    public CairnConfig {
        environments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(environments));
    }

    /**
     * The named environment with its variables expanded.
     *
     * @throws CairnException (USAGE) if there is no such environment (listing the known ones), or a
     *     variable it uses is unset
     */
    public EnvironmentConfig environment(String name) {
        EnvironmentDefinition definition = environments.get(name);
        if (definition == null) {
            throw CairnException.usage(configFile + ": no environment '" + name + "'; known environments: "
                    + String.join(", ", environments.keySet()) + ". Add it under environments: or pick one of those"
                    + " with --env.");
        }
        return definition.resolve();
    }

    /** The history table's schema for this environment. */
    public String historySchemaFor(EnvironmentConfig env) {
        return historySchema != null ? historySchema : env.defaultSchema();
    }
}
