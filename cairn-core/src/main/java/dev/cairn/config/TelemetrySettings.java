package dev.cairn.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Where run events go besides the console and {@code --events} ({@code telemetry:} in cairn.yaml, project-wide and
 * per environment: an environment's sink replaces the project's sink of the same kind). Every sink is nullable.
 *
 * @param timeout how long one delivery may take before it is abandoned
 */
public record TelemetrySettings(Jsonl jsonl, Loki loki, PagerDuty pagerduty, Opsgenie opsgenie, Webhook webhook,
        Prometheus prometheus, Duration timeout) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    public static final TelemetrySettings NONE = new TelemetrySettings(null, null, null, null, null, null, null);

    public TelemetrySettings {
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    }

    public boolean isEmpty() {
        return jsonl == null && loki == null && pagerduty == null && opsgenie == null && webhook == null && prometheus == null;
    }

    /** This project-wide setting with the environment's sinks replacing those of the same kind. */
    public TelemetrySettings overriddenBy(TelemetrySettings env) {
        return new TelemetrySettings(env.jsonl != null ? env.jsonl : jsonl, env.loki != null ? env.loki : loki,
                env.pagerduty != null ? env.pagerduty : pagerduty, env.opsgenie != null ? env.opsgenie : opsgenie,
                env.webhook != null ? env.webhook : webhook, env.prometheus != null ? env.prometheus : prometheus,
                !env.timeout.equals(DEFAULT_TIMEOUT) ? env.timeout : timeout);
    }

    /** {@code jsonl: {file}}: JSON lines appended to a file, or {@code -} for standard output. */
    public record Jsonl(String file) {
        public boolean stdout() {
            return "-".equals(file);
        }
    }

    /** {@code loki: {url, labels}}: Grafana Loki's push API; {@code url} is the server's base or the push URL. */
    public record Loki(URI url, Map<String, String> labels) {
        public Loki {
            labels = Map.copyOf(labels);
        }
    }

    public static final URI PAGERDUTY_EVENTS = URI.create("https://events.pagerduty.com/v2/enqueue");
    public static final URI OPSGENIE_ALERTS = URI.create("https://api.opsgenie.com/v2/alerts");

    /** {@code pagerduty: {routingKey, url}}: Events API v2. */
    public record PagerDuty(Secret routingKey, URI url) {}

    /** {@code opsgenie: {apiKey, url}}: the Alert API. */
    public record Opsgenie(Secret apiKey, URI url) {}

    /** {@code webhook: {url, secret}}: a JSON POST signed with HMAC-SHA256 of the body under {@code secret}. */
    public record Webhook(URI url, Secret secret) {}

    /** {@code prometheus: {file}}: a text-format file for node_exporter's textfile collector, rewritten atomically. */
    public record Prometheus(Path file) {}
}
