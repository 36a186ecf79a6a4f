package dev.cairn.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Writes each event as one JSON object per line (appending), flushed per event so a crash loses nothing.
 * Every string passes through {@code redact} first: events must never carry a secret.
 */
public final class JsonLinesEventSink implements EventSink {
    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private final Path file;
    private final BufferedWriter out;
    private final UnaryOperator<String> redact;

    public JsonLinesEventSink(Path file, UnaryOperator<String> redact) {
        this.file = file;
        this.redact = redact;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new CairnException(ExitCode.USAGE, "Cannot write events to " + file + ": " + e.getMessage()
                    + ". Give --events a path in a writable directory.", e);
        }
    }

    @Override
    public synchronized void emit(Event event) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", event.type());
        doc.put("at", event.at().toString());
        doc.put("runId", event.runId());
        doc.put("environment", event.environment());
        event.fields().forEach((k, v) -> doc.put(k, v instanceof String s ? redact.apply(s) : v));
        try {
            out.write(JSON.writeValueAsString(doc));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            // Telemetry never fails a run; the file's problem shows on the next open.
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            // Nothing left to save.
        }
    }

    @Override
    public String toString() {
        return "events file " + file;
    }
}
