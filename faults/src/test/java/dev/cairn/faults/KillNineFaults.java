package dev.cairn.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of {@code cairn migrate} at random points (seeded, printed): during JVM start and
 * connect, or a random few milliseconds after a chosen statement is seen running on the server. Once
 * the orphaned server sessions are gone, no transactional migration may be half-applied (its objects
 * exist exactly when its history row does); then a plain rerun must exit 0 and leave the history
 * consistent with the schema: every version applied once, every object present, no invalid index.
 * Knobs: {@code faults.kill.rounds} (3 per kind), {@code faults.seed}.
 */
class KillNineFaults extends FaultScenario {
    /** Where to kill: {@code fragment} null means some milliseconds after the process started. */
    record KillPoint(String fragment, int extraMillis) {
        @Override
        public String toString() {
            return (fragment == null ? "process start" : "'" + fragment + "' running") + " + " + extraMillis + " ms";
        }
    }

    /** A migration and the relation it must leave; {@code rows} < 0 for an index. */
    record Expect(String version, String relation, long rows) {}

    private static final String ITEMS = "CREATE TABLE items (id bigint PRIMARY KEY, v int);\n"
            + "INSERT INTO items SELECT g, g % 1000 FROM generate_series(1, 200000) g;\n";

    @Test
    void transactionalMigrations() throws Exception {
        campaign("transactional", List.of(
                new String[] {"V1__items.sql", ITEMS},
                new String[] {"V2__slow.sql", "CREATE TABLE slow (id int);\nINSERT INTO slow VALUES (1);\n"
                        + "SELECT pg_sleep(0.8);\nINSERT INTO slow VALUES (2);\n"},
                new String[] {"V3__copy.sql", "CREATE TABLE items_copy AS SELECT * FROM items;\n"
                        + "CREATE INDEX items_copy_v ON items_copy (v);\nSELECT pg_sleep(0.6);\n"},
                new String[] {"V4__last.sql", "CREATE TABLE last_one (id int);\nSELECT pg_sleep(0.4);\n"
                        + "INSERT INTO last_one VALUES (1);\n"}),
                List.of("INSERT INTO items SELECT", "pg_sleep(0.8)", "CREATE TABLE items_copy", "pg_sleep(0.6)", "pg_sleep(0.4)"),
                List.of(new Expect("1", "items", 200_000), new Expect("2", "slow", 2), new Expect("3", "items_copy", 200_000),
                        new Expect("3", "items_copy_v", -1), new Expect("4", "last_one", 1)),
                List.of());
    }

    @Test
    void nonTransactionalMigrations() throws Exception {
        campaign("non-transactional", List.of(
                new String[] {"V1__items.sql", ITEMS},
                new String[] {"V2__indexes.sql", "CREATE INDEX CONCURRENTLY items_v_idx ON items (v);\n"
                        + "SELECT pg_sleep(0.5);\nCREATE INDEX CONCURRENTLY items_v_id_idx ON items (v, id);\n"},
                new String[] {"V3__after.sql", "CREATE TABLE after_indexes (id int);\nSELECT pg_sleep(0.4);\n"
                        + "INSERT INTO after_indexes VALUES (1);\n"}),
                List.of("CREATE INDEX CONCURRENTLY items_v_idx", "pg_sleep(0.5)", "CREATE INDEX CONCURRENTLY items_v_id_idx",
                        "pg_sleep(0.4)"),
                List.of(new Expect("1", "items", 200_000), new Expect("3", "after_indexes", 1)),
                // Non-transactional: may legitimately be partly applied after the kill; checked after the rerun only.
                List.of(new Expect("2", "items_v_idx", -1), new Expect("2", "items_v_id_idx", -1)));
    }

