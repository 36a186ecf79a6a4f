package dev.cairn.embedded;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a short-lived helper program (initdb, pg_ctl, unshare) to completion. */
final class Exec {
    private Exec() {}

    record Result(int exitCode, boolean timedOut, String output) {
        boolean ok() {
            return !timedOut && exitCode == 0;
        }

        /** The output on one line, for error messages. */
        String summary() {
            String flat = String.join(" | ", output.strip().lines().toList());
            return timedOut ? "timed out; output so far: " + flat : "exit code " + exitCode + ": " + flat;
        }
    }

    /**
     * Output goes to a temporary file, not a pipe: pg_ctl leaves a detached server behind, and a
     * grandchild that inherited a pipe would keep us waiting for end-of-file forever.
     */
    static Result run(List<String> command, Duration timeout) throws IOException {
        Path out = Files.createTempFile("cairn-exec-", ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(new File("/")) // an unprivileged server user may not be able to read our cwd
                    .redirectErrorStream(true)
                    .redirectOutput(out.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            boolean finished;
            try {
                finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while running " + command.get(0), e);
            }
            if (!finished) {
                process.destroyForcibly();
            }
            String output = Files.readString(out, StandardCharsets.UTF_8);
            return new Result(finished ? process.exitValue() : -1, !finished, output);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
