package dev.cairn.telemetry;

import dev.cairn.config.TelemetrySettings;
import dev.cairn.events.Event;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code pagerduty}: Events API v2, a trigger when a run fails and a resolve when it next succeeds (see {@link Alerts}). */
final class PagerDutyDelivery implements Delivery {
    private final Http http;
    private final Endpoint to;
    private final String routingKey;
    private final String source;
    private final RunTracker runs = new RunTracker();

    PagerDutyDelivery(Http http, TelemetrySettings.PagerDuty settings, String source) {
        this.http = http;
        this.to = Endpoint.of(settings.url() == null ? TelemetrySettings.PAGERDUTY_EVENTS : settings.url());
        if (settings.routingKey() == null || settings.routingKey().isEmpty()) {
            throw new IllegalArgumentException("no routingKey");
        }
        this.routingKey = settings.routingKey().reveal();
        this.source = source;
    }

    @Override
    public void deliver(List<Event> batch) throws Exception {
        for (Event e : batch) {
            var end = runs.accept(e);
            if (end.isPresent() && Alerts.alerts(end.get())) {
                http.postJson(to, Map.of(), EventDocument.json(body(end.get())).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    Map<String, Object> body(RunTracker.RunEnd end) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("routing_key", routingKey);
        body.put("event_action", end.ok() ? "resolve" : "trigger");
        body.put("dedup_key", Alerts.cut(Alerts.key(source, end), 255));
        if (!end.ok()) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("summary", Alerts.cut(Alerts.summary(end), 1024));
            payload.put("severity", Alerts.critical(end) ? "critical" : "error");
            payload.put("source", source);
            payload.put("timestamp", end.event().at().toString());
            payload.put("component", "cairn");
            payload.put("group", end.environment());
            payload.put("class", end.command());
            payload.put("custom_details", end.details());
            body.put("payload", payload);
        }
        return body;
    }

    @Override
    public String describe() {
        return "PagerDuty at " + to.display();
    }
}
