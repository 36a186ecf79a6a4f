package dev.cairn.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads a {@code telemetry:} section (project-wide or an environment's). A sink whose key or URL expands to nothing
 * is off, so {@code routingKey: ${PAGERDUTY_KEY:-}} turns alerts off where the variable is unset.
 */
final class TelemetrySettingsReader {
    static final List<String> KEYS = List.of("jsonl", "loki", "pagerduty", "opsgenie", "webhook", "prometheus", "timeout");

    private TelemetrySettingsReader() {}

    static TelemetrySettings read(SectionReader t, Path projectDir) {
        t.keys(KEYS);
        TelemetrySettings.Jsonl jsonl = t.section("jsonl").flatMap(s -> s.keys(List.of("file")).text("file"))
                .map(f -> new TelemetrySettings.Jsonl(f.equals("-") ? f : projectDir.resolve(f).normalize().toString()))
                .orElse(null);
        TelemetrySettings.Loki loki = t.section("loki").flatMap(s -> s.keys(List.of("url", "labels")).httpUrl("url")
                .map(u -> new TelemetrySettings.Loki(u, s.strings("labels")))).orElse(null);
        TelemetrySettings.PagerDuty pagerduty = t.section("pagerduty").flatMap(s -> s.keys(List.of("routingKey", "url"))
                .secret("routingKey").map(k -> new TelemetrySettings.PagerDuty(k,
                        s.httpUrl("url").orElse(TelemetrySettings.PAGERDUTY_EVENTS)))).orElse(null);
        TelemetrySettings.Opsgenie opsgenie = t.section("opsgenie").flatMap(s -> s.keys(List.of("apiKey", "url"))
                .secret("apiKey").map(k -> new TelemetrySettings.Opsgenie(k,
                        s.httpUrl("url").orElse(TelemetrySettings.OPSGENIE_ALERTS)))).orElse(null);
        TelemetrySettings.Webhook webhook = t.section("webhook").flatMap(s -> s.keys(List.of("url", "secret"))
                .httpUrl("url").map(u -> new TelemetrySettings.Webhook(u, s.secret("secret").orElse(null)))).orElse(null);
        TelemetrySettings.Prometheus prometheus = t.section("prometheus").flatMap(s -> s.keys(List.of("file")).text("file"))
                .map(f -> new TelemetrySettings.Prometheus(projectDir.resolve(f).normalize())).orElse(null);
        return new TelemetrySettings(jsonl, loki, pagerduty, opsgenie, webhook, prometheus,
                t.duration("timeout", TelemetrySettings.DEFAULT_TIMEOUT));
    }
}
