package dev.cairn.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "cairn", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Schema deployment lifecycle for PostgreSQL: versioned migrations applied safely.",
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  ok", "  1  a check found problems (validation, drift, lint)", "  2  usage or configuration error",
                "  3  database or migration error", "  4  timeout: the run's deadline expired (circuit breaker)",
                "  130  interrupted (Ctrl-C): a running migration is cancelled and rolled back",
                "  143  terminated (SIGTERM): the same clean stop"})
public final class RootCommand implements Callable<Integer> {
    /** The subcommands, in the order help lists them (added by {@link Cli}, so a run can build only the one it needs). */
    static final List<Class<?>> COMMANDS = List.of(InitCommand.class, MigrateCommand.class, StatusCommand.class,
            HistoryCommand.class, ValidateCommand.class, BaselineCommand.class, RepairCommand.class, SumCommand.class,
            LocalCommand.class, GenerateCommand.class, DiffCommand.class, PullCommand.class, CheckCommand.class,
            LintCommand.class, HookCommand.class, CiCommand.class, DriftCommand.class, DeployCommand.class, DeploymentsCommand.class,
            SnapshotCommand.class, RollbackCommand.class, CompletionCommand.class);

    final Console console;
    final Map<String, String> env;

    /** Null until a command starts without --dir; then {@link BaseCommand} sets the folder it found. */
    @Option(names = "--dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Project directory (holding cairn.yaml), used as given. Default: the nearest folder,"
                    + " from the current one upwards, that holds a cairn.yaml.")
    Path dir;

    @Option(names = "--env", scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "Environment from cairn.yaml. Default: $CAIRN_ENV, else local.")
    String environment;

    @Option(names = "--url", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "Database URL overriding the environment's (jdbc:postgresql://… or postgresql://…).")
    String url;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print one JSON document instead of text.")
    boolean json;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "Show details and stack traces on errors.")
    boolean verbose;

    @Option(names = "--events", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "Append the run's structured events to FILE as JSON lines.")
    Path eventsFile;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "Never colour the output.")
    boolean noColor;

    RootCommand(Console console, Map<String, String> env) {
        this.console = console;
        this.env = env;
    }

    /** The selected environment: --env, else $CAIRN_ENV, else local. */
    String environment() {
        return environment != null ? environment : env.getOrDefault("CAIRN_ENV", "local");
    }

    @Spec
    CommandSpec spec;

    /** Bare {@code cairn}: no command was given, a usage error — say so and list the commands. */
    @Override
    public Integer call() {
        console.configure(json, false, false);
        if (json) {
            console.error("No command given. Run `cairn --help` for the commands.");
        } else {
            CommandLine cli = spec.commandLine();
            console.progress("cairn needs a command, e.g. cairn migrate or cairn status.\n");
            console.progress(cli.getUsageMessage().stripTrailing());
        }
        return dev.cairn.ExitCode.USAGE.code();
    }
}
