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
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lint wiring end to end: {@code cairn lint} (text, JSON, Markdown, exit codes, bad files), the gates of migrate and
 * deploy (refused with nothing applied, then applied with --allow or a lint-ignore), the check's lint of uncommitted
 * migrations and the CI report's lint section. The dangerous statement is a plain CREATE INDEX on an existing table.
 */
@Tag("db")
class LintGatesCliTest {
    static final String RULE = "require-concurrent-index-creation";
    static final String INDEX = "CREATE INDEX a_id_idx ON a (id);\n";

    @TempDir
    Path tmp;
    ScratchDatabase db;
    Path migrations;

    @BeforeEach
    void project() throws Exception {
        db = DevDatabases.createDatabase();
        String hostPortDb = db.jdbcUrl().replaceFirst("^jdbc:postgresql://", "").replaceFirst("\\?.*$", "");
        migrations = tmp.resolve("migrations");
        Files.createDirectories(migrations);
        Files.writeString(tmp.resolve("cairn.yaml"), """
                migrations: migrations
                environments:
                  staging:
                    url: jdbc:postgresql://%s
                    user: %s
                """.formatted(hostPortDb, db.user()));
        Files.writeString(migrations.resolve("V1__a.sql"), "CREATE TABLE a (id bigint PRIMARY KEY, name text);\n"
                + "CREATE INDEX a_name_idx ON a (name);\n");
        assertThat(cairn("sum").exitCode()).isZero();
        CliRun migrate = cairn("--env", "staging", "migrate");
        assertThat(migrate.exitCode()).as("an index on a table created in the same batch is fine: " + migrate.all()).isZero();
    }

    @AfterEach
    void drop() {
        db.close();
    }

    private CliRun cairn(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--dir";
        all[1] = tmp.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.inProcess(all);
    }

    private void addIndexMigration(String content) throws Exception {
        Files.writeString(migrations.resolve("V2__index_a.sql"), content);
        assertThat(cairn("sum").exitCode()).isZero();
    }

    private Object query(String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }

    private long historyRows() throws Exception {
        return ((Number) query("SELECT count(*) FROM cairn_schema_history")).longValue();
    }

    private boolean indexExists() throws Exception {
        return query("SELECT to_regclass('public.a_id_idx')::text") != null;
    }

    @Test
    void lintPrintsEachFindingWithItsSafeAlternativeAndExitsOneOnAnError() throws Exception {
        addIndexMigration(INDEX);
        CliRun r = cairn("lint", "--static", migrations.resolve("V2__index_a.sql").toString());
        assertThat(r.exitCode()).as(r.all()).isEqualTo(1);
        assertThat(r.out()).contains("V2__index_a.sql:1  error  " + RULE + "  CREATE INDEX on")
                .contains("  safe: CREATE INDEX CONCURRENTLY a_id_idx ON a (id);")
                .contains("1 error").contains("docs/lint/<rule>.md");

        CliRun json = cairn("lint", "--static", "--json", migrations.resolve("V2__index_a.sql").toString());
        assertThat(json.exitCode()).isEqualTo(1);
        JsonNode doc = json.json();
        assertThat(doc.get("ok").asBoolean()).isFalse();
        assertThat(doc.get("scripts").get(0).asText()).isEqualTo("V2__index_a.sql");
        assertThat(doc.get("counts").get("errors").asInt()).isEqualTo(1);
        JsonNode f = doc.get("findings").get(0);
        assertThat(f.get("rule").asText()).isEqualTo(RULE);
        assertThat(f.get("severity").asText()).isEqualTo("error");
        assertThat(f.get("layer").asText()).isEqualTo("static");
        assertThat(f.get("line").asInt()).isEqualTo(1);
        assertThat(f.get("blocking").asBoolean()).isTrue();

        Path md = tmp.resolve("out/lint.md");
        assertThat(cairn("lint", "--static", "--markdown", md.toString(), migrations.resolve("V2__index_a.sql").toString())
                .exitCode()).isEqualTo(1);
        assertThat(Files.readString(md)).contains("| `V2__index_a.sql:1` | error | [`" + RULE + "`](docs/lint/" + RULE + ".md)")
                .contains("`CREATE INDEX CONCURRENTLY a_id_idx ON a (id);");
    }

