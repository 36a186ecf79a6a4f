package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands end to end, in-process, against a scratch database given with --url. */
@Tag("db")
class CliTest {
    @TempDir
    Path tmp;
    Path project;
    ScratchDatabase db;

    @BeforeEach
    void setUp() throws Exception {
        project = tmp.resolve("shop");
        CliRun.copyTree(Path.of("..", "examples", "shop"), project);
        db = DevDatabases.createDatabase();
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
        all[3] = db.jdbcUrl() + "&user=" + db.user();
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.inProcess(all);
    }

    @Test
    void migrateStatusHistoryAndValidateTheExample() {
        CliRun migrate = cairn("migrate", "--json");
        assertThat(migrate.exitCode()).as(migrate.all()).isZero();
        JsonNode doc = migrate.json();
        assertThat(doc.get("ok").asBoolean()).isTrue();
        assertThat(doc.get("applied")).hasSize(6);
        assertThat(doc.get("notices")).as("the example records its files in cairn.sum").isEmpty();

        JsonNode status = cairn("status", "--json").json();
        assertThat(status.get("current").asText()).isEqualTo("5");
        assertThat(status.get("applied")).hasSize(5);
        assertThat(status.get("pending")).isEmpty();

        CliRun history = cairn("history", "--limit", "2");
        assertThat(history.exitCode()).isZero();
        assertThat(history.out()).contains("product search").contains("index orders by user").doesNotContain("create users");
        assertThat(cairn("history", "--json").json().get("history").get(0).get("type").asText()).isEqualTo("repeatable");

        CliRun human = cairn("migrate");
        assertThat(human.exitCode()).isZero();
        assertThat(human.out()).contains("Nothing to migrate").contains("5 applied, 0 pending, 0 failed");

        assertThat(cairn("validate").exitCode()).isZero();
    }

    @Test
    void progressLinesNameEachMigrationWithItsPositionAndTime() throws Exception {
        CliRun r = cairn("migrate");
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.err()).contains("  [1/6] V1  create users …").contains("  [6/6] R  product search …")
                .contains("outside a transaction").containsPattern("applied  \\[1/6\\] V1__create_users\\.sql  \\(\\d+ ms\\)");
        assertThat(r.err().lines().filter(l -> l.contains("[") && l.contains("…")).count()).isEqualTo(6);

        Files.writeString(project.resolve("migrations/V6__more.sql"), "CREATE TABLE more (id int);\n");
        assertThat(cairn("sum").exitCode()).isZero();
        CliRun json = cairn("migrate", "--json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.err()).as("nothing extra in JSON mode").doesNotContain("[1/1]").doesNotContain("…");
    }

    @Test
    void outputNamesTheUrlsDatabaseNotTheEnvironment() {
        String database = "/" + db.name();
        CliRun migrate = cairn("migrate");
        assertThat(migrate.exitCode()).isZero();
        assertThat(migrate.out()).contains("Applied 6 migration(s) to postgresql://127.0.0.1:").contains(database)
                .doesNotContain("to local").doesNotContain("local (");
        CliRun status = cairn("status");
        assertThat(status.out()).as("no blank first line").doesNotStartWith("\n").startsWith("Database");
        assertThat(status.out()).contains(database).doesNotContain("local");
        assertThat(cairn("migrate").out()).contains("Nothing to migrate: postgresql://127.0.0.1:");
    }

    @Test
    void migrateFailureDocumentHasOneExitCode() throws Exception {
        Files.writeString(project.resolve("migrations/V6__broken.sql"), "SELECT 1/0;\n");
        assertThat(cairn("sum").exitCode()).isZero();
        CliRun r = cairn("migrate", "--json");
        assertThat(r.exitCode()).isEqualTo(3);
        JsonNode doc = r.json();
        assertThat(doc.get("exitCode").isInt()).isTrue();
        assertThat(doc.get("failure").get("exitCode").isInt()).as(doc.toString()).isTrue();
        assertThat(doc.get("failure").get("exitCode").asInt()).isEqualTo(3).isEqualTo(doc.get("exitCode").asInt());
        assertThat(doc.get("failure").get("script").asText()).isEqualTo("V6__broken.sql");
    }

    @Test
    void handEditIsCaughtByValidateAndMigrate() throws Exception {
        assertThat(cairn("migrate").exitCode()).isZero();
        Path v1 = project.resolve("migrations/V1__create_users.sql");
        Files.writeString(v1, Files.readString(v1).replace("'customer', 'staff'", "'customer', 'staff', 'guest'"));
        CliRun validate = cairn("validate");
        assertThat(validate.exitCode()).isEqualTo(1);
        // One problem per file: the applied file's edit, not also "changed since cairn.sum" (whose `cairn sum` is a dead end).
        assertThat(validate.out()).contains("V1__create_users.sql").contains("checksum-mismatch").doesNotContain("sum-edited");
        CliRun migrate = cairn("migrate", "--json");
        assertThat(migrate.exitCode()).isEqualTo(1);
        assertThat(migrate.json().get("failure").get("message").asText()).contains("V1__create_users.sql");
    }

