package dev.cairn.telemetry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.config.Redactor;
import dev.cairn.events.Event;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An event as every sink sends it: the same object {@code --events} writes ({@code type}, {@code at},
 * {@code runId}, {@code environment}, then the fields), with every string passed through
 * {@link Redactor#redactAll} — the one place a sink's payload is made safe.
 */
final class EventDocument {
    static final ObjectMapper JSON = new ObjectMapper();

    private EventDocument() {}

    static Map<String, Object> of(Event event) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", safe(event.type()));
        doc.put("at", event.at().toString());
        doc.put("runId", safe(event.runId()));
        doc.put("environment", safe(event.environment()));
        event.fields().forEach((k, v) -> doc.put(k, value(v)));
        return doc;
    }

    static String json(Event event) {
        return json(of(event));
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Numbers and booleans as they are; anything else as redacted text. */
    static Object value(Object v) {
        if (v == null || v instanceof Number || v instanceof Boolean) {
            return v;
        }
        return safe(v.toString());
    }

    static String safe(String text) {
        return Redactor.redactAll(text);
    }

    /** A field as redacted text, or null. */
    static String text(Event event, String field) {
        Object v = event.fields().get(field);
        return v == null ? null : safe(v.toString());
    }
}
