package dev.cairn.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.config.Redactor;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.migrate.HistoryTable;
import dev.cairn.testing.DatabaseTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@DatabaseTest
class DeploymentLogTest {
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    ScratchDatabase db;
    Connection c;
    final DeploymentLog log = DeploymentLog.beside(new HistoryTable("ops", HistoryTable.DEFAULT_NAME));

    @BeforeEach
    void database() throws Exception {
        db = DevDatabases.createDatabase();
        c = db.connect();
    }

    @AfterEach
    void drop() throws Exception {
        c.close();
        db.close();
    }

    private static DeploymentRecord record(String env, Instant startedAt, String outcome, String failedStage) {
        List<StageRecord> stages = List.of(
                new StageRecord("migrate", StageRecord.OK, startedAt, 1200, "2 migrations applied"),
                new StageRecord("canary", failedStage == null ? StageRecord.OK : StageRecord.FAILED, startedAt.plusSeconds(2),
                        3400, failedStage == null ? null : "health at 50%: unhealthy"),
                StageRecord.skipped("snapshot", "no snapshot configured"));
        return new DeploymentRecord(UUID.randomUUID().toString(), env, "4", "5", "0123456789abcdef", "ana@example.com",
                startedAt.minusSeconds(30), startedAt, startedAt.plusSeconds(9), outcome, failedStage, stages);
    }

    @Test
    void listingBeforeTheTableExistsGivesNothing() throws Exception {
        assertThat(log.list(c, null, 0)).isEmpty();
        assertThat(log.list(c, "production", 5)).isEmpty();
    }

    @Test
    void recordsRoundTripNewestFirstByEnvironmentAndLimit() throws Exception {
        log.create(c);
        log.create(c); // every deploy calls it
        DeploymentRecord first = record("staging", T0, DeploymentRecord.SUCCEEDED, null);
        DeploymentRecord second = record("production", T0.plusSeconds(60), DeploymentRecord.ROLLED_BACK, "canary");
        DeploymentRecord third = record("staging", T0.plusSeconds(120), DeploymentRecord.FAILED, "canary");
        for (DeploymentRecord r : List.of(first, second, third)) {
            log.insert(c, r);
        }

        assertThat(log.list(c, null, 0)).containsExactly(third, second, first);
        assertThat(log.list(c, "staging", 0)).containsExactly(third, first);
        assertThat(log.list(c, null, 2)).containsExactly(third, second);
        assertThat(log.list(c, "nowhere", 0)).isEmpty();
        assertThat(second.stages().get(2).startedAt()).isNull();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT jsonb_typeof(stages) AS t, stages->1->>'outcome' AS o FROM ops.cairn_deployments WHERE id = '"
                        + second.id() + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("t")).isEqualTo("array");
            assertThat(rs.getString("o")).isEqualTo("failed");
        }
    }

    @Test
    void secretsInDetailsAreNotStored() throws Exception {
        log.create(c);
        Redactor.register("deploy-token-77aa");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        DeploymentRecord r = new DeploymentRecord(UUID.randomUUID().toString(), "staging", null, "1", null, null, null,
                now, now, DeploymentRecord.FAILED, "app", List.of(new StageRecord("app", StageRecord.FAILED, now, 5,
                        "curl -H 'X-Token: deploy-token-77aa' postgresql://u:pw-123456@db/app failed")));

        log.insert(c, r);

        String detail = log.list(c, null, 0).get(0).stages().get(0).detail();
        assertThat(detail).doesNotContain("deploy-token-77aa").doesNotContain("pw-123456").contains("****");
    }
}
