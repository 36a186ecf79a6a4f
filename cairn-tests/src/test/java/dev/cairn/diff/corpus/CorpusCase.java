package dev.cairn.diff.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 * -- @known-failure reason                           a differ bug, reported: the round trip must fail (the test
 *                                                    is then skipped with the reason); once it passes the test
 *                                                    fails, asking to remove the marker
 * </pre>
 *
 * Any other {@code -- } header line is description.
 */
public record CorpusCase(String group, String name, Path file, String fromSql, String toSql,
        List<Expectation> expectations, String skipRoundTrip, String knownFailure) {

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
        StringBuilder current = null;
        List<Expectation> expectations = new ArrayList<>();
        String skip = null;
        String known = null;
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
                        default -> throw new IllegalArgumentException(file + ": unknown directive -- @" + key);
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
        return new CorpusCase(group, name, file, from.toString(), to.toString(), List.copyOf(expectations), skip, known);
    }
}
