package dev.cairn.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.testing.Gen;
import dev.cairn.testing.Seeded;
import java.time.Duration;
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
    void formatsShortestExactForm() {
        assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
        assertThat(Durations.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
        assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1s500ms");
        assertThat(Durations.format(Duration.ofHours(48))).isEqualTo("48h");
        assertThat(Durations.format(Duration.ZERO)).isEqualTo("0");
        assertThatThrownBy(() -> Durations.format(Duration.ofNanos(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Durations.format(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatThenParseIsIdentity() {
        Seeded.forAll("format then parse is identity", 7_301_115_482_004_215L, 1000,
                Gen.longs(0, Integer.MAX_VALUE), // the range cairn.yaml accepts: PostgreSQL's timeouts are int milliseconds
                millis -> {
                    Duration d = Duration.ofMillis(millis);
                    assertThat(Durations.parse(Durations.format(d))).isEqualTo(d);
                });
    }

    /** A duration as a person might write it: each unit present or not, values past their carry point. */
    record Written(long h, long m, long s, long ms) {
        String text() {
            String written = (h > 0 ? h + "h" : "") + (m > 0 ? m + "m" : "") + (s > 0 ? s + "s" : "") + (ms > 0 ? ms + "ms" : "");
            return written.isEmpty() ? "0" : written;
        }

        @Override
        public String toString() {
            return text();
        }
    }

    @Test
    void formatIsCanonicalForAnyWrittenForm() {
        Gen<Written> written = r -> new Written(Gen.longs(0, 100).next(r), Gen.longs(0, 200).next(r),
                Gen.longs(0, 200).next(r), Gen.longs(0, 5000).next(r));
        Seeded.forAll("format is canonical for any written form", -4_417_290_077_312_861L, 1000, written, w -> {
            Duration d = Durations.parse(w.text());
            String canonical = Durations.format(d);
            assertThat(Durations.parse(canonical)).isEqualTo(d);
            // Shortest: nothing left uncarried (no 60s, 60m or 1000ms) in the canonical form.
            var parts = java.util.regex.Pattern.compile("(\\d+)(h|ms|m|s)").matcher(canonical);
            while (parts.find()) {
                long n = Long.parseLong(parts.group(1));
                switch (parts.group(2)) {
                    case "m", "s" -> assertThat(n).as(canonical).isBetween(1L, 59L);
                    case "ms" -> assertThat(n).as(canonical).isBetween(1L, 999L);
                    default -> assertThat(n).as(canonical).isPositive();
                }
            }
        });
    }
}
