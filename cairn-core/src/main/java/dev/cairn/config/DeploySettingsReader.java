package dev.cairn.config;

import dev.cairn.config.DeploySettings.AppSettings;
import dev.cairn.config.DeploySettings.CanarySettings;
import dev.cairn.config.DeploySettings.HealthCheck;
import dev.cairn.config.DeploySettings.RollbackPolicy;
import dev.cairn.config.DeploySettings.SnapshotSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Reads an environment's {@code approval}, {@code snapshot}, {@code app}, {@code canary} and {@code rollback} keys. */
final class DeploySettingsReader {
    static final List<String> KEYS = List.of("approval", "snapshot", "app", "canary", "rollback");
    static final List<String> APPROVALS = List.of("required", "none");
    static final List<String> PROVIDERS = List.of("template", "pg_dump", "neon", "command");
    static final Map<String, List<String>> PROVIDER_KEYS = Map.of(
            "template", List.of("provider", "keep"),
            "pg_dump", List.of("provider", "keep", "directory", "pgDump", "pgRestore"),
            "neon", List.of("provider", "keep", "apiUrl", "apiKey", "projectId", "branch"),
            "command", List.of("provider", "keep", "create", "restore", "delete"));
    static final List<String> APP_KEYS = List.of("deploy", "rollback", "timeout");
    static final List<String> CANARY_KEYS = List.of("stages", "command", "health");
    static final List<String> HEALTH_KEYS = List.of("url", "status", "body", "interval", "checks", "failureThreshold", "timeout");
    static final int DEFAULT_KEEP = 3;
    static final Duration DEFAULT_APP_TIMEOUT = Duration.ofMinutes(15);

    private DeploySettingsReader() {}

    /** @param env the environment's own map ({@code environments.NAME}) */
    static DeploySettings read(SectionReader env, Path projectDir, String envName) {
        boolean approval = "required".equals(env.choice("approval", APPROVALS));
        SnapshotSettings snapshot = env.section("snapshot").map(s -> snapshot(s, projectDir, envName)).orElse(null);
        AppSettings app = env.section("app").map(DeploySettingsReader::app).orElse(null);
        CanarySettings canary = env.section("canary").map(DeploySettingsReader::canary).orElse(null);
        List<String> policies = Arrays.stream(RollbackPolicy.values()).map(RollbackPolicy::key).toList();
        String policy = env.choice("rollback", policies);
        RollbackPolicy rollback = policy == null ? RollbackPolicy.RUNBOOK
                : Arrays.stream(RollbackPolicy.values()).filter(p -> p.key().equals(policy)).findFirst().orElseThrow();
        if (rollback == RollbackPolicy.SNAPSHOT && snapshot == null && env.has("rollback")) {
            throw env.error("rollback", env.key("rollback") + " is snapshot, but the environment has no snapshot:"
                    + " section; add one (for example snapshot: { provider: template }) or choose rollback: revert.");
        }
        return new DeploySettings(approval, snapshot, app, canary, rollback);
    }

    private static SnapshotSettings snapshot(SectionReader s, Path projectDir, String envName) {
        String provider = s.choice("provider", PROVIDERS);
        if (provider == null) {
            if (s.has("provider")) {
                return null; // an unset variable, reported when the environment is selected
            }
            throw s.error("provider", s.path() + " needs a provider: one of " + String.join(", ", PROVIDERS) + ".");
        }
        s.keys(PROVIDER_KEYS.get(provider));
        int keep = s.integer("keep", DEFAULT_KEEP, 0, 1000);
        return switch (provider) {
            case "template" -> new SnapshotSettings.Template(keep);
            case "pg_dump" -> new SnapshotSettings.PgDump(
                    projectDir.resolve(s.text("directory").orElse(".cairn/snapshots/" + envName)).normalize(),
                    s.text("pgDump").orElse(null), s.text("pgRestore").orElse(null), keep);
            case "neon" -> new SnapshotSettings.Neon(s.httpUrl("apiUrl").orElse(SnapshotSettings.Neon.DEFAULT_API),
                    s.secret("apiKey").orElseGet(() -> missing(s, "apiKey", "${NEON_API_KEY}")),
                    s.required("projectId", "twilight-river-123456"), s.required("branch", "main"), keep);
            default -> new SnapshotSettings.Command(s.required("create", "./snapshot.sh create {id}"),
                    s.required("restore", "./snapshot.sh restore {id}"), s.text("delete").orElse(null), keep);
        };
    }

    private static Secret missing(SectionReader s, String key, String example) {
        String v = s.required(key, example);
        return v == null ? null : Secret.of(v);
    }

    private static AppSettings app(SectionReader s) {
        s.keys(APP_KEYS);
        return new AppSettings(s.required("deploy", "./deploy.sh {env} {version}"), s.text("rollback").orElse(null),
                s.duration("timeout", DEFAULT_APP_TIMEOUT));
    }

    private static CanarySettings canary(SectionReader s) {
        s.keys(CANARY_KEYS);
        List<Integer> stages = s.integers("stages", 1, 100);
        if (stages.isEmpty()) {
            throw s.error("stages", s.key("stages") + " is required: the traffic percentages in order, such as"
                    + " [10, 50, 100].");
        }
        for (int i = 1; i < stages.size(); i++) {
            if (stages.get(i) <= stages.get(i - 1)) {
                throw s.error("stages", s.key("stages") + " must increase (each stage sends more traffic to the new"
                        + " version), but " + stages.get(i) + " follows " + stages.get(i - 1) + ".");
            }
        }
        SectionReader h = s.section("health").orElseThrow(() -> s.error("health", s.path() + " needs a health: section"
                + " (url, status, interval, checks…): a canary stage is promoted only when its health checks pass."));
        return new CanarySettings(stages, s.text("command").orElse(null), health(h));
    }

    private static HealthCheck health(SectionReader h) {
        h.keys(HEALTH_KEYS);
        int checks = h.integer("checks", 3, 1, 10_000);
        int threshold = h.integer("failureThreshold", 1, 1, 10_000);
        if (threshold > checks) {
            throw h.error("failureThreshold", h.key("failureThreshold") + " is " + threshold + ", more than the "
                    + checks + " checks made, so the stage could never fail; lower it or raise checks.");
        }
        return new HealthCheck(h.httpUrl("url").orElseGet(() -> {
            h.required("url", "http://127.0.0.1:8080/health");
            return null;
        }), h.integer("status", 200, 100, 599), h.text("body").orElse(null), h.duration("interval", Duration.ofSeconds(30)),
                checks, threshold, h.duration("timeout", Duration.ofSeconds(5)));
    }
}
