package dev.cairn.db;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
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
