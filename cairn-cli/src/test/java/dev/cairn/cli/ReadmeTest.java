package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's set-up section gives exactly two commands; CI runs both (the test command, then the main
 * command from its fresh clone), and the main command names a real example and real commands.
 */
class ReadmeTest {
    private static final Path ROOT = Path.of("..");

    private List<String> setUpCommands() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String section = readme.substring(readme.indexOf("## Set up"), readme.indexOf("## ", readme.indexOf("## Set up") + 3));
        Matcher m = Pattern.compile("(?m)^    (\\S.*)$").matcher(section);
        List<String> commands = new java.util.ArrayList<>();
        while (m.find()) {
            commands.add(m.group(1).strip());
        }
        return commands;
    }

    @Test
    void twoSetUpCommandsBothRunByCi() throws Exception {
        List<String> commands = setUpCommands();
        assertThat(commands).hasSize(2);
        String ci = Files.readString(ROOT.resolve(".ci/run"));
        assertThat(ci).contains("\n" + commands.get(1) + "\n").contains("\n" + commands.get(0) + "\n");
    }

    @Test
    void mainCommandNamesARealExampleAndCommand() throws Exception {
        String[] words = setUpCommands().get(0).split("\\s+");
        assertThat(words[0]).isEqualTo("bin/cairn");
        assertThat(ROOT.resolve(words[0])).isExecutable();
        assertThat(ROOT.resolve(words[2]).resolve("cairn.yaml")).exists();
        assertThat(Cli.commandLine(new RootCommand(null, java.util.Map.of())).getSubcommands()).containsKey(words[3]);
    }
}
