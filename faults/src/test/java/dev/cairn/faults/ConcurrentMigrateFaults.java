package dev.cairn.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * N {@code cairn migrate} processes start together on one database: each waits for the migration
 * lock or applies, every one exits 0, and every migration is applied exactly once (one successful
 * history row per version, every object present). Knobs: {@code faults.concurrent.processes} (4),
 * {@code faults.concurrent.rounds} (1), {@code faults.concurrent.migrations} (20).
 */
class ConcurrentMigrateFaults extends FaultScenario {
    @Test
    void concurrentProcessesApplyEachMigrationExactlyOnce() throws Exception {
        int processes = Faults.intProperty("faults.concurrent.processes", 4);
        int rounds = Faults.intProperty("faults.concurrent.rounds", 1);
        int migrations = Faults.intProperty("faults.concurrent.migrations", 20);
        for (int round = 1; round <= rounds; round++) {
            String db = server.createDatabase("concurrent");
            Project project = Project.forDatabase(tmp.resolve("round" + round), server, db, "");
            for (int i = 1; i <= migrations; i++) {
                // Every fifth migration is non-transactional (CREATE INDEX CONCURRENTLY on the table before it).
                String sql = i % 5 == 0
                        ? "CREATE INDEX CONCURRENTLY m" + (i - 1) + "_v_idx ON m" + (i - 1) + " (v);\n"
                        : "CREATE TABLE m" + i + " (id int PRIMARY KEY, v int);\n"
                                + "INSERT INTO m" + i + " SELECT g, g % 7 FROM generate_series(1, 1000) g;\n";
                project.migration("V" + i + "__m" + i + ".sql", sql);
            }
            List<Cairn.Running> started = new ArrayList<>();
            for (int p = 0; p < processes; p++) {
                started.add(Cairn.start(tmp.resolve("round" + round + "-out"), Project.env(),
                        List.of("--dir", project.dir().toString(), "--env", "faults", "migrate", "--json")));
            }
            int applied = 0;
            List<String> outcomes = new ArrayList<>();
            for (Cairn.Running r : started) {
                Cairn.Result result = r.await(Duration.ofMinutes(3));
                assertThat(result.exit()).as("round %d: every process exits 0 (applies, or waits and finds nothing to do)\n%s",
                        round, result.all()).isZero();
                JsonNode doc = new ObjectMapper().readTree(result.out());
                applied += doc.get("applied").size();
                outcomes.add(doc.get("applied").size() + " applied in " + result.millis() + " ms");
            }
            Faults.log("concurrent round %d: %d processes: %s", round, processes, outcomes);
            assertThat(applied).as("round %d: migrations applied across all processes", round).isEqualTo(migrations);
            assertThat(server.count(db, "SELECT count(*) FROM cairn_schema_history WHERE success")).isEqualTo(migrations);
            assertThat(server.count(db, "SELECT count(DISTINCT version) FROM cairn_schema_history WHERE success"))
                    .isEqualTo(migrations);
            assertThat(server.count(db, "SELECT count(*) FROM cairn_schema_history WHERE NOT success")).isZero();
            for (int i = 1; i <= migrations; i++) {
                if (i % 5 != 0) {
                    assertThat(server.count(db, "SELECT count(*) FROM m" + i)).as("rows of m%d", i).isEqualTo(1000);
                } else {
                    assertThat(server.count(db, "SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                            + " WHERE c.relname = 'm" + (i - 1) + "_v_idx' AND i.indisvalid")).as("index of V%d", i).isEqualTo(1);
                }
            }
        }
    }
}
