package dev.cairn.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.Cancellation;
import dev.cairn.config.DeploySettings.HealthCheck;
import dev.cairn.events.Event;
import dev.cairn.events.RunEvents;
import dev.cairn.testing.TestApp;
import dev.cairn.testing.TestApp.Mode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The watch against a real HTTP server on 127.0.0.1, with short intervals. */
class HealthWatchTest {
    final TestApp app = TestApp.start();
    final List<Event> events = new CopyOnWriteArrayList<>();
    final Cancellation cancellation = new Cancellation();
    final CountDownLatch firstCheck = new CountDownLatch(1);
    final HealthWatch watch = new HealthWatch(new RunEvents(e -> {
        events.add(e);
        firstCheck.countDown();
    }, "test"), cancellation);

    @AfterEach
    void stop() {
        app.close();
    }

    private HealthCheck check(URI url, String body, int checks, int threshold, Duration timeout) {
        return new HealthCheck(url, 200, body, Duration.ofMillis(20), checks, threshold, timeout);
    }

    @Test
    void aHealthyAppPassesAfterAllChecks() {
        HealthOutcome o = watch.watch(check(app.healthUrl(), "ok", 5, 2, Duration.ofSeconds(5)));

        assertThat(o.healthy()).isTrue();
        assertThat(o.checks()).isEqualTo(5);
        assertThat(o.failures()).isZero();
        assertThat(app.healthRequests()).isEqualTo(5);
        assertThat(events).hasSize(5).allSatisfy(e -> {
            assertThat(e.type()).isEqualTo("health.check");
            assertThat(e.fields()).containsEntry("ok", true).containsEntry("status", 200)
                    .containsEntry("url", app.healthUrl().toString());
        });
        assertThat(events.get(4).fields()).containsEntry("index", 5).containsEntry("failures", 0);
    }

    @Test
    void failsAsSoonAsTheThresholdIsReachedWithoutRunningTheRemainingChecks() {
        app.failFrom(3, Mode.ERROR);

        HealthOutcome o = watch.watch(check(app.healthUrl(), null, 10, 2, Duration.ofSeconds(5)));

        assertThat(o.healthy()).isFalse();
        assertThat(o.checks()).isEqualTo(4);
        assertThat(o.failures()).isEqualTo(2);
        assertThat(app.healthRequests()).as("no check after the threshold").isEqualTo(4);
        assertThat(o.failureReasons()).containsExactly("check 3: status 500, expected 200", "check 4: status 500, expected 200");
        assertThat(o.describe()).isEqualTo("unhealthy: 2 of 4 checks failed; check 4: status 500, expected 200");
        assertThat(events.get(3).fields()).containsEntry("ok", false).containsEntry("failures", 2).containsEntry("status", 500);
    }

    @Test
    void failuresBelowTheThresholdStillPass() {
        app.failFrom(5, Mode.ERROR);

        HealthOutcome o = watch.watch(check(app.healthUrl(), null, 5, 2, Duration.ofSeconds(5)));

        assertThat(o.healthy()).isTrue();
        assertThat(o.failures()).isEqualTo(1);
        assertThat(o.describe()).isEqualTo("healthy (5 checks, 1 failed)");
    }

    @Test
    void aBodyWithoutTheExpectedTextFails() {
        app.answer(Mode.WRONG_BODY);

        HealthOutcome o = watch.watch(check(app.healthUrl(), "ok", 3, 1, Duration.ofSeconds(5)));

        assertThat(o.healthy()).isFalse();
        assertThat(o.checks()).isEqualTo(1);
        assertThat(o.failureReasons()).containsExactly("check 1: the body does not contain 'ok'");
    }

    @Test
    void aServerThatStallsFailsTheCheckAtItsTimeout() {
        app.answer(Mode.SLOW);
        long started = System.nanoTime();

        HealthOutcome o = watch.watch(check(app.healthUrl(), null, 3, 1, Duration.ofMillis(300)));

        assertThat(o.healthy()).isFalse();
        assertThat(o.failureReasons()).containsExactly("check 1: no answer within 300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(events.get(0).fields()).doesNotContainKey("status").containsEntry("error", "no answer within 300 ms");
    }

    @Test
    void aConnectionErrorFailsTheCheck() {
        URI nothing = app.healthUrl();
        app.close();

        HealthOutcome o = watch.watch(check(nothing, null, 2, 2, Duration.ofSeconds(2)));

        assertThat(o.healthy()).isFalse();
        assertThat(o.failures()).isEqualTo(2);
        assertThat(o.failureReasons().get(0)).startsWith("check 1: ");
    }

    @Test
    void userInfoIsSentAsBasicAuthAndNeverShown() {
        URI withPassword = URI.create("http://probe:pa55-w0rd-x@127.0.0.1:" + app.port() + "/health");

        HealthOutcome o = watch.watch(check(withPassword, "ok", 1, 1, Duration.ofSeconds(5)));

        assertThat(o.healthy()).isTrue();
        assertThat(HealthWatch.display(withPassword)).isEqualTo("http://127.0.0.1:" + app.port() + "/health");
        assertThat(events.toString()).doesNotContain("pa55-w0rd-x").doesNotContain("probe");
    }

    @Test
    void aStopRequestEndsTheWaitBetweenChecks() throws Exception {
        HealthCheck slowPaced = new HealthCheck(app.healthUrl(), 200, null, Duration.ofMinutes(5), 3, 1, Duration.ofSeconds(5));
        CompletableFuture<HealthOutcome> running = CompletableFuture.supplyAsync(() -> watch.watch(slowPaced));
        // the first check runs at once; the watch then waits five minutes unless stopped
        assertThat(firstCheck.await(10, TimeUnit.SECONDS)).isTrue();

        cancellation.request(Cancellation.Reason.INTERRUPT);

        HealthOutcome o = running.get(5, TimeUnit.SECONDS);
        assertThat(o.cancelled()).isTrue();
        assertThat(o.healthy()).isFalse();
        assertThat(o.checks()).isEqualTo(1);
    }
}
