package dev.cairn.diff.corpus;

/**
 * The switch between the corpus and the differ. The round-trip halves of the corpus tests run when
 * {@link #available()}; the oracle itself is {@link CorpusRoundTrip}.
 */
public final class DifferOracle {
    private DifferOracle() {}

    public static boolean available() {
        return true;
    }

    public static CorpusRoundTrip.Result check(String from, String to) {
        return CorpusRoundTrip.check(from, to);
    }

    /** A corpus case with its seeded rows (null for none), see {@link CorpusRoundTrip#check(String, String, String, boolean)}. */
    public static CorpusRoundTrip.Result check(String from, String rows, String to, boolean ignoreColumnOrder) {
        return CorpusRoundTrip.check(from, rows, to, ignoreColumnOrder);
    }

    /** A corpus case that also compares owners and/or privileges ({@code -- @catalog}). */
    public static CorpusRoundTrip.Result check(String from, String rows, String to, boolean ignoreColumnOrder, boolean ownership,
            boolean privileges) {
        return CorpusRoundTrip.check(from, rows, to, ignoreColumnOrder, ownership, privileges);
    }

    /** For random mutations: columns compared as sets (see {@link CorpusRoundTrip#check(String, String, boolean)}). */
    public static CorpusRoundTrip.Result checkIgnoringColumnOrder(String from, String to) {
        return CorpusRoundTrip.check(from, to, true);
    }
}
