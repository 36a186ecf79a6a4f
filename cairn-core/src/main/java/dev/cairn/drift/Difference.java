package dev.cairn.drift;

/**
 * One way two schemas differ, from the point of view of the one that should be ({@code expected}).
 *
 * @param kind       {@link Kind#MISSING} (expected, absent), {@link Kind#UNEXPECTED} (present, not expected)
 *                   or {@link Kind#CHANGED} (present in both, an attribute differs)
 * @param objectType {@code table}, {@code column}, {@code index}, {@code constraint}, {@code function}…
 * @param object     the qualified name: {@code public.users}, {@code public.users.email},
 *                   {@code public.users_email_idx}, {@code public.f(integer)}
 * @param attribute  for {@link Kind#CHANGED}: what differs ({@code type}, {@code default}, {@code nullability}…), else null
 * @param expected   for {@link Kind#CHANGED}: the expected value, readable; else null
 * @param actual     for {@link Kind#CHANGED}: the actual value, readable; else null
 */
public record Difference(Kind kind, String objectType, String object, String attribute, String expected, String actual) {

    public enum Kind {
        MISSING, UNEXPECTED, CHANGED;

        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One readable line: {@code column public.users.email: expected type text, actual character varying(200)},
     * {@code index public.users_email_idx: not expected (created by hand)},
     * {@code constraint public.orders_user_id_fkey: expected, missing}.
     */
    public String line() {
        String subject = objectType + " " + object + ": ";
        return switch (kind) {
            case MISSING -> subject + "expected, missing";
            case UNEXPECTED -> subject + "not expected (created by hand)";
            case CHANGED -> subject + "expected " + (attribute.isEmpty() ? "" : attribute + " ") + shorten(expected, actual)
                    + ", actual " + shorten(actual, expected);
        };
    }

    private static final int LIMIT = 100;

    /** Long texts (a function body, a view query) are shown around their first difference, on one line. */
    static String shorten(String value, String other) {
        String v = oneLine(value);
        if (v.length() <= LIMIT) {
            return v;
        }
        String o = oneLine(other);
        int first = 0;
        while (first < v.length() && first < o.length() && v.charAt(first) == o.charAt(first)) {
            first++;
        }
        int from = Math.max(0, first - 30);
        int to = Math.min(v.length(), from + LIMIT);
        return (from > 0 ? "…" : "") + v.substring(from, to) + (to < v.length() ? "…" : "");
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
