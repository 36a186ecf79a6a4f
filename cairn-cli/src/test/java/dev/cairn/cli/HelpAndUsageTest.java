package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help, usage errors, version and completion: what a newcomer meets first. No database needed. */
class HelpAndUsageTest {
    @TempDir
    Path tmp;

    @Test
    void bareCairnListsTheCommandsAndExitsTwo() {
        CliRun bare = CliRun.inProcess();
        assertThat(bare.exitCode()).isEqualTo(2);
        assertThat(bare.err()).contains("Commands:").contains("migrate", "status", "generate", "drift", "completion", "help");

        CliRun json = CliRun.inProcess("--json");
        assertThat(json.exitCode()).isEqualTo(2);
        assertThat(json.json().get("ok").asBoolean()).isFalse();
        assertThat(json.json().get("exitCode").asInt()).isEqualTo(2);
    }

    @Test
    void commandListGivesWholeSentences() {
        CliRun help = CliRun.inProcess("--help");
        assertThat(help.exitCode()).isZero();
        List<String> entries = commandList(help.out());
        assertThat(entries).hasSizeGreaterThanOrEqualTo(18);
        assertThat(entries).allSatisfy(e -> assertThat(e).as("a summary cut mid-sentence").endsWith("."));
        assertThat(CliRun.inProcess("local", "--help").out()).contains("start").contains("libpq");
    }

    /** The entries under "Commands:", continuation lines joined. */
    private static List<String> commandList(String help) {
        List<String> entries = new ArrayList<>();
        boolean in = false;
        for (String line : help.split("\\R")) {
            if (line.equals("Commands:")) {
                in = true;
            } else if (in && line.isBlank()) {
                break;
            } else if (in && line.matches("  \\S.*")) {
                entries.add(line.strip());
            } else if (in) {
                entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + line.strip());
            }
        }
        return entries;
    }

    @Test
    void helpWrapsAtSpacesNeverInsideAWord() {
        for (String command : List.of("check", "generate", "drift", "validate", "sum", "hook")) {
            String help = CliRun.inProcess(command, "--help").out();
            assertThat(help).as(command).doesNotContainPattern("cairn\\.\\s*\\R\\s*sum")
                    .doesNotContainPattern("jdbc:\\s*\\R").doesNotContainPattern("schema\\.\\s*\\R\\s*table");
            for (String line : help.split("\\R")) {
                assertThat(line.length()).as(command + ": " + line).isLessThanOrEqualTo(80);
            }
        }
        assertThat(CliRun.inProcess("check", "--help").out()).contains("cairn.sum").contains("  -v, --verbose")
                .contains("      --dir=DIR").contains("--staged");
        assertThat(CliRun.inProcess("diff", "--help").out()).contains("FROM").contains("TO").contains("--rename=OLD=NEW");
    }

    @Test
    void driftHelpSaysItReadsTheSnapshotFirst() {
        String help = CliRun.inProcess("drift", "--help").out();
        assertThat(help).contains("snapshot").contains("--replay");
        assertThat(help).doesNotContain("build (replayed into a scratch database)");
    }

    @Test
    void helpCommandShowsACommandsHelp() {
        CliRun r = CliRun.inProcess("help", "migrate");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--dry-run").contains("--target");
        assertThat(CliRun.inProcess("help").out()).contains("Commands:");
    }

    @Test
    void completionScriptsForBashAndZshAreValidShell() throws Exception {
        CliRun bash = CliRun.inProcess("completion", "bash");
        assertThat(bash.exitCode()).as(bash.all()).isZero();
        assertThat(bash.out()).contains("complete -F").contains("migrate").contains("--dry-run").contains("generate");
        CliRun zsh = CliRun.inProcess("completion", "zsh");
        assertThat(zsh.exitCode()).isZero();
        assertThat(zsh.out()).contains("bashcompinit");
        Path script = tmp.resolve("cairn-completion.bash");
        Files.writeString(script, bash.out());
        Process p = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();
        assertThat(CliRun.inProcess("completion", "fish").exitCode()).isEqualTo(2);
    }

    @Test
    void versionNamesTheProjectVersionAndTheCommit() throws Exception {
        CliRun r = CliRun.inProcess("--version");
        assertThat(r.exitCode()).isZero();
        Matcher m = Pattern.compile("cairn (\\S+) \\(commit ([0-9a-f]+)(-dirty)?\\)").matcher(r.out());
        Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
        String head = new String(git.getInputStream().readAllBytes()).strip();
        if (git.waitFor() == 0) {
            assertThat(m.find()).as(r.out()).isTrue();
            assertThat(m.group(1)).matches("\\d+\\.\\d+\\.\\d+.*");
            assertThat(head).as("the commit the classes were built from").startsWith(m.group(2));
        } else {
            assertThat(r.out()).contains("commit unknown");
        }
        assertThat(r.out()).doesNotContain("development build");
    }

    @Test
    void usageErrorsSayErrorOnceInPlainWords() {
        CliRun flag = CliRun.inProcess("migrate", "--dryrun");
        assertThat(flag.exitCode()).isEqualTo(2);
        assertThat(flag.err()).startsWith("error: ").doesNotContain("Usage error").contains("--dryrun")
                .contains("cairn migrate --help");

        CliRun command = CliRun.inProcess("migrat");
        assertThat(command.exitCode()).isEqualTo(2);
        assertThat(command.err()).contains("'migrat' is not a cairn command").contains("migrate").doesNotContain("index");

        CliRun extra = CliRun.inProcess("diff", "migrations", "schema", "extra");
        assertThat(extra.exitCode()).isEqualTo(2);
        assertThat(extra.err()).contains("extra").doesNotContain("index").doesNotContain("positional");
        CliRun missing = CliRun.inProcess("diff", "migrations");
        assertThat(missing.err()).contains("TO").doesNotContain("index").doesNotContain("positional");
    }

    @Test
    void jsonUsageErrorIsAJsonDocumentOnStdout() {
        CliRun r = CliRun.inProcess("--json", "migrate", "--dryrun");
        assertThat(r.exitCode()).isEqualTo(2);
        JsonNode doc = r.json();
        assertThat(doc.get("ok").asBoolean()).isFalse();
        assertThat(doc.get("exitCode").asInt()).isEqualTo(2);
        assertThat(doc.get("error").asText()).contains("--dryrun");
        assertThat(CliRun.inProcess("migrate", "--dryrun", "--json").json().get("exitCode").asInt()).isEqualTo(2);
    }

    @Test
    void verbosePrintsTheErrorOnceThenItsTrace() {
        Path empty = tmp.resolve("nothing-here");
        CliRun r = CliRun.inProcess("--dir", empty.toString(), "--verbose", "status");
        assertThat(r.exitCode()).isEqualTo(2);
        String first = r.err().lines().findFirst().orElseThrow();
        assertThat(first).startsWith("error: ");
        String message = first.substring("error: ".length(), Math.min(first.length(), 60));
        assertThat(r.err().split(Pattern.quote(message), -1)).as(r.err()).hasSize(2);
        assertThat(r.err()).contains("\tat dev.cairn").doesNotContain("CairnException:");
    }

    @Test
    void hookInstallOutsideGitSaysWhatToDo() {
        Path project = tmp.resolve("nogit");
        assertThat(CliRun.inProcess("--dir", project.toString(), "init").exitCode()).isZero();
        CliRun r = CliRun.inProcess("--dir", project.toString(), "hook", "install");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("not inside a git work tree").contains("git init").doesNotContain("drop the option");
    }
}
