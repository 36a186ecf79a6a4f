package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cairn snapshot with provider template on a scratch database: list --json, confirmation rules, missing config. */
@Tag("db")
class SnapshotCommandTest {
    @TempDir
    Path project;

    private CliRun cairn(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--dir";
        all[1] = project.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.inProcess(all);
    }

    private static void sql(ScratchDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(ScratchDatabase db) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) AS n FROM t")) {
            rs.next();
            return rs.getLong("n");
        }
    }

    private void config(ScratchDatabase db) throws Exception {
        Files.createDirectories(project.resolve("migrations"));
        Files.createDirectories(project.resolve("schema"));
        Files.writeString(project.resolve("cairn.yaml"), """
                environments:
                  prod:
                    url: %s
                    snapshot:
                      provider: template
                      keep: 2
                  staging:
                    url: %s
                """.formatted(db.jdbcUrl(), db.jdbcUrl()));
    }

    @Test
    void createListAndRestoreOnlyWithConfirmation() throws Exception {
        try (ScratchDatabase db = DevDatabases.createDatabase()) {
            config(db);
            sql(db, "CREATE TABLE t (id int); INSERT INTO t VALUES (1), (2)");

            CliRun created = cairn("--env", "prod", "snapshot", "create", "--label", "by hand");
            assertThat(created.exitCode()).as(created.all()).isZero();
            assertThat(created.out()).contains("Snapshot " + db.name() + "_snap_", "taken (template)");

            CliRun listed = cairn("--env", "prod", "--json", "snapshot", "list");
            assertThat(listed.exitCode()).as(listed.all()).isZero();
            JsonNode doc = listed.json();
            assertThat(doc.path("ok").asBoolean()).isTrue();
            assertThat(doc.path("environment").asText()).isEqualTo("prod");
            assertThat(doc.path("snapshots")).hasSize(1);
            JsonNode s = doc.path("snapshots").get(0);
            String id = s.path("id").asText();
            assertThat(id).startsWith(db.name() + "_snap_");
            assertThat(s.path("provider").asText()).isEqualTo("template");
            assertThat(Instant.parse(s.path("createdAt").asText())).isBefore(Instant.now().plusSeconds(1));
            assertThat(s.path("location").asText()).isEqualTo(id);
            assertThat(cairn("--env", "prod", "snapshot", "list").out()).contains("ID", "CREATED", id, " UTC");

            sql(db, "INSERT INTO t VALUES (3)");
            CliRun refused = cairn("--env", "prod", "snapshot", "restore", id);
            assertThat(refused.exitCode()).as(refused.all()).isEqualTo(2);
            assertThat(refused.err()).contains("needs confirmation", "--yes", "Nothing was changed", "everything written"
                    + " since then is lost");
            CliRun refusedJson = cairn("--env", "prod", "--json", "snapshot", "restore", id);
            assertThat(refusedJson.exitCode()).isEqualTo(2);
            assertThat(refusedJson.json().path("ok").asBoolean()).isFalse();
            assertThat(count(db)).as("nothing changed").isEqualTo(3);

            CliRun unknown = cairn("--env", "prod", "snapshot", "restore", "nope", "--yes");
            assertThat(unknown.exitCode()).isEqualTo(2);
            assertThat(unknown.err()).contains("No snapshot 'nope'", id);
            assertThat(count(db)).isEqualTo(3);

            CliRun restored = cairn("--env", "prod", "--json", "snapshot", "restore", id, "--yes");
            assertThat(restored.exitCode()).as(restored.all()).isZero();
            assertThat(restored.json().path("restored").asText()).isEqualTo(id);
            assertThat(count(db)).isEqualTo(2);

            CliRun deleteRefused = cairn("--env", "prod", "snapshot", "delete", id);
            assertThat(deleteRefused.exitCode()).isEqualTo(2);
            assertThat(cairn("--env", "prod", "--json", "snapshot", "list").json().path("snapshots")).hasSize(1);
            CliRun deleted = cairn("--env", "prod", "snapshot", "delete", id, "-y");
            assertThat(deleted.exitCode()).as(deleted.all()).isZero();
            assertThat(deleted.out()).contains("Deleted snapshot " + id);
            assertThat(cairn("--env", "prod", "--json", "snapshot", "list").json().path("snapshots")).isEmpty();
        }
    }

    @Test
    void anEnvironmentWithoutSnapshotSettingsIsAUsageError() throws Exception {
        try (ScratchDatabase db = DevDatabases.createDatabase()) {
            config(db);
            CliRun r = cairn("--env", "staging", "snapshot", "list");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("Environment 'staging' has no snapshot: section in",
                    project.resolve("cairn.yaml").toString(), "provider: template");
            assertThat(cairn("snapshot").exitCode()).as("a subcommand is required").isEqualTo(2);
        }
    }
}
