package dev.cairn.deploy.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.config.DeploySettings.SnapshotSettings;
import dev.cairn.config.Secret;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * provider: neon against a local HTTP server speaking the parts of Neon's API v2 Cairn uses, with the documented
 * payloads: branches with operations to await, restore with preserve_under_name, 423 Locked retried.
 */
class NeonSnapshotsTest {
    static final String KEY = "neon-key-4f9a7c21e0";
    static final ObjectMapper JSON = new ObjectMapper();

    record Request(String method, String path, String auth, JsonNode body) {}

    HttpServer server;
    final List<Request> requests = new CopyOnWriteArrayList<>();
    /** The project's branches by id, in creation order. */
    final Map<String, ObjectNode> branches = new LinkedHashMap<>();
    final AtomicInteger ids = new AtomicInteger();
    /** Operation id → how many more polls it reports "running". */
    final Map<String, Integer> running = new LinkedHashMap<>();
    volatile int lockedResponses;

    @BeforeEach
    void start() throws IOException {
        branch("br-main-1", "main", null, true, "2026-01-01T00:00:00Z");
        branch("br-dev-2", "dev", "br-main-1", false, "2026-01-02T00:00:00Z");
        branch("br-old-3", "cairn-snap-staging-20260101000000", "br-main-1", false, "2026-01-03T00:00:00Z");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v2/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private ObjectNode branch(String id, String name, String parent, boolean isDefault, String created) {
        ObjectNode b = JSON.createObjectNode().put("id", id).put("project_id", "proj-1").put("name", name)
                .put("default", isDefault).put("created_at", created).put("current_state", "ready");
        if (parent != null) {
            b.put("parent_id", parent);
        }
        branches.put(id, b);
        return b;
    }

    private synchronized void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = ex.getRequestURI().getPath().substring("/api/v2".length());
        String method = ex.getRequestMethod();
        requests.add(new Request(method, path, ex.getRequestHeaders().getFirst("Authorization"),
                body.isEmpty() ? null : JSON.readTree(body)));
        if (!("Bearer " + KEY).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
            send(ex, 401, JSON.createObjectNode().put("code", "").put("message", "authentication failed"));
            return;
        }
        String[] p = path.split("/");
        if (!path.startsWith("/projects/proj-1/")) {
            send(ex, 404, JSON.createObjectNode().put("message", "project not found"));
        } else if (method.equals("GET") && path.equals("/projects/proj-1/branches")) {
            ObjectNode out = JSON.createObjectNode();
            ArrayNode list = out.putArray("branches");
            branches.values().forEach(list::add);
            send(ex, 200, out);
        } else if (method.equals("POST") && path.equals("/projects/proj-1/branches")) {
            if (lockedResponses > 0) {
                lockedResponses--;
                send(ex, 423, JSON.createObjectNode().put("message", "project already has running operations"));
                return;
            }
            JsonNode req = JSON.readTree(body).path("branch");
            String id = "br-snap-" + ids.incrementAndGet();
            ObjectNode b = branch(id, req.path("name").asText(), req.path("parent_id").asText(), false,
                    Instant.parse("2026-12-02T10:00:00Z").plusSeconds(ids.get()).toString());
            send(ex, 201, withOperations(b, "create_timeline", 2));
        } else if (method.equals("POST") && p.length == 6 && p[5].equals("restore")) {
            JsonNode req = JSON.readTree(body);
            ObjectNode target = branches.get(p[4]);
            String preserved = "br-pre-" + ids.incrementAndGet();
            branch(preserved, req.path("preserve_under_name").asText(), null, false, "2026-12-02T11:00:00Z");
            // Neon moves the restored branch's children under the preserved branch
            branches.values().stream().filter(b -> p[4].equals(b.path("parent_id").asText()))
                    .forEach(b -> b.put("parent_id", preserved));
            send(ex, 200, withOperations(target, "restore_timeline", 1));
        } else if (method.equals("DELETE") && p.length == 5 && p[3].equals("branches")) {
            ObjectNode removed = branches.remove(p[4]);
            if (removed == null) {
                send(ex, 404, JSON.createObjectNode().put("message", "branch not found"));
            } else {
                send(ex, 200, withOperations(removed, "delete_timeline", 0));
            }
        } else if (method.equals("GET") && p.length == 5 && p[3].equals("operations")) {
            int left = running.getOrDefault(p[4], 0);
            running.put(p[4], Math.max(0, left - 1));
            send(ex, 200, JSON.createObjectNode().set("operation", JSON.createObjectNode().put("id", p[4])
                    .put("action", "create_timeline").put("status", left > 0 ? "running" : "finished")));
        } else {
            send(ex, 404, JSON.createObjectNode().put("message", "no route " + method + " " + path));
        }
    }

