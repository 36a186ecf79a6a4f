package dev.cairn.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void parsesEveryDocumentedForm() {
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("5s")).isEqualTo(Duration.ofSeconds(5));
        assertThat(Durations.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Durations.parse("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("1s500ms")).isEqualTo(Duration.ofMillis(1500));
        assertThat(Durations.parse("0")).isEqualTo(Duration.ZERO);
        assertThat(Durations.parse(" 90s ")).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void bareNumberAsksForAUnit() {
        assertThatThrownBy(() -> Durations.parse("30"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no unit")
                .hasMessageContaining("30s");
    }

    @Test
    void rejectsMalformedDurations() {
        for (String bad : new String[] {"", "5 s", "1.5s", "30m1h", "5x", "-5s", "yes", "1h1h", "s"}) {
            assertThatThrownBy(() -> Durations.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void rangeEndsAtPostgresqlsIntMilliseconds() {
        assertThat(Durations.parse("596h31m23s647ms")).isEqualTo(Duration.ofMillis(Integer.MAX_VALUE));
        for (String tooLong : List.of("596h31m23s648ms", "99999999999999h", "99999999999999999999999h", "2147483648ms")) {
            assertThatThrownBy(() -> Durations.parse(tooLong)).as(tooLong)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("out of range")
                    .hasMessageContaining("596h31m23s647ms");
        }
    }

    @Test
    void formatsShortestExactForm() {
        assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
        assertThat(Durations.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
        assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1s500ms");
        assertThat(Durations.format(Duration.ofHours(48))).isEqualTo("48h");
        assertThat(Durations.format(Duration.ZERO)).isEqualTo("0");
        assertThatThrownBy(() -> Durations.format(Duration.ofNanos(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Durations.format(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Seeded, so a failure reproduces; covers the whole accepted range. */
    @Test
    void formatThenParseIsIdentity() {
        java.util.Random random = new java.util.Random(20261202);
        for (int i = 0; i < 2000; i++) {
            long millis = i < 3 ? new long[] {0, 1, Integer.MAX_VALUE}[i] : (long) (random.nextDouble() * Integer.MAX_VALUE);
            Duration d = Duration.ofMillis(millis);
            assertThat(Durations.parse(Durations.format(d))).as("%d ms", millis).isEqualTo(d);
        }
    }

    @Test
    void formatIsCanonicalForAnyWrittenForm() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 2000; i++) {
            checkCanonical(random.nextInt(101), random.nextInt(201), random.nextInt(201), random.nextInt(5001));
        }
    }

    private static void checkCanonical(long h, long m, long s, long ms) {
        String written = (h > 0 ? h + "h" : "") + (m > 0 ? m + "m" : "") + (s > 0 ? s + "s" : "") + (ms > 0 ? ms + "ms" : "");
        if (written.isEmpty()) {
            written = "0";
        }
        Duration d = Durations.parse(written);
        String canonical = Durations.format(d);
        assertThat(Durations.parse(canonical)).isEqualTo(d);
        // Shortest: nothing left uncarried (no 60s, 60m or 1000ms) in the canonical form.
        var parts = java.util.regex.Pattern.compile("(\\d+)(h|ms|m|s)").matcher(canonical);
        while (parts.find()) {
            long n = Long.parseLong(parts.group(1));
            switch (parts.group(2)) {
                case "m", "s" -> assertThat(n).isBetween(1L, 59L);
                case "ms" -> assertThat(n).isBetween(1L, 999L);
                default -> assertThat(n).isPositive();
            }
        }
    }
}
