package dev.cairn.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.config.Redactor;
import dev.cairn.migrate.HistoryTable;
import dev.cairn.sql.Identifiers;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code cairn_deployments} table, in the history table's schema: one row per {@code cairn deploy} run, its
 * stages as a jsonb array. Written by the deploy pipeline on the environment's database, read by
 * {@code cairn deployments}.
 */
public final class DeploymentLog {
    public static final String TABLE = dev.cairn.dialect.IntrospectOptions.DEPLOYMENTS_TABLE;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String schema;

    /** @param schema where the table lives: the history table's schema */
    public DeploymentLog(String schema) {
        this.schema = schema;
    }

    /** Beside the given history table. */
    public static DeploymentLog beside(HistoryTable history) {
        return new DeploymentLog(history.schema());
    }

    public String qualifiedName() {
        return Identifiers.quote(schema) + "." + Identifiers.quote(TABLE);
    }

    /**
     * Creates the schema and table when missing; safe to call on every deploy. Two deploys creating it at the same
     * moment can race inside IF NOT EXISTS (a unique violation on the catalog): the loser finds the table made.
     */
    public void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(schema));
            s.execute("CREATE TABLE IF NOT EXISTS " + qualifiedName() + " ("
                    + " id text PRIMARY KEY,"
                    + " environment text NOT NULL,"
                    + " version_before text,"
                    + " version_after text,"
                    + " commit_sha text,"
                    + " approver text,"
                    + " approved_at timestamptz,"
                    + " started_at timestamptz NOT NULL,"
                    + " finished_at timestamptz,"
                    + " outcome text NOT NULL,"
                    + " failed_stage text,"
                    + " stages jsonb NOT NULL DEFAULT '[]')");
        } catch (SQLException e) {
            boolean raced = "23505".equals(e.getSQLState()) || "42P07".equals(e.getSQLState());
            if (!raced || !c.getAutoCommit() || !exists(c)) {
                throw e;
            }
        }
    }

    /** Inserts the record; text fields and stage details are redacted first (a secret must not reach the table). */
    public void insert(Connection c, DeploymentRecord r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + qualifiedName() + " (id, environment,"
                + " version_before, version_after, commit_sha, approver, approved_at, started_at, finished_at, outcome,"
                + " failed_stage, stages) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)")) {
            ps.setString(1, r.id());
            ps.setString(2, r.environment());
            ps.setString(3, r.versionBefore());
            ps.setString(4, r.versionAfter());
            ps.setString(5, r.commit());
            ps.setString(6, Redactor.redactAll(r.approver()));
            ps.setTimestamp(7, timestamp(r.approvedAt()));
            ps.setTimestamp(8, timestamp(r.startedAt() == null ? Instant.now() : r.startedAt()));
            ps.setTimestamp(9, timestamp(r.finishedAt()));
            ps.setString(10, r.outcome());
            ps.setString(11, r.failedStage());
            ps.setString(12, stagesJson(r.stages()));
            ps.executeUpdate();
        }
    }

    /**
     * The newest {@code limit} records (0: all), newest first, of one environment or (null) all; empty when the
     * table does not exist yet.
     */
    public List<DeploymentRecord> list(Connection c, String environmentOrNull, int limit) throws SQLException {
        if (!exists(c)) {
            return List.of();
        }
        String sql = "SELECT id, environment, version_before, version_after, commit_sha, approver, approved_at,"
                + " started_at, finished_at, outcome, failed_stage, stages::text AS stages FROM " + qualifiedName()
                + (environmentOrNull == null ? "" : " WHERE environment = ?")
                + " ORDER BY started_at DESC, id" + (limit > 0 ? " LIMIT " + limit : "");
        List<DeploymentRecord> records = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (environmentOrNull != null) {
                ps.setString(1, environmentOrNull);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    records.add(new DeploymentRecord(rs.getString("id"), rs.getString("environment"),
                            rs.getString("version_before"), rs.getString("version_after"), rs.getString("commit_sha"),
                            rs.getString("approver"), instant(rs.getTimestamp("approved_at")),
                            instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("finished_at")),
                            rs.getString("outcome"), rs.getString("failed_stage"), stages(rs.getString("stages"))));
                }
            }
        }
        return records;
    }

    private boolean exists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, qualifiedName());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    static String stagesJson(List<StageRecord> stages) {
        ArrayNode array = JSON.createArrayNode();
        for (StageRecord s : stages) {
            ObjectNode o = array.addObject();
            o.put("name", s.name());
            o.put("outcome", s.outcome());
            o.put("startedAt", s.startedAt() == null ? null : s.startedAt().toString());
            o.put("durationMs", s.durationMs());
            o.put("detail", Redactor.redactAll(s.detail()));
        }
        return array.toString();
    }

    static List<StageRecord> stages(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            List<StageRecord> stages = new ArrayList<>();
            for (JsonNode o : JSON.readTree(json)) {
                stages.add(new StageRecord(text(o, "name"), text(o, "outcome"),
                        o.hasNonNull("startedAt") ? Instant.parse(o.get("startedAt").asText()) : null,
                        o.path("durationMs").asLong(), text(o, "detail")));
            }
            return stages;
        } catch (IOException | RuntimeException e) {
            // A row edited by hand: the record is still listed, without stages.
            return List.of();
        }
    }

    private static String text(JsonNode o, String field) {
        return o.hasNonNull(field) ? o.get(field).asText() : null;
    }

    private static Timestamp timestamp(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
