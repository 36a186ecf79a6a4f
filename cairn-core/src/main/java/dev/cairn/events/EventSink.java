package dev.cairn.events;

/** Where a run's events go. Implementations must not throw on a failed delivery: telemetry never fails a run. */
public interface EventSink extends AutoCloseable {
    void emit(Event event);

    @Override
    default void close() {}

    EventSink NONE = event -> {};
}
