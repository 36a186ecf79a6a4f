package dev.cairn.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {
    @Test
    void writesAndReadsBackEscapedLabelValues() {
        PrometheusText t = new PrometheusText();
        t.add(PrometheusText.RUNS, List.of("a\"b\\c\nd", "migrate", "ok"), 2);
        t.set(PrometheusText.RUN_DURATION, List.of("prod", "migrate"), 0.125);
        String text = t.render();
        assertThat(text).contains("cairn_runs_total{environment=\"a\\\"b\\\\c\\nd\",command=\"migrate\",status=\"ok\"} 2\n",
                "cairn_run_duration_seconds{environment=\"prod\",command=\"migrate\"} 0.125\n");
        PrometheusText back = PrometheusText.parse(text);
        assertThat(back.get(PrometheusText.RUNS, List.of("a\"b\\c\nd", "migrate", "ok"))).isEqualTo(2.0);
        assertThat(back.render()).isEqualTo(text);
    }

    @Test
    void skipsLinesItDoesNotKnow() {
        PrometheusText t = PrometheusText.parse("""
                # a comment
                node_load1 0.5
                cairn_runs_total{environment="prod",command="migrate",status="ok"} 7
                cairn_runs_total{environment="prod"} 3
                cairn_runs_total{environment="prod",command="migrate",status="x} 3
                cairn_migrations_applied_total{environment="prod"} not-a-number
                """);
        assertThat(t.render()).isEqualTo("""
                # HELP cairn_runs_total Runs that ended, by environment, command and status.
                # TYPE cairn_runs_total counter
                cairn_runs_total{environment="prod",command="migrate",status="ok"} 7
                """);
    }
}
