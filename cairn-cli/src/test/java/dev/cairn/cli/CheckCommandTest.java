package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cairn check: offline, from the work tree or (--staged) the git index. */
class CheckCommandTest {
    @TempDir
    Path tmp;
    Path repo;
    Path project;

    @BeforeEach
    void setUp() throws Exception {
        repo = tmp.resolve("repo");
        project = repo.resolve("db");
        GitRepo.init(repo);
        GitRepo.shopWithSnapshot(project);
        GitRepo.commitAll(repo, "shop");
    }

    private CliRun cairn(String... args) {
        List<String> all = new ArrayList<>(List.of("--dir", project.toString()));
        all.addAll(List.of(args));
        return CliRun.inProcess(all.toArray(String[]::new));
    }

    private void append(String file, String text) throws Exception {
        Path p = project.resolve(file);
        Files.writeString(p, Files.readString(p) + text);
    }

    private List<String> codes(CliRun r) {
        List<String> codes = new ArrayList<>();
        r.json().get("problems").forEach(p -> codes.add(p.get("code").asText() + " " + p.get("subject").asText()));
        return codes;
    }

    @Test
    void cleanProjectPassesWithStableJson() {
        CliRun r = cairn("check");
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.out()).contains("Check passed (work tree)").contains("3 schema file(s) match");

