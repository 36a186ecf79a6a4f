package dev.cairn.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The network freezes (a {@link Relay} on 127.0.0.1 stops forwarding without closing anything):
 * mid-statement in a transactional migration, mid-statement in a non-transactional one, or before the
 * server's first answer (connect). With {@code timeout: 3s} the run must end with exit 4 within the
 * deadline plus a margin (JVM start included); even a cancel request gets no answer, so cairn must
 * abandon the connection. Afterwards (relay dropped, orphaned session gone) a rerun straight to the
 * server must exit 0. Knobs: {@code faults.network.rounds} (3: one of each), {@code
 * faults.network.margin.ms} (5000).
 */
class FrozenNetworkFaults extends FaultScenario {
    enum Freeze { MID_STATEMENT, MID_NON_TRANSACTIONAL, AT_CONNECT }

    @Test
    void frozenNetworkEndsWithExitFourWithinTheDeadline() throws Exception {
        int rounds = Faults.intProperty("faults.network.rounds", 3);
        int margin = Faults.intProperty("faults.network.margin.ms", 5000);
        List<String> failures = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Freeze freeze = Freeze.values()[(round - 1) % Freeze.values().length];
            String label = "frozen network round " + round + " (" + freeze + ")";
            try {
                round(round, freeze, margin);
                Faults.log("%s: passed", label);
            } catch (AssertionError | RuntimeException e) {
                failures.add(label + ":\n" + e.getMessage());
                Faults.log("FAILED %s: %s", label, Faults.summary(e));
            }
        }
        assertThat(failures).as("%d of %d rounds failed", failures.size(), rounds).isEmpty();
    }

    private void round(int round, Freeze freeze, int marginMillis) throws Exception {
        SoftAssertions softly = new SoftAssertions();
        String db = server.createDatabase("frozen");
        server.execute(db, "CREATE TABLE faults_control (secs float8); INSERT INTO faults_control VALUES (10);"
                + " GRANT SELECT ON faults_control TO " + FaultServer.APP_USER);
        try (Relay relay = new Relay(server.port())) {
            Path dir = tmp.resolve("round" + round);
            Project project = Project.create(dir, """
                    migrations: migrations
                    environments:
                      faults:
                        url: jdbc:postgresql://127.0.0.1:%d/%s
                        user: %s
                        password: ${FAULTS_DB_PASSWORD}
                        timeout: 3s
                      direct:
                        url: jdbc:postgresql://%s/%s
                        user: %s
                        password: ${FAULTS_DB_PASSWORD}
                    """.formatted(relay.port(), db, FaultServer.APP_USER, server.hostPort(), db, FaultServer.APP_USER))
                    .migration("V1__first.sql", "CREATE TABLE first_one (id int);\n");
            String sleep = "SELECT pg_sleep((SELECT secs FROM faults_control))";
            project.migration("V2__frozen.sql", freeze == Freeze.MID_NON_TRANSACTIONAL
                    ? "CREATE INDEX CONCURRENTLY first_one_idx ON first_one (id);\n" + sleep + ";\n"
                    : "CREATE TABLE frozen (id int);\n" + sleep + ";\n");
            if (freeze == Freeze.AT_CONNECT) {
                relay.freeze();
            }
            Cairn.Running run = Cairn.start(dir.resolve("out"), Project.env(),
                    List.of("--dir", dir.toString(), "--env", "faults", "migrate"));
            if (freeze != Freeze.AT_CONNECT) {
                Faults.await("V2's pg_sleep is running", Duration.ofSeconds(30), () -> !run.isAlive() || server.running(db, sleep));
                relay.freeze();
            }
            Cairn.Result result;
            try {
                result = run.await(Duration.ofMillis(3_000 + marginMillis + 30_000));
            } catch (AssertionError stillRunning) {
                // Recorded, and the round goes on: whether the rerun recovers is worth knowing too.
                softly.assertThat(false).as("exit 4 within 3 s plus %d ms, but %s", marginMillis, stillRunning.getMessage()).isTrue();
                result = null;
            }
            if (result != null) {
                Faults.log("frozen network round %d (%s): exit %d after %d ms; stderr: %s", round, freeze, result.exit(),
                        result.millis(), result.err().strip());
                softly.assertThat(result.exit()).as("a frozen network under timeout: 3s is a timeout (exit 4)\n%s", result.all())
                        .isEqualTo(4);
                softly.assertThat(result.millis()).as("ended within the 3 s deadline plus %d ms\n%s", marginMillis, result.all())
                        .isLessThanOrEqualTo(3_000L + marginMillis);
            }
        }
        // Relay closed: the server sees its client gone once the orphaned statement ends.
        server.execute(db, "UPDATE faults_control SET secs = 0");
        Faults.await("the frozen session has ended", Duration.ofSeconds(60), () -> server.otherSessions(db) == 0);
        Cairn.Result rerun = Cairn.run(tmp.resolve("round" + round).resolve("out"), Project.env(), Duration.ofMinutes(1),
                List.of("--dir", tmp.resolve("round" + round).toString(), "--env", "direct", "migrate"));
        softly.assertThat(rerun.exit()).as("a rerun straight to the server recovers\n%s", rerun.all()).isZero();
        softly.assertThat(server.strings(db, "SELECT version FROM cairn_schema_history WHERE success ORDER BY installed_rank"))
                .containsExactly("1", "2");
        softly.assertAll();
    }
}
