package dev.cairn.cli;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local database's address in the forms programs take: the JDBC URL (Java), the libpq URL that psql
 * and most other drivers accept ({@code postgresql://user@host:port/db} — psql rejects {@code jdbc:} and
 * {@code ?user=}), and environment variables.
 */
record LocalUrls(String jdbc, String libpq, String host, int port, String database, String user) {
    enum Format { jdbc, libpq, env }

    static final String FORMAT_HELP = "jdbc (the JDBC URL only), libpq (the URL psql takes, only) or env"
            + " (DATABASE_URL, JDBC_DATABASE_URL and PGHOST/PGPORT/PGDATABASE/PGUSER lines). Default: both URLs, labelled.";

    /** Parses {@code jdbc:postgresql://host:port/db?user=u&other=v}; the other parameters stay in the libpq URL. */
    static LocalUrls of(String jdbcUrl) {
        URI u = URI.create(jdbcUrl.substring("jdbc:".length()));
        Map<String, String> params = new LinkedHashMap<>();
        if (u.getRawQuery() != null) {
            for (String kv : u.getRawQuery().split("&")) {
                int eq = kv.indexOf('=');
                params.put(decode(eq < 0 ? kv : kv.substring(0, eq)), eq < 0 ? "" : decode(kv.substring(eq + 1)));
            }
        }
        String user = params.remove("user");
        String database = u.getPath() == null || u.getPath().length() <= 1 ? "" : decode(u.getPath().substring(1));
        List<String> rest = new ArrayList<>();
        params.forEach((k, v) -> rest.add(encode(k) + "=" + encode(v)));
        String libpq = "postgresql://" + (user == null ? "" : encode(user) + "@") + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort())
                + "/" + encode(database) + (rest.isEmpty() ? "" : "?" + String.join("&", rest));
        return new LocalUrls(jdbcUrl, libpq, u.getHost(), u.getPort() < 0 ? 5432 : u.getPort(), database, user);
    }

    /** The text for {@code --format}; null gives both URLs, labelled. */
    String render(Format format) {
        if (format == null) {
            return "JDBC   " + jdbc + "\nlibpq  " + libpq;
        }
        return switch (format) {
            case jdbc -> jdbc;
            case libpq -> libpq;
            case env -> "DATABASE_URL=" + libpq + "\nJDBC_DATABASE_URL=" + jdbc + "\nPGHOST=" + host + "\nPGPORT=" + port
                    + "\nPGDATABASE=" + database + (user == null ? "" : "\nPGUSER=" + user);
        };
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
