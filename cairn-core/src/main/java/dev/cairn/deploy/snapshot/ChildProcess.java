package dev.cairn.deploy.snapshot;

import dev.cairn.CairnException;
import dev.cairn.Cancellation;
import dev.cairn.config.Redactor;
import dev.cairn.exec.ShellCommand;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Runs a tool (pg_dump, a user's command) through the one process runner ({@link ShellCommand}: Ctrl-C stops it with
 * its children) and keeps the last lines of its output, secrets masked, for messages.
 */
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
     *
     * @throws IOException when the program cannot be started (not found, not executable)
     */
    static Result run(List<String> command, Path dir, Map<String, String> env, Collection<String> secrets)
            throws IOException {
        ShellCommand.Result r;
        try {
            r = ShellCommand.run(command, dir, env, Duration.ZERO, line -> {}, Cancellation.process());
        } catch (CairnException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
        if (r.cancelled()) {
            throw new IOException(command.get(0) + " was stopped (" + r.describe() + ")");
        }
        List<String> lines = r.lastLines();
        String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        return new Result(r.exitCode(), Redactor.redact(tail, secrets));
    }
}
