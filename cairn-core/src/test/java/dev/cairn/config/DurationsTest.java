package dev.cairn.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
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

    @Property
    void formatThenParseIsIdentity(@ForAll @LongRange(min = 0, max = 1_000L * 3600 * 24 * 400) long millis) {
        Duration d = Duration.ofMillis(millis);
        assertThat(Durations.parse(Durations.format(d))).isEqualTo(d);
    }

    @Property
    void formatIsCanonicalForAnyWrittenForm(
            @ForAll @LongRange(min = 0, max = 100) long h,
            @ForAll @LongRange(min = 0, max = 200) long m,
            @ForAll @LongRange(min = 0, max = 200) long s,
            @ForAll @LongRange(min = 0, max = 5000) long ms) {
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
