package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.Cancellation;
import dev.cairn.config.DeploySettings.CanarySettings;
import dev.cairn.config.DeploySettings.HealthCheck;
import dev.cairn.deploy.CanaryRollout;
import dev.cairn.deploy.HealthWatch;
import dev.cairn.exec.ShellCommand;
import dev.cairn.events.EventSink;
import dev.cairn.events.RunEvents;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example shop's application and its scripts, as real processes on a free port. */
class ShopAppScriptsTest {
    @TempDir
    Path tmp;
    Path project;
    int port;
    Map<String, String> env;
    final List<String> output = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void copy() throws Exception {
        project = tmp.resolve("shop");
        CliRun.copyTree(Path.of("..", "examples", "shop"), project);
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        env = Map.of("SHOP_PORT", String.valueOf(port), "JAVA_HOME", System.getProperty("java.home"));
    }

    @AfterEach
    void stop() throws Exception {
        ShellCommand.run("app/stop.sh", Map.of(), project, env, Duration.ofSeconds(30), output::add, new Cancellation());
        Path pid = project.resolve(".cairn/shop-app/shop.pid");
        if (Files.exists(pid)) { // stop.sh failed: do not leave the app running
            ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    private ShellCommand.Result sh(String template, Map<String, String> placeholders) {
        return ShellCommand.run(template, placeholders, project, env, Duration.ofSeconds(60), output::add, new Cancellation());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void deployStartsTheAppTrafficRecordsTheShareAndRollbackRestartsThePreviousVersion() throws Exception {
        ShellCommand.Result first = sh("app/deploy.sh {env} {version} {commit}", Map.of("env", "demo", "version", "4", "commit", "abc123"));
        assertThat(first.ok()).as(String.join("\n", output)).isTrue();
        assertThat(get("/health").statusCode()).isEqualTo(200);
        assertThat(get("/health").body().strip()).isEqualTo("ok");
        assertThat(get("/version").body().strip()).isEqualTo("4");
        long firstPid = Long.parseLong(Files.readString(project.resolve(".cairn/shop-app/shop.pid")).strip());

        assertThat(sh("app/deploy.sh {env} {version} {commit}", Map.of("env", "demo", "version", "5", "commit", "def456")).ok()).isTrue();
        assertThat(get("/version").body().strip()).isEqualTo("5");
        assertThat(ProcessHandle.of(firstPid).map(ProcessHandle::isAlive).orElse(false)).as("the old version stopped").isFalse();

        assertThat(sh("app/traffic.sh {percent}", Map.of("percent", "25")).ok()).isTrue();
        assertThat(get("/traffic").body().strip()).isEqualTo("25");
        assertThat(Files.readString(project.resolve(".cairn/shop-app/traffic")).strip()).isEqualTo("25");
        assertThat(sh("app/traffic.sh {percent}", Map.of("percent", "250")).ok()).as("out of range").isFalse();

        assertThat(sh("app/rollback.sh {env}", Map.of("env", "demo")).ok()).isTrue();
        assertThat(get("/version").body().strip()).isEqualTo("4");
        assertThat(get("/traffic").body().strip()).isEqualTo("0");
    }

    @Test
    void aCanaryAgainstTheAppStopsWhereItsHealthFails() throws Exception {
        Map<String, String> failAt50 = new java.util.HashMap<>(env);
        failAt50.put("SHOP_FAIL_AT", "50");
        env = Map.copyOf(failAt50);
        assertThat(sh("app/deploy.sh {version}", Map.of("version", "6")).ok()).as(String.join("\n", output)).isTrue();
        RunEvents events = new RunEvents(EventSink.NONE, "demo");
        Cancellation cancellation = new Cancellation();
        CanaryRollout rollout = new CanaryRollout(project, env, Duration.ofSeconds(30), output::add,
                new HealthWatch(events, cancellation), events, cancellation);
        CanarySettings canary = new CanarySettings(List.of(10, 50, 100), "app/traffic.sh {percent}",
                new HealthCheck(URI.create("http://127.0.0.1:" + port + "/health"), 200, "ok", Duration.ofMillis(20), 3, 2,
                        Duration.ofSeconds(5)));

        CanaryRollout.Outcome o = rollout.run(canary, Map.of("version", "6"));

        assertThat(o.ok()).isFalse();
        assertThat(o.failed().percent()).isEqualTo(50);
        assertThat(o.failed().health().failureReasons()).containsExactly("check 1: status 500, expected 200",
                "check 2: status 500, expected 200");
        assertThat(get("/traffic").body().strip()).as("the 100% stage never ran").isEqualTo("50");
    }
}
