package dev.cairn.telemetry;

import dev.cairn.config.TelemetrySettings;
import dev.cairn.events.Event;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code opsgenie}: the Alert API. A failed run creates an alert under a stable alias; the next success closes
 * it ({@code POST {url}/{alias}/close?identifierType=alias}). See {@link Alerts} for the rule.
 */
final class OpsgenieDelivery implements Delivery {
    private final Http http;
    private final Endpoint alerts;
    private final Map<String, String> auth;
    private final String source;
    private final RunTracker runs = new RunTracker();

    OpsgenieDelivery(Http http, TelemetrySettings.Opsgenie settings, String source) {
        this.http = http;
        this.alerts = Endpoint.of(settings.url() == null ? TelemetrySettings.OPSGENIE_ALERTS : settings.url());
        if (settings.apiKey() == null || settings.apiKey().isEmpty()) {
            throw new IllegalArgumentException("no apiKey");
        }
        this.auth = Map.of("Authorization", "GenieKey " + settings.apiKey().reveal());
        this.source = source;
    }

    @Override
    public void deliver(List<Event> batch) throws Exception {
        for (Event e : batch) {
            var end = runs.accept(e);
            if (end.isEmpty() || !Alerts.alerts(end.get())) {
                continue;
            }
            RunTracker.RunEnd run = end.get();
            String alias = Alerts.cut(Alerts.key(source, run), 512);
            if (run.ok()) {
                http.postJson(close(alias), auth, EventDocument.json(Map.of("source", "cairn",
                        "note", "cairn " + run.command() + " succeeded on " + run.environment() + " (run " + EventDocument.safe(run.event().runId()) + ")"))
                        .getBytes(StandardCharsets.UTF_8));
            } else {
                http.postJson(alerts, auth, EventDocument.json(create(run, alias)).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    Map<String, Object> create(RunTracker.RunEnd run, String alias) {
        Map<String, Object> body = new LinkedHashMap<>();
        String summary = Alerts.summary(run);
        body.put("message", Alerts.cut(summary, 130));
        body.put("alias", alias);
        StringBuilder description = new StringBuilder(summary).append("\n");
        Map<String, String> details = new TreeMap<>();
        run.details().forEach((k, v) -> {
            details.put(k, String.valueOf(v));
            description.append("\n").append(k).append(": ").append(v);
        });
        body.put("description", Alerts.cut(description.toString(), 15_000));
        body.put("priority", Alerts.critical(run) ? "P1" : "P2");
        body.put("source", "cairn");
        body.put("entity", source);
        body.put("tags", List.of("cairn", run.environment(), run.command()));
        body.put("details", details);
        return body;
    }

    private Endpoint close(String alias) {
        String base = alerts.uri().getPath() == null ? "" : alerts.uri().getPath();
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        // The alias as one path segment: ':' and '/' must not split it.
        String segment = URLEncoder.encode(alias, StandardCharsets.UTF_8).replace("+", "%20");
        return alerts.withRawPath(base + "/" + segment + "/close", "identifierType=alias");
    }

    @Override
    public String describe() {
        return "Opsgenie at " + alerts.display();
    }
}
