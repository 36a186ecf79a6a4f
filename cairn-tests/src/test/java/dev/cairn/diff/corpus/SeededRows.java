package dev.cairn.diff.corpus;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Table;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows a corpus case seeds ({@code -- @rows}) and whether they survive its forward plan: every table that held
 * rows and still exists holds as many, and each column it kept (same name) holds the same values as text
 * (compared as sorted lists, per column, so a failure names the column), except the columns the case declares
 * {@code @lossy} or {@code @known-loss} (see {@link CorpusCase}).
 *
 * <p>Tables are read with {@code SELECT * FROM ONLY}, so each row counts once, in its leaf partition: a partition
 * that is attached or detached keeps its rows.
 */
final class SeededRows {
    private static final String NULL = "<null>";

    private SeededRows() {}

    /** A table's column names and its rows, each value as PostgreSQL prints it ({@link #NULL} for null). */
    record TableRows(List<String> columns, List<List<String>> rows) {
        List<String> column(String name) {
            int i = columns.indexOf(name);
            return rows.stream().map(r -> r.get(i)).sorted().toList();
        }
    }

    /** What the comparison found: failures, and the declared known losses that did happen. */
    record Outcome(List<String> failures, Set<String> knownLossesSeen) {}

    /** Every table of {@code catalog}, by {@code schema.table}, with its rows. */
    static Map<String, TableRows> read(Connection c, Catalog catalog) throws SQLException {
        Map<String, TableRows> out = new LinkedHashMap<>();
        for (Table t : catalog.tables()) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT * FROM ONLY " + quote(t.schema()) + "." + quote(t.name()))) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    columns.add(md.getColumnName(i));
                }
                List<List<String>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns.size(); i++) {
                        String v = rs.getString(i);
                        row.add(v == null ? NULL : v);
                    }
                    rows.add(row);
                }
                out.put(t.schema() + "." + t.name(), new TableRows(columns, rows));
            }
        }
        return out;
    }

    static Outcome compare(CorpusCase c, Map<String, TableRows> before, Map<String, TableRows> after) {
        List<String> failures = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        before.forEach((table, was) -> {
            TableRows now = after.get(table);
            String whole = table + ".*";
            if (was.rows().isEmpty() || now == null || c.lossy().containsKey(whole)) {
                return; // not seeded, dropped by the case, or declared lossy
            }
            if (was.rows().size() != now.rows().size()) {
                if (c.knownLoss().containsKey(whole)) {
                    seen.add(whole);
                } else {
                    failures.add(table + ": " + was.rows().size() + " rows before the forward plan, " + now.rows().size() + " after");
                }
                return;
            }
            for (String column : was.columns()) {
                String ref = table + "." + column;
                if (!now.columns().contains(column) || c.lossy().containsKey(ref)) {
                    continue;
                }
                List<String> wasValues = was.column(column);
                List<String> nowValues = now.column(column);
                if (wasValues.equals(nowValues)) {
                    continue;
                }
                if (c.knownLoss().containsKey(ref) || c.knownLoss().containsKey(whole)) {
                    seen.add(c.knownLoss().containsKey(ref) ? ref : whole);
                } else {
                    failures.add(ref + ": values " + wasValues + " before the forward plan, " + nowValues + " after");
                }
            }
        });
        return new Outcome(failures, seen);
    }

    /**
     * {@code table.column}, {@code schema.table.column}, {@code table.*} or {@code schema.table.*} (the first word of
     * {@code arg}) as {@code schema.table.column}, {@code public} by default.
     */
    static String columnRef(Path file, String arg) {
        String ref = arg.split("\\s+", 2)[0];
        String[] parts = ref.split("\\.");
        return switch (parts.length) {
            case 2 -> "public." + ref;
            case 3 -> ref;
            default -> throw new IllegalArgumentException(file + ": '" + ref + "' is not table.column or schema.table.column");
        };
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
