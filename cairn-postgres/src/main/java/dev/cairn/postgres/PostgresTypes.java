package dev.cairn.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small facts about {@code format_type} names: arrays, qualified parts, categories, assignment casts. */
public final class PostgresTypes {
    private PostgresTypes() {}

    private static final Set<String> NUMERIC = Set.of("smallint", "integer", "bigint", "numeric", "real",
            "double precision", "money");
    private static final Set<String> STRING = Set.of("text", "character varying", "character", "name", "\"char\"");
    private static final Set<String> DATETIME = Set.of("date", "timestamp without time zone",
            "timestamp with time zone");
    private static final Set<String> TIME = Set.of("time without time zone", "time with time zone");

    public static boolean isArray(String type) {
        return type.endsWith("[]");
    }

    /** The type without array brackets. */
    public static String element(String type) {
        String t = type.trim();
        while (t.endsWith("[]")) {
            t = t.substring(0, t.length() - 2);
        }
        return t;
    }

    /** The type without array brackets and type modifiers: {@code character varying(20)[]} → {@code character varying}. */
    public static String base(String type) {
        String t = element(type);
        if (t.startsWith("timestamp(") || t.startsWith("time(")) {
            return t.replaceFirst("\\(\\d+\\)", "");
        }
        int paren = t.indexOf('(');
        return paren > 0 && !t.startsWith("\"") ? t.substring(0, paren).trim() : t;
    }

    /** Splits {@code schema.name} (either part maybe quoted) into unquoted parts. */
    public static List<String> parts(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < name.length() && name.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '.') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /**
     * Whether PostgreSQL converts a column of type {@code from} to {@code to} without a USING clause
     * (an implicit or assignment cast exists), for the built-in types Cairn knows; unknown pairs say no,
     * so a {@code USING col::type} is added (an explicit cast, which exists whenever any cast does).
     */
    public static boolean assignable(String from, String to) {
        if (isArray(from) != isArray(to)) {
            return false;
        }
        String f = base(from).toLowerCase(Locale.ROOT);
        String t = base(to).toLowerCase(Locale.ROOT);
        if (f.equals(t)) {
            return true;
        }
        if (STRING.contains(t) && !isArray(to)) {
            return true; // I/O conversion to a string type is an assignment cast
        }
        if (STRING.contains(t) && STRING.contains(f)) {
            return true;
        }
        if (NUMERIC.contains(f) && NUMERIC.contains(t)) {
            return !f.equals("money") && !t.equals("money");
        }
        if (DATETIME.contains(f) && DATETIME.contains(t)) {
            return true;
        }
        if (TIME.contains(f) && TIME.contains(t)) {
            return true;
        }
        return (f.equals("bit") || f.equals("bit varying")) && (t.equals("bit") || t.equals("bit varying"))
                || f.equals("cidr") && t.equals("inet");
    }

    private static final Set<String> BUILTIN = Set.of("smallint", "integer", "bigint", "numeric", "real",
            "double precision", "money", "text", "character varying", "character", "name", "\"char\"", "boolean",
            "date", "timestamp without time zone", "timestamp with time zone", "time without time zone",
            "time with time zone", "interval", "uuid", "json", "jsonb", "bytea", "inet", "cidr", "macaddr", "macaddr8",
            "bit", "bit varying", "xml", "oid", "point", "tsvector", "tsquery");

    /**
     * How a column of type {@code from} can be converted to {@code to} in {@code ALTER COLUMN … TYPE … USING}:
     * {@link Conversion#DIRECT} when an explicit cast exists ({@code col::type}), {@link Conversion#ARRAY_WRAP} for an
     * element becoming a one-element array of itself ({@code ARRAY[col]}), {@link Conversion#FIRST_ELEMENT} for the
     * reverse ({@code col[1]}), {@link Conversion#THROUGH_INTEGER} between boolean and numeric,
     * {@link Conversion#THROUGH_TEXT} when no cast exists between two built-in types (every type has text I/O, so
     * {@code col::text::type} is accepted; it fails on values that do not read as the new type). Types Cairn does not
     * know (user-defined, extensions) are taken as {@link Conversion#DIRECT}.
     */
    public static Conversion conversion(String from, String to) {
        if (isArray(from) != isArray(to)) {
            if (!isArray(from) && element(to).equals(from)) {
                return Conversion.ARRAY_WRAP;
            }
            if (!isArray(to) && element(from).equals(to)) {
                return Conversion.FIRST_ELEMENT;
            }
            // no cast between an element type and an array of another type, but text reads as an array
            return STRING.contains(base(from).toLowerCase(Locale.ROOT)) && !isArray(from) ? Conversion.DIRECT : Conversion.THROUGH_TEXT;
        }
        String f = base(from).toLowerCase(Locale.ROOT);
        String t = base(to).toLowerCase(Locale.ROOT);
        if (!BUILTIN.contains(f) || !BUILTIN.contains(t) || castExists(f, t)) {
            return Conversion.DIRECT;
        }
        if (f.equals("boolean") && NUMERIC.contains(t) && !t.equals("money")
                || t.equals("boolean") && NUMERIC.contains(f) && !f.equals("money")) {
            return Conversion.THROUGH_INTEGER;
        }
        return Conversion.THROUGH_TEXT;
    }

