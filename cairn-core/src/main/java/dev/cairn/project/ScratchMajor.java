package dev.cairn.project;

import dev.cairn.CairnException;
import dev.cairn.config.EnvironmentConfig;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.JdbcConnectionSource;
import dev.cairn.dialect.Dialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The PostgreSQL major the scratch servers of {@code generate} and {@code check --replay} run, so that what they
 * build and snapshot is what the target server prints and accepts: {@code postgres.version} of the target
 * environment (or of the project), else the target's own major read from it when it is reachable, else the default.
 * The target is the environment the command names ({@code --env}, {@code --url}); without one, the project's
 * setting or the default decide, without connecting anywhere.
 */
public final class ScratchMajor {
    /** How long reading a target's major may take before the default is used. */
    static final Duration PROBE = Duration.ofSeconds(5);

    private ScratchMajor() {}

    /**
     * @param selection the environment the command was pointed at, or null when it was not
     * @param notices   receives one sentence when the major was read from the target, or could not be
     * @return a major, or {@link DevDatabases#DEFAULT_MAJOR}
     */
    public static int of(Project project, TargetSelection selection, Consumer<String> notices) {
        if (selection == null) {
            return project.scratchMajor();
        }
        OptionalInt configured = project.config().postgresVersion(selection.environment());
        if (configured.isPresent()) {
            return configured.getAsInt();
        }
        EnvironmentConfig env = project.environment(selection.environment(), selection.url());
        if (env.embedded()) {
            return project.localMajor(selection.environment());
        }
        String password = env.password() == null ? null : env.password().reveal();
        JdbcConnectionSource db = new JdbcConnectionSource(env.url(), env.user(), password);
        try (Connection c = db.open(PROBE)) {
            int major = Dialects.current().serverMajor(c);
            notices.accept("Scratch servers run PostgreSQL " + major + ", the major of " + db.describe() + " (set"
                    + " postgres.version in cairn.yaml to choose without connecting).");
            return major;
        } catch (SQLException | CairnException e) {
            int fallback = DevDatabases.defaultMajor();
            String why = e instanceof SQLException s ? dev.cairn.migrate.SqlErrors.describe(s).summary() : e.getMessage();
            notices.accept("Could not read the PostgreSQL major of " + db.describe() + " (" + why + "); scratch servers run the default, " + fallback + ". Set postgres.version in cairn.yaml to the"
                    + " major that environment runs.");
            return fallback;
        }
    }
}
