package dev.cairn.migrate;

import java.util.regex.Pattern;
import dev.cairn.CairnException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A migration version such as {@code 1}, {@code 1.1} or {@code 2024.03.01}, compared numerically part by
 * part (1 < 1.1 < 2 < 10), as Flyway does. Underscores in file names stand for dots ({@code V1_1__x.sql}
 * is version 1.1), and trailing zero parts do not count (1.0 equals 1).
 */
public final class Version implements Comparable<Version> {
    private static final Pattern SHAPE = Pattern.compile("\\d+(\\.\\d+)*");
    private final List<BigInteger> parts;
    private final String text;

    private Version(List<BigInteger> parts, String text) {
        this.parts = parts;
        this.text = text;
    }

    /** Parses {@code 1}, {@code 1.2.3} or {@code 1_2_3}; throws a usage error for anything else. */
    public static Version parse(String raw) {
        String normalised = raw.replace('_', '.');
        if (!SHAPE.matcher(normalised).matches()) {
            throw CairnException.usage("'" + raw + "' is not a version: a version is numbers separated by dots or"
                    + " underscores, such as 1, 1.1 or 2024.03.01.");
        }
        List<BigInteger> parts = new ArrayList<>();
        for (String p : normalised.split("\\.")) {
            parts.add(new BigInteger(p));
        }
        int end = parts.size();
        while (end > 1 && parts.get(end - 1).signum() == 0) {
            end--;
        }
        List<BigInteger> significant = List.copyOf(parts.subList(0, end));
        return new Version(significant, normalised);
    }

    /** True when {@code raw} parses as a version. */
    public static boolean isVersion(String raw) {
        return SHAPE.matcher(raw.replace('_', '.')).matches();
    }

    @Override
    public int compareTo(Version other) {
        int n = Math.max(parts.size(), other.parts.size());
        for (int i = 0; i < n; i++) {
            BigInteger a = i < parts.size() ? parts.get(i) : BigInteger.ZERO;
            BigInteger b = i < other.parts.size() ? other.parts.get(i) : BigInteger.ZERO;
            int c = a.compareTo(b);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Version v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    /** The version without trailing zero parts, so that 1.0 and 1 have the same canonical form. */
    public String canonical() {
        return String.join(".", parts.stream().map(BigInteger::toString).toList());
    }

    /** The version as written, with dots: {@code 1.1} for {@code V1_1__x.sql}. */
    @Override
    public String toString() {
        return text;
    }
}
