package dev.cairn.telemetry;

import dev.cairn.events.Event;
import java.time.Duration;
import java.util.List;

/**
 * What one sink does with its events, on its own worker thread (so it may keep state without locks and may
 * block). Throwing means the sink failed: it is reported once and gets no more events this run.
 */
interface Delivery {
    /** Delivers events in the order they were emitted; at most {@link #batchSize()} at a time. */
    void deliver(List<Event> batch) throws Exception;

    /** Names the sink for a failure message, e.g. {@code Loki at http://host:3100/loki/api/v1/push} (no secret). */
    String describe();

    default int batchSize() {
        return 1;
    }

    /** How long to wait for more events before delivering a batch smaller than {@link #batchSize()}. */
    default Duration linger() {
        return Duration.ZERO;
    }

    /** After the last batch, when the run closes the sink in time. */
    default void finish() throws Exception {}
}
