package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real migrate with cairn.yaml's telemetry: a signed webhook receives the run's events. */
@Tag("db")
class TelemetryCliTest {
    private static final String SECRET = "hook-secret-for-cli-test";
    @TempDir
    Path tmp;
    ScratchDatabase db;
    HttpServer server;
    final List<byte[]> bodies = Collections.synchronizedList(new ArrayList<>());
    final List<String> signatures = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void setUp() throws Exception {
        db = DevDatabases.createDatabase();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                bodies.add(in.readAllBytes());
            }
            signatures.add(exchange.getRequestHeaders().getFirst("X-Cairn-Signature"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        Files.createDirectories(tmp.resolve("migrations"));
        Files.writeString(tmp.resolve("migrations/V1__a.sql"), "CREATE TABLE a (id int);\n");
        Files.writeString(tmp.resolve("migrations/V2__b.sql"), "CREATE TABLE b (id int);\n");
    }

    @AfterEach
    void tearDown() {
        server.stop(0);
        db.close();
    }

    private CliRun migrate(String webhookUrl) throws Exception {
        Files.writeString(tmp.resolve("cairn.yaml"), """
                migrations: migrations
                telemetry:
                  webhook: { url: '%s', secret: '${HOOK_SECRET}' }
                  timeout: 2s
                """.formatted(webhookUrl));
        assertThat(CliRun.inProcess("--dir", tmp.toString(), "sum").exitCode()).isZero();
        return CliRun.inProcess(Map.of("HOOK_SECRET", SECRET), "--dir", tmp.toString(), "--url",
                db.jdbcUrl() + "&user=" + db.user(), "migrate");
    }

    @Test
    void migrateDeliversItsEventsToTheConfiguredWebhook() throws Exception {
        CliRun run = migrate("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.err()).doesNotContain("telemetry:");

        // The run closed its sinks before returning: everything has been delivered.
        ObjectMapper json = new ObjectMapper();
        List<String> types = new ArrayList<>();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        for (int i = 0; i < bodies.size(); i++) {
            JsonNode event = json.readTree(bodies.get(i));
            types.add(event.get("type").asText());
            assertThat(event.get("environment").asText()).isEqualTo("local");
            assertThat(signatures.get(i)).isEqualTo("sha256=" + HexFormat.of().formatHex(mac.doFinal(bodies.get(i))));
        }
        assertThat(types).containsSubsequence("run.started", "migration.applied", "migration.applied", "run.finished");
        JsonNode finished = json.readTree(bodies.get(types.lastIndexOf("run.finished")));
        assertThat(finished.get("status").asText()).isEqualTo("ok");
        assertThat(finished.get("applied").asInt()).isEqualTo(2);
    }

    @Test
    void anUnreachableSinkIsOneNoteAndTheRunStillSucceeds() throws Exception {
        int port = server.getAddress().getPort();
        server.stop(0); // nothing listens there any more
        CliRun run = migrate("http://127.0.0.1:" + port + "/hook");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.err().lines().filter(l -> l.contains("telemetry:")).toList()).containsExactly(
                "note: telemetry: webhook at http://127.0.0.1:" + port + "/hook failed: connection refused; events to it are dropped for this run");
    }
}
