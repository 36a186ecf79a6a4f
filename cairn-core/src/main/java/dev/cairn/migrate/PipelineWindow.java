package dev.cairn.migrate;

/**
 * How many migrations the next round trip carries. A run starts with one per round trip, as before; while
 * migrations finish fast, the window doubles (up to {@link #MAX}) so that a long chain of small migrations spends
 * its time on the server rather than waiting on round trips; one slow round trip closes it again. Keeping slow
 * migrations alone keeps the progress lines, the deadline checks between migrations and Ctrl-C as prompt as a
 * one-by-one run.
 */
final class PipelineWindow {
    static final int MAX = 32;
    /** Most SQL text in one round trip, so that one batch never holds a large data migration and its neighbours. */
    static final int MAX_CHARS = 256 * 1024;
    /** A round trip faster than this is fast: the window grows. */
    private static final long FAST_NANOS = 100_000_000L;
    /** A round trip slower than this closes the window. */
    private static final long SLOW_NANOS = 1_000_000_000L;

    private int size = 1;

    int size() {
        return size;
    }

    /** Records how long the last round trip took. */
    void completed(long nanos) {
        if (nanos < FAST_NANOS) {
            size = Math.min(MAX, size * 2);
        } else if (nanos > SLOW_NANOS) {
            size = 1;
        }
    }
}
