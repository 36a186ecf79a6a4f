package dev.cairn.telemetry;

import dev.cairn.config.Redactor;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a sink posts: the URI without user-info (a {@code user:password@} becomes a Basic authorization
 * header, as Grafana Cloud's Loki expects), and how a message may name it ({@link #display()}: scheme, host,
 * port and path only — never user-info, query or fragment, which may carry tokens).
 */
record Endpoint(URI uri, String authorization, String display) {

    static Endpoint of(URI configured) {
        if (configured == null) {
            throw new IllegalArgumentException("no url");
        }
        if (configured.getScheme() == null || configured.getHost() == null
                || !(configured.getScheme().equalsIgnoreCase("http") || configured.getScheme().equalsIgnoreCase("https"))) {
            throw new IllegalArgumentException("url " + Redactor.redactAll(display(configured)) + " is not an http(s) URL with a host");
        }
        String authorization = null;
        String userInfo = configured.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            String user = URLDecoder.decode(colon < 0 ? userInfo : userInfo.substring(0, colon), StandardCharsets.UTF_8);
            String password = colon < 0 ? "" : URLDecoder.decode(userInfo.substring(colon + 1), StandardCharsets.UTF_8);
            Redactor.register(password);
            authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
        try {
            URI bare = new URI(configured.getScheme(), null, configured.getHost(), configured.getPort(), configured.getPath(),
                    configured.getQuery(), null);
            return new Endpoint(bare, authorization, display(configured));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url " + display(configured) + " cannot be used: " + e.getReason());
        }
    }

    /** The same server and credentials at another path (and query). */
    Endpoint withPath(String path, String query) {
        try {
            URI u = new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), path, query, null);
            return new Endpoint(u, authorization, display(u));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("path " + path + " cannot be used: " + e.getReason());
        }
    }

    /** Like {@link #withPath} for a path already percent-encoded (an Opsgenie alias as one segment). */
    Endpoint withRawPath(String rawPath, String rawQuery) {
        URI u = URI.create(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + rawPath
                + (rawQuery == null ? "" : "?" + rawQuery));
        return new Endpoint(u, authorization, display(u));
    }

    private static String display(URI u) {
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort()) + path;
    }
}
