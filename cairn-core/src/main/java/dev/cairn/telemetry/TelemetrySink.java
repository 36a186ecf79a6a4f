package dev.cairn.telemetry;

import dev.cairn.events.Event;
import dev.cairn.events.EventSink;
import java.time.Duration;
import java.util.List;

/** The configured sinks together; closing drains them in parallel, so the run waits at most one timeout. */
final class TelemetrySink implements EventSink {
    private final List<AsyncSink> sinks;
    private final Duration timeout;

    TelemetrySink(List<AsyncSink> sinks, Duration timeout) {
        this.sinks = List.copyOf(sinks);
        this.timeout = timeout;
    }

    @Override
    public void emit(Event event) {
        for (AsyncSink s : sinks) {
            s.emit(event);
        }
    }

    @Override
    public void close() {
        sinks.forEach(AsyncSink::beginClose);
        long deadline = System.nanoTime() + timeout.toNanos();
        sinks.forEach(s -> s.awaitClose(deadline));
    }

    List<AsyncSink> sinks() {
        return sinks;
    }

    @Override
    public String toString() {
        return "telemetry " + sinks;
    }
}
