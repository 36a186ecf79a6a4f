package dev.cairn.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Emits the events of one run, stamping each with the run's id and environment. */
public final class RunEvents {
    private final EventSink sink;
    private final String runId = UUID.randomUUID().toString();
    private final String environment;

    public RunEvents(EventSink sink, String environment) {
        this.sink = sink;
        this.environment = environment;
    }

    public String runId() {
        return runId;
    }

    /** Emits {@code type} with alternating key/value pairs; null values are left out. */
    public void emit(String type, Object... keyValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                fields.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        sink.emit(new Event(type, Instant.now(), runId, environment, fields));
    }
}
