package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.check.PreCommitHook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cairn hook install, with real git commits running the hook, for a project in a subfolder of the repository. */
@Tag("db")
class HookCommandTest {
    @TempDir
    Path tmp;

    /** The hook runs Cairn from the test class path ($CAIRN), as the built jar would. */
    private static final Map<String, String> CAIRN = Map.of("CAIRN", PreCommitHook.commandLine(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
            System.getProperty("java.class.path"), Main.class.getName())));

    @Test
    void blocksASchemaChangeWithoutMigrationAndAllowsItWithGenerateOutput() throws Exception {
        Path repo = tmp.resolve("repo");
        Path project = repo.resolve("services/db");
        GitRepo.init(repo);
        assertThat(CliRun.inProcess("--dir", project.toString(), "init").exitCode()).isZero();
        Files.writeString(project.resolve("schema/tables.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
        CliRun first = CliRun.inProcess("--dir", project.toString(), "generate", "--name", "users");
        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(project.resolve("migrations/.snapshots/V1.json")).exists();

        // Someone else's hook is already there: it is kept and still runs.
        Path hooks = repo.resolve(".git/hooks");
        Files.createDirectories(hooks);
        Path existing = hooks.resolve("pre-commit");
        Files.writeString(existing, "#!/bin/sh\necho ran > \"$(git rev-parse --git-dir)/earlier-hook-ran\"\n");
        existing.toFile().setExecutable(true);

        CliRun install = CliRun.inProcess("--dir", project.toString(), "hook", "install");
        assertThat(install.exitCode()).as(install.all()).isZero();
        assertThat(install.out()).contains("kept as pre-commit.pre-cairn");
        CliRun again = CliRun.inProcess("--dir", project.toString(), "hook", "install", "--json");
        assertThat(again.exitCode()).isZero();
        assertThat(again.json().get("outcome").asText()).isEqualTo("unchanged");
        assertThat(again.json().get("project").asText()).isEqualTo("services/db");
        String hook = Files.readString(existing);
        assertThat(hook.split(PreCommitHook.MARKER, -1)).hasSize(2);
        assertThat(hook.split("check --staged\"", -1)).hasSize(2);
        assertThat(hook).contains("--dir services/db check --staged");
        assertThat(Files.readString(hooks.resolve(PreCommitHook.CHAINED))).contains("earlier-hook-ran");

        GitRepo.git(repo, "add", "-A");
        GitRepo.Result initial = GitRepo.run(repo, CAIRN, "commit", "-q", "-m", "users");
        assertThat(initial.exitCode()).as(initial.output()).isZero();
        assertThat(repo.resolve(".git/earlier-hook-ran")).exists();
        Files.delete(repo.resolve(".git/earlier-hook-ran"));

        // A schema change without its migration is blocked, with what to run.
        Path tables = project.resolve("schema/tables.sql");
        Files.writeString(tables, "CREATE TABLE users (id bigint PRIMARY KEY, email text, name text);\n");
        GitRepo.git(repo, "add", "-A");
        GitRepo.Result blocked = GitRepo.run(repo, CAIRN, "commit", "-q", "-m", "add name");
        assertThat(blocked.exitCode()).as(blocked.output()).isNotZero();
        assertThat(blocked.output()).contains("Schema changed but no migration was generated: run `cairn generate`")
                .contains("commit blocked");
        assertThat(repo.resolve(".git/earlier-hook-ran")).exists();
        assertThat(GitRepo.git(repo, "log", "--oneline")).doesNotContain("add name");

        // With what cairn generate writes staged too, the commit goes through.
        CliRun generate = CliRun.inProcess("--dir", project.toString(), "generate", "--name", "add name");
        assertThat(generate.exitCode()).as(generate.all()).isZero();
        GitRepo.git(repo, "add", "-A");
        GitRepo.Result allowed = GitRepo.run(repo, CAIRN, "commit", "-q", "-m", "add name");
        assertThat(allowed.exitCode()).as(allowed.output()).isZero();
        assertThat(GitRepo.git(repo, "log", "--oneline")).contains("add name");
    }

    @Test
    void installsIntoAFreshRepositoryOnceAndRunsFromTheTopLevel() throws Exception {
        Path repo = tmp.resolve("repo");
        GitRepo.init(repo);
        Path project = repo.resolve("db");
        assertThat(CliRun.inProcess("--dir", project.toString(), "init").exitCode()).isZero();
        CliRun r = CliRun.inProcess("--dir", project.toString(), "hook", "install", "--json");
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.json().get("outcome").asText()).isEqualTo("installed");
        assertThat(r.json().get("chained").isNull()).isTrue();
        assertThat(CliRun.inProcess("--dir", project.toString(), "hook", "install", "--json").json().get("outcome")
                .asText()).isEqualTo("unchanged");
        Path hook = repo.resolve(".git/hooks/pre-commit");
        assertThat(hook).isExecutable();
        assertThat(repo.resolve(".git/hooks/" + PreCommitHook.CHAINED)).doesNotExist();
        // A clean commit from a subfolder passes the hook.
        Files.writeString(project.resolve("README"), "db\n");
        GitRepo.git(repo, "add", "-A");
        GitRepo.Result commit = GitRepo.run(project, CAIRN, "commit", "-q", "-m", "init");
        assertThat(commit.exitCode()).as(commit.output()).isZero();
    }

    @Test
    void outsideAGitRepositoryIsAUsageError() throws Exception {
        Path project = tmp.resolve("alone");
        assertThat(CliRun.inProcess("--dir", project.toString(), "init").exitCode()).isZero();
        if (GitRepo.run(tmp, Map.of(), "rev-parse", "--show-toplevel").exitCode() == 0) {
            return; // the temporary directory is inside some repository: nothing to test here
        }
        CliRun r = CliRun.inProcess("--dir", project.toString(), "hook", "install");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("not inside a git work tree");
    }
}
