package dev.cairn.catalog.source;

import dev.cairn.CairnException;
import dev.cairn.project.Project;
import dev.cairn.config.CairnConfig;
import dev.cairn.config.CatalogSettings;
import dev.cairn.config.EnvironmentConfig;
import dev.cairn.db.JdbcConnectionSource;
import dev.cairn.dialect.IntrospectOptions;
import dev.cairn.migrate.HistoryTable;
import dev.cairn.migrate.Version;
import java.nio.file.Path;

/**
 * Parses the catalog source specs of the command line:
 *
 * <pre>
 * schema              the project's schema/*.sql, loaded into a scratch database
 * migrations          the project's migrations, replayed into a scratch database
 * migrations:V        … up to and including version V
 * env:NAME            the database of environment NAME in cairn.yaml (read-only)
 * url:JDBC_URL        any database (jdbc:postgresql://… or postgresql://…; read-only)
 * snapshot:FILE       a JSON snapshot (relative to the project directory)
 * </pre>
 */
public final class CatalogSources {
    public static final String USAGE = "schema, migrations, migrations:VERSION, env:NAME, url:JDBC_URL or snapshot:FILE";

    private CatalogSources() {}

    /**
     * @param project the project (its configuration gives directories, schemas and history table); may be
     *     null for {@code url:} and {@code snapshot:}, which then use {@link IntrospectOptions#all()}
     * @throws CairnException (USAGE) for a spec Cairn does not know, naming the ones it does
     */
    public static CatalogSource parse(String spec, Project project) {
        if (spec == null || spec.isBlank()) {
            throw CairnException.usage("A catalog source is missing: give one of " + USAGE + ".");
        }
        String s = spec.strip();
        int colon = s.indexOf(':');
        String kind = colon < 0 ? s : s.substring(0, colon);
        String arg = colon < 0 ? null : s.substring(colon + 1);
        switch (kind) {
            case "schema" -> {
                noArgument(s, arg);
                CairnConfig config = needProject(s, project).config();
                return new SchemaFilesSource(config.schemaDir(), config.schemaFiles(), options(config, null));
            }
            case "migrations" -> {
                CairnConfig config = needProject(s, project).config();
                Version target = null;
                if (arg != null) {
                    String v = arg.startsWith("V") || arg.startsWith("v") ? arg.substring(1) : arg;
                    if (!Version.isVersion(v)) {
                        throw CairnException.usage("'" + s + "': '" + arg + "' is not a migration version; write"
                                + " migrations:3 or migrations:1.2 (the version of a V<version>__*.sql file).");
                    }
                    target = Version.parse(v);
                }
                String historySchema = config.historySchema() != null ? config.historySchema() : EnvironmentConfig.DEFAULT_SCHEMA;
                return new MigrationsSource(config.migrationsDir(), target,
                        new HistoryTable(historySchema, config.historyTable()), EnvironmentConfig.DEFAULT_SCHEMA,
                        options(config, null));
            }
            case "env" -> {
                String name = required(s, arg, "env:staging");
                Project p = needProject(s, project);
                EnvironmentConfig env = p.environment(name, null); // fails early, naming the known environments
                IntrospectOptions options = options(p.config(), null)
                        .withHistoryTable(p.config().historySchemaFor(env), p.config().historyTable());
                return new LiveDatabaseSource(s, () -> {
                    Project.Target target = p.connect(name, null);
                    return new LiveDatabaseSource.Opened(target.db(), target);
                }, options);
            }
            case "url" -> {
                String url = required(s, arg, "url:jdbc:postgresql://localhost:5432/app");
                EnvironmentConfig env = new EnvironmentConfig("url", url, null, null, null, null, null, null);
                if (env.embedded()) {
                    throw CairnException.usage("url:embedded is not a database address; use env:local for the project's"
                            + " embedded database.");
                }
                IntrospectOptions options = project == null ? IntrospectOptions.all()
                        : options(project.config(), null).withHistoryTable(project.config().historySchema(),
                                project.config().historyTable());
                String described = "url:" + JdbcConnectionSource.describe(env.url());
                return new LiveDatabaseSource(described, () -> new LiveDatabaseSource.Opened(new JdbcConnectionSource(
                        env.url(), env.user(), env.password() == null ? null : env.password().reveal()), null), options);
            }
            case "snapshot" -> {
                String file = required(s, arg, "snapshot:migrations/.snapshots/V3.json");
                Path path = Path.of(file);
                if (!path.isAbsolute() && project != null) {
                    path = project.dir().resolve(path);
                }
                return new SnapshotSource(path.normalize());
            }
            default -> throw CairnException.usage("'" + s + "' is not a catalog source; use " + USAGE + ".");
        }
    }

    /** The introspection options cairn.yaml asks for (its catalog: section and history table). */
    public static IntrospectOptions options(CairnConfig config, String historySchema) {
        CatalogSettings c = config.catalog();
        return new IntrospectOptions(c.schemas(), c.excludeSchemas(), c.ownership(), c.privileges(), historySchema,
                config.historyTable());
    }

    private static Project needProject(String spec, Project project) {
        if (project == null) {
            throw CairnException.usage("'" + spec + "' needs a Cairn project (a directory with cairn.yaml): run in one,"
                    + " or pass --dir.");
        }
        return project;
    }

    private static void noArgument(String spec, String arg) {
        if (arg != null) {
            throw CairnException.usage("'" + spec + "': schema takes no argument; the files are in the directory"
                    + " 'schema:' in cairn.yaml names.");
        }
    }

    private static String required(String spec, String arg, String example) {
        if (arg == null || arg.isBlank()) {
            throw CairnException.usage("'" + spec + "' needs a value after the colon, like " + example + ".");
        }
        return arg;
    }
}
