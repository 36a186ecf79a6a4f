package dev.cairn.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.Cancellation;
import dev.cairn.CairnException;
import dev.cairn.config.DeploySettings.CanarySettings;
import dev.cairn.config.DeploySettings.HealthCheck;
import dev.cairn.events.Event;
import dev.cairn.events.RunEvents;
import dev.cairn.testing.TestApp;
import dev.cairn.testing.TestApp.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanaryRolloutTest {
    @TempDir
    Path dir;
    final TestApp app = TestApp.start();
    final List<Event> events = new CopyOnWriteArrayList<>();
    final List<String> output = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        app.close();
    }

    private CanaryRollout rollout() {
        RunEvents run = new RunEvents(events::add, "test");
        Cancellation cancellation = new Cancellation();
        return new CanaryRollout(dir, Map.of("APP_TOKEN", "x"), Duration.ofSeconds(20), output::add,
                new HealthWatch(run, cancellation), run, cancellation);
    }

    /** Each stage appends "version percent" to stages.txt, then sets the app's traffic. */
    private CanarySettings canary(List<Integer> stages, int checks) {
        return new CanarySettings(stages, "echo {version} {percent} >> stages.txt && " + app.command("POST", "/traffic/{percent}"),
                new HealthCheck(app.healthUrl(), 200, "ok", Duration.ofMillis(20), checks, 1, Duration.ofSeconds(5)));
    }

    private List<String> stagesRun() throws Exception {
        Path file = dir.resolve("stages.txt");
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    @Test
    void allStagesRunInOrderEachFollowedByItsHealthChecks() throws Exception {
        CanaryRollout.Outcome o = rollout().run(canary(List.of(10, 50, 100), 2), Map.of("version", "5"));

        assertThat(o.ok()).as(o.toString()).isTrue();
        assertThat(o.failed()).isNull();
        assertThat(o.stages()).extracting(CanaryRollout.StageResult::percent).containsExactly(10, 50, 100);
        assertThat(stagesRun()).containsExactly("5 10", "5 50", "5 100");
        assertThat(app.traffic()).containsExactly(10, 50, 100);
        assertThat(app.requests()).containsExactly("POST /traffic/10", "GET /health", "GET /health",
                "POST /traffic/50", "GET /health", "GET /health", "POST /traffic/100", "GET /health", "GET /health");
        assertThat(events).extracting(Event::type).containsExactly("canary.stage.started", "health.check", "health.check",
                "canary.stage.finished", "canary.stage.started", "health.check", "health.check", "canary.stage.finished",
                "canary.stage.started", "health.check", "health.check", "canary.stage.finished");
        assertThat(events.get(3).fields()).containsEntry("percent", 10).containsEntry("outcome", "ok").containsKey("durationMs");
    }

    @Test
    void anUnhealthyStageStopsTheRolloutAndLaterStagesDoNotRun() throws Exception {
        app.failFrom(3, Mode.ERROR); // the first stage's two checks pass; the second stage's first fails

        CanaryRollout.Outcome o = rollout().run(canary(List.of(10, 50, 100), 2), Map.of("version", "5"));

        assertThat(o.ok()).isFalse();
        assertThat(o.stages()).hasSize(2);
        assertThat(o.failed().percent()).isEqualTo(50);
        assertThat(o.failed().health().healthy()).isFalse();
        assertThat(o.failed().reason()).isEqualTo("health at 50%: unhealthy: 1 of 1 checks failed; check 1: status 500, expected 200");
        assertThat(stagesRun()).containsExactly("5 10", "5 50");
        assertThat(app.traffic()).containsExactly(10, 50);
        Event last = events.get(events.size() - 1);
        assertThat(last.type()).isEqualTo("canary.stage.finished");
        assertThat(last.fields()).containsEntry("percent", 50).containsEntry("outcome", "failed");
    }

    @Test
    void aFailingStageCommandStopsTheRolloutWithoutHealthChecks() throws Exception {
        CanarySettings failsAt50 = new CanarySettings(List.of(10, 50, 100),
                "echo {percent} >> stages.txt; test {percent} -lt 50 || { echo no capacity; exit 7; }", canary(List.of(10), 1).health());

        CanaryRollout.Outcome o = rollout().run(failsAt50, Map.of());

        assertThat(o.ok()).isFalse();
        assertThat(o.failed().percent()).isEqualTo(50);
        assertThat(o.failed().command().exitCode()).isEqualTo(7);
        assertThat(o.failed().command().lastLines()).containsExactly("no capacity");
        assertThat(o.failed().health()).isNull();
        assertThat(o.failed().reason()).isEqualTo("the canary command at 50% failed (exit 7)");
        assertThat(stagesRun()).containsExactly("10", "50");
        assertThat(app.healthRequests()).isEqualTo(1);
    }

    @Test
    void anUnknownPlaceholderIsRefusedBeforeTheFirstStage() throws Exception {
        CanarySettings typo = new CanarySettings(List.of(10), "echo {percnt} >> stages.txt", null);

        assertThatThrownBy(() -> rollout().run(typo, Map.of("version", "5"))).isInstanceOf(CairnException.class)
                .hasMessageContaining("{percnt}").hasMessageContaining("{percent}");
        assertThat(stagesRun()).isEmpty();
        assertThat(events).isEmpty();
    }
}
