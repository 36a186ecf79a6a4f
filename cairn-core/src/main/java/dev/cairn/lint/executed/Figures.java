package dev.cairn.lint.executed;

import java.util.Locale;

/** Sizes as people read them: {@code 48 GB}, {@code 2.1 MB}; {@code 310 M rows}, {@code 12 k rows}. */
final class Figures {
    private Figures() {}

    private static final String[] UNITS = {"kB", "MB", "GB", "TB", "PB"};

    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double v = bytes;
        int unit = -1;
        while (v >= 1024 && unit < UNITS.length - 1) {
            v /= 1024;
            unit++;
        }
        return scaled(v) + " " + UNITS[unit];
    }

    static String rows(long rows) {
        if (rows < 1000) {
            return rows + (rows == 1 ? " row" : " rows");
        }
        if (rows < 1_000_000) {
            return scaled(rows / 1e3) + " k rows";
        }
        if (rows < 1_000_000_000) {
            return scaled(rows / 1e6) + " M rows";
        }
        return scaled(rows / 1e9) + " G rows";
    }

    /** One decimal below 10 ({@code 2.1}), none above ({@code 48}). */
    private static String scaled(double v) {
        return v < 9.95 ? String.format(Locale.ROOT, "%.1f", v) : String.valueOf(Math.round(v));
    }
}
