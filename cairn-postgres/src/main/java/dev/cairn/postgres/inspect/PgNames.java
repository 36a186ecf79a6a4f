package dev.cairn.postgres.inspect;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names PostgreSQL chooses by itself, recomputed so the catalog can tell them from names a user wrote
 * (a user-written name is kept; a default one is left out, as pg_dump does).
 */
final class PgNames {
    /** NAMEDATALEN - 1: the longest identifier, in bytes. */
    private static final int MAX_IDENTIFIER_BYTES = 63;
    private static final Pattern NOT_NULL_LABEL = Pattern.compile("not_null\\d*$");

    private PgNames() {}

    /** PostgreSQL's name for a range's multirange when none is given (makeMultirangeTypeName). */
    static String defaultMultirangeName(String rangeName) {
        int at = rangeName.indexOf("range");
        String name = at >= 0 ? rangeName.substring(0, at) + "multirange" + rangeName.substring(at + 5)
                : rangeName + "_multirange";
        return truncate(name, MAX_IDENTIFIER_BYTES);
    }

    /** Whether PostgreSQL 18 would have chosen this name for a column's NOT NULL (ChooseConstraintName). */
    static boolean isDefaultNotNullName(String name, String table, String column) {
        Matcher m = NOT_NULL_LABEL.matcher(name);
        return m.find() && name.equals(makeObjectName(table, column, m.group()));
    }

    /** PostgreSQL's makeObjectName: name1_name2_label, the longer name shortened to fit 63 bytes. */
    static String makeObjectName(String name1, String name2, String label) {
        byte[] b1 = name1.getBytes(StandardCharsets.UTF_8);
        byte[] b2 = name2.getBytes(StandardCharsets.UTF_8);
        int avail = MAX_IDENTIFIER_BYTES - (label.length() + 1) - 1;
        int n1 = b1.length;
        int n2 = b2.length;
        while (n1 + n2 > avail) {
            if (n1 > n2) {
                n1--;
            } else {
                n2--;
            }
        }
        return clip(name1, n1) + "_" + clip(name2, n2) + "_" + label;
    }

    private static String truncate(String name, int bytes) {
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
