package dev.cairn.telemetry;

import dev.cairn.config.TelemetrySettings;
import dev.cairn.events.Event;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code loki}: Grafana Loki's push API, JSON flavour. Events are batched briefly (up to {@value #BATCH} or one
 * second, and on close) and grouped into streams by label set. Labels stay few and stable — the configured
 * ones, {@code job}, {@code environment} and {@code type} — since every label value makes a new stream; the
 * run id and everything else ride in the log line, which is the event as JSON.
 */
final class LokiDelivery implements Delivery {
    static final String PUSH_PATH = "/loki/api/v1/push";
    static final int BATCH = 100;

    private final Http http;
    private final Endpoint push;
    private final Map<String, String> labels;

    LokiDelivery(Http http, TelemetrySettings.Loki settings) {
        this.http = http;
        Endpoint configured = Endpoint.of(settings.url());
        String path = configured.uri().getPath() == null ? "" : configured.uri().getPath();
        this.push = path.endsWith(PUSH_PATH) ? configured
                : configured.withPath(stripSlash(path) + PUSH_PATH, configured.uri().getQuery());
        this.labels = new TreeMap<>(settings.labels());
        labels.putIfAbsent("job", "cairn");
    }

    private static String stripSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    @Override
    public void deliver(List<Event> batch) throws Exception {
        http.postJson(push, Map.of(), EventDocument.json(body(batch)).getBytes(StandardCharsets.UTF_8));
    }

    Map<String, Object> body(List<Event> batch) {
        Map<Map<String, String>, List<List<String>>> streams = new LinkedHashMap<>();
        for (Event e : batch) {
            Map<String, String> stream = new TreeMap<>(labels);
            stream.put("environment", e.environment() == null ? "none" : EventDocument.safe(e.environment()));
            stream.put("type", EventDocument.safe(e.type()));
            streams.computeIfAbsent(stream, k -> new ArrayList<>()).add(List.of(nanos(e), EventDocument.json(e)));
        }
        List<Map<String, Object>> list = new ArrayList<>();
        streams.forEach((stream, values) -> list.add(Map.of("stream", stream, "values", values)));
        return Map.of("streams", list);
    }

    /** Unix epoch in nanoseconds, as the string Loki wants. */
    static String nanos(Event e) {
        return Long.toString(Math.addExact(Math.multiplyExact(e.at().getEpochSecond(), 1_000_000_000L), e.at().getNano()));
    }

    @Override
    public int batchSize() {
        return BATCH;
    }

    @Override
    public Duration linger() {
        return Duration.ofSeconds(1);
    }

    @Override
    public String describe() {
        return "Loki at " + push.display();
    }
}
