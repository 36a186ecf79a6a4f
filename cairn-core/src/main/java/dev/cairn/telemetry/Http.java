package dev.cairn.telemetry;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** JSON POSTs with the telemetry timeout on connecting and on the whole exchange; anything but 2xx throws. */
final class Http {
    private static final int EXCERPT = 200;
    private final HttpClient client;
    private final Duration timeout;
    private final List<String> secrets;

    /** {@code secrets}: the sinks' own; an answer quoting one is not repeated in a failure message. */
    Http(Duration timeout, List<String> secrets) {
        this.timeout = timeout;
        this.secrets = List.copyOf(secrets);
        // HTTP/1.1: no h2c upgrade dance with plain-http receivers; its threads are daemons.
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    Duration timeout() {
        return timeout;
    }

    void postJson(Endpoint to, Map<String, String> headers, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(to.uri()).timeout(timeout)
                .header("Content-Type", "application/json").header("User-Agent", "cairn");
        if (to.authorization() != null) {
            request.header("Authorization", to.authorization());
        }
        headers.forEach(request::header);
        HttpResponse<String> response = client.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw new FailureReport.Rejected("HTTP " + status + excerpt(response.body()));
        }
    }

    /** The start of an error answer (PagerDuty and Opsgenie say what was wrong), unless it repeats a secret. */
    private String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        for (String s : secrets) {
            if (!s.isEmpty() && body.contains(s)) {
                return "";
            }
        }
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return " (" + (oneLine.length() > EXCERPT ? oneLine.substring(0, EXCERPT) + "…" : oneLine) + ")";
    }
}
