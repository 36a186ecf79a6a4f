package dev.cairn.cli;

import dev.cairn.check.HookInstallation;
import dev.cairn.check.PreCommitHook;
import dev.cairn.doc.HookDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "hook", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Git hooks that run Cairn's checks.",
        subcommands = {HookCommand.Install.class})
final class HookCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = {"Install a git pre-commit hook that runs `cairn check --staged` for this project, blocking a"
                    + " commit that stages schema changes without a generated migration.", "An existing hook is kept"
                    + " (moved to pre-commit.pre-cairn) and runs first; installing again updates Cairn's hook."
                    + " The hook runs this Cairn (its absolute path), or $CAIRN when set."})
    static final class Install extends BaseCommand {
        @Override
        int execute() {
            PreCommitHook.Result r = HookInstallation.install(project(), selfCommand(root().env));
            if (console().json()) {
                console().document(HookDocument.of(r));
            } else {
                String what = switch (r.outcome()) {
                    case INSTALLED -> "Installed";
                    case CHAINED -> "Installed (the existing hook was kept as " + r.chained().getFileName() + " and runs first)";
                    case UPDATED -> "Updated";
                    case UNCHANGED -> "Already installed, unchanged:";
                };
                console().line(what + " " + r.hook());
                console().line("  runs `cairn --dir " + r.dir() + " check --staged` before every commit, with Cairn as");
                console().line("  " + r.command() + "   (set $CAIRN to use another)");
            }
            return 0;
        }
    }

    /**
     * How a hook (or anything run later) starts this Cairn: the launcher when {@code bin/cairn} started us
     * (it passes {@code -Dcairn.launcher}), else {@code java -jar} on this jar, else {@code java -cp} on
     * this class path.
     */
    static String selfCommand(Map<String, String> env) {
        String launcher = System.getProperty("cairn.launcher");
        if (launcher != null && !launcher.isBlank()) {
            return PreCommitHook.quote(launcher);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> words = new ArrayList<>(List.of(java));
        try {
            Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (code.toString().endsWith(".jar")) {
                words.addAll(List.of("-jar", code.toString()));
                return PreCommitHook.commandLine(words);
            }
        } catch (Exception e) {
            // fall back to the class path
        }
        words.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        return PreCommitHook.commandLine(words);
    }
}
