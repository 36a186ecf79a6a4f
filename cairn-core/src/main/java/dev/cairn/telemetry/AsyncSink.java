package dev.cairn.telemetry;

import dev.cairn.events.Event;
import dev.cairn.events.EventSink;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One sink behind a bounded queue and a single daemon worker, so a slow or dead receiver never slows the run:
 * {@link #emit} only enqueues (or drops and counts when the queue is full), and closing waits for the queue
 * to drain only until a deadline. The first failure is reported once and the sink then drops what follows.
 */
final class AsyncSink implements EventSink {
    static final int CAPACITY = 1_000;

    private final Delivery delivery;
    private final FailureReport report;
    private final Duration timeout;
    private final int capacity;
    private final ArrayDeque<Event> queue = new ArrayDeque<>();
    private final AtomicLong dropped = new AtomicLong();
    private final Thread worker;
    private boolean closing; // guarded by this
    private volatile boolean failed;

    AsyncSink(Delivery delivery, FailureReport report, Duration timeout) {
        this(delivery, report, timeout, CAPACITY);
    }

    AsyncSink(Delivery delivery, FailureReport report, Duration timeout, int capacity) {
        this.delivery = delivery;
        this.report = report;
        this.timeout = timeout;
        this.capacity = capacity;
        this.worker = new Thread(this::work, "cairn-telemetry " + delivery.describe());
        worker.setDaemon(true); // a sink never keeps the JVM alive
        worker.start();
    }

    @Override
    public void emit(Event event) {
        if (failed) {
            return;
        }
        synchronized (this) {
            if (closing) {
                return;
            }
            if (queue.size() >= capacity) {
                dropped.incrementAndGet();
                return;
            }
            queue.add(event);
            notifyAll();
        }
    }

    /** Lets the worker deliver what is queued and stop; returns at once. */
    synchronized void beginClose() {
        closing = true;
        notifyAll();
    }

    /** Waits for the worker until {@code deadline} (System.nanoTime), then gives up on what is left. */
    void awaitClose(long deadline) {
        beginClose();
        try {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                TimeUnit.NANOSECONDS.timedJoin(worker, left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            worker.interrupt(); // cancels a request in flight; the thread is a daemon either way
            report.once("telemetry: " + delivery.describe() + " did not finish within " + FailureReport.format(timeout)
                    + "; the events not yet delivered to it are dropped");
        }
        long lost = dropped.get();
        if (lost > 0) {
            report.once("telemetry: " + delivery.describe() + " could not keep up: " + lost
                    + " event(s) were dropped because its queue of " + capacity + " was full");
        }
    }

    @Override
    public void close() {
        awaitClose(System.nanoTime() + timeout.toNanos());
    }

    private void work() {
        try {
            for (List<Event> batch = next(); batch != null; batch = next()) {
                if (failed) {
                    continue; // drain quickly: nothing more goes to a failed sink
                }
                try {
                    delivery.deliver(batch);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) { // a bug in a sink too: telemetry never fails a run
                    fail(e);
                }
            }
            if (!failed) {
                delivery.finish();
            }
        } catch (InterruptedException e) {
            // Closing gave up on this sink.
        } catch (Exception e) {
            fail(e);
        }
    }

    private void fail(Throwable e) {
        failed = true;
        synchronized (this) {
            queue.clear();
        }
        report.once(FailureReport.failed(delivery.describe(), FailureReport.reason(e, timeout)));
    }

    /** The next batch: waits for a first event, lingers briefly for more when the sink batches; null once closed and empty. */
    private synchronized List<Event> next() throws InterruptedException {
        while (queue.isEmpty() && !closing) {
            wait();
        }
        if (queue.isEmpty()) {
            return null;
        }
        int size = delivery.batchSize();
        long linger = delivery.linger().toNanos();
        if (linger > 0) {
            long until = System.nanoTime() + linger;
            for (long left = linger; !closing && queue.size() < size && left > 0; left = until - System.nanoTime()) {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
        List<Event> batch = new ArrayList<>(Math.min(size, queue.size()));
        while (!queue.isEmpty() && batch.size() < size) {
            batch.add(queue.poll());
        }
        return batch;
    }

    @Override
    public String toString() {
        return delivery.describe();
    }
}