    @Test
    void byDefaultTheMigrationsAlsoRunOnAScratchDatabaseAndTheTargetsSizesRankTheFindings() throws Exception {
        addIndexMigration(INDEX);
        CliRun r = cairn("--env", "staging", "--json", "lint");
        assertThat(r.exitCode()).as(r.all()).isEqualTo(1);
        JsonNode doc = r.json();
        assertThat(doc.get("basis").asText()).isEqualTo("not yet applied to staging");
        assertThat(doc.get("layers").toString()).isEqualTo("[\"static\",\"executed\"]");
        assertThat(doc.get("observations").get(0).get("file").asText()).isEqualTo("V2__index_a.sql");
        assertThat(doc.get("observations").get(0).get("locks").toString()).contains("public.a");
        java.util.List<String> layers = new java.util.ArrayList<>();
        doc.get("findings").forEach(f -> layers.add(f.get("layer").asText() + " " + f.get("rule").asText()));
        assertThat(layers).contains("static " + RULE).anyMatch(l -> l.startsWith("executed "));

        CliRun plan = cairn("--env", "staging", "--json", "deploy", "--plan");
        JsonNode pending = plan.json().get("checklist").get("pending").get(0);
        assertThat(pending.get("script").asText()).isEqualTo("V2__index_a.sql");
        assertThat(pending.get("findings").get(0).get("rule").asText()).isEqualTo(RULE);
        assertThat(plan.json().get("checklist").get("lintLayers").toString()).contains("executed");
    }

