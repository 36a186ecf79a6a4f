package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cairn.project.GithubWorkflows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** cairn init --ci github: three workflows that parse as YAML and call only commands Cairn has. */
class InitCiCommandTest {
    @TempDir
    Path tmp;

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void writesThreeWorkflowsAtTheRepositoryRootForASubfolderProject() throws Exception {
        Path repo = tmp.resolve("repo");
        GitRepo.init(repo);
        Path project = repo.resolve("services/db");
        CliRun.copyTree(Path.of("..", "examples", "shop"), project);
        CliRun r = CliRun.inProcess("--dir", project.toString(), "init", "--ci", "github");
        assertThat(r.exitCode()).as(r.all()).isZero();
        Path workflows = repo.resolve(".github/workflows");
        assertThat(project.resolve(".github")).doesNotExist();

        JsonNode check = YAML.readTree(workflows.resolve(GithubWorkflows.CHECK).toFile());
        assertThat(check.get("on").has("pull_request")).isTrue();
        assertThat(check.at("/jobs/schema/defaults/run/working-directory").asText()).isEqualTo("services/db");
        assertThat(runs(check)).contains("cairn check", "cairn check --replay");

        JsonNode staging = YAML.readTree(workflows.resolve(GithubWorkflows.STAGING).toFile());
        assertThat(staging.at("/on/push/branches/0").asText()).isEqualTo("main");
        assertThat(staging.at("/jobs/deploy/env/STAGING_DATABASE_URL").asText()).contains("secrets.STAGING_DATABASE_URL");
        assertThat(runs(staging)).contains("cairn --env staging deploy --plan",
                "cairn --env staging deploy --approve --approver \"$GITHUB_ACTOR\" --report cairn-deploy.md");

        JsonNode production = YAML.readTree(workflows.resolve(GithubWorkflows.PRODUCTION).toFile());
        assertThat(production.get("on").has("workflow_dispatch")).isTrue();
        assertThat(production.at("/jobs/deploy/environment").asText()).isEqualTo("production");
        assertThat(runs(production)).contains("cairn --env production deploy --plan",
                "cairn --env production deploy --approve --approver \"$GITHUB_ACTOR\" --report cairn-deploy.md");
        assertThat(runs(production)).as("deploy runs the migrations itself").noneMatch(l -> l.contains(" migrate"));

        // Every Cairn invocation parses against the CLI's own command model.
        CommandLine model = Cli.commandLine(new RootCommand(null, Map.of()));
        boolean hasDrift = model.getSubcommands().containsKey("drift");
        boolean hasReplay = model.getSubcommands().get("check").getCommandSpec().findOption("--replay") != null;
        int parsed = 0;
        for (JsonNode workflow : List.of(check, staging, production)) {
            for (String line : runs(workflow)) {
                if (!line.startsWith("cairn ")) {
                    continue;
                }
                List<String> args = shellWords(line.substring("cairn ".length()));
                // Built in parallel (drift4): allowed only while the model does not have them yet.
                if (!hasDrift && args.contains("drift") || !hasReplay && args.contains("--replay")) {
                    continue;
                }
                Cli.commandLine(new RootCommand(null, Map.of())).parseArgs(args.toArray(String[]::new));
                parsed++;
            }
        }
        assertThat(parsed).isGreaterThanOrEqualTo(6);

        // Again: the files are kept, not overwritten.
        Files.writeString(workflows.resolve(GithubWorkflows.CHECK), "# mine\n");
        CliRun again = CliRun.inProcess("--dir", project.toString(), "init", "--ci", "github");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(Files.readString(workflows.resolve(GithubWorkflows.CHECK))).isEqualTo("# mine\n");
        assertThat(again.err()).contains("exists and was kept");
    }

    @Test
    void plainInitWritesNoWorkflows() throws Exception {
        Path repo = tmp.resolve("repo");
        GitRepo.init(repo);
        CliRun r = CliRun.inProcess("--dir", repo.toString(), "init");
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(repo.resolve("cairn.yaml")).exists();
        assertThat(repo.resolve(".github")).doesNotExist();
        assertThat(CliRun.inProcess("--dir", repo.toString(), "init", "--ci", "gitlab").exitCode()).isEqualTo(2);
    }

    /** Each line of every run: step. */
    private static List<String> runs(JsonNode workflow) {
        List<String> lines = new ArrayList<>();
        workflow.get("jobs").forEach(job -> job.get("steps").forEach(step -> {
            if (step.has("run")) {
                step.get("run").asText().lines().map(String::strip).forEach(lines::add);
            }
        }));
        return lines;
    }

    /** Splits a command line the way sh would for plain words and double/single quotes (no expansion). */
    private static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(w.toString());
        }
        return words;
    }
}
