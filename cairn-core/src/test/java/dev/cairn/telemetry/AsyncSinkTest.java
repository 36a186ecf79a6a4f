package dev.cairn.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.events.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AsyncSinkTest {
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    /** Records what it gets; its first delivery waits until the test lets it go. */
    private static final class Gate implements Delivery {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch open = new CountDownLatch(1);
        final List<String> delivered = Collections.synchronizedList(new ArrayList<>());
        boolean finished;

        @Override
        public void deliver(List<Event> batch) throws InterruptedException {
            entered.countDown();
            open.await();
            batch.forEach(e -> delivered.add(String.valueOf(e.fields().get("n"))));
        }

        @Override
        public void finish() {
            finished = true;
        }

        @Override
        public String describe() {
            return "gate";
        }
    }

    private static Event event(int n) {
        return new Event("test", Instant.now(), "run", "local", Map.of("n", n));
    }

    @Test
    void aFullQueueDropsAndCountsAndSaysSoOnceAtClose() throws Exception {
        Gate gate = new Gate();
        AsyncSink sink = new AsyncSink(gate, new FailureReport(failures::add), Duration.ofSeconds(5), 3);
        sink.emit(event(0));
        assertThat(gate.entered.await(5, TimeUnit.SECONDS)).isTrue(); // event 0 is in flight, the queue is empty
        for (int i = 1; i <= 10; i++) {
            sink.emit(event(i));
        }
        gate.open.countDown();
        sink.close();
        assertThat(gate.delivered).containsExactly("0", "1", "2", "3");
        assertThat(gate.finished).isTrue();
        assertThat(failures).containsExactly("telemetry: gate could not keep up: 7 event(s) were dropped because its queue of 3 was full");
    }

    @Test
    void aDeliveryThatThrowsIsReportedOnceAndGetsNothingMore() {
        List<Integer> calls = Collections.synchronizedList(new ArrayList<>());
        Delivery broken = new Delivery() {
            @Override
            public void deliver(List<Event> batch) {
                calls.add(batch.size());
                throw new IllegalStateException("bug in sink");
            }

            @Override
            public String describe() {
                return "broken";
            }
        };
        AsyncSink sink = new AsyncSink(broken, new FailureReport(failures::add), Duration.ofSeconds(5));
        for (int i = 0; i < 20; i++) {
            sink.emit(event(i)); // never throws into the run
        }
        sink.close();
        assertThat(calls).hasSize(1);
        assertThat(failures).containsExactly("telemetry: broken failed: bug in sink; events to it are dropped for this run");
    }

    @Test
    void closingWaitsForTheDeadlineThenGivesUp() throws Exception {
        Gate gate = new Gate(); // never opened
        AsyncSink sink = new AsyncSink(gate, new FailureReport(failures::add), Duration.ofMillis(200));
        sink.emit(event(0));
        assertThat(gate.entered.await(5, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        sink.close();
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(ms).isBetween(150L, 450L);
        assertThat(failures).containsExactly("telemetry: gate did not finish within 200ms; the events not yet delivered to it are dropped");
        assertThat(gate.finished).isFalse();
    }
}
