package dev.cairn.postgres.sql;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The volatile built-in functions a column default commonly calls. A default that calls one gives every row its own
 * value, so ADD COLUMN writes every row anew (PostgreSQL's "fast default" applies only to non-volatile defaults);
 * {@code now()} and {@code current_timestamp} are STABLE and keep the fast path. The one list both the planner's
 * safety facts (expressions from the catalog) and the statement classifier (tokens of a script) use.
 */
public final class VolatileFunctions {
    private static final Set<String> NAMES = Set.of("nextval", "random", "clock_timestamp", "timeofday",
            "gen_random_uuid", "uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v4", "uuidv4", "uuidv7",
            "txid_current", "random_normal");
    private static final Pattern CALL = Pattern.compile("\\b(" + String.join("|", NAMES) + ")\\s*\\(",
            Pattern.CASE_INSENSITIVE);

    private VolatileFunctions() {}

    /** True when {@code expression} (SQL text as the catalog prints it, may be null) calls a known volatile function. */
    public static boolean calledIn(String expression) {
        return expression != null && CALL.matcher(expression).find();
    }

    /** True for the name (unqualified, any case) of a known volatile function. */
    public static boolean isVolatile(String functionName) {
        return functionName != null && NAMES.contains(functionName.toLowerCase(Locale.ROOT));
    }
}
