package dev.cairn.cli;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Builds the command tree and runs one invocation, mapping every outcome to a documented exit code. */
public final class Cli {
    private Cli() {}

    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        Console console = new Console(out, err);
        RootCommand root = new RootCommand(console, env);
        CommandLine cli = commandLine(root, requestedCommand(args));
        cli.setOut(console.outWriter());
        cli.setErr(console.errWriter());
        cli.setParameterExceptionHandler((e, a) -> {
            String suggestion = e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()
                    ? " Did you mean " + String.join(" or ", u.getSuggestions()) + "?" : "";
            console.error("Usage error: " + e.getMessage() + "." + suggestion + " Run `"
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help` for the options.");
            return ExitCode.USAGE.code();
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> handle(e, console, root));
        try {
            return cli.execute(args);
        } finally {
            console.flush();
        }
    }

    /** The whole command tree, also used by tests and generated documentation to check that commands exist. */
    public static CommandLine commandLine(RootCommand root) {
        return commandLine(root, null);
    }

    /**
     * The command tree with only {@code command} under the root when it names one — picocli builds each
     * command's model by reflection, and building all of them would be a fifth of a no-op run — or with
     * every command (for help, and for errors that list them).
     */
    private static CommandLine commandLine(RootCommand root, String command) {
        CommandLine cli = new CommandLine(root);
        List<Class<?>> commands = RootCommand.COMMANDS.stream().filter(c -> name(c).equals(command)).toList();
        for (Class<?> c : commands.isEmpty() ? RootCommand.COMMANDS : commands) {
            cli.addSubcommand(c);
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setUsageHelpAutoWidth(true);
        // `--env ci` or `--env check` names an environment, not the `ci` or `check` command.
        cli.setAllowSubcommandsAsOptionParameters(true);
        return cli;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    /** The first argument that is neither a global option nor its value: the command to run, if any. */
    static String requestedCommand(String[] args) {
        Set<String> withValue = new HashSet<>();
        for (Field f : RootCommand.class.getDeclaredFields()) {
            Option o = f.getAnnotation(Option.class);
            if (o != null && f.getType() != boolean.class) {
                withValue.addAll(List.of(o.names()));
            }
        }
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("-")) {
                return a;
            }
            if (withValue.contains(a)) {
                i++;
            }
        }
        return null;
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
