package dev.cairn.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The server restarts (fast shutdown, then start on the same port) while a migration's statement
 * runs. cairn must exit 3 with one clear paragraph naming the migration that was running and the
 * server's own reason (57P01, terminated by administrator command) — not a Java exception name nor
 * "This connection has been closed" — and a plain rerun must recover: exit 0, every version applied
 * once, every object present. Rounds alternate between a transactional and a non-transactional (CREATE
 * INDEX CONCURRENTLY) migration. Knob: {@code faults.restart.rounds} (2).
 */
class ServerRestartFaults extends FaultScenario {
    @Test
    void restartMidMigrationExitsThreeAndRerunRecovers() throws Exception {
        int rounds = Faults.intProperty("faults.restart.rounds", 2);
        List<String> failures = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            boolean transactional = round % 2 == 1;
            String label = "restart round " + round + " (" + (transactional ? "transactional" : "non-transactional") + ")";
            try {
                round(round, transactional);
                Faults.log("%s: passed", label);
            } catch (AssertionError | RuntimeException e) {
                failures.add(label + ":\n" + e.getMessage());
                Faults.log("FAILED %s: %s", label, Faults.summary(e));
            }
        }
        assertThat(failures).as("%d of %d rounds failed", failures.size(), rounds).isEmpty();
    }

    private void round(int round, boolean transactional) throws Exception {
        SoftAssertions softly = new SoftAssertions();
        String db = server.createDatabase("restart");
        // How long V2 sleeps is read from a table outside the migrations, so the rerun runs the same
        // file (same checksum) without the long sleep.
        server.execute(db, "CREATE TABLE faults_control (secs float8); INSERT INTO faults_control VALUES (60);"
                + " GRANT SELECT ON faults_control TO " + FaultServer.APP_USER);
        Path dir = tmp.resolve("round" + round);
        Project project = Project.forDatabase(dir, server, db, "")
                .migration("V1__items.sql", "CREATE TABLE items (id bigint PRIMARY KEY, v int);\n"
                        + "INSERT INTO items SELECT g, g % 100 FROM generate_series(1, 10000) g;\n");
        String v2 = transactional ? "V2__restarted.sql" : "V2__restarted_indexes.sql";
        project.migration(v2, transactional
                ? "CREATE TABLE restarted (id int);\nSELECT pg_sleep((SELECT secs FROM faults_control));\n"
                        + "INSERT INTO restarted VALUES (1);\n"
                : "CREATE INDEX CONCURRENTLY items_v_idx ON items (v);\nSELECT pg_sleep((SELECT secs FROM faults_control));\n"
                        + "CREATE INDEX CONCURRENTLY items_v_id_idx ON items (v, id);\n");
        project.migration("V3__after.sql", "CREATE TABLE after_restart (id int);\n");
        List<String> args = List.of("--dir", project.dir().toString(), "--env", "faults", "migrate");

        Cairn.Running run = Cairn.start(dir.resolve("out"), Project.env(), args);
        Faults.await("V2's pg_sleep is running", Duration.ofSeconds(60),
                () -> !run.isAlive() || server.running(db, "pg_sleep((SELECT secs"));
        assertThat(run.isAlive()).as("cairn still running when the restart begins").isTrue();
        server.stop();
        server.startAgain();
        Cairn.Result result = run.await(Duration.ofSeconds(60));
        Faults.log("restart round %d: exit %d after %d ms; stderr: %s", round, result.exit(), result.millis(), result.err().strip());
        softly.assertThat(result.exit()).as("a server restart mid-migration is a database error (exit 3)\n%s", result.all()).isEqualTo(3);
        softly.assertThat(result.err()).as("the error names the migration that was running\n%s", result.all()).contains(v2);
        softly.assertThat(result.err()).as("the error keeps the server's own reason\n%s", result.all())
                .containsAnyOf("57P01", "administrator command");
        softly.assertThat(result.err()).as("no driver jargon\n%s", result.all())
                .doesNotContain("This connection has been closed").doesNotContain("Exception");

        server.execute(db, "UPDATE faults_control SET secs = 0");
        Cairn.Result rerun = Cairn.run(dir.resolve("out"), Project.env(), Duration.ofMinutes(2), args);
        softly.assertThat(rerun.exit()).as("the rerun after the restart recovers (exit 0)\n%s", rerun.all()).isZero();
        softly.assertThat(server.strings(db, "SELECT version FROM cairn_schema_history WHERE success ORDER BY installed_rank"))
                .as("every version applied exactly once").containsExactly("1", "2", "3");
        for (String relation : transactional ? List.of("items", "restarted", "after_restart")
                : List.of("items", "items_v_idx", "items_v_id_idx", "after_restart")) {
            softly.assertThat(server.strings(db, "SELECT relname FROM pg_class WHERE relname = ?", relation)).as(relation).hasSize(1);
        }
        softly.assertThat(server.strings(db, "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                + " WHERE NOT i.indisvalid")).as("invalid indexes left behind").isEmpty();
        softly.assertAll();
    }
}
