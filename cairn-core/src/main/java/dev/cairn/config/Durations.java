package dev.cairn.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Human durations as written in cairn.yaml: {@code 500ms}, {@code 5s}, {@code 5m}, {@code 1h},
 * {@code 1h30m}, and {@code 0} meaning "off". Units go from largest to smallest, each at most once,
 * so every duration has exactly one canonical spelling ({@link #format}).
 */
public final class Durations {
    private static final Pattern FORM =
            Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m(?!s))?(?:(\\d+)s)?(?:(\\d+)ms)?");

    /**
     * The longest duration cairn.yaml accepts: 2^31-1 ms (about 24.8 days). PostgreSQL takes
     * lock_timeout and statement_timeout as an int of milliseconds, and the run's deadline shares the
     * bound so that every duration key has one rule.
     */
    public static final Duration MAX = Duration.ofMillis(Integer.MAX_VALUE);

    private Durations() {}

    /**
     * Parses a duration.
     *
     * @throws IllegalArgumentException with a message fit for the user (it does not name the key;
     *     the caller adds key and line)
     */
    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a duration is empty; write e.g. 30s, 500ms, 5m, 1h30m or 0 (off)");
        }
        String s = text.strip();
        if (s.equals("0")) {
            return Duration.ZERO;
        }
        if (s.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException(
                    "duration '" + s + "' has no unit; write " + s + "s, " + s + "ms, " + s + "m or " + s + "h");
        }
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + s + "' is not a duration; write e.g. 30s, 500ms, 5m, 1h30m or 0 (off),"
                    + " units largest first, whole numbers only");
        }
        Duration d;
        try {
            d = Duration.ZERO;
            d = d.plusHours(number(m.group(1)));
            d = d.plusMinutes(number(m.group(2)));
            d = d.plusSeconds(number(m.group(3)));
            d = d.plusMillis(number(m.group(4)));
        } catch (ArithmeticException | NumberFormatException e) {
            d = null;
        }
        if (d == null || d.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("duration '" + s + "' is out of range; allowed are 0 (off) and 1ms up to "
                    + format(MAX) + " (" + MAX.toMillis() + " ms, PostgreSQL's limit for lock_timeout and"
                    + " statement_timeout)");
        }
        return d;
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }

    /**
     * The shortest exact spelling, e.g. 90 seconds is {@code 1m30s}; zero is {@code 0}.
     *
     * @throws IllegalArgumentException for negative durations or sub-millisecond precision, which
     *     cairn.yaml cannot express
     */
    public static String format(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("negative duration " + d);
        }
        if (d.getNano() % 1_000_000 != 0) {
            throw new IllegalArgumentException("duration " + d + " is finer than a millisecond");
        }
        if (d.isZero()) {
            return "0";
        }
        long hours = d.toHours();
        int minutes = d.toMinutesPart();
        int seconds = d.toSecondsPart();
        int millis = d.toMillisPart();
        StringBuilder sb = new StringBuilder();
        if (hours > 0) sb.append(hours).append('h');
        if (minutes > 0) sb.append(minutes).append('m');
        if (seconds > 0) sb.append(seconds).append('s');
        if (millis > 0) sb.append(millis).append("ms");
        return sb.toString();
    }
}
