package dev.cairn.events;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One structured event of a run. {@code fields} hold plain values (strings, numbers, booleans) and
 * never a secret: sinks write them as they are.
 */
public record Event(String type, Instant at, String runId, String environment, Map<String, Object> fields) {
    public Event {
        fields = java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
    }
}
