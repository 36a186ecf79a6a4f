package dev.cairn.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import dev.cairn.config.DeploySettings.RollbackPolicy;
import dev.cairn.config.DeploySettings.SnapshotSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deploy keys of an environment (approval, snapshot, app, canary, rollback) and telemetry:. */
class DeployConfigTest {
    private static final String PROD = """
            telemetry:
              loki: { url: http://loki:3100, labels: { app: shop } }
              pagerduty: { routingKey: '${PD_KEY:-}' }
              webhook: { url: https://hooks.example.com/cairn, secret: '${HOOK_SECRET}' }
              prometheus: { file: metrics/cairn.prom }
              timeout: 2s
            environments:
              production:
                url: jdbc:postgresql://db:5432/shop
                approval: required
                snapshot: { provider: pg_dump, keep: 2, directory: dumps }
                app:
                  deploy: ./deploy.sh {env} {version}
                  rollback: ./rollback.sh {previousVersion}
                canary:
                  stages: [10, 50, 100]
                  command: ./traffic.sh {percent}
                  health: { url: http://127.0.0.1:8080/health, body: ok, interval: 10s, checks: 4, failureThreshold: 2 }
                rollback: revert
                telemetry:
                  pagerduty: { routingKey: '${PROD_PD_KEY}' }
            """;

    @TempDir
    Path dir;

    private CairnConfig load(String yaml, Map<String, String> env) throws IOException {
        Files.writeString(dir.resolve("cairn.yaml"), yaml);
        return ConfigLoader.load(dir, env);
    }

    private void fails(String yaml, String... fragments) {
        assertThatThrownBy(() -> {
            CairnConfig c = load(yaml, Map.of());
            c.environments().keySet().forEach(c::deploy);
        }).isInstanceOf(CairnException.class).satisfies(e -> assertThat(e.getMessage()).contains(fragments));
    }

    @Test
    void readsEveryDeployKey() throws IOException {
        CairnConfig c = load(PROD, Map.of("HOOK_SECRET", "s3cr3t-hook", "PROD_PD_KEY", "pd-routing-123"));
        DeploySettings d = c.deploy("production");
        assertThat(d.approvalRequired()).isTrue();
        assertThat(d.snapshot()).isEqualTo(new SnapshotSettings.PgDump(dir.toAbsolutePath().normalize().resolve("dumps"),
                null, null, 2));
        assertThat(d.app().deploy()).isEqualTo("./deploy.sh {env} {version}");
        assertThat(d.app().timeout()).isEqualTo(Duration.ofMinutes(15));
        assertThat(d.canary().stages()).containsExactly(10, 50, 100);
        assertThat(d.canary().health()).isEqualTo(new DeploySettings.HealthCheck(URI.create("http://127.0.0.1:8080/health"),
                200, "ok", Duration.ofSeconds(10), 4, 2, Duration.ofSeconds(5)));
        assertThat(d.rollback()).isEqualTo(RollbackPolicy.REVERT);
        assertThat(c.deploy("local")).isEqualTo(DeploySettings.NONE);
    }

    @Test
    void telemetryIsProjectWideWithEnvironmentOverrides() throws IOException {
        CairnConfig c = load(PROD, Map.of("HOOK_SECRET", "s3cr3t-hook", "PROD_PD_KEY", "pd-routing-123"));
        TelemetrySettings local = c.telemetry("local");
        assertThat(local.loki().labels()).isEqualTo(Map.of("app", "shop"));
        assertThat(local.pagerduty()).as("${PD_KEY:-} unset: the sink is off").isNull();
        assertThat(local.webhook().secret().reveal()).isEqualTo("s3cr3t-hook");
        assertThat(local.prometheus().file()).isEqualTo(dir.toAbsolutePath().normalize().resolve("metrics/cairn.prom"));
        assertThat(local.timeout()).isEqualTo(Duration.ofSeconds(2));
        TelemetrySettings prod = c.telemetry("production");
        assertThat(prod.pagerduty().routingKey().reveal()).isEqualTo("pd-routing-123");
        assertThat(prod.pagerduty().url()).isEqualTo(TelemetrySettings.PAGERDUTY_EVENTS);
        assertThat(prod.loki()).isEqualTo(local.loki());
        assertThat(Redactor.redactAll("key pd-routing-123 and s3cr3t-hook")).doesNotContain("pd-routing-123", "s3cr3t-hook");
    }

