package dev.cairn.deploy;

import dev.cairn.exec.ShellCommand;
import dev.cairn.Cancellation;
import dev.cairn.config.DeploySettings.CanarySettings;
import dev.cairn.events.RunEvents;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Shifts traffic in the stages of {@code canary:}: for each percentage, the stage command (with {@code {percent}}
 * and the application's placeholders) and then the health watch. Stops at the first stage whose command or health
 * fails; later stages are not run. Each stage is reported as {@code canary.stage.started} and
 * {@code canary.stage.finished} events ({@code percent}, {@code index}, {@code stages}; when finished also
 * {@code outcome} ok/failed/cancelled, {@code reason} and {@code durationMs}).
 */
public final class CanaryRollout {
    private final Path dir;
    private final Map<String, String> env;
    private final Duration commandTimeout;
    private final Consumer<String> output;
    private final HealthWatch health;
    private final RunEvents events;
    private final Cancellation cancellation;

    /**
     * @param dir where the stage commands run (the project directory)
     * @param env extra environment variables for the stage commands
     * @param commandTimeout each stage command's limit (zero: none), e.g. {@code app.timeout}
     * @param output receives the commands' output lines, redacted
     */
    public CanaryRollout(Path dir, Map<String, String> env, Duration commandTimeout, Consumer<String> output,
            HealthWatch health, RunEvents events, Cancellation cancellation) {
        this.dir = dir;
        this.env = Map.copyOf(env);
        this.commandTimeout = commandTimeout;
        this.output = output;
        this.health = health;
        this.events = events;
        this.cancellation = cancellation;
    }

    /** The stages with the process's Ctrl-C as cancellation. */
    public CanaryRollout(Path dir, Map<String, String> env, Duration commandTimeout, Consumer<String> output,
            RunEvents events) {
        this(dir, env, commandTimeout, output, new HealthWatch(events), events, Cancellation.process());
    }

    /**
     * One stage: its command's result and, when the command succeeded, the health watch's outcome (else null).
     */
    public record StageResult(int percent, ShellCommand.Result command, HealthOutcome health, long durationMs) {
        public boolean ok() {
            return command.ok() && health != null && health.healthy();
        }

        public boolean cancelled() {
            return command.cancelled() || (health != null && health.cancelled());
        }

        /** Why the stage failed, one line; "ok" when it did not. */
        public String reason() {
            if (!command.ok()) {
                return "the canary command at " + percent + "% " + (command.cancelled() ? "was cancelled"
                        : command.timedOut() ? "timed out and was killed" : "failed (exit " + command.exitCode() + ")");
            }
            if (health == null || !health.healthy()) {
                return "health at " + percent + "%: " + (health == null ? "not checked" : health.describe());
            }
            return "ok";
        }
    }

    /**
     * @param ok every stage passed
     * @param stages the stages that ran, in order; the last is the failed one when {@code ok} is false
     */
    public record Outcome(boolean ok, List<StageResult> stages) {
        public Outcome {
            stages = List.copyOf(stages);
        }

        /** The stage that failed, or null. */
        public StageResult failed() {
            return ok || stages.isEmpty() ? null : stages.get(stages.size() - 1);
        }
    }

    /** The placeholders of one stage: the given ones plus {@code {percent}}. */
    public static Map<String, String> stagePlaceholders(Map<String, String> placeholders, int percent) {
        Map<String, String> all = new HashMap<>(placeholders);
        all.put("percent", String.valueOf(percent));
        return all;
    }

    /**
     * Runs the stages in order. An unknown placeholder in the command is refused (exit 2) before the first stage
     * runs.
     *
     * @param placeholders the application's ({@code env}, {@code version}, {@code commit}…); {@code percent} is added
     */
    public Outcome run(CanarySettings canary, Map<String, String> placeholders) {
        boolean hasCommand = canary.command() != null && !canary.command().isBlank();
        if (hasCommand && !canary.stages().isEmpty()) {
            ShellCommand.expand(canary.command(), stagePlaceholders(placeholders, canary.stages().get(0)));
        }
        List<StageResult> done = new ArrayList<>();
        int total = canary.stages().size();
        for (int i = 0; i < total; i++) {
            int percent = canary.stages().get(i);
            long started = System.nanoTime();
            events.emit("canary.stage.started", "percent", percent, "index", i + 1, "stages", total);
            ShellCommand.Result command = hasCommand ? ShellCommand.run(canary.command(),
                    stagePlaceholders(placeholders, percent), dir, env, commandTimeout, output, cancellation)
                    : new ShellCommand.Result(0, Duration.ZERO, List.of(), false, false); // health checks only
            HealthOutcome watched = command.ok() && canary.health() != null ? health.watch(canary.health())
                    : command.ok() ? new HealthOutcome(true, 0, 0, List.of(), 0, false) : null;
            StageResult stage = new StageResult(percent, command, watched, (System.nanoTime() - started) / 1_000_000);
            done.add(stage);
            events.emit("canary.stage.finished", "percent", percent, "index", i + 1, "stages", total, "outcome",
                    stage.ok() ? "ok" : stage.cancelled() ? "cancelled" : "failed", "reason", stage.ok() ? null : stage.reason(),
                    "durationMs", stage.durationMs());
            if (!stage.ok()) {
                return new Outcome(false, done);
            }
        }
        return new Outcome(true, done);
    }
}
