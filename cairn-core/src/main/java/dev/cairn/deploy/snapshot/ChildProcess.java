package dev.cairn.deploy.snapshot;

import dev.cairn.config.Redactor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** Runs a tool (pg_dump, a user's command) and keeps the last lines of its output, secrets masked, for messages. */
final class ChildProcess {
    static final int TAIL_LINES = 15;

    private ChildProcess() {}

    /** The outcome; {@code tail} is the last {@value #TAIL_LINES} lines of stdout and stderr together, redacted. */
    record Result(int exitCode, String tail) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    /**
     * Runs {@code command} in {@code dir} with the current environment plus {@code env} (a null value removes a
     * variable), waiting for it to end; {@code secrets} are masked in the output kept.
     */
    static Result run(List<String> command, Path dir, Map<String, String> env, Collection<String> secrets)
            throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        env.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        Process p = pb.start();
        String tail = tail(p.getInputStream());
        try {
            int code = p.waitFor();
            return new Result(code, Redactor.redact(tail, secrets));
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + command.get(0), e);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String tail(InputStream in) throws IOException {
        Deque<String> lines = new ArrayDeque<>();
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.addLast(line);
                if (lines.size() > TAIL_LINES) {
                    lines.removeFirst();
                }
            }
        }
        return String.join("\n", lines);
    }
}
