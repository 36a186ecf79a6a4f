package dev.cairn.events;

import java.util.List;

/** Sends every event to each of several sinks; one failing sink does not stop the others. */
public record CompositeEventSink(List<EventSink> sinks) implements EventSink {
    @Override
    public void emit(Event event) {
        for (EventSink s : sinks) {
            try {
                s.emit(event);
            } catch (RuntimeException e) {
                // Telemetry never fails a run.
            }
        }
    }

    @Override
    public void close() {
        sinks.forEach(EventSink::close);
    }
}
