package dev.cairn.cli;

import dev.cairn.generate.SchemaFingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Real git in a temporary repository, for the tests of check --staged, the hook and the CI report. */
final class GitRepo {
    private GitRepo() {}

    record Result(int exitCode, String output) {}

    /** Runs git in dir; {@code extraEnv} adds to the environment (for example CAIRN for a hook). */
    static Result run(Path dir, Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("GIT_AUTHOR_NAME", "Test");
        env.put("GIT_AUTHOR_EMAIL", "test@example.com");
        env.put("GIT_COMMITTER_NAME", "Test");
        env.put("GIT_COMMITTER_EMAIL", "test@example.com");
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("HOME", dir.toString());
        env.remove("CAIRN");
        env.putAll(extraEnv);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("git " + String.join(" ", args) + " did not finish");
        }
        return new Result(p.exitValue(), out);
    }

    /** Runs git and fails the test unless it succeeds; returns its output. */
    static String git(Path dir, String... args) throws IOException, InterruptedException {
        Result r = run(dir, Map.of(), args);
        if (r.exitCode() != 0) {
            throw new AssertionError("git " + String.join(" ", args) + " failed (" + r.exitCode() + "): " + r.output());
        }
        return r.output();
    }

    static void init(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        git(dir, "init", "-q");
    }

    static void commitAll(Path dir, String message) throws IOException, InterruptedException {
        git(dir, "add", "-A");
        git(dir, "commit", "-q", "--no-verify", "-m", message);
    }

    /** The example shop, copied to {@code to}, with a snapshot for V5 recording its schema sources as they are. */
    static void shopWithSnapshot(Path to) throws IOException {
        CliRun.copyTree(Path.of("..", "examples", "shop"), to);
        writeSnapshot(to, "5");
    }

    /** A snapshot for version {@code version} whose sourcesHash matches the schema files now (catalog left empty). */
    static void writeSnapshot(Path project, String version) throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(project.resolve("schema"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                sources.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        Path snapshots = project.resolve("migrations/.snapshots");
        Files.createDirectories(snapshots);
        Files.writeString(snapshots.resolve("V" + version + ".json"), "{\n  \"catalog\" : {\n    \"schemas\" : [ ]\n  },\n"
                + "  \"format\" : 1,\n  \"sourcesHash\" : \"" + SchemaFingerprint.of(sources) + "\"\n}\n");
    }
}
