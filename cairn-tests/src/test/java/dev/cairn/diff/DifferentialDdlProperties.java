package dev.cairn.diff;

import dev.cairn.catalog.Catalog;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.dialect.IntrospectOptions;
import dev.cairn.plan.Plan;
import dev.cairn.plan.PlannedStatement;
import dev.cairn.postgres.render.PostgresRenderer;
import dev.cairn.postgres.sql.ScriptSplitter;
import dev.cairn.sql.SqlStatement;
import dev.cairn.testing.DatabaseTest;
import dev.cairn.testing.Gen;
import dev.cairn.testing.Seeded;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The differential property of the differ: random DDL ({@link DdlSteps}) is applied step by step to one database
 * (the "leader"); after every step Cairn diffs a second database (the "follower", which only ever receives
 * Cairn's plans) against the leader's new state and applies the plan to the follower. The follower must then
 * equal the leader and a second diff must be empty. Unlike the corpus, the states come from histories no one
 * wrote by hand: objects renamed, columns recreated, views stacked on views, things dropped with CASCADE.
 *
 * <p>A failure prints the run's seed and every step applied so far, so it replays and shrinks by hand into a
 * corpus case. {@code -Dcairn.seed=S -Dcairn.tries=N -Dcairn.steps=K} explore further.
 */
@DatabaseTest
class DifferentialDdlProperties {
    private static final IntrospectOptions READ = new IntrospectOptions(List.of(), List.of(), false, false, null, null);

    @Test
    void followerConvergesAfterEveryRandomStep() {
        int steps = Integer.getInteger("cairn.steps", 25);
        Seeded.forAll("follower converges after every random DDL step", 4_417_203_981_220_785_013L, 6,
                Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE), seed -> run(new SplittableRandom(seed), steps));
    }

    private static void run(SplittableRandom random, int steps) throws SQLException {
        try (ScratchDatabase leaderDb = DevDatabases.createDatabase(); ScratchDatabase followerDb = DevDatabases.createDatabase();
                Connection leader = leaderDb.connect(); Connection follower = followerDb.connect()) {
            DdlSteps ddl = new DdlSteps(random);
            List<String> history = new ArrayList<>();
            Catalog followed = RoundTrip.introspect(follower, READ);
            int applied = 0;
            for (int attempt = 0; applied < steps && attempt < steps * 4; attempt++) {
                Catalog now = RoundTrip.introspect(leader, READ);
                String sql = ddl.next(now);
                if (sql == null || !applyStep(leader, sql)) {
                    continue;
                }
                history.add(sql);
                applied++;
                Catalog target = RoundTrip.introspect(leader, READ);
                followed = follow(follower, followed, target, history);
            }
            if (Boolean.getBoolean("cairn.roundtrip.print")) {
                System.out.println(String.join(";\n", history));
            }
            // a generator that mostly draws refused steps would test little: most draws must apply
            assertTrue(applied == steps, "only " + applied + " of " + steps + " random steps applied:\n" + String.join(";\n", history));
        }
    }

    /** The step in one transaction; false (and nothing changed) when PostgreSQL refuses it. */
    private static boolean applyStep(Connection db, String sql) throws SQLException {
        db.setAutoCommit(false);
        try (Statement st = db.createStatement()) {
            for (SqlStatement s : ScriptSplitter.split(sql, "step.sql")) {
                st.execute(s.sql());
            }
            db.commit();
            return true;
        } catch (SQLException refused) {
            db.rollback();
            return false;
        } finally {
            db.setAutoCommit(true);
        }
    }

    private static Catalog follow(Connection follower, Catalog from, Catalog target, List<String> history) throws SQLException {
        ChangeSet changes = Differ.diff(from, target, DiffOptions.defaults());
        Plan plan = PostgresRenderer.render(changes);
        for (PlannedStatement s : plan.statements()) {
            try (Statement st = follower.createStatement()) {
                st.execute(s.sql());
            } catch (SQLException e) {
                throw new AssertionError(report(history, plan, "the plan fails at:\n" + s.sql() + "\n-- ERROR: " + e.getMessage()));
            }
        }
        Catalog reached = RoundTrip.introspect(follower, READ);
        ChangeSet rest = Differ.diff(reached, target, DiffOptions.defaults());
        if (!rest.isEmpty()) {
            throw new AssertionError(report(history, plan, "a second diff is not empty:\n" + PostgresRenderer.render(rest).toSql()
                    + "\n" + rest));
        }
        if (!RoundTrip.normalized(reached).equals(RoundTrip.normalized(target))) {
            throw new AssertionError(report(history, plan, "the diff is empty but the catalogs differ:\n"
                    + RoundTrip.differences(RoundTrip.normalized(reached), RoundTrip.normalized(target))));
        }
        return reached;
    }

    private static String report(List<String> history, Plan plan, String what) {
        StringBuilder b = new StringBuilder("after step ").append(history.size()).append(", ").append(what)
                .append("\n----- steps applied to the leader -----\n");
        history.forEach(s -> b.append(s).append(";\n"));
        return b.append("----- plan for the last step -----\n").append(plan.toSql()).toString();
    }
}
