package dev.cairn.project;

import dev.cairn.ExitCode;
import dev.cairn.CairnException;

import dev.cairn.config.CairnConfig;
import dev.cairn.config.ConfigLoader;
import dev.cairn.config.EnvironmentConfig;
import dev.cairn.db.ConnectionSource;
import dev.cairn.db.JdbcConnectionSource;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.DevServers;
import dev.cairn.events.RunEvents;
import dev.cairn.migrate.HistoryAdmin;
import dev.cairn.migrate.HistoryTable;
import dev.cairn.migrate.MigrationContext;
import dev.cairn.migrate.Migrator;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.RunSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Map;

/**
 * A Cairn project on disk: its configuration and migrations, and the way to reach each of its
 * environments. The entry point the CLI, a build plugin or an application uses.
 */
public final class Project {
    private final CairnConfig config;

    private Project(CairnConfig config) {
        this.config = config;
    }

    public static Project load(Path dir, Map<String, String> env) {
        return new Project(ConfigLoader.load(dir.toAbsolutePath().normalize(), env));
    }

    public CairnConfig config() {
        return config;
    }

    public Path dir() {
        return config.projectDir();
    }

    public MigrationDirectory migrations() {
        return MigrationDirectory.scan(config.migrationsDir());
    }

    /**
     * The environment's settings, with {@code urlOverride} (from --url) replacing its URL when given.
     *
     * @throws CairnException (USAGE) for a given but empty override: {@code --url "$DATABASE_URL"} with the
     *     variable unset must not quietly reach the environment's own database instead
     */
    public EnvironmentConfig environment(String name, String urlOverride) {
        if (urlOverride != null && urlOverride.isBlank()) {
            throw CairnException.usage("--url is empty (was it given an unset variable, such as \"$DATABASE_URL\"?);"
                    + " pass a jdbc:postgresql:// or postgresql:// URL, or leave --url out to use the url of environment '"
                    + name + "' in " + CairnConfig.FILE_NAME + ".");
        }
        EnvironmentConfig env = config.environment(name);
        if (urlOverride != null) {
            env = env.withUrl(urlOverride);
        }
        return env;
    }

    /**
     * The project folder for a command run without {@code --dir}: the nearest folder, from {@code start}
     * up to the file-system root, that holds a {@code cairn.yaml} (as git finds {@code .git}); empty if
     * none does.
     */
    public static Optional<Path> find(Path start) {
        for (Path d = start.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(CairnConfig.FILE_NAME))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * Opens the environment's database. For {@code url: embedded} this starts the project's local
     * PostgreSQL unless {@code cairn local start} already runs it, and stops it again on close.
     */
    public Target connect(String envName, String urlOverride) {
        EnvironmentConfig env = environment(envName, urlOverride);
        if (env.embedded()) {
            DevServers.LocalSession session = DevDatabases.servers().openLocal(dir(), localMajor(env.name()));
            return new Target(this, env, new JdbcConnectionSource(session.jdbcUrl(), session.user(), null), session);
        }
        String password = env.password() == null ? null : env.password().reveal();
        return new Target(this, env, new JdbcConnectionSource(env.url(), env.user(), password), null);
    }

    /**
     * The PostgreSQL major of the project's embedded database for an environment with {@code url: embedded}:
     * its {@code postgres.version}, else the project's, else the bundled one.
     */
    public int localMajor(String envName) {
        return config.postgresVersion(envName).orElseGet(() -> DevDatabases.servers().defaultMajor());
    }

    /**
     * The major of the scratch servers that build this project's schemas when no live database decides it
     * (generate, check): the project's {@code postgres.version}, else {@link DevDatabases#DEFAULT_MAJOR}.
     */
    public int scratchMajor() {
        return config.postgresVersion() != null ? config.postgresVersion() : DevDatabases.DEFAULT_MAJOR;
    }

    public HistoryTable historyTable(EnvironmentConfig env) {
        return new HistoryTable(config.historySchemaFor(env), config.historyTable());
    }

    public RunSettings runSettings(EnvironmentConfig env) {
        return new RunSettings(env.lockTimeout(), env.statementTimeout(), env.timeout(), env.defaultSchema(), env.name(),
                RunSettings.currentUser(), env.lockRetries());
    }

    /** An open environment: its settings and connections, and whatever must be closed with it. */
    public record Target(Project project, EnvironmentConfig environment, ConnectionSource db, AutoCloseable resource)
            implements AutoCloseable {

        /** What a migration run or a history command needs, for this environment. */
        public MigrationContext context(RunEvents events) {
            return new MigrationContext(project.migrations(), db, project.historyTable(environment),
                    project.runSettings(environment), events);
        }

        public Migrator migrator(RunEvents events) {
            return new Migrator(context(events));
        }

        public HistoryAdmin historyAdmin(RunEvents events) {
            return new HistoryAdmin(context(events));
        }

        @Override
        public void close() {
            if (resource != null) {
                try {
                    resource.close();
                } catch (Exception e) {
                    throw new CairnException(ExitCode.DATABASE, "Could not stop the local database cleanly: "
                            + e.getMessage() + ". Run cairn local status to check it.", e);
                }
            }
        }
    }

    /** The lock timeout cairn migrate would set for the selected environment: the config's, else the default. */
    public java.time.Duration lockTimeout(TargetSelection selection) {
        return config.lockTimeout(selection.environment());
    }
}
