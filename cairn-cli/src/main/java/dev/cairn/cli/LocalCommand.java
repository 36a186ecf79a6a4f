package dev.cairn.cli;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.Project;
import dev.cairn.embedded.LocalDatabase;
import dev.cairn.migrate.MigrateResult;
import dev.cairn.migrate.MigrationState;
import dev.cairn.migrate.Migrator;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "local", mixinStandardHelpOptions = true,
        description = "Run the project's embedded PostgreSQL (data in .cairn/local/) for an application to use.",
        subcommands = {LocalCommand.Start.class, LocalCommand.Stop.class, LocalCommand.Status.class,
                LocalCommand.Url.class, LocalCommand.Reset.class})
final class LocalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: start, stop, status, url or reset");
    }

    abstract static class LocalBase extends BaseCommand {
        LocalDatabase local() {
            Project project = project();
            if (!project.environment(root().environment(), null).embedded()) {
                throw new CairnException(ExitCode.USAGE, "Environment '" + root().environment() + "' does not use the"
                        + " embedded database (its url is not 'embedded' in cairn.yaml), so cairn local has nothing to"
                        + " run. Use --env with an embedded environment, usually local.");
            }
            return LocalDatabase.at(project.dir());
        }

        /** Prints the running database's address in the chosen {@code --format} (default: both URLs). */
        void printUrl(LocalUrls.Format format, String jdbcUrl) {
            LocalUrls urls = LocalUrls.of(jdbcUrl);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("url", urls.jdbc());
            doc.put("libpqUrl", urls.libpq());
            doc.put("running", true);
            print(urls.render(format), doc);
        }

        void print(String human, Map<String, Object> doc) {
            if (console().json()) {
                Map<String, Object> all = new LinkedHashMap<>();
                all.put("ok", true);
                all.putAll(doc);
                console().document(all);
            } else {
                console().line(human);
            }
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = {"Start the local database and leave it running; prints its URLs: JDBC (for Java) and libpq"
                    + " (for psql and most other drivers)."})
    static final class Start extends LocalBase {
        @Option(names = "--format", paramLabel = "FORMAT", description = LocalUrls.FORMAT_HELP)
        LocalUrls.Format format;

        @Override
        int execute() {
            printUrl(format, local().start());
            return 0;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop the local database if it is running.")
    static final class Stop extends LocalBase {
        @Override
        int execute() {
            boolean wasRunning = local().stop();
            print(wasRunning ? "Stopped the local database." : "The local database was not running.",
                    Map.of("wasRunning", wasRunning));
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Say whether the local database is running, and where.")
    static final class Status extends LocalBase {
        @Override
        int execute() {
            LocalDatabase.Status s = local().status();
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("running", s.running());
            doc.put("url", s.jdbcUrl().orElse(null));
            doc.put("libpqUrl", s.jdbcUrl().map(u -> LocalUrls.of(u).libpq()).orElse(null));
            doc.put("port", s.port().isPresent() ? s.port().getAsInt() : null);
            doc.put("postgresVersion", s.postgresVersion());
            doc.put("dataDir", s.dataDir().toString());
            doc.put("logFile", s.logFile().toString());
            doc.put("sizeOnDiskBytes", s.sizeOnDiskBytes());
            String where = "data in " + s.dataDir() + ", PostgreSQL " + s.postgresVersion();
            print(s.running() ? "running  " + s.jdbcUrl().orElse("") + "  (" + where + ")\n         "
                    + s.jdbcUrl().map(u -> LocalUrls.of(u).libpq()).orElse("") + "  (for psql)"
                    : !s.initialized() ? "not created yet  (cairn local start, or any command, creates it in " + s.dataDir() + ")"
                    : "stopped  (" + where + "; cairn local start runs it)", doc);
            return 0;
        }
    }

    @Command(name = "url", mixinStandardHelpOptions = true,
            description = {"Print the running local database's URLs, JDBC and libpq (exit 1 when it is not running)."})
    static final class Url extends LocalBase {
        @Option(names = "--format", paramLabel = "FORMAT", description = LocalUrls.FORMAT_HELP)
        LocalUrls.Format format;

        @Override
        int execute() {
            var url = local().url();
            if (url.isEmpty()) {
                if (console().json()) {
                    console().document(Map.of("ok", false, "running", false));
                } else {
                    console().progress("The local database is not running: start it with cairn local start.");
                }
                return 1;
            }
            printUrl(format, url.get());
            return 0;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = "Drop the local database, recreate it empty, and apply every migration again.")
    static final class Reset extends LocalBase {
        @Override
        int execute() {
            local().reset();
            Project project = project();
            try (Project.Target t = project.connect(root().environment(), null)) {
                var env = t.environment();
                Migrator migrator = t.migrator(events(env.name()));
                MigrateResult result = migrator.migrate(MigrationState.Options.DEFAULT, false);
                if (console().json()) {
                    console().document(Views.migrate(env.name(), t.db().describe(), result));
                } else if (result.failure() == null) {
                    console().line("Reset the local database and applied " + result.steps().size() + " migration(s).");
                } else {
                    console().failure(result.failure().exitCode(), result.failure().message(), null);
                }
                return result.exitCode().code();
            }
        }
    }
}
