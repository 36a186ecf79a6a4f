package dev.cairn.db;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Connections to a PostgreSQL server by JDBC URL. Credentials travel as driver properties, never in the
 * URL, so {@link #describe()} is always safe to print.
 */
public final class JdbcConnectionSource implements ConnectionSource {
    static { DriverLogging.install(); } // the driver's own log lines may quote a URL: never print them raw
    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    private final String url;
    private final Properties properties = new Properties();

    public JdbcConnectionSource(String url, String user, String password) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + describe(url));
        }
        this.url = url;
        if (user != null && !user.isBlank()) {
            properties.setProperty("user", user);
        }
        if (password != null && !password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "cairn");
    }

    private JdbcConnectionSource(String url, Properties properties) {
        this.url = url;
        this.properties.putAll(properties);
    }

    @Override
    public JdbcConnectionSource forDatabase(String database) {
        int hosts = url.indexOf("//");
        int path = hosts < 0 ? -1 : url.indexOf('/', hosts + 2);
        int query = url.indexOf('?');
        String authority = path < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, path);
        String rest = query < 0 ? "" : url.substring(query);
        String encoded = URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
        return new JdbcConnectionSource(authority + "/" + encoded + rest, properties);
    }

    /**
     * The connection as libpq's environment variables ({@code PGHOST}, {@code PGPORT}, {@code PGDATABASE},
     * {@code PGUSER}, {@code PGPASSWORD}, {@code PGSSLMODE} when set), for a child process such as pg_dump: the
     * password travels only in the child's environment, never on its command line. Only the first host of a
     * multi-host URL.
     */
    public Map<String, String> libpqEnvironment() {
        String rest = url.substring("jdbc:postgresql:".length());
        Map<String, String> query = new LinkedHashMap<>();
        int q = rest.indexOf('?');
        if (q >= 0) {
            for (String pair : rest.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            rest = rest.substring(0, q);
        }
        String host = "localhost";
        String port = "5432";
        String database = "";
        if (rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            String authority = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
            database = slash < 0 ? "" : rest.substring(slash + 1);
            String first = authority.split(",")[0];
            int colon = first.lastIndexOf(':');
            if (colon > 0 && first.indexOf(']') < colon) {
                host = first.substring(0, colon);
                port = first.substring(colon + 1);
            } else if (!first.isEmpty()) {
                host = first;
            }
            host = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        } else {
            database = rest;
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PGHOST", host);
        env.put("PGPORT", port);
        env.put("PGDATABASE", URLDecoder.decode(database, StandardCharsets.UTF_8));
        String user = properties.getProperty("user", query.get("user"));
        if (user != null) {
            env.put("PGUSER", user);
        }
        String password = properties.getProperty("password", query.get("password"));
        if (password != null) {
            env.put("PGPASSWORD", password);
        }
        if (query.containsKey("sslmode")) {
            env.put("PGSSLMODE", query.get("sslmode"));
        }
        return env;
    }

    @Override
    public Connection open() throws SQLException {
        return DriverManager.getConnection(url, properties);
    }

    /**
     * pgjdbc's {@code loginTimeout} (fractional seconds) bounds the whole connect, TCP and startup
     * exchange together; {@code connectTimeout} (whole seconds) bounds the TCP connect alone.
     */
    @Override
    public Connection open(Duration limit) throws SQLException {
        if (limit.isZero() || limit.isNegative() || limit.toSeconds() >= CONNECT_TIMEOUT_SECONDS) {
            return open();
        }
        Properties bounded = new Properties();
        bounded.putAll(properties);
        long ms = Math.max(limit.toMillis(), 1);
        bounded.setProperty("loginTimeout", String.valueOf(ms / 1000.0));
        bounded.setProperty("connectTimeout", String.valueOf(Math.max(1, (ms + 999) / 1000)));
        return DriverManager.getConnection(url, bounded);
    }

    @Override
    public String describe() {
        return describe(url);
    }

    public String url() {
        return url;
    }

    /** host:port/database of a JDBC URL, with user information and query parameters removed. */
    public static String describe(String jdbcUrl) {
        String rest = jdbcUrl.startsWith("jdbc:") ? jdbcUrl.substring(5) : jdbcUrl;
        try {
            URI uri = URI.create(rest);
            String host = uri.getHost() == null ? "localhost" : uri.getHost();
            String port = uri.getPort() < 0 ? "5432" : String.valueOf(uri.getPort());
            String path = uri.getPath() == null ? "" : uri.getPath();
            return "postgresql://" + host + ":" + port + path;
        } catch (IllegalArgumentException e) {
            int q = rest.indexOf('?');
            String noQuery = q < 0 ? rest : rest.substring(0, q);
            return noQuery.replaceAll("//[^@/]*@", "//");
        }
    }
}