        CliRun json = cairn("check", "--json");
        assertThat(json.exitCode()).isZero();
        JsonNode doc = json.json();
        assertThat(doc.get("ok").asBoolean()).isTrue();
        assertThat(doc.get("source").asText()).isEqualTo("work tree");
        assertThat(doc.get("checks")).hasSize(4);
        List<String> ids = new ArrayList<>();
        doc.get("checks").forEach(c -> {
            ids.add(c.get("id").asText());
            assertThat(c.get("status").asText()).isEqualTo("passed");
            assertThat(c.has("title") && c.has("summary") && c.get("problems").isArray()).isTrue();
        });
        assertThat(ids).containsExactly("naming", "sum", "schema", "lint");
        assertThat(doc.get("problems")).isEmpty();
        assertThat(doc.get("notices").isArray()).isTrue();
    }

    @Test
    void exampleWithoutSnapshotPassesAndSaysTheSchemaWasNotCompared() throws Exception {
        Path plain = tmp.resolve("plain");
        CliRun.copyTree(Path.of("..", "examples", "shop"), plain);
        CliRun r = CliRun.inProcess("--dir", plain.toString(), "check", "--json");
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.json().get("checks").get(2).get("status").asText()).isEqualTo("skipped");
    }

    @Test
    void eachHandEditOfTheMigrationsIsNamed() throws Exception {
        append("migrations/V2__create_products.sql", "\nCREATE INDEX products_name ON products (name);\n");
        Files.writeString(project.resolve("migrations/V6__by_hand.sql"), "CREATE TABLE by_hand (id int);\n");
        Files.delete(project.resolve("migrations/V4__order_totals_view.sql"));
        CliRun r = cairn("check", "--json");
        assertThat(r.exitCode()).as(r.all()).isEqualTo(1);
        assertThat(codes(r)).contains("sum-edited V2__create_products.sql", "sum-added V6__by_hand.sql",
                "sum-removed V4__order_totals_view.sql");
        CliRun text = cairn("check");
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).contains("V2__create_products.sql changed since cairn.sum recorded it")
                .contains("V6__by_hand.sql is not in cairn.sum").contains("V4__order_totals_view.sql is listed in cairn.sum");
    }

    @Test
    void missingSumFileIsAProblem() throws Exception {
        Files.delete(project.resolve("migrations/cairn.sum"));
        CliRun r = cairn("check", "--json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(codes(r)).containsExactly("sum-missing cairn.sum");
    }

    @Test
    void schemaChangeWithoutGenerateIsReported() throws Exception {
        append("schema/02_tables.sql", "\nCREATE TABLE wishlist (id bigint PRIMARY KEY);\n");
        CliRun r = cairn("check");
        assertThat(r.exitCode()).as(r.all()).isEqualTo(1);
        assertThat(r.out()).contains("Schema changed but no migration was generated: run `cairn generate`");
        assertThat(codes(cairn("check", "--json"))).containsExactly("schema-not-generated schema");
    }

    @Test
    void commentAndWhitespaceOnlyEditsAreNotReported() throws Exception {
        Path tables = project.resolve("schema/02_tables.sql");
        String text = Files.readString(tables);
        Files.writeString(tables, "-- a new comment\n/* and a block comment */\n"
                + text.replace("\n", "\n\n").replace("    ", "\t") + "\n-- trailing\n");
        CliRun r = cairn("check");
        assertThat(r.exitCode()).as(r.all()).isZero();
    }

    @Test
    void namingProblemsAreReported() throws Exception {
        Path m = project.resolve("migrations");
        Files.writeString(m.resolve("V2__duplicate.sql"), "SELECT 1;\n");
        Files.writeString(m.resolve("U9__no_such_migration.sql"), "SELECT 1;\n");
        Files.writeString(m.resolve("add_column.sql"), "SELECT 1;\n");
        Files.writeString(m.resolve("V7__empty.sql"), "-- nothing yet\n");
        CliRun r = cairn("check", "--json");
        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode naming = r.json().get("checks").get(0);
        assertThat(naming.get("status").asText()).isEqualTo("failed");
        List<String> codes = new ArrayList<>();
        naming.get("problems").forEach(p -> codes.add(p.get("code").asText() + " " + p.get("subject").asText()));
        assertThat(codes).contains("duplicate-version V2__duplicate.sql", "orphan-revert U9__no_such_migration.sql",
                "bad-name add_column.sql", "empty V7__empty.sql");
    }

    @Test
    void exitCodeTwoForUsageErrors() throws Exception {
        assertThat(cairn("check", "--no-such-option").exitCode()).isEqualTo(2);
        Path outside = tmp.resolve("outside");
        CliRun.copyTree(Path.of("..", "examples", "shop"), outside);
        CliRun r = CliRun.inProcess("--dir", outside.toString(), "check", "--staged");
        if (GitRepo.run(tmp, java.util.Map.of(), "rev-parse", "--show-toplevel").exitCode() != 0) {
            assertThat(r.exitCode()).as(r.all()).isEqualTo(2);
            assertThat(r.err()).contains("not inside a git work tree");
        }
    }

    @Test
    void stagedJudgesTheIndexNotTheWorkTree() throws Exception {
        assertThat(cairn("check", "--staged").exitCode()).isZero();

        // A schema change staged without a migration is refused, and the message says what to run.
        append("schema/02_tables.sql", "\nCREATE TABLE wishlist (id bigint PRIMARY KEY);\n");
        GitRepo.git(repo, "add", "db/schema");
        CliRun staged = cairn("check", "--staged");
        assertThat(staged.exitCode()).as(staged.all()).isEqualTo(1);
        assertThat(staged.out()).contains("run `cairn generate` and stage what it writes").contains("in the git index");

        // The migration written for it (as generate writes it: migration, revert, snapshot, sum), staged: passes.
        Files.writeString(project.resolve("migrations/V6__wishlist.sql"), "CREATE TABLE wishlist (id bigint PRIMARY KEY);\n");
        Files.writeString(project.resolve("migrations/U6__wishlist.sql"), "DROP TABLE wishlist;\n");
        GitRepo.writeSnapshot(project, "6");
        assertThat(cairn("sum").exitCode()).isZero();
        assertThat(cairn("check", "--staged").exitCode()).as("not staged yet").isEqualTo(1);
        GitRepo.git(repo, "add", "-A");
        CliRun ok = cairn("check", "--staged", "--json");
        assertThat(ok.exitCode()).as(ok.all()).isZero();
        assertThat(ok.json().get("source").asText()).isEqualTo("git index");

        // Unstaged work-tree edits do not change the staged verdict (and the work-tree check does see them).
        append("schema/01_types.sql", "\nCREATE TYPE mood AS ENUM ('ok');\n");
        Files.writeString(project.resolve("migrations/V3__create_orders.sql"), "-- edited\n");
        assertThat(cairn("check", "--staged").exitCode()).isZero();
        assertThat(cairn("check").exitCode()).isEqualTo(1);
    }

    @Test
    void stagedSeesStagedHandEditsOfMigrations() throws Exception {
        Path v1 = project.resolve("migrations/V1__create_users.sql");
        String original = Files.readString(v1);
        Files.writeString(v1, original + "\nALTER TABLE users ADD COLUMN nickname text;\n");
        GitRepo.git(repo, "add", "-A");
        Files.writeString(v1, original); // the work tree is clean again; the index is not
        assertThat(cairn("check").exitCode()).isZero();
        CliRun r = cairn("check", "--staged", "--json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(codes(r)).containsExactly("sum-edited V1__create_users.sql");
    }

    @Test
    void theNewestSnapshotByVersionDecides() throws Exception {
        // V4's snapshot records other sources; V5's (the newest) matches them: passes.
        Files.writeString(project.resolve("migrations/.snapshots/V4.json"), "{\"catalog\":{},\"format\":1,"
                + "\"sourcesHash\":\"0000\"}\n");
        assertThat(cairn("check").exitCode()).isZero();
    }

    @Test
    void aHandWrittenMigrationNewerThanTheSnapshotSkipsTheSchemaCheckWithANotice() throws Exception {
        Files.writeString(project.resolve("migrations/V6__by_hand.sql"), "CREATE TABLE wishlist (id int);\n");
        assertThat(cairn("sum").exitCode()).isZero();
        append("schema/02_tables.sql", "\nCREATE TABLE wishlist (id int);\n");
        CliRun r = cairn("check", "--json");
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.json().get("checks").get(2).get("status").asText()).isEqualTo("skipped");
        assertThat(r.json().get("notices").get(0).asText()).contains("V6 has no snapshot").contains("cairn generate");
    }
}
