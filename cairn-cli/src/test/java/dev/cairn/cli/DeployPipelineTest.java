package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cairn deploy} end to end: a real database, a real HTTP application whose health endpoint the test breaks at a
 * chosen moment, real shell commands talking to it; verified by introspection, surviving rows, the history, the
 * deployment record and the report.
 */
@Tag("db")
class DeployPipelineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOOK_SECRET = "whsec-Deploy-7f3a9c";

    @TempDir
    Path tmp;
    ScratchDatabase db;
    TestApp app;
    Path migrations;
    /** Receives the webhook sink's events: every payload is scanned for secrets. */
    com.sun.net.httpserver.HttpServer hook;
    final List<String> payloads = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void project() throws Exception {
        db = DevDatabases.createDatabase();
        app = TestApp.start();
        hook = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 10);
        hook.createContext("/hook", exchange -> {
            payloads.add(new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    + exchange.getRequestHeaders());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        hook.start();
        migrations = tmp.resolve("migrations");
        Files.createDirectories(migrations);
        Files.writeString(migrations.resolve("V1__items.sql"), "CREATE TABLE items (id int PRIMARY KEY, name text);\n");
        Files.writeString(migrations.resolve("U1__items.sql"), "DROP TABLE items;\n");
        config("rollback: revert", "");
        assertThat(cairn("sum").exitCode()).isZero();
        CliRun first = cairn("migrate");
        assertThat(first.exitCode()).as(first.all()).isZero();
        sql("INSERT INTO items VALUES (1, 'kept'), (2, 'also kept')");
        // The change being deployed: a new column and a new table, each with its revert.
        Files.writeString(migrations.resolve("V2__price.sql"), "ALTER TABLE items ADD COLUMN price numeric;\n");
        Files.writeString(migrations.resolve("U2__price.sql"), "ALTER TABLE items DROP COLUMN price;\n");
        Files.writeString(migrations.resolve("V3__orders.sql"), "CREATE TABLE orders (id int, item int REFERENCES items);\n");
        Files.writeString(migrations.resolve("U3__orders.sql"), "DROP TABLE orders;\n");
        assertThat(cairn("sum").exitCode()).isZero();
    }

    @AfterEach
    void close() throws Exception {
        app.close();
        hook.stop(0);
        // Template snapshots are databases of their own on the shared test server.
        try (Connection c = maintenance(); Statement s = c.createStatement()) {
            List<String> copies = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '"
                    + database() + "\\_snap\\_%'")) {
                while (r.next()) {
                    copies.add(r.getString(1));
                }
            }
            for (String copy : copies) {
                s.execute("DROP DATABASE \"" + copy + "\"");
            }
        }
        db.close();
    }

    /** cairn.yaml with a {@code prod} environment deploying to the test app; {@code extra} lines go into it. */
    private void config(String rollback, String extra) throws Exception {
        String hostPortDb = db.jdbcUrl().replaceFirst("^jdbc:postgresql://", "").replaceFirst("\\?.*$", "");
        Files.writeString(tmp.resolve("cairn.yaml"), """
                migrations: migrations
                telemetry:
                  webhook: { url: 'http://127.0.0.1:%9$d/hook', secret: '${HOOK_SECRET}' }
                  timeout: 2s
                environments:
                  local:
                    url: jdbc:postgresql://%1$s
                    user: %2$s
                  prod:
                    url: jdbc:postgresql://%1$s
                    user: %2$s
                    timeout: 30s
                    approval: required
                    snapshot: { provider: template, keep: 2 }
                    app:
                      deploy: "%3$s"
                      rollback: "%4$s"
                      timeout: 30s
                    canary:
                      stages: [10, 50, 100]
                      command: "%5$s"
                      health: { url: '%6$s', body: ok, interval: 20ms, checks: 3, failureThreshold: 2, timeout: 2s }
                    %7$s
                %8$s""".formatted(hostPortDb, db.user(), app.command("POST", "/deploy/{version}"),
                app.command("POST", "/rollback/{previousVersion}"), app.command("POST", "/traffic/{percent}"),
                app.healthUrl(), rollback, extra, hook.getAddress().getPort()));
    }

    private CliRun cairn(String... args) {
        return cairnIn("local", args);
    }

    private CliRun deploy(String... args) {
        return cairnIn("prod", args);
    }

    private CliRun cairnIn(String env, String... args) {
        List<String> all = new ArrayList<>(List.of("--dir", tmp.toString(), "--env", env));
        all.addAll(List.of(args));
        return CliRun.inProcess(Map.of("HOOK_SECRET", HOOK_SECRET, "GITHUB_STEP_SUMMARY", summary().toString()),
                all.toArray(String[]::new));
    }

    /** The file a GitHub Actions step summary would be, given to every run. */
    private Path summary() {
        return tmp.resolve("step-summary.md");
    }

    @Test
    void theHappyPathRunsEveryStageAndRecordsIt() throws Exception {
        Path report = tmp.resolve("out/deploy.md");
        CliRun r = deploy("deploy", "--approve", "--approver", "alice", "--report", report.toString());
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(columns("items")).contains("price");
        assertThat(tableExists("orders")).isTrue();
        assertThat(app.versions()).containsExactly("3");
        assertThat(app.traffic()).containsExactly(10, 50, 100);
        assertThat(r.err()).contains("[checklist] ok", "[snapshot] ok", "[migrate] ok", "[app] ok", "[canary] ok",
                "[drift] ok");

        JsonNode list = JSON.readTree(deploy("deployments", "--json").out());
        JsonNode d = list.get("deployments").get(0);
        assertThat(d.get("outcome").asText()).isEqualTo("succeeded");
        assertThat(d.get("versionBefore").asText()).isEqualTo("1");
        assertThat(d.get("versionAfter").asText()).isEqualTo("3");
        assertThat(d.get("approver").asText()).isEqualTo("alice");
        List<String> stages = new ArrayList<>();
        d.get("stages").forEach(s -> stages.add(s.get("name").asText() + ":" + s.get("outcome").asText()));
        assertThat(stages).containsExactly("checklist:ok", "approval:ok", "snapshot:ok", "migrate:ok", "app:ok",
                "canary:ok", "drift:ok");

        String markdown = Files.readString(report);
        assertThat(Files.readString(summary())).as("the step summary gets the same Markdown").contains(markdown);
        assertThat(markdown).contains("Cairn deploy to prod: succeeded", "V2__price.sql", "ALTER TABLE items ADD COLUMN price",
                "| canary |");
        JsonNode doc = JSON.readTree(tmp.resolve("out/deploy.json").toFile());
        assertThat(doc.get("outcome").asText()).isEqualTo("succeeded");
        assertThat(doc.get("checklist").get("pending")).hasSize(2);
        assertThat(payloads).anyMatch(p -> p.contains("\"type\":\"deploy.finished\"") && p.contains("succeeded"))
                .anyMatch(p -> p.contains("\"type\":\"stage.finished\"") && p.contains("canary"))
                .anyMatch(p -> p.contains("\"type\":\"migration.applied\""));
        assertThat(r.all() + markdown + doc + list + payloads).doesNotContain(HOOK_SECRET);
        assertThat(snapshots()).hasSize(1);

        // By hand: back to the snapshot the deploy took before migrating; production-like, so it asks first.
        sql("INSERT INTO items VALUES (3, 'written after the deploy')");
        CliRun refused = deploy("rollback", "--snapshot", snapshots().get(0));
        assertThat(refused.exitCode()).as(refused.all()).isEqualTo(2);
        assertThat(refused.err()).contains("needs confirmation", "--yes", "Nothing was changed");
        assertThat(columns("items")).contains("price");
        CliRun restored = deploy("rollback", "--snapshot", snapshots().get(0), "--yes");
        assertThat(restored.exitCode()).as(restored.all()).isZero();
        assertThat(columns("items")).doesNotContain("price");
        assertThat(names()).containsExactly("kept", "also kept");
    }

    @Test
    void aFailedCanaryRollsBackTheApplicationAndRevertsTheMigrations() throws Exception {
        // Healthy through the 10% and 50% stages (3 checks each), broken from the 100% stage's first check on.
        app.failFrom(7, TestApp.Mode.ERROR);
        CliRun r = deploy("deploy", "--approve");
        assertThat(r.exitCode()).as(r.all()).isEqualTo(3);
        assertThat(r.err()).contains("[canary] failed", "[rollback] ok");
        assertThat(app.traffic()).containsExactly(10, 50, 100);
        assertThat(app.versions()).as("deployed, then rolled back to the previous version").containsExactly("3", "rollback:1");
        assertThat(columns("items")).doesNotContain("price");
        assertThat(tableExists("orders")).isFalse();
        assertThat(names()).containsExactly("kept", "also kept");

        JsonNode history = JSON.readTree(cairn("history", "--json").out());
        assertThat(history.toString()).contains("U3__orders.sql", "U2__price.sql", "V2__price.sql");
        JsonNode d = JSON.readTree(deploy("deployments", "--json").out()).get("deployments").get(0);
        assertThat(d.get("outcome").asText()).isEqualTo("rolled_back");
        assertThat(d.get("failedStage").asText()).isEqualTo("canary");
        assertThat(d.get("versionAfter").asText()).isEqualTo("1");

        // The deploy can run again once the application is fixed.
        app.answer(TestApp.Mode.HEALTHY);
        app.failFrom(Integer.MAX_VALUE, TestApp.Mode.HEALTHY);
        CliRun again = deploy("deploy", "--approve");
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(columns("items")).contains("price");
    }

    @Test
    void theCircuitBreakerDuringMigrateRollsBack() throws Exception {
        Files.writeString(migrations.resolve("V4__slow.sql"), "SELECT pg_sleep(20);\nCREATE TABLE slow (id int);\n");
        Files.writeString(migrations.resolve("U4__slow.sql"), "DROP TABLE slow;\n");
        assertThat(cairn("sum").exitCode()).isZero();
        Files.writeString(tmp.resolve("cairn.yaml"), Files.readString(tmp.resolve("cairn.yaml"))
                .replace("timeout: 30s\n    approval", "timeout: 2s\n    approval"));
        long started = System.nanoTime();
        CliRun r = deploy("deploy", "--approve");
        assertThat(r.exitCode()).as(r.all()).isEqualTo(4);
        assertThat((System.nanoTime() - started) / 1_000_000_000).as("the deadline, not the 20 s statement").isLessThan(15);
        assertThat(r.err()).contains("[migrate] failed", "[rollback] ok");
        assertThat(tableExists("slow")).isFalse();
        assertThat(tableExists("orders")).as("V3 was applied by this deploy, then reverted").isFalse();
        assertThat(columns("items")).doesNotContain("price");
        assertThat(names()).containsExactly("kept", "also kept");
        assertThat(app.versions()).as("the application is not deployed over a failed migrate").isEmpty();
    }

    @Test
    void withoutApprovalNothingChanges() throws Exception {
        CliRun r = deploy("deploy");
        assertThat(r.exitCode()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains("Approval needed", "--approve", "Nothing was changed");
        assertThat(columns("items")).doesNotContain("price");
        assertThat(snapshots()).isEmpty();
        assertThat(app.requests()).isEmpty();
        assertThat(JSON.readTree(deploy("deployments", "--json").out()).get("deployments")).isEmpty();
    }

    @Test
    void planPrintsTheChecklistAndChangesNothing() throws Exception {
        CliRun text = deploy("deploy", "--plan");
        assertThat(text.exitCode()).as(text.all()).isZero();
        assertThat(text.out()).contains("Deploy checklist for prod", "V2__price.sql", "| ALTER TABLE items ADD COLUMN price",
                "V1__items.sql", "approval: required", "snapshot: template", "canary: 10% → 50% → 100%");
        CliRun json = deploy("deploy", "--plan", "--json");
        JsonNode doc = JSON.readTree(json.out());
        assertThat(doc.get("ok").asBoolean()).isTrue();
        assertThat(doc.get("deployment").isNull()).isTrue();
        assertThat(doc.get("checklist").get("pending").get(1).get("sql").asText()).contains("CREATE TABLE orders");
        assertThat(doc.get("checklist").get("pending").get(1).get("statements").get(0).asText()).isEqualTo("CREATE TABLE");
        assertThat(columns("items")).doesNotContain("price");
        assertThat(snapshots()).isEmpty();
        assertThat(app.requests()).isEmpty();
    }

    @Test
    void aSnapshotPolicyRestoresTheDatabase() throws Exception {
        config("rollback: snapshot", "");
        app.failFrom(1, TestApp.Mode.ERROR);
        CliRun r = deploy("deploy", "--approve");
        assertThat(r.exitCode()).as(r.all()).isEqualTo(3);
        assertThat(r.out() + r.err()).contains("restored snapshot", "application rollback: ok");
        assertThat(columns("items")).doesNotContain("price");
        assertThat(tableExists("orders")).isFalse();
        assertThat(names()).containsExactly("kept", "also kept");
        JsonNode history = JSON.readTree(cairn("history", "--json").out());
        assertThat(history.toString()).doesNotContain("V2__price.sql").as("the history is the snapshot's");
        JsonNode d = JSON.readTree(deploy("deployments", "--json").out()).get("deployments").get(0);
        assertThat(d.get("outcome").asText()).isEqualTo("rolled_back");
    }

    @Test
    void theRunbookPolicyStopsAndPrintsTheCommands() throws Exception {
        config("rollback: runbook", "");
        app.failFrom(1, TestApp.Mode.ERROR);
        CliRun r = deploy("deploy", "--approve");
        assertThat(r.exitCode()).as(r.all()).isEqualTo(3);
        assertThat(columns("items")).as("the runbook policy leaves the database alone").contains("price");
        assertThat(r.out()).contains("rollback --to 1", "snapshot restore");
    }

    @Test
    void aDriftedTargetIsRefusedUnlessAllowed() throws Exception {
        sql("CREATE TABLE by_hand (id int)");
        CliRun r = deploy("deploy", "--approve");
        assertThat(r.exitCode()).as(r.all()).isEqualTo(1);
        assertThat(r.out() + r.err()).contains("has drifted", "--allow-drift");
        assertThat(columns("items")).doesNotContain("price");
        CliRun allowed = deploy("deploy", "--approve", "--allow-drift");
        assertThat(allowed.exitCode()).as("post-deploy drift is reported: exit 1").isEqualTo(1);
        assertThat(columns("items")).contains("price");
    }

    @Test
    void anUnknownPlaceholderIsRefusedBeforeAnythingChanges() throws Exception {
        Files.writeString(tmp.resolve("cairn.yaml"), Files.readString(tmp.resolve("cairn.yaml"))
                .replace("/rollback/{previousVersion}", "/rollback/{previous_version}"));
        CliRun r = deploy("deploy", "--approve");
        assertThat(r.exitCode()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains("{previous_version}", "{previousVersion}", "Nothing was changed");
        assertThat(columns("items")).doesNotContain("price");
        assertThat(snapshots()).isEmpty();
        assertThat(app.requests()).isEmpty();
    }

    private List<String> snapshots() throws Exception {
        JsonNode list = JSON.readTree(deploy("snapshot", "list", "--json").out());
        List<String> ids = new ArrayList<>();
        list.get("snapshots").forEach(s -> ids.add(s.get("id").asText()));
        return ids;
    }

    private String database() {
        return db.jdbcUrl().replaceFirst("^jdbc:postgresql://[^/]+/", "").replaceFirst("\\?.*$", "");
    }

    private Connection maintenance() throws Exception {
        Properties p = new Properties();
        p.setProperty("user", db.user());
        return DriverManager.getConnection(db.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/postgres$1"), p);
    }

    private Connection connect() throws Exception {
        Properties p = new Properties();
        p.setProperty("user", db.user());
        return DriverManager.getConnection(db.jdbcUrl(), p);
    }

    private void sql(String statement) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private List<String> columns(String table) throws Exception {
        return strings("SELECT column_name FROM information_schema.columns WHERE table_name = '" + table
                + "' ORDER BY ordinal_position");
    }

    private boolean tableExists(String table) throws Exception {
        return !strings("SELECT 1 FROM pg_class WHERE relname = '" + table + "' AND relkind = 'r'").isEmpty();
    }

    private List<String> names() throws Exception {
        return strings("SELECT name FROM items ORDER BY id");
    }

    private List<String> strings(String query) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}
