package dev.cairn.diff.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One hand-written differ case: a file {@code diff-cases/<group>/<name>.sql} holding a header, a
 * {@code -- @from} section and a {@code -- @to} section (marker lines on their own). Either section
 * may be empty (an empty database). The header may declare expectations, one per line:
 *
 * <pre>
 * -- @expect-warning data-loss                       forward migration carries a warning of that kind
 *                                                    ({@code column-order}: the round trip then compares each
 *                                                    table's columns as a set, for that case only)
 * -- @expect-sql-contains ALTER TYPE public.mood ADD VALUE   forward SQL contains the text
 * -- @expect-sql-not-contains DROP TABLE                     forward SQL does not contain the text
 * -- @expect-revert-sql-contains …  / -- @expect-revert-warning …   the same for the revert
 * -- @skip-roundtrip reason                          the case only checks that both sides load
 * -- @catalog ownership privileges                    also read and compare owners / privileges (as
 *                                                    {@code catalog.ownership} / {@code catalog.privileges} do)
 * -- @known-failure reason                           a differ bug, reported: the round trip must fail (the test
 *                                                    is then skipped with the reason); once it passes the test
 *                                                    fails, asking to remove the marker
 * </pre>
 *
 * Any other {@code -- } header line is description.
 *
 * <p><b>Seeded rows.</b> An optional {@code -- @rows} section (after {@code -- @from}) holds INSERT statements run
 * after {@code @from} is loaded. After the forward plan, every table that held rows and still exists must hold as
 * many, and every column it kept (same name) the same values as text ({@link SeededRows}), except the columns the
 * header names (a column as {@code table.column} or {@code schema.table.column}, a whole table as {@code table.*}):
 *
 * <pre>
 * -- @lossy item.qty narrowing drops the fraction     the case changes those values by design
 * -- @known-loss item.qty reason                      a reported finding: the data should survive and does not;
 *                                                    the check is skipped with the reason (the test is then
 *                                                    aborted, so it shows) and fails once the data survives
 * </pre>
 */
public record CorpusCase(String group, String name, Path file, String fromSql, String toSql,
        List<Expectation> expectations, String skipRoundTrip, String knownFailure, String rowsSql,
        Map<String, String> lossy, Map<String, String> knownLoss, java.util.Set<String> catalog) {

    /** Whether the case compares owners ({@code -- @catalog ownership}). */
    public boolean ownership() {
        return catalog.contains("ownership");
    }

    /** Whether the case compares privileges ({@code -- @catalog privileges}). */
    public boolean privileges() {
        return catalog.contains("privileges");
    }

    public record Expectation(Kind kind, boolean revert, String text) {
        public enum Kind {
            WARNING, SQL_CONTAINS, SQL_NOT_CONTAINS
        }
    }

    /** Whether either direction expects the column-order warning (columns are then compared ignoring order). */
    public boolean expectsColumnOrderWarning() {
        return expectations.stream().anyMatch(e -> e.kind() == Expectation.Kind.WARNING && e.text().equals("column-order"));
    }

    public String id() {
        return group + "/" + name;
    }

    /** Line of the {@code -- @to} marker section start, for error messages. */
    @Override
    public String toString() {
        return id();
    }

    public static CorpusCase parse(String group, Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.getFileName().toString().replaceFirst("\\.sql$", "");
        StringBuilder from = null;
        StringBuilder to = null;
        StringBuilder rows = null;
        StringBuilder current = null;
        Map<String, String> lossy = new LinkedHashMap<>();
        Map<String, String> knownLoss = new LinkedHashMap<>();
        List<Expectation> expectations = new ArrayList<>();
        String skip = null;
        String known = null;
        java.util.Set<String> catalog = new java.util.TreeSet<>();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.equals("-- @from")) {
                if (from != null) {
                    throw new IllegalArgumentException(file + ": two -- @from markers");
                }
                from = new StringBuilder();
                current = from;
                continue;
            }
            if (trimmed.equals("-- @to")) {
                if (from == null || to != null) {
                    throw new IllegalArgumentException(file + ": -- @to must follow exactly one -- @from");
                }
                to = new StringBuilder();
                current = to;
                continue;
            }
            if (trimmed.equals("-- @rows")) {
                if (from == null || rows != null) {
                    throw new IllegalArgumentException(file + ": -- @rows must follow the -- @from section, once");
                }
                rows = new StringBuilder();
                current = rows;
                continue;
            }
            if (current == null) {
                if (trimmed.startsWith("-- @")) {
                    String directive = trimmed.substring(4);
                    int space = directive.indexOf(' ');
                    String key = space < 0 ? directive : directive.substring(0, space);
                    String arg = space < 0 ? "" : directive.substring(space + 1).strip();
                    switch (key) {
                        case "expect-warning" -> expectations.add(new Expectation(Expectation.Kind.WARNING, false, arg));
                        case "expect-sql-contains" -> expectations.add(new Expectation(Expectation.Kind.SQL_CONTAINS, false, arg));
                        case "expect-sql-not-contains" -> expectations.add(new Expectation(Expectation.Kind.SQL_NOT_CONTAINS, false, arg));
                        case "expect-revert-warning" -> expectations.add(new Expectation(Expectation.Kind.WARNING, true, arg));
                        case "expect-revert-sql-contains" -> expectations.add(new Expectation(Expectation.Kind.SQL_CONTAINS, true, arg));
                        case "expect-revert-sql-not-contains" -> expectations.add(new Expectation(Expectation.Kind.SQL_NOT_CONTAINS, true, arg));
                        case "skip-roundtrip" -> skip = arg;
                        case "known-failure" -> known = arg;
                        case "catalog" -> {
                            for (String word : arg.split("[\\s,]+")) {
                                if (!word.equals("ownership") && !word.equals("privileges")) {
                                    throw new IllegalArgumentException(file + ": -- @catalog takes ownership and/or privileges, not " + word);
                                }
                                catalog.add(word);
                            }
                        }
                        case "lossy" -> lossy.put(SeededRows.columnRef(file, arg), reason(arg));
                        case "known-loss" -> knownLoss.put(SeededRows.columnRef(file, arg), reason(arg));
                        default -> throw new IllegalArgumentException(file + ": unknown directive -- @" + key);
                    }
                    if (key.equals("known-loss") && reason(arg).isEmpty()) {
                        throw new IllegalArgumentException(file + ": -- @known-loss needs a column and a reason");
                    }
                    if (arg.isEmpty()) {
                        throw new IllegalArgumentException(file + ": -- @" + key + " needs an argument");
                    }
                } else if (!trimmed.isEmpty() && !trimmed.startsWith("--")) {
                    throw new IllegalArgumentException(file + ": SQL before the -- @from marker: " + line);
                }
                continue;
            }
            current.append(line).append('\n');
        }
        if (from == null || to == null) {
            throw new IllegalArgumentException(file + ": needs a -- @from and a -- @to marker line");
        }
        return new CorpusCase(group, name, file, from.toString(), to.toString(), List.copyOf(expectations), skip, known,
                rows == null ? null : rows.toString(), Map.copyOf(lossy), Map.copyOf(knownLoss), java.util.Set.copyOf(catalog));
    }

    /** The words after a {@code @lossy} / {@code @known-loss} column reference. */
    private static String reason(String arg) {
        int space = arg.indexOf(' ');
        return space < 0 ? "" : arg.substring(space + 1).strip();
    }
}
