package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.events.RunEvents;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress lines the console prints for the deploy pipeline's events. */
class DeployProgressLinesTest {
    @Test
    void stagesCanaryStagesAndFailedHealthChecksGetReadableLines() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        console.configure(false, false, false);
        RunEvents events = new RunEvents(new ConsoleEventSink(console), "staging");

        events.emit("stage.started", "stage", "migrate");
        events.emit("stage.finished", "stage", "migrate", "outcome", "ok", "durationMs", 1500L);
        events.emit("canary.stage.started", "percent", 10, "index", 1, "stages", 3);
        events.emit("health.check", "url", "http://127.0.0.1:1/health", "status", 200, "ok", true, "index", 1, "checks", 5,
                "failures", 0, "threshold", 2);
        events.emit("health.check", "url", "http://127.0.0.1:1/health", "status", 500, "error", "status 500, expected 200",
                "ok", false, "index", 2, "checks", 5, "failures", 1, "threshold", 2);
        events.emit("canary.stage.finished", "percent", 10, "outcome", "failed", "durationMs", 80L,
                "reason", "health at 10%: unhealthy");
        events.emit("stage.finished", "stage", "snapshot", "outcome", "skipped");

        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "[migrate] …",
                "[migrate] ok  (1.5 s)",
                "  canary 10% (stage 1/3) …",
                "    health check 2/5 failed (failure 1; the stage fails at 2): status 500, expected 200",
                "  canary 10%  failed  (80 ms): health at 10%: unhealthy",
                "[snapshot] skipped");
    }
}