    @Test
    void failingMigrationExitsThreeWithFileLineAndColumn() throws Exception {
        Files.writeString(project.resolve("migrations/V6__broken.sql"), "ALTER TABLE users\n  ADD COLUMN age integr;\n");
        CliRun refused = cairn("migrate");
        assertThat(refused.exitCode()).as("a file added by hand is refused until recorded").isEqualTo(1);
        assertThat(refused.err()).contains("V6__broken.sql").contains("cairn sum");
        CliRun sum = cairn("sum");
        assertThat(sum.out()).contains("added  V6__broken.sql");
        CliRun r = cairn("migrate");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("V6__broken.sql:2:").contains("integr").contains("rolled back").doesNotContain("at dev.cairn");
    }

    @Test
    void dryRunPrintsSqlAndAppliesNothing() {
        CliRun r = cairn("migrate", "--dry-run");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("CREATE TYPE user_role").contains("outside a transaction");
        assertThat(cairn("status", "--json").json().get("pending")).hasSize(6);
    }

    @Test
    void targetStopsAtTheVersion() {
        assertThat(cairn("migrate", "--target", "2").exitCode()).isZero();
        assertThat(cairn("status", "--json").json().get("current").asText()).isEqualTo("2");
    }

    @Test
    void baselineAndRepairNeedsConfirmationInScripts() {
        assertThat(cairn("baseline", "--version", "3").exitCode()).isZero();
        JsonNode status = cairn("status", "--json").json();
        assertThat(status.get("baseline").asText()).isEqualTo("3");
        assertThat(status.get("pending")).hasSize(3);
        // The baseline claimed versions 1-3 exist, but this database is empty: V4's view has no orders table.
        CliRun failed = cairn("migrate");
        assertThat(failed.exitCode()).isEqualTo(3);
        assertThat(failed.err()).contains("V4__order_totals_view.sql").contains("orders");
        CliRun unconfirmed = cairn("repair");
        assertThat(unconfirmed.exitCode()).isEqualTo(2);
        assertThat(unconfirmed.err()).contains("--yes").contains("V4__order_totals_view.sql");
        assertThat(cairn("status", "--json").json().get("failed")).hasSize(1);
        CliRun repaired = cairn("repair", "--yes", "--json");
        assertThat(repaired.exitCode()).isZero();
        assertThat(repaired.json().get("changes").toString()).contains("V4__order_totals_view.sql");
        assertThat(cairn("status", "--json").json().get("failed")).isEmpty();
    }

    @Test
    void usageAndConfigurationErrorsExitTwoWithAClearParagraph() throws Exception {
        CliRun badFlag = cairn("migrate", "--dryrun");
        assertThat(badFlag.exitCode()).isEqualTo(2);
        assertThat(badFlag.err()).contains("--dryrun").contains("cairn migrate --help");

        Files.writeString(project.resolve("cairn.yaml"), "migrations: migrations\nenvironments:\n  local:\n    url: embedded\n    lockTimout: 5s\n");
        CliRun badConfig = cairn("status");
        assertThat(badConfig.exitCode()).isEqualTo(2);
        assertThat(badConfig.err()).contains("cairn.yaml:5").contains("lockTimeout").doesNotContain("Exception");

        CliRun json = cairn("status", "--json");
        assertThat(json.exitCode()).isEqualTo(2);
        assertThat(json.json().get("exitCode").asInt()).isEqualTo(2);
    }

    @Test
    void unreachableDatabaseExitsThree() {
        CliRun r = CliRun.inProcess("--dir", project.toString(), "--url", "jdbc:postgresql://127.0.0.1:1/nowhere", "status");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("127.0.0.1:1/nowhere").contains("running and reachable");
    }

    @Test
    void initScaffoldsAProjectAndRefusesToOverwrite() throws Exception {
        Path fresh = tmp.resolve("fresh");
        CliRun init = CliRun.inProcess("--dir", fresh.toString(), "init");
        assertThat(init.exitCode()).as(init.all()).isZero();
        assertThat(fresh.resolve("cairn.yaml")).exists();
        assertThat(fresh.resolve("migrations")).isDirectory();
        assertThat(Files.readString(fresh.resolve(".gitignore"))).contains(".cairn/");
        assertThat(CliRun.inProcess("--dir", fresh.toString(), "init").exitCode()).isEqualTo(2);
    }

    @Test
    void eventsFileGetsOneJsonLinePerEvent() throws Exception {
        Path events = tmp.resolve("events.jsonl");
        assertThat(cairn("--events", events.toString(), "migrate").exitCode()).isZero();
        var lines = Files.readAllLines(events);
        assertThat(lines.get(0)).contains("\"type\":\"run.started\"");
        assertThat(lines.get(lines.size() - 1)).contains("\"type\":\"run.finished\"").contains("\"status\":\"ok\"");
        assertThat(lines.stream().filter(l -> l.contains("migration.applied")).count()).isEqualTo(6);
    }

    @Test
    void helpListsEveryCommand() {
        CliRun help = CliRun.inProcess(Map.of(), "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("migrate", "status", "history", "validate", "baseline", "repair", "sum", "local", "init");
    }
}
