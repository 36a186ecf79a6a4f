package dev.cairn.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Shell-like variable expansion inside one already-parsed YAML string, so a variable's value can
 * never inject YAML structure. {@code ${VAR}}, {@code ${VAR:-default}} (default when unset or
 * empty, as in sh), and {@code $${} for a literal {@code ${}.
 */
final class Interpolation {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** The expanded text, the variables it referred to, and those that were unset without a default. */
    record Result(String value, List<String> referenced, List<String> missing) {}

    private Interpolation() {}

    /** @throws IllegalArgumentException for malformed references (message fit for the user) */
    static Result expand(String raw, Map<String, String> env) {
        return expand(raw, env, (at, value) -> value);
    }

    /**
     * Like {@link #expand(String, Map)}, passing each substituted value (a variable's, or the default)
     * through {@code transform}, given the index in {@code raw} where its reference starts. The URL uses
     * this to percent-encode credentials.
     */
    static Result expand(String raw, Map<String, String> env, BiFunction<Integer, String, String> transform) {
        StringBuilder out = new StringBuilder();
        List<String> referenced = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int i = 0;
        while (i < raw.length()) {
            if (raw.startsWith("$${", i)) {
                out.append("${");
                i += 3;
            } else if (raw.startsWith("${", i)) {
                int close = raw.indexOf('}', i + 2);
                if (close < 0) {
                    throw new IllegalArgumentException("'${' is not closed with '}' (write $${ for a literal ${)");
                }
                String body = raw.substring(i + 2, close);
                int sep = body.indexOf(":-");
                String name = sep < 0 ? body : body.substring(0, sep);
                if (!NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("'${" + body + "}' is not a variable reference; use ${NAME} or"
                            + " ${NAME:-default} with a name of letters, digits and _ (write $${ for a literal ${)");
                }
                referenced.add(name);
                String value = env.get(name);
                if (sep >= 0) {
                    out.append(transform.apply(i, value == null || value.isEmpty() ? body.substring(sep + 2) : value));
                } else if (value == null) {
                    missing.add(name);
                } else {
                    out.append(transform.apply(i, value));
                }
                i = close + 1;
            } else {
                out.append(raw.charAt(i++));
            }
        }
        return new Result(out.toString(), List.copyOf(referenced), List.copyOf(missing));
    }

    /**
     * {@code raw} with every reference replaced by as many {@code x} as it has characters (and
     * {@code $${} kept): the text's own structure, with indexes unchanged, whatever the values hold.
     * Malformed references are left as they are (expansion reports them).
     */
    static String blankReferences(String raw) {
        StringBuilder out = new StringBuilder(raw);
        int i = 0;
        while (i < raw.length()) {
            if (raw.startsWith("$${", i)) {
                i += 3;
            } else if (raw.startsWith("${", i)) {
                int close = raw.indexOf('}', i + 2);
                if (close < 0) {
                    break;
                }
                for (int j = i; j <= close; j++) {
                    out.setCharAt(j, 'x');
                }
                i = close + 1;
            } else {
                i++;
            }
        }
        return out.toString();
    }
}
