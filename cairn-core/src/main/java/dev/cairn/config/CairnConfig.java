package dev.cairn.config;

import dev.cairn.CairnException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The project's cairn.yaml, checked for structure and types. Environments stay unexpanded
 * ({@link EnvironmentDefinition}) until one is selected with {@link #environment(String)}.
 *
 * @param historySchema nullable: use the selected environment's defaultSchema
 * @param environments in file order; always contains {@code local}
 * @param schemaFiles the load order of the schema directory's files ({@code schemaFiles:}), relative to
 *     {@code schemaDir}; empty means every {@code *.sql} file in file-name order
 * @param catalog which schemas, and whether owners and privileges, Cairn reads and compares ({@code catalog:})
 * @param pullLayout how {@code cairn pull} lays out the files it writes: {@link #PULL_BY_SCHEMA} or
 *     {@link #PULL_BY_TABLE} ({@code pull.layout})
 * @param drift what {@code cairn drift} ignores ({@code drift:})
 * @param postgresVersion the PostgreSQL major that scratch and local servers run ({@code postgres.version}); null
 *     when not set: the target's own major when it is reachable, else the bundled one
 */
public record CairnConfig(
        Path projectDir,
        Path configFile,
        Path schemaDir,
        Path migrationsDir,
        String historySchema,
        String historyTable,
        Map<String, EnvironmentDefinition> environments,
        List<String> schemaFiles,
        CatalogSettings catalog,
        String pullLayout,
        DriftSettings drift,
        Integer postgresVersion) {

    /** The PostgreSQL majors Cairn runs and compares (scratch servers of each are available). */
    public static final List<Integer> POSTGRES_MAJORS = List.of(13, 14, 15, 16, 17, 18);
    public static final String FILE_NAME = "cairn.yaml";
    public static final String DEFAULT_HISTORY_TABLE = "cairn_schema_history";
    public static final String PULL_BY_SCHEMA = "schema";
    public static final String PULL_BY_TABLE = "table";

    public CairnConfig {
        environments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(environments));
        schemaFiles = schemaFiles == null ? List.of() : List.copyOf(schemaFiles);
        catalog = catalog == null ? CatalogSettings.DEFAULT : catalog;
        pullLayout = pullLayout == null ? PULL_BY_SCHEMA : pullLayout;
        drift = drift == null ? DriftSettings.DEFAULT : drift;
    }

    /** A configuration without a {@code drift:} section. */
    public CairnConfig(Path projectDir, Path configFile, Path schemaDir, Path migrationsDir, String historySchema,
            String historyTable, Map<String, EnvironmentDefinition> environments, List<String> schemaFiles,
            CatalogSettings catalog, String pullLayout) {
        this(projectDir, configFile, schemaDir, migrationsDir, historySchema, historyTable, environments, schemaFiles,
                catalog, pullLayout, DriftSettings.DEFAULT, null);
    }

    /** A configuration with the defaults for {@code schemaFiles}, {@code catalog} and {@code pull}. */
    public CairnConfig(Path projectDir, Path configFile, Path schemaDir, Path migrationsDir, String historySchema,
            String historyTable, Map<String, EnvironmentDefinition> environments) {
        this(projectDir, configFile, schemaDir, migrationsDir, historySchema, historyTable, environments, List.of(),
                CatalogSettings.DEFAULT, PULL_BY_SCHEMA);
    }

    /**
     * The lock timeout cairn migrate sets for {@code environment}: its {@code lockTimeout}, or the default when the
     * environment cannot be read (lint then judges the statements as migrate would run them by default).
     */
    public java.time.Duration lockTimeout(String environment) {
        try {
            return environment(environment).lockTimeout();
        } catch (RuntimeException e) {
            return EnvironmentConfig.DEFAULT_LOCK_TIMEOUT;
        }
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

    /**
     * The PostgreSQL major set for an environment: its own {@code postgres.version}, else the project's; empty
     * when neither is set (the target's major, or the bundled one, then applies).
     */
    public java.util.OptionalInt postgresVersion(String environmentName) {
        EnvironmentDefinition definition = environments.get(environmentName);
        Integer own = definition == null ? null : definition.postgresVersion();
        Integer v = own != null ? own : postgresVersion;
        return v == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(v);
    }

    /**
     * How {@code cairn deploy} runs for the named environment, variables expanded.
     *
     * @throws CairnException (USAGE) for an unknown environment or an unset variable its deploy settings use
     */
    public DeploySettings deploy(String name) {
        environment(name);
        return environments.get(name).deploy();
    }

    /**
     * The telemetry sinks for a run against the named environment: the project's {@code telemetry:} with the
     * environment's own sinks replacing those of the same kind; {@link TelemetrySettings#NONE} for an unknown name.
     */
    public TelemetrySettings telemetry(String name) {
        EnvironmentDefinition definition = environments.get(name);
        return definition == null ? TelemetrySettings.NONE : definition.telemetry();
    }

    /** The history table's schema for this environment. */
    public String historySchemaFor(EnvironmentConfig env) {
        return historySchema != null ? historySchema : env.defaultSchema();
    }
}
