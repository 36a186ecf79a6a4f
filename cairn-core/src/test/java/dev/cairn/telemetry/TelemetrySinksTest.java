package dev.cairn.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.config.Redactor;
import dev.cairn.config.Secret;
import dev.cairn.config.TelemetrySettings;
import dev.cairn.events.EventSink;
import dev.cairn.events.RunEvents;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TelemetrySinksTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    @TempDir
    Path dir;

    private static TelemetrySettings settings(TelemetrySettings.Jsonl jsonl, TelemetrySettings.Loki loki,
            TelemetrySettings.PagerDuty pd, TelemetrySettings.Opsgenie og, TelemetrySettings.Webhook hook,
            TelemetrySettings.Prometheus prom, Duration timeout) {
        return new TelemetrySettings(jsonl, loki, pd, og, hook, prom, timeout);
    }

    private EventSink open(TelemetrySettings s) {
        return TelemetrySinks.open(s, "shop", failures::add);
    }

    static void failedMigrate(EventSink sink, String env) {
        RunEvents ev = new RunEvents(sink, env);
        ev.emit("run.started", "command", "migrate", "database", "db:5432/app", "dryRun", false);
        ev.emit("migration.started", "script", "V7__x.sql", "version", "7");
        ev.emit("migration.failed", "script", "V7__x.sql", "version", "7", "durationMs", 5000, "error", "lock timeout\nHint: retry", "exitCode", 3);
        ev.emit("run.finished", "command", "migrate", "status", "database", "applied", 0, "durationMs", 5100, "exitCode", 3);
    }

    static void okMigrate(EventSink sink, String env, int applied) {
        RunEvents ev = new RunEvents(sink, env);
        ev.emit("run.started", "command", "migrate", "database", "db:5432/app", "dryRun", false);
        for (int i = 1; i <= applied; i++) {
            ev.emit("migration.applied", "script", "V" + i + "__a.sql", "version", "" + i, "durationMs", 10);
        }
        ev.emit("run.finished", "command", "migrate", "status", "ok", "applied", applied, "durationMs", 1500, "exitCode", 0);
    }

    @Test
    void nothingConfiguredIsNone() {
        assertThat(open(TelemetrySettings.NONE)).isSameAs(EventSink.NONE);
    }

    @Test
    void lokiReceivesStreamsWithLowCardinalityLabelsAndNanosecondTimestamps() throws Exception {
        try (Receiver loki = Receiver.answering(204)) {
            Instant before = Instant.now();
            EventSink sink = open(settings(null, new TelemetrySettings.Loki(loki.url("/"), Map.of("team", "db")), null, null, null, null, TIMEOUT));
            okMigrate(sink, "production", 2);
            sink.close();

            assertThat(failures).isEmpty();
            assertThat(loki.requests()).hasSize(1); // one batch, flushed on close
            Receiver.Request push = loki.requests().get(0);
            assertThat(push.method()).isEqualTo("POST");
            assertThat(push.path()).isEqualTo("/loki/api/v1/push");
            assertThat(push.header("Content-Type")).isEqualTo("application/json");
            JsonNode streams = JSON.readTree(push.body()).get("streams");
            List<String> types = new ArrayList<>();
            long lines = 0;
            for (JsonNode stream : streams) {
                JsonNode labels = stream.get("stream");
                assertThat(labels.get("job").asText()).isEqualTo("cairn");
                assertThat(labels.get("team").asText()).isEqualTo("db");
                assertThat(labels.get("environment").asText()).isEqualTo("production");
                assertThat(labels.has("runId")).isFalse();
                types.add(labels.get("type").asText());
                for (JsonNode value : stream.get("values")) {
                    lines++;
                    assertThat(value.get(0).isTextual()).isTrue();
                    long ns = Long.parseLong(value.get(0).asText());
                    long beforeNs = before.getEpochSecond() * 1_000_000_000L + before.getNano();
                    assertThat(ns).isBetween(beforeNs, beforeNs + 60_000_000_000L);
                    JsonNode line = JSON.readTree(value.get(1).asText());
                    assertThat(line.get("type").asText()).isEqualTo(labels.get("type").asText());
                    assertThat(line.get("runId").asText()).isNotBlank();
                }
            }
            assertThat(types).containsExactlyInAnyOrder("run.started", "migration.applied", "run.finished");
            assertThat(lines).isEqualTo(4);
        }
    }

    @Test
    void lokiPushUrlIsUsedAsGiven() throws Exception {
        try (Receiver loki = Receiver.answering(204)) {
            EventSink sink = open(settings(null, new TelemetrySettings.Loki(loki.url("/tenant/loki/api/v1/push"), Map.of()), null, null, null, null, TIMEOUT));
            okMigrate(sink, "local", 0);
            sink.close();
            assertThat(loki.requests()).extracting(Receiver.Request::path).containsExactly("/tenant/loki/api/v1/push");
        }
    }

    @Test
    void pagerDutyTriggersOnAFailedMigrateAndResolvesOnTheNextSuccessUnderOneDedupKey() throws Exception {
        try (Receiver pd = Receiver.answering(202)) {
            TelemetrySettings s = settings(null, null, new TelemetrySettings.PagerDuty(Secret.of("R0UTINGKEY0123456789abcdef012345"), pd.url("/v2/enqueue")),
                    null, null, null, TIMEOUT);
            EventSink first = open(s);
            failedMigrate(first, "production");
            first.close();
            EventSink second = open(s); // the next run: another process, no memory of the first
            RunEvents dry = new RunEvents(second, "production");
            dry.emit("run.started", "command", "migrate", "dryRun", true);
            dry.emit("run.finished", "command", "migrate", "status", "ok", "durationMs", 3); // a dry run resolves nothing
            okMigrate(second, "production", 1);
            second.close();

            assertThat(failures).isEmpty();
            assertThat(pd.requests()).hasSize(2);
            JsonNode trigger = JSON.readTree(pd.requests().get(0).body());
            JsonNode resolve = JSON.readTree(pd.requests().get(1).body());
            assertThat(trigger.get("routing_key").asText()).isEqualTo("R0UTINGKEY0123456789abcdef012345");
            assertThat(trigger.get("event_action").asText()).isEqualTo("trigger");
            assertThat(trigger.get("dedup_key").asText()).isEqualTo("cairn:shop:production:migrate");
            JsonNode payload = trigger.get("payload");
            assertThat(payload.get("summary").asText()).isEqualTo("cairn migrate failed on production: V7__x.sql: lock timeout");
            assertThat(payload.get("severity").asText()).isEqualTo("error");
            assertThat(payload.get("source").asText()).isEqualTo("shop");
            assertThat(payload.get("component").asText()).isEqualTo("cairn");
            assertThat(payload.get("group").asText()).isEqualTo("production");
            assertThat(payload.get("custom_details").get("status").asText()).isEqualTo("database");
            assertThat(payload.get("custom_details").get("exitCode").asInt()).isEqualTo(3);

            assertThat(resolve.get("event_action").asText()).isEqualTo("resolve");
            assertThat(resolve.get("dedup_key").asText()).isEqualTo(trigger.get("dedup_key").asText());
            List<String> keys = new ArrayList<>();
            resolve.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsExactlyInAnyOrder("routing_key", "event_action", "dedup_key");
        }
    }

    @Test
    void aFailedRollbackIsCriticalAndEndsOnce() throws Exception {
        try (Receiver pd = Receiver.answering(202)) {
            EventSink sink = open(settings(null, null, new TelemetrySettings.PagerDuty(Secret.of("R0UTINGKEY0123456789abcdef012345"), pd.url("/")),
                    null, null, null, TIMEOUT));
            RunEvents ev = new RunEvents(sink, "staging");
            ev.emit("stage.finished", "stage", "revert", "outcome", "failed", "durationMs", 40, "error", "U7 missing");
            ev.emit("rollback.finished", "status", "failed", "durationMs", 50);
            ev.emit("run.finished", "command", "rollback", "status", "failed", "durationMs", 51); // same run, same command: no second alert
            RunEvents check = new RunEvents(sink, "staging");
            check.emit("run.finished", "command", "check", "status", "problems"); // not an alerting command
            sink.close();

            assertThat(pd.requests()).hasSize(1);
            JsonNode payload = JSON.readTree(pd.requests().get(0).body()).get("payload");
            assertThat(payload.get("severity").asText()).isEqualTo("critical");
            assertThat(payload.get("summary").asText()).isEqualTo("cairn rollback failed on staging: stage revert failed: U7 missing");
        }
    }

    @Test
    void aFailedStepOfADeployPagesOnceForTheDeployAndASucceededStepResolvesItsOwnAlert() throws Exception {
        try (Receiver pd = Receiver.answering(202)) {
            EventSink sink = open(settings(null, null, new TelemetrySettings.PagerDuty(Secret.of("R0UTINGKEY0123456789abcdef012345"), pd.url("/")),
                    null, null, null, TIMEOUT));
            RunEvents failed = new RunEvents(sink, "production");
            failed.emit("run.started", "command", "deploy");
            failed.emit("run.started", "command", "migrate", "dryRun", false);
            failed.emit("migration.failed", "script", "V8__y.sql", "error", "deadlock detected");
            failed.emit("run.finished", "command", "migrate", "status", "database");
            failed.emit("deploy.finished", "status", "failed", "durationMs", 900);
            RunEvents ok = new RunEvents(sink, "production");
            ok.emit("run.started", "command", "deploy");
            ok.emit("run.finished", "command", "migrate", "status", "ok");
            ok.emit("deploy.finished", "status", "ok");
            sink.close();

            List<JsonNode> sent = new ArrayList<>();
            for (Receiver.Request r : pd.requests()) {
                sent.add(JSON.readTree(r.body()));
            }
            assertThat(sent).extracting(n -> n.get("event_action").asText() + " " + n.get("dedup_key").asText()).containsExactly(
                    "trigger cairn:shop:production:deploy", "resolve cairn:shop:production:migrate", "resolve cairn:shop:production:deploy");
            assertThat(sent.get(0).get("payload").get("summary").asText()).isEqualTo("cairn deploy failed on production: V8__y.sql: deadlock detected");
        }
    }

    @Test
    void opsgenieCreatesAnAliasedAlertAndClosesItOnSuccess() throws Exception {
        try (Receiver og = Receiver.answering(202)) {
            TelemetrySettings s = settings(null, null, null, new TelemetrySettings.Opsgenie(Secret.of("genie-key-0123456789"), og.url("/v2/alerts")),
                    null, null, TIMEOUT);
            EventSink sink = open(s);
            failedMigrate(sink, "production");
            okMigrate(sink, "production", 0);
            sink.close();

            assertThat(failures).isEmpty();
            assertThat(og.requests()).hasSize(2);
            Receiver.Request create = og.requests().get(0);
            assertThat(create.path()).isEqualTo("/v2/alerts");
            assertThat(create.header("Authorization")).isEqualTo("GenieKey genie-key-0123456789");
            JsonNode alert = JSON.readTree(create.body());
            assertThat(alert.get("message").asText()).isEqualTo("cairn migrate failed on production: V7__x.sql: lock timeout");
            assertThat(alert.get("alias").asText()).isEqualTo("cairn:shop:production:migrate");
            assertThat(alert.get("priority").asText()).isEqualTo("P2");
            assertThat(alert.get("source").asText()).isEqualTo("cairn");
            assertThat(alert.get("description").asText()).contains("status: database");
            assertThat(alert.get("details").get("command").asText()).isEqualTo("migrate");
            assertThat(alert.get("tags")).extracting(JsonNode::asText).contains("cairn", "production", "migrate");

            Receiver.Request close = og.requests().get(1);
            assertThat(close.path()).isEqualTo("/v2/alerts/cairn:shop:production:migrate/close");
            assertThat(close.query()).isEqualTo("identifierType=alias");
            assertThat(close.header("Authorization")).isEqualTo("GenieKey genie-key-0123456789");
        }
    }

    @Test
    void webhookSignsTheExactBodyWithTheSharedSecret() throws Exception {
        try (Receiver hook = Receiver.answering(200); Receiver plain = Receiver.answering(200)) {
            EventSink signed = open(settings(null, null, null, null, new TelemetrySettings.Webhook(hook.url("/hooks/cairn"), Secret.of("whsec-shared-0123")), null, TIMEOUT));
            EventSink unsigned = open(settings(null, null, null, null, new TelemetrySettings.Webhook(plain.url("/"), null), null, TIMEOUT));
            okMigrate(signed, "production", 1);
            okMigrate(unsigned, "production", 1);
            signed.close();
            unsigned.close();

            assertThat(hook.requests()).hasSize(3);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("whsec-shared-0123".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            for (Receiver.Request r : hook.requests()) {
                String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(r.body()));
                assertThat(r.header("X-Cairn-Signature")).isEqualTo(expected);
                JsonNode event = JSON.readTree(r.body());
                assertThat(r.header("X-Cairn-Event")).isEqualTo(event.get("type").asText());
                assertThat(event.get("environment").asText()).isEqualTo("production");
            }
            assertThat(hook.requests()).extracting(r -> JSON.readTree(r.body()).get("type").asText())
                    .containsExactly("run.started", "migration.applied", "run.finished");
            assertThat(plain.requests()).hasSize(3).allSatisfy(r -> assertThat(r.header("X-Cairn-Signature")).isNull());
        }
    }

    /** A sample line of the text exposition format: name, optional labels with escaped values, a number. */
    private static final Pattern SAMPLE = Pattern.compile(
            "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"([^\"\\\\\\n]|\\\\[\\\\\"n])*\")(,[a-zA-Z_][a-zA-Z0-9_]*=\"([^\"\\\\\\n]|\\\\[\\\\\"n])*\")*\\})? "
                    + "(NaN|[+-]Inf|[+-]?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?)");

    @Test
    void prometheusFileParsesAndCountersAccumulateAcrossRuns() throws Exception {
        Path prom = dir.resolve("textfile/cairn.prom");
        TelemetrySettings s = settings(null, null, null, null, null, new TelemetrySettings.Prometheus(prom), TIMEOUT);
        EventSink first = open(s);
        okMigrate(first, "production", 2);
        okMigrate(first, "we\"ird\\env", 1);
        first.close();
        EventSink second = open(s);
        failedMigrate(second, "production");
        okMigrate(second, "production", 3);
        RunEvents deploy = new RunEvents(second, "production");
        deploy.emit("stage.finished", "stage", "migrate", "outcome", "ok", "durationMs", 2500);
        deploy.emit("stage.finished", "stage", "canary", "outcome", "ok", "durationMs", 60000);
        deploy.emit("deploy.finished", "status", "ok", "durationMs", 65000);
        second.close();

        assertThat(failures).isEmpty();
        List<String> lines = Files.readAllLines(prom);
        for (String line : lines) {
            if (line.startsWith("#")) {
                assertThat(line).matches("# (HELP [a-z_]+ .+|TYPE [a-z_]+ (counter|gauge))");
            } else {
                assertThat(line).matches(SAMPLE);
            }
        }
        assertThat(lines).contains(
                "cairn_runs_total{environment=\"production\",command=\"migrate\",status=\"ok\"} 2",
                "cairn_runs_total{environment=\"production\",command=\"migrate\",status=\"database\"} 1",
                "cairn_runs_total{environment=\"production\",command=\"deploy\",status=\"ok\"} 1",
                "cairn_runs_total{environment=\"we\\\"ird\\\\env\",command=\"migrate\",status=\"ok\"} 1",
                "cairn_migrations_applied_total{environment=\"production\"} 5",
                "cairn_migration_failures_total{environment=\"production\"} 1",
                "cairn_run_duration_seconds{environment=\"production\",command=\"migrate\"} 1.5",
                "cairn_deploy_duration_seconds{environment=\"production\"} 65",
                "cairn_deploy_stage_duration_seconds{environment=\"production\",stage=\"canary\"} 60",
                "cairn_deploy_stage_duration_seconds{environment=\"production\",stage=\"migrate\"} 2.5",
                "# TYPE cairn_runs_total counter");
        assertThat(lines).anyMatch(l -> l.matches("cairn_last_success_timestamp_seconds\\{environment=\"production\",command=\"migrate\"} 1[0-9]{9}(\\.[0-9]+)?"));
        try (var files = Files.list(prom.getParent())) {
            assertThat(files).containsExactly(prom); // no temporary file left behind
        }
    }

    @Test
    void aReceiverThatNeverAnswersDelaysTheRunByNoMoreThanTheTimeout() throws Exception {
        Duration timeout = Duration.ofMillis(300);
        try (Receiver loki = Receiver.hanging(); Receiver hook = Receiver.hanging()) {
            EventSink sink = open(settings(null, new TelemetrySettings.Loki(loki.url("/"), Map.of()), null, null,
                    new TelemetrySettings.Webhook(hook.url("/"), null), null, timeout));
            long start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                okMigrate(sink, "production", 2);
            }
            long emitted = System.nanoTime() - start;
            assertThat(Duration.ofNanos(emitted)).isLessThan(Duration.ofMillis(200));

            long closing = System.nanoTime();
            sink.close();
            Duration closed = Duration.ofNanos(System.nanoTime() - closing);
            assertThat(closed).isLessThan(timeout.plusMillis(250));
            assertThat(failures).hasSize(2); // one per sink
            assertThat(failures).anySatisfy(f -> assertThat(f).startsWith("telemetry: webhook at " + hook.url("/")));
            assertThat(failures).anySatisfy(f -> assertThat(f).startsWith("telemetry: Loki at " + loki.url("/loki/api/v1/push")));
        }
    }

    @Test
    void aFailingReceiverIsReportedExactlyOnce() throws Exception {
        try (Receiver broken = Receiver.answering(500)) {
            URI withUser = URI.create("http://cairn:hunter2-loki-pass@127.0.0.1:" + broken.port() + "/");
            EventSink sink = open(settings(null, new TelemetrySettings.Loki(withUser, Map.of()), null, null, null, null, TIMEOUT));
            for (int i = 0; i < 5; i++) {
                okMigrate(sink, "production", 1);
                sink.close(); // drains, so the next events are new batches — all of them would fail
            }
            assertThat(failures).containsExactly("telemetry: Loki at http://127.0.0.1:" + broken.port()
                    + "/loki/api/v1/push failed: HTTP 500 ({\"message\":\"broken\"}); events to it are dropped for this run");
            assertThat(broken.requests()).hasSize(1);
            assertThat(broken.requests().get(0).header("Authorization")).startsWith("Basic ");
        }
    }

    @Test
    void aRefusedConnectionIsReportedOnce() throws Exception {
        int port;
        try (Receiver gone = Receiver.answering(200)) {
            port = gone.port();
        }
        EventSink sink = open(settings(null, null, null, null, new TelemetrySettings.Webhook(URI.create("http://127.0.0.1:" + port + "/x?token=abc"), null), null, TIMEOUT));
        okMigrate(sink, "production", 3);
        sink.close();
        assertThat(failures).containsExactly("telemetry: webhook at http://127.0.0.1:" + port
                + "/x failed: connection refused; events to it are dropped for this run");
    }

    @Test
    void aSinkThatCannotOpenIsReportedAndTheOthersStillWork() throws Exception {
        Path blocked = Files.writeString(dir.resolve("not-a-dir"), "x");
        try (Receiver hook = Receiver.answering(200)) {
            EventSink sink = open(settings(new TelemetrySettings.Jsonl(blocked.resolve("events.jsonl").toString()), null, null, null,
                    new TelemetrySettings.Webhook(hook.url("/"), null), null, TIMEOUT));
            okMigrate(sink, "local", 0);
            sink.close();
            assertThat(failures).hasSize(1);
            assertThat(failures.get(0)).startsWith("telemetry: the jsonl sink cannot be used: cannot write to " + blocked.resolve("events.jsonl"))
                    .endsWith("; events to it are dropped for this run");
            assertThat(hook.requests()).hasSize(2);
        }
    }

    @Test
    void jsonlWritesOneObjectPerLineToAFileOrStandardOutput() throws Exception {
        Path file = dir.resolve("logs/events.jsonl");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventSink toFile = open(settings(new TelemetrySettings.Jsonl(file.toString()), null, null, null, null, null, TIMEOUT));
        EventSink toStdout = TelemetrySinks.open(settings(new TelemetrySettings.Jsonl("-"), null, null, null, null, null, TIMEOUT),
                "shop", failures::add, new PrintStream(out, true, StandardCharsets.UTF_8));
        okMigrate(toFile, "local", 1);
        okMigrate(toStdout, "local", 1);
        toFile.close();
        toStdout.close();
        for (List<String> lines : List.of(Files.readAllLines(file), out.toString(StandardCharsets.UTF_8).lines().toList())) {
            assertThat(lines).hasSize(3);
            assertThat(lines).extracting(l -> JSON.readTree(l).get("type").asText()).containsExactly("run.started", "migration.applied", "run.finished");
        }
    }

    @Test
    void noSecretReachesAnySink() throws Exception {
        String password = "Pa55-w0rd-never-to-be-seen";
        Redactor.register(password);
        Path prom = dir.resolve("cairn.prom");
        Path jsonl = dir.resolve("events.jsonl");
        try (Receiver loki = Receiver.answering(204); Receiver pd = Receiver.answering(202); Receiver og = Receiver.answering(202);
                Receiver hook = Receiver.answering(200)) {
            String routingKey = "pd-routing-key-0123456789";
            String apiKey = "og-api-key-0123456789";
            String hookSecret = "hook-secret-0123456789";
            EventSink sink = open(new TelemetrySettings(new TelemetrySettings.Jsonl(jsonl.toString()),
                    new TelemetrySettings.Loki(loki.url("/"), Map.of()), new TelemetrySettings.PagerDuty(Secret.of(routingKey), pd.url("/")),
                    new TelemetrySettings.Opsgenie(Secret.of(apiKey), og.url("/v2/alerts")),
                    new TelemetrySettings.Webhook(hook.url("/"), Secret.of(hookSecret)), new TelemetrySettings.Prometheus(prom), TIMEOUT));
            RunEvents ev = new RunEvents(sink, "production");
            ev.emit("run.started", "command", "migrate", "database", "postgresql://app:" + password + "@db:5432/app", "dryRun", false);
            ev.emit("migration.failed", "script", "V9__x.sql", "hint", "retry with " + password, "error",
                    "connection to postgresql://app:" + password + "@db failed, password=" + password + " key " + routingKey + " " + apiKey + " " + hookSecret);
            ev.emit("stage.finished", "stage", password, "outcome", "failed", "durationMs", 3);
            ev.emit("run.finished", "command", "migrate", "status", "database", "durationMs", 10, "note", password);
            sink.close();

            assertThat(failures).isEmpty();
            List<String> seen = new ArrayList<>();
            seen.add(Files.readString(prom));
            seen.add(Files.readString(jsonl));
            for (Receiver r : List.of(loki, pd, og, hook)) {
                assertThat(r.requests()).isNotEmpty();
                for (Receiver.Request q : r.requests()) {
                    seen.add(q.path() + "?" + q.query());
                    q.headers().forEach((name, values) -> {
                        if (!name.equals("authorization") && !name.equals("x-cairn-signature")) {
                            seen.addAll(values);
                        }
                    });
                    String body = q.text();
                    seen.add(r == pd ? body.replace("\"routing_key\":\"" + routingKey + "\"", "") : body);
                }
            }
            for (String s : seen) {
                assertThat(s).doesNotContain(password, routingKey, apiKey, hookSecret);
            }
            assertThat(Files.readString(jsonl)).contains("****");
            assertThat(og.requests().get(0).header("Authorization")).isEqualTo("GenieKey " + apiKey);
        }
    }
}
