package dev.cairn.deploy.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.config.Redactor;
import dev.cairn.config.Secret;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The few calls of Neon's HTTP API (v2) the neon provider makes, with the API key as a bearer token that never
 * appears in a message. A call answered 423 Locked (another operation of the project still runs) is retried with
 * backoff; the operations a call starts are awaited by polling {@code GET /projects/{id}/operations/{op}}.
 */
final class NeonApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** How long Cairn waits for a branch operation; branch creation and restore usually take seconds. */
    static final Duration OPERATION_LIMIT = Duration.ofMinutes(5);

    private final URI base;
    private final Secret apiKey;
    private final String projectId;
    private final HttpClient http;
    private final Duration pollInterval;

    NeonApi(URI base, Secret apiKey, String projectId, Duration pollInterval) {
        String b = base.toString();
        this.base = URI.create(b.endsWith("/") ? b.substring(0, b.length() - 1) : b);
        this.apiKey = apiKey;
        this.projectId = projectId;
        this.pollInterval = pollInterval;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        if (apiKey != null) {
            Redactor.register(apiKey.reveal());
        }
    }

    String projectId() {
        return projectId;
    }

    JsonNode get(String path) {
        return call("GET", path, null);
    }

    JsonNode post(String path, JsonNode body) {
        return call("POST", path, body);
    }

    JsonNode delete(String path) {
        return call("DELETE", path, null);
    }

    static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    String projectPath() {
        return "/projects/" + segment(projectId);
    }

    private JsonNode call(String method, String path, JsonNode body) {
        if (apiKey == null || apiKey.isEmpty()) {
            throw new CairnException(ExitCode.USAGE, "Snapshot provider neon needs an API key: set snapshot.apiKey in"
                    + " cairn.yaml, e.g. apiKey: ${NEON_API_KEY}, and export NEON_API_KEY.");
        }
        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + apiKey.reveal()).header("Accept", "application/json");
        if (body == null) {
            rb.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            rb.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        HttpRequest request = rb.build();
        long delay = 500;
        long deadline = System.nanoTime() + OPERATION_LIMIT.toNanos();
        while (true) {
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new CairnException(ExitCode.DATABASE, "Cannot reach the Neon API at " + base + " (" + method + " "
                        + path + "): " + e.getMessage() + ". Check snapshot.apiUrl and the network.", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CairnException(ExitCode.INTERRUPTED, "Interrupted while calling the Neon API.", e);
            }
            int status = response.statusCode();
            if (status == 423 && System.nanoTime() + delay * 1_000_000 < deadline) {
                pause(delay); // the project runs another operation: Neon asks to retry with backoff
                delay = Math.min(delay * 2, 10_000);
                continue;
            }
            if (status / 100 != 2) {
                throw new CairnException(status == 401 || status == 403 || status == 404 ? ExitCode.USAGE : ExitCode.DATABASE,
                        "The Neon API refused " + method + " " + path + " with HTTP " + status + ": "
                                + Redactor.redact(message(response.body()), List.of(apiKey.reveal())) + ". "
                                + advice(status));
            }
            try {
                return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            } catch (IOException e) {
                throw new CairnException(ExitCode.DATABASE, "The Neon API answered " + method + " " + path
                        + " with a body that is not JSON. Check snapshot.apiUrl (it should end in /api/v2).", e);
            }
        }
    }

    private static String message(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            if (n.hasNonNull("message")) {
                return n.get("message").asText();
            }
        } catch (IOException ignored) {
            // not JSON: show the start of the text
        }
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private String advice(int status) {
        return switch (status) {
            case 401, 403 -> "Check snapshot.apiKey: it must be a valid Neon API key with access to project " + projectId + ".";
            case 404 -> "Check snapshot.projectId (" + projectId + ") and snapshot.branch in cairn.yaml.";
            case 423 -> "Another operation on the project did not finish in time; try again later.";
            default -> "Try again; if it persists, look at the project's operations in the Neon console.";
        };
    }

    /**
     * Waits until every operation in {@code response.operations} has finished. Terminal states per Neon's docs:
     * finished, skipped, cancelled; a failed operation may still be retried by Neon, so Cairn keeps waiting until the
     * limit and then reports it.
     */
    void await(JsonNode response, String what) {
        long deadline = System.nanoTime() + OPERATION_LIMIT.toNanos();
        for (JsonNode op : response.path("operations")) {
            String id = op.path("id").asText();
            String status = op.path("status").asText();
            while (!status.equals("finished") && !status.equals("skipped")) {
                if (status.equals("cancelled") || System.nanoTime() > deadline) {
                    throw new CairnException(status.equals("cancelled") ? ExitCode.DATABASE : ExitCode.TIMEOUT,
                            "Neon operation " + id + " (" + op.path("action").asText() + ") for " + what + " is "
                                    + status + (status.equals("cancelled") ? "" : " after " + OPERATION_LIMIT.toMinutes()
                                    + " minutes") + ". Look at the project's operations in the Neon console.");
                }
                pause(pollInterval.toMillis());
                op = get(projectPath() + "/operations/" + segment(id)).path("operation");
                status = op.path("status").asText();
            }
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms); // polling a remote API: there is nothing to await but its answer
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CairnException(ExitCode.INTERRUPTED, "Interrupted while waiting for Neon.", e);
        }
    }
}
