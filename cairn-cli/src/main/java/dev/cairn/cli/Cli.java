package dev.cairn.cli;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import java.io.PrintStream;
import java.util.Map;
import picocli.CommandLine;

/** Builds the command tree and runs one invocation, mapping every outcome to a documented exit code. */
public final class Cli {
    private Cli() {}

    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        Console console = new Console(out, err);
        RootCommand root = new RootCommand(console, env);
        CommandLine cli = commandLine(root);
        cli.setOut(console.outWriter());
        cli.setErr(console.errWriter());
        cli.setParameterExceptionHandler((e, a) -> {
            console.error("Usage error: " + e.getMessage() + ". Run `" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help` for the options.");
            return ExitCode.USAGE.code();
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> handle(e, console, root));
        try {
            return cli.execute(args);
        } finally {
            console.flush();
        }
    }

    /** The command tree, also used by tests and generated documentation to check that commands exist. */
    public static CommandLine commandLine(RootCommand root) {
        CommandLine cli = new CommandLine(root);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setUsageHelpAutoWidth(true);
        // `--env ci` or `--env check` names an environment, not the `ci` or `check` command.
        cli.setAllowSubcommandsAsOptionParameters(true);
        return cli;
    }

    private static int handle(Exception e, Console console, RootCommand root) {
        if (e instanceof CairnException ce) {
            console.failure(ce.exitCode(), ce.getMessage(), root.verbose ? ce : null);
            return ce.exitCode().code();
        }
        if (e instanceof java.io.UncheckedIOException io) {
            console.failure(ExitCode.USAGE, io.getMessage() + ": " + io.getCause().getMessage()
                    + ". Check the path and its permissions.", root.verbose ? e : null);
            return ExitCode.USAGE.code();
        }
        console.failure(ExitCode.DATABASE, "Unexpected error: " + e + ". This is a bug in Cairn; please report it with"
                + " the output of the same command run with --verbose.", root.verbose ? e : null);
        return ExitCode.DATABASE.code();
    }
}