    private void campaign(String kind, List<String[]> migrations, List<String> fragments, List<Expect> transactional,
            List<Expect> nonTransactional) throws Exception {
        int rounds = Faults.intProperty("faults.kill.rounds", 3);
        long seed = Faults.seed("kill -9, " + kind);
        SplittableRandom random = new SplittableRandom(seed);
        List<String> failures = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            int pick = random.nextInt(fragments.size() + 1);
            KillPoint point = pick == fragments.size()
                    ? new KillPoint(null, random.nextInt(2500))
                    : new KillPoint(fragments.get(pick), random.nextInt(250));
            String label = kind + " round " + round + " (seed " + seed + "), kill at " + point;
            try {
                round(label, round, migrations, point, transactional, nonTransactional);
            } catch (AssertionError | RuntimeException e) {
                failures.add(label + ":\n" + e.getMessage());
                Faults.log("FAILED %s: %s", label, Faults.summary(e));
            }
        }
        assertThat(failures).as("%d of %d rounds failed (replay with -Dfaults.seed=%d)", failures.size(), rounds, seed).isEmpty();
    }

    private void round(String label, int round, List<String[]> migrations, KillPoint point, List<Expect> transactional,
            List<Expect> nonTransactional) throws Exception {
        SoftAssertions softly = new SoftAssertions();
        String db = server.createDatabase("kill");
        Path dir = tmp.resolve("round" + round + "-" + db);
        Project project = Project.forDatabase(dir, server, db, "");
        for (String[] m : migrations) {
            project.migration(m[0], m[1]);
        }
        List<String> args = List.of("--dir", project.dir().toString(), "--env", "faults", "migrate");
        Cairn.Running run = Cairn.start(dir.resolve("out"), Project.env(), args);

        boolean reached = point.fragment() == null
                || Faults.poll(Duration.ofSeconds(60), () -> !run.isAlive() || server.running(db, point.fragment()));
        reached = reached && run.isAlive();
        if (reached) {
            Thread.sleep(point.extraMillis()); // the random part of the kill point, not a synchronisation
        }
        boolean killed = run.isAlive();
        if (killed) {
            run.kill9();
        } else {
            run.process().waitFor();
        }
        // The orphaned backend runs its statement to the end before it notices its client is gone.
        Faults.await("the killed run's server sessions have ended", Duration.ofSeconds(60), () -> server.otherSessions(db) == 0);
        List<String> before = history(db);
        Faults.log("%s: %s; history before rerun: %s", label, killed ? "killed" : "finished before the kill point (exit "
                + run.process().exitValue() + ")", before);

        // Nothing half-applied: a transactional migration's objects exist exactly when its history row does.
        for (Expect e : transactional) {
            boolean recorded = before.contains(e.version());
            boolean exists = relationExists(db, e.relation());
            softly.assertThat(exists)
                    .as("after the kill, %s (of V%s) exists exactly when V%s is recorded as applied; history %s",
                            e.relation(), e.version(), e.version(), before)
                    .isEqualTo(recorded);
            if (recorded && exists && e.rows() >= 0) {
                softly.assertThat(server.count(db, "SELECT count(*) FROM " + e.relation())).as("rows of %s", e.relation())
                        .isEqualTo(e.rows());
            }
        }

        Cairn.Result rerun = Cairn.run(dir.resolve("out"), Project.env(), Duration.ofMinutes(2), args);
        softly.assertThat(rerun.exit()).as("the rerun after the kill recovers (exit 0); history before it %s\n%s", before, rerun.all())
                .isZero();
        List<String> versions = migrations.stream().map(m -> m[0].replaceFirst("^V(\\d+)__.*", "$1")).toList();
        softly.assertThat(history(db)).as("after the rerun, every version applied exactly once").containsExactlyElementsOf(versions);
        List<Expect> all = new ArrayList<>(transactional);
        all.addAll(nonTransactional);
        for (Expect e : all) {
            boolean exists = relationExists(db, e.relation());
            softly.assertThat(exists).as("%s of V%s exists after the rerun", e.relation(), e.version()).isTrue();
            if (exists && e.rows() >= 0) {
                softly.assertThat(server.count(db, "SELECT count(*) FROM " + e.relation())).as("rows of %s", e.relation())
                        .isEqualTo(e.rows());
            }
        }
        softly.assertThat(server.strings(db, "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                + " WHERE NOT i.indisvalid")).as("invalid indexes left behind").isEmpty();
        Cairn.Result validate = Cairn.run(dir.resolve("out"), Project.env(), Duration.ofMinutes(1),
                List.of("--dir", project.dir().toString(), "--env", "faults", "validate"));
        softly.assertThat(validate.exit()).as("validate after the rerun\n%s", validate.all()).isZero();
        softly.assertAll();
    }

    /** Versions with a successful history row, in the order applied. */
    private List<String> history(String db) {
        if (!server.tableExists(db, "cairn_schema_history")) {
            return List.of();
        }
        return server.strings(db, "SELECT version FROM cairn_schema_history WHERE success ORDER BY installed_rank");
    }

    private boolean relationExists(String db, String relation) {
        return !server.strings(db, "SELECT relname FROM pg_class WHERE relname = ? AND relnamespace = 'public'::regnamespace",
                relation).isEmpty();
    }
}
