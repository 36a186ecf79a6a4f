package dev.cairn.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The real {@code cairn} fat jar, run as an OS process ({@code java -jar cairn.jar ...}). */
final class Cairn {
    private Cairn() {}

    /** One finished run. {@code millis} is wall time from process start to exit. */
    record Result(List<String> args, int exit, String out, String err, long millis) {
        String all() {
            return "cairn " + String.join(" ", args) + "\nexit " + exit + " after " + millis + " ms\n--- stdout\n" + out
                    + "\n--- stderr\n" + err;
        }
    }

    /** A started run; stdout and stderr go to files, so a killed process leaves what it printed. */
    record Running(List<String> args, Process process, Path out, Path err, long startNanos) {
        boolean isAlive() {
            return process.isAlive();
        }

        long elapsedMillis() {
            return (System.nanoTime() - startNanos) / 1_000_000;
        }

        /** Waits for the exit; a run still alive at the limit is killed and reported with its output so far. */
        Result await(Duration limit) throws Exception {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                long ms = elapsedMillis();
                kill9();
                throw new AssertionError("still running after " + ms / 1000 + " s (killed): cairn " + String.join(" ", args)
                        + "\n--- stdout\n" + Files.readString(out) + "\n--- stderr\n" + Files.readString(err));
            }
            long ms = elapsedMillis();
            return new Result(args, process.exitValue(), Files.readString(out), Files.readString(err), ms);
        }

        /** SIGKILL: no shutdown hooks, no finally blocks, sockets closed by the kernel. */
        void kill9() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL on Unix
            process.waitFor();
        }
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("cairn.jar", "../cairn-cli/target/cairn.jar")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The fault suite runs the fat jar " + jar + ", which does not exist. Build it"
                    + " with faults/run.sh (or mvn -B -o -pl cairn-core,cairn-cli -am package -DskipTests).");
        }
        return jar;
    }

    static Running start(Path workDir, Map<String, String> env, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toString()));
        cmd.addAll(args);
        Files.createDirectories(workDir);
        Path out = Files.createTempFile(workDir, "stdout-", ".txt");
        Path err = Files.createTempFile(workDir, "stderr-", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        // A developer's or CI's own settings must not steer the scenarios.
        pb.environment().keySet().removeIf(k -> k.startsWith("CAIRN_ENV") || k.startsWith("PG") || k.equals("DATABASE_URL")
                || k.equals("GITHUB_STEP_SUMMARY"));
        pb.environment().put("NO_COLOR", "1");
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        return new Running(List.copyOf(args), pb.start(), out, err, t0);
    }

    static Result run(Path workDir, Map<String, String> env, Duration limit, List<String> args) throws Exception {
        return start(workDir, env, args).await(limit);
    }
}
