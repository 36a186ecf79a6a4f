package dev.cairn.config;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database URL split into a credential-free JDBC URL plus the user and password it carried.
 * Accepts {@code embedded}, {@code jdbc:postgresql:…} and libpq's {@code postgresql://} /
 * {@code postgres://} forms. Taking the credentials out means the URL itself can be printed, and the
 * driver (which logs and quotes the URLs it cannot parse) never sees a password.
 *
 * <p>Error messages never quote the URL: a URL that failed to parse may hold a password in a place
 * no pattern recognises.
 */
record PostgresUrl(String url, String user, String password) {
    static final String EMBEDDED = "embedded";
    private static final String JDBC = "jdbc:postgresql:";
    private static final List<String> SCHEMES = List.of("jdbc:postgresql", "postgresql", "postgres");
    private static final String FORMS = "use embedded, jdbc:postgresql://host:5432/db or postgresql://user@host:5432/db";

    /** One host of a host list, with an optional numeric port: {@code db.example.com}, {@code [::1]:5433}. */
    private static final String HOST = "(?:\\[[^\\]/?#@]*\\]|[^\\[\\]/?#@:,]+)(?::\\d*)?";
    /** What may follow user-info: a host list, a path without '@', a query. */
    private static final Pattern AFTER_USERINFO =
            Pattern.compile("(?:" + HOST + "(?:," + HOST + ")*)?(?:[/#][^?@]*)?(?:\\?.*)?", Pattern.DOTALL);
    /** A host list with numeric ports, then a path or query: text that is not user-info. */
    private static final Pattern HOSTS_THEN_PATH =
            Pattern.compile("(?:\\[[^\\]]*\\]|[A-Za-z0-9._%-]+)(?::\\d+)?(?:,(?:\\[[^\\]]*\\]|[A-Za-z0-9._%-]+)(?::\\d+)?)*(?:[/?#].*)?");
    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*(?::[A-Za-z][A-Za-z0-9+.-]*)?):");

    /** @throws IllegalArgumentException with a message fit for the user that never contains the URL */
    static PostgresUrl parse(String raw) {
        String s = raw.strip();
        if (s.equals(EMBEDDED)) {
            return new PostgresUrl(EMBEDDED, null, null);
        }
        String lower = s.toLowerCase(Locale.ROOT);
        boolean jdbc = lower.startsWith(JDBC);
        String rest;
        if (jdbc) {
            rest = s.substring(JDBC.length());
        } else if (lower.startsWith("postgresql://")) {
            rest = s.substring("postgresql:".length());
        } else if (lower.startsWith("postgres://")) {
            rest = s.substring("postgres:".length());
        } else {
            throw new IllegalArgumentException(notAPostgresUrl(s));
        }

        String user = null;
        String password = null;
        if (rest.startsWith("//")) {
            String body = rest.substring(2);
            int at = userinfoEnd(body);
            if (at >= 0) {
                String userinfo = body.substring(0, at);
                rest = "//" + body.substring(at + 1);
                int colon = userinfo.indexOf(':');
                String u = colon < 0 ? userinfo : userinfo.substring(0, colon);
                user = u.isEmpty() ? null : percentDecode(u);
                password = colon < 0 ? null : percentDecode(userinfo.substring(colon + 1));
            }
            checkHosts(rest.substring(2));
        }
        int query0 = rest.indexOf('?');
        if ((query0 < 0 ? rest : rest.substring(0, query0)).indexOf('@') >= 0) {
            throw new IllegalArgumentException("the URL has an '@' that is neither before the host nor in a parameter;"
                    + " percent-encode reserved characters in the user name and password (%40 for @, %2F for /,"
                    + " %3F for ?, %23 for #, %3A for :), or give them with the user: and password: keys");
        }

        int q = rest.indexOf('?');
        String beforeQuery = q < 0 ? rest : rest.substring(0, q);
        if (beforeQuery.startsWith("//") && beforeQuery.indexOf('/', 2) < 0) {
            // libpq accepts postgresql://host (the database defaults to the user's name); pgjdbc wants the '/'.
            beforeQuery = beforeQuery + "/";
        }
        String query = q < 0 ? null : rest.substring(q + 1);
        List<String> kept = new ArrayList<>();
        if (query != null) {
            for (String param : query.split("&")) {
                if (param.isEmpty()) {
                    continue;
                }
                int eq = param.indexOf('=');
                String key = eq < 0 ? param : param.substring(0, eq);
                String value = eq < 0 ? "" : param.substring(eq + 1);
                // pgjdbc form-decodes its parameters ('+' is a space); libpq only percent-decodes.
                String decoded;
                try {
                    decoded = jdbc ? URLDecoder.decode(value, StandardCharsets.UTF_8) : percentDecode(value);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("URL parameter '" + key + "' has a malformed %-escape");
                }
                if (key.equalsIgnoreCase("user")) {
                    user = decoded;
                } else if (key.equalsIgnoreCase("password")) {
                    password = decoded;
                } else {
                    kept.add(param);
                }
            }
        }
        String url = JDBC + beforeQuery + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        return new PostgresUrl(url, user, password);
    }

    /**
     * Where the user-info of {@code body} (the text after {@code //}) ends: the index of its '@', or -1.
     * In order:
     * <ol>
     *   <li>the usual case: the last '@' before the first '/', '?' or '#', if a host list follows it and
     *       no '@' is left in the path;
     *   <li>a password with unencoded '/', '?', '#' or '@' pushes its '@' further: the last '@' that is
     *       followed by a host list and preceded by {@code user:} — unless the text before it reads as
     *       host:port/path?query (an '@' in a parameter such as {@code ?user=me@server} is no user-info);
     *   <li>else the usual '@' even if what follows is not a valid host list (so a bad port is reported
     *       as one, after the right host).
     * </ol>
     */
    static int userinfoEnd(String body) {
        int end = indexOfAny(body, "/?#", 0);
        int usual = end == 0 ? -1 : body.lastIndexOf('@', end < 0 ? body.length() - 1 : end - 1);
        if (usual >= 0 && AFTER_USERINFO.matcher(body.substring(usual + 1)).matches()) {
            return usual;
        }
        for (int i = body.lastIndexOf('@'); i > 0; i = body.lastIndexOf('@', i - 1)) {
            String before = body.substring(0, i);
            int colon = before.indexOf(':');
            int reserved = indexOfAny(before, "/?#", 0);
            if (colon < 0 || (reserved >= 0 && reserved < colon)) {
                continue; // a user name with '/' or '?' in it is not plausible
            }
            if (AFTER_USERINFO.matcher(body.substring(i + 1)).matches() && !HOSTS_THEN_PATH.matcher(before).matches()) {
                return i;
            }
        }
        return usual;
    }

    /**
     * For {@code ${VAR}} expansion in an unexpanded URL: percent-encodes a value substituted into the
     * user-info or into a parameter's value, so that {@code postgresql://app:${PW}@host/db} works whatever
     * {@code PW} holds ({@code p@ss:/#?&=%}). Values elsewhere (a host, a whole URL) are left alone. When
     * the user-info has no literal ':' (as in {@code ${CREDENTIALS}@host}), the first ':' substituted into
     * it stays the user/password separator.
     */
    static java.util.function.BiFunction<Integer, String, String> credentialEncoder(String raw) {
        String text = Interpolation.blankReferences(raw);
        String lower = text.toLowerCase(Locale.ROOT);
        int start = List.of("jdbc:postgresql://", "postgresql://", "postgres://").stream()
                .filter(lower::startsWith).mapToInt(String::length).findFirst().orElse(-1);
        if (start < 0) {
            return (at, value) -> value;
        }
        int userinfoEnd = userinfoEnd(text.substring(start));
        int userEnd = userinfoEnd < 0 ? start : start + userinfoEnd;
        boolean literalColon = text.substring(start, userEnd).indexOf(':') >= 0;
        int query = text.indexOf('?', userEnd);
        boolean[] separatorSeen = {literalColon};
        return (at, value) -> {
            if (at >= start && at < userEnd) {
                int colon = separatorSeen[0] ? -1 : value.indexOf(':');
                if (colon < 0) {
                    return percentEncode(value);
                }
                separatorSeen[0] = true;
                return percentEncode(value.substring(0, colon)) + ":" + percentEncode(value.substring(colon + 1));
            }
            if (query >= 0 && at > query) {
                int sep = Math.max(text.lastIndexOf('&', at - 1), text.lastIndexOf('?', at - 1));
                if (text.lastIndexOf('=', at - 1) > sep) {
                    return percentEncode(value); // a parameter's value, not the parameter list itself
                }
            }
            return value;
        };
    }

    /** Ports must be numbers from 1 to 65535; an empty port means the default. Never quotes the text. */
    private static void checkHosts(String afterSlashes) {
        int end = indexOfAny(afterSlashes, "/?#", 0);
        String hosts = end < 0 ? afterSlashes : afterSlashes.substring(0, end);
        for (String host : hosts.split(",", -1)) {
            int close = host.lastIndexOf(']');
            int colon = host.indexOf(':', close + 1);
            if (colon < 0) {
                continue;
            }
            String port = host.substring(colon + 1);
            String name = host.substring(0, colon);
            if (port.isEmpty()) {
                continue;
            }
            boolean ok = port.length() <= 5 && port.chars().allMatch(c -> c >= '0' && c <= '9')
                    && Integer.parseInt(port) >= 1 && Integer.parseInt(port) <= 65535;
            if (!ok) {
                throw new IllegalArgumentException("the port after host " + (name.isEmpty() ? "(empty)" : name)
                        + " is not a number from 1 to 65535; write host:5432, or leave out ':port' for 5432"
                        + " (a password with reserved characters must be percent-encoded, or given with the"
                        + " password: key)");
            }
        }
    }

    private static String notAPostgresUrl(String s) {
        Matcher m = SCHEME.matcher(s);
        if (m.lookingAt() && s.startsWith("://", m.end() - 1)) {
            String scheme = m.group(1);
            String guess = Suggestions.closest(scheme, SCHEMES).map(g -> " (did you mean " + g + "://?)").orElse("");
            return "'" + scheme + "://…' is not a PostgreSQL URL: the scheme must be postgresql://, postgres:// or"
                    + " jdbc:postgresql://" + guess + "; " + FORMS;
        }
        return "the value is not a PostgreSQL URL (it is not quoted here, as it may hold a password); " + FORMS;
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Percent-encodes every character but the unreserved ones, so the text survives as one user-info or
     * parameter value; both pgjdbc's form-decoding and libpq's percent-decoding give it back unchanged.
     */
    static String percentEncode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }

    /** RFC 3986 percent-decoding; unlike URLDecoder it leaves '+' alone. */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                sb.append(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
                sb.append(c);
            }
        }
        return sb.append(bytes.toString(StandardCharsets.UTF_8)).toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
