package dev.cairn.postgres;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names PostgreSQL chooses by itself (ChooseConstraintName, makeObjectName), recomputed so that Cairn can tell
 * them from names a user wrote.
 *
 * <p>NOT NULL constraints (catalogued with names since PostgreSQL 18) follow one rule: <b>a NOT NULL constraint's
 * name follows its column unless the schema names it</b>. A name is <em>generated</em> when it has the shape
 * PostgreSQL gives: {@code <table>_<column>_not_null}, with a number after it when that name was taken
 * ({@code t_id_not_null1}) and the longer of table and column shortened to fit 63 bytes, for the table's name and
 * <em>any</em> column name (after {@code RENAME COLUMN id TO x} the constraint of {@code x} is still
 * {@code t_id_not_null}: it is generated). Generated names are neither compared nor written; only other names are.
 */
public final class PostgresNames {
    /** NAMEDATALEN - 1: the longest identifier, in bytes. */
    public static final int MAX_IDENTIFIER_BYTES = 63;
    private static final Pattern NOT_NULL_LABEL = Pattern.compile("_(not_null\\d*)$");

    private PostgresNames() {}

    /** The name PostgreSQL 18 gives a column's NOT NULL constraint when it is free ({@code t_id_not_null}, shortened). */
    public static String defaultNotNullName(String table, String column) {
        return makeObjectName(table, column, "not_null");
    }

    /**
     * Whether PostgreSQL could have chosen {@code name} for the NOT NULL constraint of some column of {@code table}
     * (of this column, or of one it was renamed from, or with the number added on a collision); with {@code table}
     * null, of some column of some table (a table may have had other names: {@code t_id_not_null} on {@code t2}).
     */
    public static boolean isGeneratedNotNullName(String name, String table) {
        Matcher m = NOT_NULL_LABEL.matcher(name);
        if (!m.find()) {
            return false;
        }
        String label = m.group(1);
        String middle = name.substring(0, m.start()); // table (maybe shortened) _ column (maybe shortened)
        if (table == null) {
            return middle.indexOf('_') > 0 && middle.indexOf('_') < middle.length() - 1;
        }
        for (int i = middle.indexOf('_'); i >= 0; i = middle.indexOf('_', i + 1)) {
            String column = middle.substring(i + 1);
            if (column.isEmpty() || !table.startsWith(middle.substring(0, i))) {
                continue;
            }
            // the column as written, or a longer one that makeObjectName shortened to it
            for (int pad = 0; pad <= MAX_IDENTIFIER_BYTES; pad++) {
                if (makeObjectName(table, column + "x".repeat(pad), label).equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** PostgreSQL's makeObjectName: name1_name2_label, the longer name shortened to fit 63 bytes. */
    public static String makeObjectName(String name1, String name2, String label) {
        int avail = MAX_IDENTIFIER_BYTES - (label.length() + 1) - 1;
        int n1 = name1.getBytes(StandardCharsets.UTF_8).length;
        int n2 = name2.getBytes(StandardCharsets.UTF_8).length;
        while (n1 + n2 > avail) {
            if (n1 > n2) {
                n1--;
            } else {
                n2--;
            }
        }
        return clip(name1, n1) + "_" + clip(name2, n2) + "_" + label;
    }

    /** The name shortened to at most {@code bytes} UTF-8 bytes. */
    public static String truncate(String name, int bytes) {
        return clip(name, Math.min(bytes, name.getBytes(StandardCharsets.UTF_8).length));
    }

    /** The longest prefix of whole characters that fits in {@code bytes} UTF-8 bytes (pg_mbcliplen). */
    private static String clip(String s, int bytes) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (used + len > bytes) {
                break;
            }
            used += len;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }
}
