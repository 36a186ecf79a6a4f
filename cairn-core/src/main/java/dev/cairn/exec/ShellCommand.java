package dev.cairn.exec;

import dev.cairn.Cancellation;
import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.config.Redactor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user's command from cairn.yaml ({@code app.deploy}, {@code canary.command}, a snapshot command), run by
 * {@code sh -c} in a working directory. Placeholders {@code {name}} become single-quoted shell words, so a value
 * with spaces, quotes or {@code $(…)} stays one literal argument. Secrets never go on the command line: pass them
 * in {@code env} (e.g. {@code PGPASSWORD}). Output (stdout and stderr merged) is streamed line by line, redacted,
 * and its last {@value #TAIL_LINES} lines are kept for the error message.
 */
public final class ShellCommand {
    /** How many of the last output lines a {@link Result} keeps. */
    public static final int TAIL_LINES = 20;
    /** {@code {name}}; not {@code ${name}}, which is the shell's own. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\$)\\{([A-Za-z][A-Za-z0-9_]*)}");
    /** How long a killed process tree gets to exit before it is killed forcibly. */
    private static final Duration GRACE = Duration.ofSeconds(2);
    /** How long to read the rest of the output after the shell exited (a background child may keep the pipe open). */
    private static final long DRAIN_MS = 500;
    private static final long POLL_MS = 50;

    private ShellCommand() {}

    /**
     * How a command ended.
     *
     * @param exitCode the shell's exit status (after a kill, the signal's: 128 + n, or -1 when unknown)
     * @param lastLines the last lines of its output, redacted
     * @param timedOut it ran past its timeout and was killed
     * @param cancelled a stop was requested (Ctrl-C, SIGTERM) and it was killed, or never started
     */
    public record Result(int exitCode, Duration duration, List<String> lastLines, boolean timedOut, boolean cancelled) {
        public Result {
            lastLines = List.copyOf(lastLines);
        }

        public boolean ok() {
            return exitCode == 0 && !timedOut && !cancelled;
        }

        /** {@code exit 3}, {@code timed out after 30 s}, {@code cancelled}: for a one-line report. */
        public String describe() {
            if (cancelled) {
                return "cancelled";
            }
            if (timedOut) {
                return "timed out after " + duration.toMillis() + " ms and was killed";
            }
            return "exit " + exitCode;
        }
    }

    /**
     * The command as it is run, placeholders replaced by quoted values, with known secrets masked: for a plan or
     * runbook to print.
     */
    public static String render(String template, Map<String, String> placeholders) {
        return Redactor.redactAll(expand(template, placeholders));
    }

    /** The placeholder names {@code template} uses, in order of first use. */
    public static Set<String> placeholders(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * The exact command line: every placeholder replaced by its quoted value. An unknown placeholder is a
     * configuration error (exit 2) naming it and the known ones.
     */
    public static String expand(String template, Map<String, String> placeholders) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (!placeholders.containsKey(name)) {
                throw CairnException.usage("The command '" + Redactor.redactAll(template) + "' uses the placeholder {"
                        + name + "}, which Cairn does not know here. Known placeholders: "
                        + known(placeholders) + ". Fix the command in cairn.yaml (for a shell variable write ${"
                        + name + "}).");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(quote(placeholders.get(name))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String known(Map<String, String> placeholders) {
        if (placeholders.isEmpty()) {
            return "none";
        }
        List<String> names = new ArrayList<>();
        new TreeSet<>(placeholders.keySet()).forEach(n -> names.add("{" + n + "}"));
        return String.join(", ", names);
    }

    /** One shell word whose value is exactly {@code value}: single quotes, each embedded quote as {@code '\''}. */
    public static String quote(String value) {
        return "'" + (value == null ? "" : value.replace("'", "'\\''")) + "'";
    }

    /** {@link #run(String, Map, Path, Map, Duration, Consumer, Cancellation)} stopped by the process's Ctrl-C. */
    public static Result run(String template, Map<String, String> placeholders, Path dir, Map<String, String> env,
            Duration timeout, Consumer<String> output) {
        return run(template, placeholders, dir, env, timeout, output, Cancellation.process());
    }

    /**
     * Runs the command and waits for it. The placeholders are checked before anything starts.
     *
     * @param env extra environment variables for the child (secrets go here, never on the command line)
     * @param timeout zero or null: no limit; past it the process tree is killed and the result says so
     * @param output receives each line of output (stdout and stderr merged), redacted, as it comes
     * @param cancellation a stop request kills the process tree
     */
    public static Result run(String template, Map<String, String> placeholders, Path dir, Map<String, String> env,
            Duration timeout, Consumer<String> output, Cancellation cancellation) {
        String command = expand(template, placeholders);
        return exec(List.of("sh", "-c", command), dir, env, timeout, output, cancellation, "the command '"
                + render(template, placeholders) + "'", "that sh is installed");
    }

    /**
     * Runs a program (pg_dump, pg_restore…) with its arguments, no shell involved, under the same rules as a user's
     * command: output streamed and redacted, timeout and cancellation kill the process tree.
     *
     * @param dir nullable: the current directory
     * @param env extra variables for the child; a null value removes the variable from the inherited environment
     */
    public static Result run(List<String> argv, Path dir, Map<String, String> env, Duration timeout,
            Consumer<String> output, Cancellation cancellation) {
        return exec(argv, dir, env, timeout, output, cancellation, argv.get(0), "that it is installed");
    }

    private static Result exec(List<String> argv, Path dir, Map<String, String> env, Duration timeout,
            Consumer<String> output, Cancellation cancellation, String what, String check) {
        long started = System.nanoTime();
        if (cancellation.requested().isPresent()) {
            return new Result(-1, Duration.ZERO, List.of(), false, true);
        }
        ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
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
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new CairnException(ExitCode.USAGE, "Cannot run " + what + (dir == null ? "" : " in " + dir) + ": "
                    + e.getMessage() + ". Check that the directory exists and " + check + ".", e);
        }
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // The child does not read its input anyway.
        }
        Tail tail = new Tail(output);
        Thread reader = new Thread(() -> tail.read(process), "cairn-command-output");
        reader.setDaemon(true); // a background child that keeps the pipe open must not keep the JVM alive
        reader.start();

        AtomicBoolean cancelled = new AtomicBoolean();
        boolean timedOut = false;
        List<ProcessHandle> signalled = new CopyOnWriteArrayList<>();
        long deadline = timeout == null || timeout.isZero() || timeout.isNegative() ? Long.MAX_VALUE
                : started + timeout.toNanos();
        long forceAt = Long.MAX_VALUE;
        try (Cancellation.Registration r = cancellation.onRequest(reason -> {
            cancelled.set(true);
            signalled.addAll(terminateTree(process)); // on the signal's thread: sends, never waits
        })) {
            // Polled rather than one long wait: a shell that ignores SIGTERM is killed forcibly after a grace.
            while (!process.waitFor(POLL_MS, TimeUnit.MILLISECONDS)) {
                long now = System.nanoTime();
                if (!timedOut && !cancelled.get() && deadline != Long.MAX_VALUE && now - deadline >= 0) {
                    timedOut = true;
                    signalled.addAll(terminateTree(process));
                }
                if ((timedOut || cancelled.get()) && forceAt == Long.MAX_VALUE) {
                    forceAt = now + GRACE.toNanos();
                } else if (forceAt != Long.MAX_VALUE && now - forceAt >= 0) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    signalled.forEach(ProcessHandle::destroyForcibly);
                }
            }
        } catch (InterruptedException e) {
            signalled.addAll(terminateTree(process));
            Thread.currentThread().interrupt();
            cancelled.set(true);
        }
        awaitOrKill(signalled);
        try {
            reader.join(DRAIN_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int exit = process.isAlive() ? -1 : process.exitValue();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        return new Result(exit, took, tail.lines(), timedOut, cancelled.get());
    }

    /**
     * Asks the children to stop first (while they are still the shell's descendants: once the shell is gone they
     * are re-parented and out of reach), then the shell. Returns what it signalled.
     */
    static List<ProcessHandle> terminateTree(Process process) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        tree.add(process.toHandle());
        return tree;
    }

    /** Gives the signalled processes {@link #GRACE} to exit, then kills what is left forcibly. */
    private static void awaitOrKill(List<ProcessHandle> signalled) {
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (ProcessHandle h : signalled) {
            waitUntil(h, deadline);
        }
    }

    private static void waitUntil(ProcessHandle h, long deadline) {
        try {
            h.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (Exception e) {
            h.destroyForcibly();
        }
    }

    /** Reads the merged output, passing each redacted line on and keeping the last ones. */
    private static final class Tail {
        private final Consumer<String> output;
        private final Deque<String> last = new ArrayDeque<>();

        Tail(Consumer<String> output) {
            this.output = output;
        }

        void read(Process process) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String safe = Redactor.redactAll(line);
                    synchronized (this) {
                        last.addLast(safe);
                        if (last.size() > TAIL_LINES) {
                            last.removeFirst();
                        }
                    }
                    try {
                        output.accept(safe);
                    } catch (RuntimeException e) {
                        // A failing printer must not stop the reading: the child would block on a full pipe.
                    }
                }
            } catch (IOException e) {
                // The pipe closed under us (the process was killed): what was read is kept.
            }
        }

        synchronized List<String> lines() {
            return List.copyOf(last);
        }
    }
}
