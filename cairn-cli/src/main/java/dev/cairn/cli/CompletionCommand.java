package dev.cairn.cli;

import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a shell completion script for cairn's commands and options.",
                "bash: source <(cairn completion bash), e.g. in ~/.bashrc.",
                "zsh: source <(cairn completion zsh), e.g. in ~/.zshrc (it loads zsh's bash completion support)."})
final class CompletionCommand extends BaseCommand {
    enum Shell { bash, zsh }

    @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Override
    int execute() {
        // The whole command tree: this run was built with the completion command only.
        CommandLine all = Cli.commandLine(new RootCommand(console(), Map.of()));
        // picocli's script serves both: under zsh it loads bashcompinit first.
        String script = AutoComplete.bash("cairn", all);
        console().raw(script);
        return 0;
    }
}
