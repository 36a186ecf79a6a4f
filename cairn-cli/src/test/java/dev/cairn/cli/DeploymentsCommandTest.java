package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.deploy.DeploymentLog;
import dev.cairn.deploy.DeploymentRecord;
import dev.cairn.deploy.StageRecord;
import dev.cairn.project.Project;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cairn deployments} lists what the deploy pipeline recorded in the environment's database. */
@Tag("db")
class DeploymentsCommandTest {
    static final Instant T0 = Instant.parse("2026-11-30T09:15:00Z");
    @TempDir
    Path tmp;
    Path project;
    ScratchDatabase db;
    String url;

    @BeforeEach
    void setUp() throws Exception {
        project = tmp.resolve("shop");
        CliRun.copyTree(Path.of("..", "examples", "shop"), project);
        db = DevDatabases.createDatabase();
        url = db.jdbcUrl() + "&user=" + db.user();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private CliRun cairn(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--dir";
        all[1] = project.toString();
        all[2] = "--url";
        all[3] = url;
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.inProcess(all);
    }

    private void record(DeploymentRecord... records) throws Exception {
        Project p = Project.load(project, Map.of());
        DeploymentLog log = DeploymentLog.beside(p.historyTable(p.environment("local", url)));
        try (Connection c = db.connect()) {
            log.create(c);
            for (DeploymentRecord r : records) {
                log.insert(c, r);
            }
        }
    }

    @Test
    void aDatabaseWithoutDeploymentsSaysSo() {
        CliRun text = cairn("deployments");
        assertThat(text.exitCode()).as(text.all()).isZero();
        assertThat(text.out()).contains("No deployments are recorded");

        CliRun json = cairn("deployments", "--json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.json().get("deployments")).isEmpty();
        assertThat(json.json().get("ok").asBoolean()).isTrue();
    }

    @Test
    void listsTheRecordedDeploymentsNewestFirst() throws Exception {
        DeploymentRecord ok = new DeploymentRecord("11111111-aaaa-4bbb-8ccc-000000000001", "staging", "4", "5",
                "0123456789abcdef", "ana@example.com", T0.minusSeconds(60), T0, T0.plusSeconds(42), DeploymentRecord.SUCCEEDED,
                null, List.of(new StageRecord("migrate", StageRecord.OK, T0, 1500, "1 migration applied"),
                        StageRecord.skipped("canary", "no canary configured")));
        DeploymentRecord failed = new DeploymentRecord("22222222-aaaa-4bbb-8ccc-000000000002", "production", "5", "6",
                "fedcba9876543210", null, null, T0.plusSeconds(3600), T0.plusSeconds(3700), DeploymentRecord.ROLLED_BACK,
                "canary", List.of(new StageRecord("canary", StageRecord.FAILED, T0.plusSeconds(3610), 9000,
                        "health at 50%: unhealthy")));
        record(ok, failed);

        CliRun json = cairn("deployments", "--json");
        assertThat(json.exitCode()).as(json.all()).isZero();
        JsonNode list = json.json().get("deployments");
        assertThat(list).hasSize(2);
        JsonNode newest = list.get(0);
        assertThat(newest.get("id").asText()).isEqualTo(failed.id());
        assertThat(newest.get("outcome").asText()).isEqualTo("rolled_back");
        assertThat(newest.get("failedStage").asText()).isEqualTo("canary");
        assertThat(newest.get("approver").isNull()).isTrue();
        assertThat(newest.get("stages").get(0).get("detail").asText()).isEqualTo("health at 50%: unhealthy");
        JsonNode older = list.get(1);
        assertThat(older.get("versionBefore").asText()).isEqualTo("4");
        assertThat(older.get("versionAfter").asText()).isEqualTo("5");
        assertThat(older.get("startedAt").asText()).isEqualTo("2026-11-30T09:15:00Z");
        assertThat(older.get("stages").get(1).get("outcome").asText()).isEqualTo("skipped");

        assertThat(cairn("deployments", "--limit", "1", "--json").json().get("deployments")).hasSize(1);

        CliRun text = cairn("deployments");
        assertThat(text.exitCode()).isZero();
        List<String> lines = text.out().lines().toList();
        assertThat(lines.get(0)).contains("ID", "WHEN (UTC)", "ENVIRONMENT", "VERSIONS", "OUTCOME", "FAILED STAGE", "APPROVER", "COMMIT");
        assertThat(lines.get(1)).contains("22222222", "2026-11-30 10:15", "production", "5 → 6", "rolled_back", "canary", "fedcba9");
        assertThat(lines.get(2)).contains("11111111", "2026-11-30 09:15", "staging", "4 → 5", "succeeded", "ana@example.com", "0123456");
    }

    @Test
    void aNegativeLimitIsAUsageError() {
        assertThat(cairn("deployments", "--limit", "-1").exitCode()).isEqualTo(2);
    }
}
