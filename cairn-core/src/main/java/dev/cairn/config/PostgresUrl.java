package dev.cairn.config;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A database URL split into a credential-free JDBC URL plus the user and password it carried.
 * Accepts {@code embedded}, {@code jdbc:postgresql:…} and libpq's {@code postgresql://} /
 * {@code postgres://} forms. Taking the credentials out means the URL itself can be printed.
 */
record PostgresUrl(String url, String user, String password) {
    static final String EMBEDDED = "embedded";
    private static final String JDBC = "jdbc:postgresql:";

    /** @throws IllegalArgumentException naming the (redacted) URL when it is not a PostgreSQL URL */
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
            throw new IllegalArgumentException("'" + Redactor.structural(s) + "' is not a PostgreSQL URL; use"
                    + " embedded, jdbc:postgresql://host:5432/db or postgresql://user@host:5432/db");
        }

        String user = null;
        String password = null;
        int q = rest.indexOf('?');
        String beforeQuery = q < 0 ? rest : rest.substring(0, q);
        String query = q < 0 ? null : rest.substring(q + 1);

        // userinfo: everything up to the last '@' of the authority, so an unencoded '@' or ':' in a
        // password still splits correctly.
        if (beforeQuery.startsWith("//")) {
            int at = beforeQuery.lastIndexOf('@');
            if (at >= 0) {
                String userinfo = beforeQuery.substring(2, at);
                beforeQuery = "//" + beforeQuery.substring(at + 1);
                int colon = userinfo.indexOf(':');
                String u = colon < 0 ? userinfo : userinfo.substring(0, colon);
                user = u.isEmpty() ? null : percentDecode(u);
                password = colon < 0 ? null : percentDecode(userinfo.substring(colon + 1));
            }
        }

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