    @Test
    void aLintIgnoreExcusesTheStatementAndTheCommandPasses() throws Exception {
        addIndexMigration("-- cairn:lint-ignore " + RULE + " table a holds ten rows\n" + INDEX);
        CliRun r = cairn("--env", "staging", "lint", "--static");
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.out()).contains("Linted 1 migration(s) not yet applied to staging")
                .contains("  excused: table a holds ten rows").contains("1 excused");
    }

    @Test
    void aMissingFileOrOneThatIsNotAMigrationIsAUsageError() throws Exception {
        CliRun missing = cairn("lint", "--static", tmp.resolve("nope/V9__x.sql").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope/V9__x.sql: no such file");
        Path notes = tmp.resolve("notes.sql");
        Files.writeString(notes, "SELECT 1;\n");
        CliRun bad = cairn("lint", "--static", notes.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("Cannot lint " + notes).contains("not a migration name");
    }

    @Test
    void migrateRefusesABlockingFindingAppliesNothingThenAppliesItWithAllow() throws Exception {
        addIndexMigration(INDEX);
        long before = historyRows();
        Path events = tmp.resolve("events.jsonl");

        CliRun dry = cairn("--env", "staging", "migrate", "--dry-run");
        assertThat(dry.exitCode()).as(dry.all()).isZero();
        assertThat(dry.out()).contains("would be refused: 1 blocking error(s)").contains("V2__index_a.sql:1  error  " + RULE);

        CliRun refused = cairn("--env", "staging", "--events", events.toString(), "migrate");
        assertThat(refused.exitCode()).as(refused.all()).isEqualTo(1);
        assertThat(refused.err()).contains("Migrate refused: 1 lint error(s)").contains("nothing was applied")
                .contains("V2__index_a.sql:1: " + RULE).contains("Safe alternative: CREATE INDEX CONCURRENTLY")
                .contains("-- cairn:lint-ignore " + RULE + " <reason>").contains("--allow " + RULE);
        assertThat(historyRows()).isEqualTo(before);
        assertThat(indexExists()).isFalse();
        assertThat(Files.readString(events)).contains("\"type\":\"lint.blocked\"").contains("\"rule\":\"" + RULE + "\"");

        CliRun json = cairn("--env", "staging", "--json", "migrate");
        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(json.json().get("lint").get(0).get("rule").asText()).isEqualTo(RULE);
        assertThat(json.json().get("failure").get("script").asText()).isEqualTo("V2__index_a.sql");

        CliRun typo = cairn("--env", "staging", "migrate", "--allow", "require-concurrent-index-creatoin");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("no lint rule has that ID (did you mean " + RULE + "?)");

        CliRun allowed = cairn("--env", "staging", "migrate", "--allow", "ban-drop-table," + RULE);
        assertThat(allowed.exitCode()).as(allowed.all()).isZero();
        assertThat(historyRows()).isEqualTo(before + 1);
        assertThat(indexExists()).isTrue();
    }

    @Test
    void deployRefusesBeforeAnyStageThenDeploysWithAllow() throws Exception {
        addIndexMigration(INDEX);
        long before = historyRows();
        CliRun plan = cairn("--env", "staging", "deploy", "--plan");
        assertThat(plan.out()).as(plan.all()).contains("V2__index_a.sql:1  error  " + RULE)
                .contains("safe: CREATE INDEX CONCURRENTLY");

        CliRun refused = cairn("--env", "staging", "deploy");
        assertThat(refused.exitCode()).as(refused.all()).isEqualTo(1);
        assertThat(refused.all()).contains("refused, nothing changed").contains("lint: V2__index_a.sql:1: " + RULE)
                .contains("--allow " + RULE);
        assertThat(historyRows()).isEqualTo(before);
        assertThat(indexExists()).isFalse();

        CliRun deployed = cairn("--env", "staging", "deploy", "--allow", RULE);
        assertThat(deployed.exitCode()).as(deployed.all()).isZero();
        assertThat(indexExists()).isTrue();
    }

    @Test
    void checkFailsOnANewMigrationWithAnErrorAndPassesWithALintIgnore() throws Exception {
        GitRepo.git(tmp, "init", "-q");
        GitRepo.git(tmp, "add", "cairn.yaml", "migrations");
        GitRepo.git(tmp, "commit", "-q", "-m", "V1");
        CliRun clean = cairn("check");
        assertThat(clean.exitCode()).as(clean.all()).isZero();
        assertThat(clean.out()).contains("New migrations pass lint: No migration is new since the last commit.");

        addIndexMigration(INDEX);
        CliRun failed = cairn("check");
        assertThat(failed.exitCode()).as(failed.all()).isEqualTo(1);
        assertThat(failed.out()).contains("FAIL  New migrations pass lint: 1 new migration(s) linted: 1 error.")
                .contains(RULE + "  V2__index_a.sql:1: " + RULE).contains("Safe alternative: CREATE INDEX CONCURRENTLY")
                .contains("-- cairn:lint-ignore " + RULE);

        GitRepo.git(tmp, "add", "migrations");
        CliRun staged = cairn("check", "--staged");
        assertThat(staged.exitCode()).as("the hook's check judges the index: " + staged.all()).isEqualTo(1);

        addIndexMigration("-- cairn:lint-ignore " + RULE + " table a holds ten rows\n" + INDEX);
        CliRun excused = cairn("check");
        assertThat(excused.exitCode()).as(excused.all()).isZero();
        assertThat(excused.out()).contains("ok    New migrations pass lint: 1 new migration(s) linted: 1 excused.");
    }

    @Test
    void theCiReportHasALintSectionWhoseErrorsFailIt() throws Exception {
        addIndexMigration(INDEX);
        Path junit = tmp.resolve("junit.xml");
        CliRun r = CliRun.inProcess(Map.of(), "--dir", tmp.toString(), "--env", "staging", "ci", "report", "--junit",
                junit.toString());
        assertThat(r.exitCode()).as(r.all()).isEqualTo(1);
        assertThat(r.out()).contains("Lint").contains("1 pending migration(s) linted").contains("V2__index_a.sql:1 — error `" + RULE + "`")
                .contains(RULE);
        assertThat(Files.readString(junit)).contains("testsuite name=\"cairn.lint\"").contains("<failure");
    }
}