    /**
     * {@link #conversion(String, String)} when the differ knows that {@code fromCastless} or {@code toCastless} is a
     * type with no casts but to and from strings (an enum, a composite, a range): anything else goes through text.
     */
    public static Conversion conversion(String from, String to, boolean fromCastless, boolean toCastless) {
        Conversion c = conversion(from, to);
        if (c != Conversion.DIRECT || isArray(from) != isArray(to)) {
            return c;
        }
        boolean fromString = STRING.contains(base(from).toLowerCase(Locale.ROOT));
        boolean toString = STRING.contains(base(to).toLowerCase(Locale.ROOT));
        return (fromCastless || toCastless) && !fromString && !toString ? Conversion.THROUGH_TEXT : c;
    }

    /** See {@link #conversion(String, String)}. */
    public enum Conversion {
        DIRECT, ARRAY_WRAP, FIRST_ELEMENT, THROUGH_INTEGER, THROUGH_TEXT
    }

    /** Whether {@code pg_cast} (or I/O conversion to or from a string type) has an explicit cast between two built-in base types. */
    static boolean castExists(String f, String t) {
        if (f.equals(t) || STRING.contains(f) || STRING.contains(t)) {
            return true;
        }
        if (NUMERIC.contains(f) && NUMERIC.contains(t)) {
            return !(f.equals("money") && (t.equals("real") || t.equals("double precision") || t.equals("smallint")))
                    && !(t.equals("money") && (f.equals("real") || f.equals("double precision") || f.equals("smallint")));
        }
        Set<String> dates = Set.of("date", "timestamp without time zone", "timestamp with time zone");
        if (dates.contains(f) && dates.contains(t)) {
            return true;
        }
        if ((f.equals("timestamp without time zone") || f.equals("timestamp with time zone")) && t.equals("time without time zone")
                || f.equals("timestamp with time zone") && t.equals("time with time zone")
                || TIME.contains(f) && TIME.contains(t)
                || f.equals("time without time zone") && t.equals("interval") || f.equals("interval") && t.equals("time without time zone")) {
            return true;
        }
        Set<String> ints = Set.of("integer", "bigint", "smallint");
        return f.equals("boolean") && t.equals("integer") || f.equals("integer") && t.equals("boolean")
                || f.equals("json") && t.equals("jsonb") || f.equals("jsonb") && t.equals("json")
                || f.equals("jsonb") && (NUMERIC.contains(t) && !t.equals("money") || t.equals("boolean"))
                || (f.equals("inet") || f.equals("cidr")) && (t.equals("inet") || t.equals("cidr"))
                || f.equals("macaddr") && t.equals("macaddr8") || f.equals("macaddr8") && t.equals("macaddr")
                || (f.equals("bit") || f.equals("bit varying")) && (t.equals("bit") || t.equals("bit varying"))
                || f.equals("bit") && (t.equals("integer") || t.equals("bigint"))
                || (f.equals("integer") || f.equals("bigint")) && t.equals("bit")
                || f.equals("oid") && ints.contains(t) || ints.contains(f) && t.equals("oid")
                || f.equals("integer") && t.equals("\"char\"") || f.equals("\"char\"") && t.equals("integer");
    }

    /**
     * Whether changing a column from {@code from} to {@code to} keeps the stored bytes, so PostgreSQL
     * skips the table rewrite (it still rechecks indexes on the column in some cases).
     */
    public static boolean binaryCoercible(String from, String to) {
        if (from.equals(to)) {
            return true;
        }
        if (isArray(from) != isArray(to)) {
            return false;
        }
        String fe = element(from);
        String te = element(to);
        String f = base(from);
        String t = base(to);
        if (f.equals("character varying") || f.equals("text")) {
            if (t.equals("text") || te.equals("character varying")) {
                return true;
            }
            if (t.equals("character varying") && f.equals("character varying")) {
                return typmod(fe, 0) != -1 && typmod(te, 0) >= typmod(fe, 0);
            }
            return false;
        }
        if (f.equals("numeric") && t.equals("numeric")) {
            if (te.equals("numeric")) {
                return true;
            }
            return typmod(fe, 1) == typmod(te, 1) && typmod(fe, 0) != -1 && typmod(te, 0) >= typmod(fe, 0);
        }
        if ((f.equals("bit varying")) && t.equals("bit varying")) {
            return te.equals("bit varying") || typmod(fe, 0) != -1 && typmod(te, 0) >= typmod(fe, 0);
        }
        if (f.equals("cidr") && t.equals("inet")) {
            return true;
        }
        if ((f.startsWith("timestamp") && t.startsWith("timestamp") || f.startsWith("time ") && t.startsWith("time "))
                && f.equals(t)) {
            return typmodOf(fe) <= typmodOf(te);
        }
        return false;
    }

    private static int typmodOf(String t) {
        int v = typmod(t, 0);
        return v == -1 ? 6 : v;
    }

    /** The n-th number in the type's parentheses, or -1. */
    private static int typmod(String t, int n) {
        int open = t.indexOf('(');
        int close = t.indexOf(')', open + 1);
        if (open < 0 || close < 0) {
            return -1;
        }
        String[] nums = t.substring(open + 1, close).split(",");
        if (n >= nums.length) {
            return n == 1 ? 0 : -1;
        }
        try {
            return Integer.parseInt(nums[n].trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
