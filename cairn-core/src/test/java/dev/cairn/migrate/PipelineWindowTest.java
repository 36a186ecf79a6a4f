package dev.cairn.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PipelineWindowTest {
    private static final long MS = 1_000_000L;

    @Test
    void startsWithOneAndDoublesWhileRoundTripsAreFastUpToTheCap() {
        PipelineWindow w = new PipelineWindow();
        assertThat(w.size()).isEqualTo(1);
        w.completed(3 * MS);
        assertThat(w.size()).isEqualTo(2);
        for (int i = 0; i < 10; i++) {
            w.completed(20 * MS);
        }
        assertThat(w.size()).isEqualTo(PipelineWindow.MAX);
    }

    @Test
    void oneSlowRoundTripClosesTheWindowAndAMiddlingOneKeepsIt() {
        PipelineWindow w = new PipelineWindow();
        w.completed(MS);
        w.completed(MS);
        assertThat(w.size()).isEqualTo(4);
        w.completed(500 * MS);
        assertThat(w.size()).isEqualTo(4);
        w.completed(2_000 * MS);
        assertThat(w.size()).isEqualTo(1);
    }
}