    private ObjectNode withOperations(ObjectNode branch, String action, int pollsRunning) {
        ObjectNode out = JSON.createObjectNode();
        out.set("branch", branch);
        ArrayNode ops = out.putArray("operations");
        String op = "op-" + ids.incrementAndGet();
        running.put(op, pollsRunning);
        ops.add(JSON.createObjectNode().put("id", op).put("project_id", "proj-1").put("branch_id", branch.path("id").asText())
                .put("action", action).put("status", pollsRunning > 0 ? "running" : "finished"));
        return out;
    }

    private static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private NeonSnapshots provider(String branch, String key) {
        URI api = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v2");
        return new NeonSnapshots(new SnapshotSettings.Neon(api, Secret.of(key), "proj-1", branch, 3), "prod",
                Clock.systemUTC(), Duration.ofMillis(5));
    }

    private List<Request> requests(String method, String pathEnd) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().endsWith(pathEnd)).toList();
    }

    @Test
    void createListRestoreDeleteThroughTheApi() {
        NeonSnapshots neon = provider("main", KEY);
        Snapshot first = neon.create("before V2");
        assertThat(first.id()).isEqualTo("br-snap-1");
        assertThat(first.location()).matches("cairn-snap-prod-\\d{14}");
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2026-12-02T10:00:01Z"));
        JsonNode created = requests("POST", "/branches").get(0).body();
        assertThat(created.path("branch").path("parent_id").asText()).isEqualTo("br-main-1");
        assertThat(created.path("branch").path("name").asText()).isEqualTo(first.location());
        assertThat(created.has("endpoints")).as("a snapshot branch needs no compute").isFalse();
        // the create operation answered "running" to two polls and "finished" to the third: Cairn waited for it
        assertThat(requests("GET", "/operations/op-2")).hasSize(3);

        Snapshot second = neon.create(null);
        assertThat(second.location()).isNotEqualTo(first.location());
        assertThat(neon.list()).extracting(Snapshot::id).containsExactly(second.id(), first.id());

        neon.restore(first.id());
        Request restore = requests("POST", "/restore").get(0);
        assertThat(restore.path()).isEqualTo("/projects/proj-1/branches/br-main-1/restore");
        assertThat(restore.body().path("source_branch_id").asText()).isEqualTo(first.id());
        assertThat(restore.body().path("preserve_under_name").asText()).matches("cairn-pre-restore-prod-\\d{14}");
        // after the restore the snapshots hang under the preserved branch, and are still listed
        assertThat(neon.list()).extracting(Snapshot::id).containsExactly(second.id(), first.id());

        assertThat(neon.prune(1)).extracting(Snapshot::id).containsExactly(first.id());
        assertThat(requests("DELETE", "/branches/" + first.id())).hasSize(1);
        neon.delete(second.id());
        assertThat(neon.list()).isEmpty();
        assertThat(branches).containsKeys("br-main-1", "br-dev-2", "br-old-3");

        assertThat(requests).allSatisfy(r -> assertThat(r.auth()).isEqualTo("Bearer " + KEY));
    }

    @Test
    void theBranchMayBeGivenByIdOrLeftToTheDefault() {
        provider("br-main-1", KEY).create(null);
        provider(null, KEY).create(null);
        assertThat(requests("POST", "/branches")).extracting(r -> r.body().path("branch").path("parent_id").asText())
                .containsExactly("br-main-1", "br-main-1");
        assertThatThrownBy(() -> provider("prod-main", KEY).create(null)).isInstanceOfSatisfying(CairnException.class,
                e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(e.getMessage()).contains("no branch with id or name 'prod-main'", "main (br-main-1)",
                            "dev (br-dev-2)");
                });
    }

    @Test
    void aLockedProjectIsRetriedAndErrorsNeverShowTheKey() {
        lockedResponses = 1;
        Snapshot s = provider("main", KEY).create(null);
        assertThat(requests("POST", "/branches")).hasSize(2);
        assertThat(s.id()).startsWith("br-snap-");

        String wrong = "wrong-key-7d3e91ab55";
        assertThatThrownBy(() -> provider("main", wrong).list()).isInstanceOfSatisfying(CairnException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(e.getMessage()).contains("HTTP 401", "authentication failed", "snapshot.apiKey")
                    .doesNotContain(wrong);
        });
        assertThatThrownBy(() -> provider("main", KEY).delete("br-dev-2"))
                .hasMessageContaining("No snapshot 'br-dev-2'").hasMessageContaining(s.id());
        assertThat(branches).containsKey("br-dev-2");
        List<String> methods = new ArrayList<>(requests.stream().map(Request::method).toList());
        assertThat(methods).doesNotContain("DELETE");
    }
}