    @Test
    void unsetVariablesWaitUntilTheEnvironmentIsSelected() throws IOException {
        CairnConfig c = load(PROD.replace("'${HOOK_SECRET}'", "'${HOOK_SECRET:-}'"), Map.of());
        assertThat(c.deploy("production").approvalRequired()).isTrue();
        assertThatThrownBy(() -> c.telemetry("production")).isInstanceOf(CairnException.class)
                .hasMessageContaining("cairn.yaml:21:32:").hasMessageContaining("${PROD_PD_KEY}, which is not set");
    }

    @Test
    void mistakesNameTheLine() {
        String env = "environments:\n  prod:\n    url: jdbc:postgresql://h/db\n";
        fails(env + "    approval: yes-please\n", "cairn.yaml:4:15", "approval must be required or none");
        fails(env + "    snapshot: { provider: tempalte }\n", "provider must be template or pg_dump",
                "did you mean template?");
        fails(env + "    snapshot: { provider: template, directory: x }\n", "unknown key environments.prod.snapshot.directory");
        fails(env + "    snapshot: { keep: 2 }\n", "needs a provider");
        fails(env + "    snapshot: { provider: neon, projectId: p, branch: main }\n", "snapshot.apiKey is required");
        fails(env + "    canary: { stages: [50, 10], health: { url: http://h/health } }\n", "must increase", "10 follows 50");
        fails(env + "    canary: { stages: [10, 150], health: { url: http://h/health } }\n", "whole numbers from 1 to 100");
        fails(env + "    canary: { stages: [10] }\n", "needs a health: section");
        fails(env + "    canary: { stages: [10], health: { url: ftp://h/x } }\n", "must be an http:// or https:// URL");
        fails(env + "    canary: { stages: [10], health: { url: 'http://u:pw@h/x' } }\n", "must not carry credentials");
        fails(env + "    canary: { stages: [10], health: { url: http://h/x, checks: 2, failureThreshold: 3 } }\n",
                "could never fail");
        fails(env + "    canary: { stages: [10], health: { url: http://h/x, interval: 30 } }\n", "30 has no unit");
        fails(env + "    app: { rollback: x }\n", "app.deploy is required");
        fails(env + "    rollback: snapshot\n", "has no snapshot: section");
        fails(env + "    rollback: undo\n", "rollback must be revert or snapshot or runbook");
        fails("telemetry:\n  lokki: {}\n", "cairn.yaml:2:3", "unknown key telemetry.lokki", "did you mean loki?");
    }

    @Test
    void everyProviderReads() throws IOException {
        String env = "environments:\n  prod:\n    url: jdbc:postgresql://h/db\n";
        assertThat(load(env + "    snapshot: { provider: template }\n", Map.of()).deploy("prod").snapshot())
                .isEqualTo(new SnapshotSettings.Template(3));
        SnapshotSettings neon = load(env + "    snapshot: { provider: neon, apiKey: '${NEON_API_KEY}', projectId: p-1,"
                + " branch: main }\n", Map.of("NEON_API_KEY", "neon-key-xyz")).deploy("prod").snapshot();
        assertThat(neon).isInstanceOf(SnapshotSettings.Neon.class);
        assertThat(((SnapshotSettings.Neon) neon).apiUrl()).isEqualTo(SnapshotSettings.Neon.DEFAULT_API);
        assertThat(neon.toString()).doesNotContain("neon-key-xyz");
        assertThat(load(env + "    snapshot: { provider: command, create: 'snap {id}', restore: 'back {id}' }\n", Map.of())
                .deploy("prod").snapshot()).isEqualTo(new SnapshotSettings.Command("snap {id}", "back {id}", null, 3));
        assertThat(load(env + "    snapshot: { provider: pg_dump }\n", Map.of()).deploy("prod").snapshot())
                .isEqualTo(new SnapshotSettings.PgDump(dir.toAbsolutePath().normalize().resolve(".cairn/snapshots/prod"),
                        null, null, 3));
        assertThat(List.of(RollbackPolicy.values())).hasSize(3);
    }
}
