package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cairn rollback}: confirmation on production, dry run, refusal without U files, JSON, history. */
@Tag("db")
class RollbackCliTest {
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
                  production:
                    url: jdbc:postgresql://%s
                    user: %s
                  staging:
                    url: jdbc:postgresql://%s
                    user: %s
                  gated:
                    url: jdbc:postgresql://%s
                    user: %s
                    approval: required
                """.formatted(hostPortDb, db.user(), hostPortDb, db.user(), hostPortDb, db.user()));
        Files.writeString(migrations.resolve("V1__a.sql"), "CREATE TABLE a (id int);\nINSERT INTO a VALUES (1), (2);\n");
        Files.writeString(migrations.resolve("U1__a.sql"), "DROP TABLE a;\n");
        Files.writeString(migrations.resolve("V2__b.sql"), "CREATE TABLE b (id int);\n");
        Files.writeString(migrations.resolve("U2__b.sql"), "DROP TABLE b;\n");
        assertThat(cairn("staging", "sum").exitCode()).isZero();
        CliRun migrate = cairn("staging", "migrate");
        assertThat(migrate.exitCode()).as(migrate.all()).isZero();
    }

    @AfterEach
    void drop() {
        db.close();
    }

    private CliRun cairn(String env, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--dir";
        all[1] = tmp.toString();
        all[2] = "--env";
        all[3] = env;
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.inProcess(all);
    }

    private Object query(String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }

    @Test
    void productionWithoutATerminalNeedsYesThenRevertsAndHistoryShowsTheRevert() throws Exception {
        CliRun refused = cairn("production", "rollback", "--to", "1");
        assertThat(refused.exitCode()).as(refused.all()).isEqualTo(2);
        assertThat(refused.err()).contains("U2__b.sql", "needs confirmation", "named production", "--yes",
                "Nothing was changed");
        assertThat(query("SELECT to_regclass('public.b')")).isNotNull();
        assertThat(query("SELECT count(*) FROM cairn_schema_history WHERE type = 'revert'")).isEqualTo(0L);

        CliRun done = cairn("production", "rollback", "--to", "1", "--yes");
        assertThat(done.exitCode()).as(done.all()).isZero();
        assertThat(done.out()).contains("Reverted 1 migration(s)", "U2__b.sql", "1 applied, 1 pending");
        assertThat(query("SELECT to_regclass('public.b')")).isNull();
        assertThat(query("SELECT count(*) FROM a")).isEqualTo(2L);

        CliRun history = cairn("production", "history");
        assertThat(history.exitCode()).as(history.all()).isZero();
        // Newest first: the revert row of version 2 above the row that applied it, which is kept.
        assertThat(history.out().lines().skip(1).map(l -> l.split("\\s+")).map(c -> c[1] + ":" + c[3]))
                .containsExactly("2:revert", "2:versioned", "1:versioned");

        CliRun again = cairn("production", "migrate");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(query("SELECT to_regclass('public.b')")).isNotNull();
    }

    /** Runs cairn as its own process on a pseudo-terminal (script(1)), typing {@code typed} on it. */
    private CliRun onTerminal(String typed, String... args) throws Exception {
        java.util.List<String> cairn = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "--dir", tmp.toString()));
        cairn.addAll(java.util.List.of(args));
        Path input = tmp.resolve("typed.txt");
        Files.writeString(input, typed);
        Path out = tmp.resolve("terminal.txt");
        ProcessBuilder pb = new ProcessBuilder("script", "-q", "-e", "-c", cairn.stream()
                .map(w -> "'" + w.replace("'", "'\\''") + "'").collect(java.util.stream.Collectors.joining(" ")), "/dev/null")
                .redirectInput(input.toFile()).redirectOutput(out.toFile()).redirectErrorStream(true);
        pb.environment().put("TERM", "dumb");
        Process p = pb.start();
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        return new CliRun(p.exitValue(), Files.readString(out), "");
    }

    @Test
    void onATerminalProductionIsRevertedOnlyWhenItsNameIsTyped() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.util.stream.Stream.of(System.getenv("PATH").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "script"))), "script(1) is not installed");
        CliRun wrong = onTerminal("staging\n", "--env", "production", "rollback", "--to", "1");
        assertThat(wrong.exitCode()).as(wrong.out()).isEqualTo(2);
        assertThat(wrong.out()).contains("U2__b.sql (reverts V2__b.sql)", "Type the environment's name (production)",
                "Cancelled", "nothing was changed");
        assertThat(query("SELECT to_regclass('public.b')")).isNotNull();

        CliRun right = onTerminal("production\n", "--env", "production", "rollback", "--to", "1");
        assertThat(right.exitCode()).as(right.out()).isZero();
        assertThat(right.out()).contains("Reverted 1 migration(s)");
        assertThat(query("SELECT to_regclass('public.b')")).isNull();
    }

    @Test
    void anEnvironmentRequiringApprovalIsRefusedWithoutYesEvenAsJson() throws Exception {
        CliRun refused = cairn("gated", "rollback", "--to", "1");
        assertThat(refused.exitCode()).as(refused.all()).isEqualTo(2);
        assertThat(refused.err()).contains("approval: required", "--yes", "Nothing was changed");
        CliRun json = cairn("gated", "--json", "rollback", "--to", "1");
        assertThat(json.exitCode()).as(json.all()).isEqualTo(2);
        assertThat(query("SELECT to_regclass('public.b')")).isNotNull();
        // A dry run changes nothing, so it needs no confirmation.
        assertThat(cairn("gated", "rollback", "--to", "1", "--dry-run").exitCode()).isZero();
        assertThat(cairn("gated", "rollback", "--to", "1", "--yes").exitCode()).isZero();
        assertThat(query("SELECT to_regclass('public.b')")).isNull();
    }

    @Test
    void anEnvironmentWithoutApprovalRevertsWithoutAskingAndJsonDescribesIt() throws Exception {
        CliRun r = cairn("staging", "--json", "rollback", "--to", "0");
        assertThat(r.exitCode()).as(r.all()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("ok").asBoolean()).isTrue();
        assertThat(doc.get("to").asText()).isEqualTo("0");
        assertThat(doc.get("reverted")).extracting(n -> n.get("script").asText()).containsExactly("U2__b.sql", "U1__a.sql");
        assertThat(doc.get("reverted").get(0).get("type").asText()).isEqualTo("revert");
        assertThat(doc.has("planned")).isFalse();
        assertThat(doc.get("missing")).isEmpty();
        assertThat(query("SELECT to_regclass('public.a')")).isNull();
    }

    @Test
    void aDryRunPrintsTheRevertsAndChangesNothing() throws Exception {
        CliRun r = cairn("production", "rollback", "--to", "0", "--dry-run");
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.out()).contains("2 migration(s) would be reverted", "-- U2__b.sql (one transaction)", "DROP TABLE b;",
                "DROP TABLE a;");
        assertThat(r.out().indexOf("U2__b.sql")).isLessThan(r.out().indexOf("U1__a.sql"));
        assertThat(query("SELECT to_regclass('public.a')")).isNotNull();
        assertThat(query("SELECT count(*) FROM cairn_schema_history")).isEqualTo(2L);
    }

    @Test
    void aMissingRevertIsRefusedWithExitTwoNamingTheFileToWrite() throws Exception {
        Files.delete(migrations.resolve("U1__a.sql"));
        assertThat(cairn("staging", "sum").exitCode()).isZero();
        CliRun r = cairn("staging", "rollback", "--to", "0");
        assertThat(r.exitCode()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains("V1__a.sql needs U1__a.sql", "nothing was changed");
        assertThat(query("SELECT to_regclass('public.b')")).isNotNull();

        CliRun json = cairn("staging", "--json", "rollback", "--to", "0");
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertThat(doc.get("ok").asBoolean()).isFalse();
        assertThat(doc.get("exitCode").asInt()).isEqualTo(2);
        assertThat(doc.get("missing").get(0).get("expected").asText()).isEqualTo("U1__a.sql");
    }

    @Test
    void toIsRequiredAndMustBeAnAppliedVersion() throws Exception {
        CliRun none = cairn("staging", "rollback");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("--to");
        CliRun unknown = cairn("staging", "rollback", "--to", "5");
        assertThat(unknown.exitCode()).as(unknown.all()).isEqualTo(2);
        assertThat(unknown.err()).contains("Version 5 is not applied", "applied: 2, 1");
    }
}
