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
            // parsing failed, so no command configured the console: --json still asks for the error document
            console.configure(wantsJson(a), false, false);
            console.error(usageMessage(e));
            return ExitCode.USAGE.code();
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> handle(e, console, root));
        try {
            return cli.execute(args);
        } finally {
            console.flush();
        }
    }

    /** Whether {@code --json} is among the options (before a {@code --} that ends them). */
    static boolean wantsJson(String[] args) {
        for (String a : args) {
            if (a.equals("--")) {
                return false;
            }
            if (a.equals("--json")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A parse error in words a user knows: picocli's messages talk about "positional parameters at index 0";
     * a user typed a command, an argument or a FROM.
     */
    static String usageMessage(CommandLine.ParameterException e) {
        CommandLine cmd = e.getCommandLine();
        String command = cmd.getCommandSpec().qualifiedName();
        List<String> suggestions = e instanceof CommandLine.UnmatchedArgumentException u ? u.getSuggestions() : List.of();
        String suggestion = suggestions.isEmpty() ? "" : " Did you mean " + String.join(" or ", suggestions) + "?";
        if (e instanceof CommandLine.UnmatchedArgumentException u && cmd.getParent() == null && !u.getUnmatched().isEmpty()
                && !u.getUnmatched().get(0).startsWith("-")) {
            return "'" + u.getUnmatched().get(0) + "' is not a cairn command." + suggestion
                    + " Run `cairn --help` for the commands.";
        }
        String m = e.getMessage() == null ? "invalid arguments" : e.getMessage();
        m = m.replaceAll("(?:positional parameter )?at index \\d+(?:\\.\\.\\S*)? \\(([^)]+)\\)", "$1")
                .replaceAll("Unmatched argument at index \\d+", "Unexpected argument")
                .replaceAll("Unmatched arguments from index \\d+", "Unexpected arguments")
                .replaceAll("positional parameters? at index \\d+(?:\\.\\.\\S*)?", "argument");
        return m + (m.endsWith(".") ? "" : ".") + suggestion + " Run `" + command + " --help` for the options.";
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
        cli.addSubcommand("help", new CommandLine.HelpCommand());
        HelpText.install(cli);
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
