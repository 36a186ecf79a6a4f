package dev.cairn.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What PostgreSQL does when a column changes from one type to another, for the common built-in types: whether every
 * row is rewritten ({@code ALTER TABLE} notes: a change is free only when the old type is binary coercible to the new
 * one and no length check remains) and whether values may no longer fit (narrowing). Unknown pairs answer empty, and
 * the rule falls back to the classifier's conservative fact.
 */
public final class TypeChanges {
    private TypeChanges() {}

    /** A type reduced to its canonical name and modifiers ({@code varchar}, [100]); {@code array} for {@code []}. */
    public record Type(String base, List<Integer> modifiers, boolean array) {
        boolean unconstrained() {
            return modifiers.isEmpty();
        }

        int mod(int i) {
            return modifiers.size() > i ? modifiers.get(i) : 0;
        }
    }

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
            Map.entry("smallint", "smallint"), Map.entry("int2", "smallint"),
            Map.entry("bigint", "bigint"), Map.entry("int8", "bigint"),
            Map.entry("serial", "integer"), Map.entry("serial4", "integer"), Map.entry("bigserial", "bigint"),
            Map.entry("serial8", "bigint"), Map.entry("smallserial", "smallint"), Map.entry("serial2", "smallint"),
            Map.entry("character varying", "varchar"), Map.entry("varchar", "varchar"),
            Map.entry("character", "char"), Map.entry("char", "char"), Map.entry("bpchar", "char"),
            Map.entry("decimal", "numeric"), Map.entry("numeric", "numeric"),
            Map.entry("timestamp", "timestamp"), Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("timestamptz", "timestamptz"), Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("time", "time"), Map.entry("time without time zone", "time"),
            Map.entry("timetz", "timetz"), Map.entry("time with time zone", "timetz"),
            Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"),
            Map.entry("float8", "double precision"), Map.entry("double precision", "double precision"),
            Map.entry("float4", "real"), Map.entry("real", "real"),
            Map.entry("bit varying", "varbit"), Map.entry("varbit", "varbit"));

    /** Reads a type as written or as {@code format_type} prints it; never fails (unknown names stay as they are). */
    public static Type parse(String written) {
        String t = written.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        boolean array = false;
        while (t.endsWith("[]")) {
            array = true;
            t = t.substring(0, t.length() - 2).strip();
        }
        List<Integer> mods = new ArrayList<>();
        int open = t.indexOf('(');
        String base = t;
        if (open >= 0 && t.indexOf(')', open) > open) {
            int close = t.indexOf(')', open);
            for (String m : t.substring(open + 1, close).split(",")) {
                try {
                    mods.add(Integer.parseInt(m.strip()));
                } catch (NumberFormatException e) {
                    // not a number (an interval field list): keep the base only
                }
            }
            // "timestamp(3) with time zone": the modifier sits in the middle
            base = (t.substring(0, open) + " " + t.substring(close + 1)).strip().replaceAll("\\s+", " ");
        }
        if (base.startsWith("pg_catalog.")) {
            base = base.substring("pg_catalog.".length());
        }
        base = ALIASES.getOrDefault(base, base);
        if (base.equals("char") && mods.isEmpty()) {
            mods.add(1);
        }
        return new Type(base, List.copyOf(mods), array);
    }

    /** Whether changing {@code from} to {@code to} rewrites the table; empty when the pair is not known here. */
    public static Optional<Boolean> rewrites(String from, String to) {
        Type a = parse(from);
        Type b = parse(to);
        if (a.equals(b)) {
            return Optional.of(false);
        }
        if (a.array() != b.array()) {
            return Optional.of(true);
        }
        String x = a.base();
        String y = b.base();
        if (isString(x) && isString(y) && !x.equals("char") && !y.equals("char")) {
            // varchar(n) -> varchar(m >= n) / varchar / text: binary coercible, no length check left
            if (y.equals("text") || b.unconstrained()) {
                return Optional.of(false);
            }
            return Optional.of(x.equals("text") || a.unconstrained() || b.mod(0) < a.mod(0));
        }
        if (x.equals("numeric") && y.equals("numeric")) {
            if (b.unconstrained()) {
                return Optional.of(false);
            }
            if (a.unconstrained()) {
                return Optional.of(true);
            }
            return Optional.of(!(a.mod(1) == b.mod(1) && b.mod(0) >= a.mod(0)));
        }
        if (x.equals("varbit") && y.equals("varbit")) {
            return Optional.of(!b.unconstrained() && (a.unconstrained() || b.mod(0) < a.mod(0)));
        }
        if ((x.equals("cidr") && y.equals("inet"))) {
            return Optional.of(false);
        }
        if ((x.equals("timestamp") && y.equals("timestamptz")) || (x.equals("timestamptz") && y.equals("timestamp"))) {
            return Optional.empty(); // free on PostgreSQL 12+ only when the session time zone is UTC
        }
        if (isKnown(x) && isKnown(y)) {
            return Optional.of(true); // int -> bigint, char(n) -> text, text -> integer …: every row is converted
        }
        return Optional.empty();
    }

    /** Whether some values of {@code from} may not fit {@code to} (the change fails, or truncates them). */
    public static boolean narrows(String from, String to) {
        Type a = parse(from);
        Type b = parse(to);
        String x = a.base();
        String y = b.base();
        if (isString(x) && isString(y)) {
            if (b.unconstrained() || y.equals("text")) {
                return false;
            }
            return x.equals("text") || a.unconstrained() || b.mod(0) < a.mod(0);
        }
        if (x.equals("numeric") && y.equals("numeric")) {
            if (b.unconstrained()) {
                return false;
            }
            if (a.unconstrained()) {
                return true;
            }
            int aInt = a.mod(0) - a.mod(1);
            int bInt = b.mod(0) - b.mod(1);
            return bInt < aInt || b.mod(1) < a.mod(1);
        }
        int ra = intRank(x);
        int rb = intRank(y);
        if (ra > 0 && rb > 0) {
            return rb < ra;
        }
        if (ra > 0 && x.equals("bigint") && y.equals("real")) {
            return true;
        }
        return x.equals("double precision") && y.equals("real");
    }

    private static int intRank(String base) {
        return switch (base) {
            case "smallint" -> 1;
            case "integer" -> 2;
            case "bigint" -> 3;
            default -> 0;
        };
    }

    private static boolean isString(String base) {
        return base.equals("text") || base.equals("varchar") || base.equals("char");
    }

    private static boolean isKnown(String base) {
        return isString(base) || intRank(base) > 0 || base.equals("numeric") || base.equals("real")
                || base.equals("double precision") || base.equals("boolean") || base.equals("date")
                || base.equals("timestamp") || base.equals("timestamptz") || base.equals("uuid") || base.equals("json")
                || base.equals("jsonb") || base.equals("bytea");
    }
}
