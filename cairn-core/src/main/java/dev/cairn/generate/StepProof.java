package dev.cairn.generate;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.source.MigrationsSource;
import dev.cairn.db.ConnectionSource;
import dev.cairn.dialect.Dialects;
import dev.cairn.diff.ChangeSet;
import dev.cairn.diff.Differ;
import dev.cairn.exec.Deadline;
import dev.cairn.exec.Outcome;
import dev.cairn.exec.Script;
import dev.cairn.exec.ScriptRunner;
import dev.cairn.migrate.SqlErrors;
import dev.cairn.plan.Plan;
import dev.cairn.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Generate's proof on the scratch database: every step applied as {@code cairn migrate} runs it (one transaction per
 * file unless a statement cannot run in one), the catalog reached read back and, where the step names one, compared with
 * its target; then every revert, from the last step back, must give back exactly the catalog before that step.
 */
final class StepProof {
    private StepProof() {}

    /** What the proof established for one step: the catalog it reached (its snapshot) and its revert. */
    record Proven(Step step, Catalog reached, Plan revert) {}

    static List<Proven> run(ConnectionSource scratch, MigrationsSource replay, Catalog current, List<Step> steps) {
        List<Catalog> reached = new ArrayList<>();
        for (Step step : steps) {
            apply(scratch, step.plan().toSql(), "the generated migration");
            Catalog after = replay.introspect(scratch);
            if (step.target() != null) {
                prove(after, step.target(), "applying the generated migration");
            }
            reached.add(after);
        }
        Plan[] reverts = new Plan[steps.size()];
        for (int i = steps.size() - 1; i >= 0; i--) {
            Catalog before = i == 0 ? current : reached.get(i - 1);
            Plan revert = steps.get(i).reverter().revert(reached.get(i), before);
            if (revert.needsCommitSplit()) {
                throw new IllegalStateException("a generated revert needs a commit inside: " + revert.toSql());
            }
            apply(scratch, revert.toSql(), "the generated revert");
            prove(replay.introspect(scratch), before, "applying the generated revert");
            reverts[i] = revert;
        }
        List<Proven> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            out.add(new Proven(steps.get(i), reached.get(i), Arrays.asList(reverts).get(i)));
        }
        return out;
    }

    /** Runs the script as cairn migrate will: in one transaction unless a statement cannot run in one. */
    static void apply(ConnectionSource db, String sql, String what) {
        List<SqlStatement> statements = Dialects.current().statements().split(sql, what);
        boolean transactional = Dialects.current().statements().transactional(sql, statements);
        try (Connection c = db.open()) {
            ScriptRunner runner = new ScriptRunner(c, Deadline.NONE);
            Script script = new Script(what, statements);
            Outcome outcome = transactional ? runner.inTransactionCarryingOn(script) : runner.autocommit(script);
            if (outcome.status() == Outcome.Status.COMMIT_FAILED) {
                throw outcome.error();
            }
            if (!outcome.done()) {
                SqlStatement st = outcome.statement();
                throw new CairnException(ExitCode.DATABASE, "Cairn checks every migration it generates on a scratch"
                        + " database before writing it, and " + what + " failed there at line " + st.line() + " ("
                        + st.firstLine() + "): " + SqlErrors.describe(outcome.error()).summary() + ". Nothing was written."
                        + " This is a bug in Cairn's differ: please report it with your schema files; meanwhile, write"
                        + " this migration by hand.", outcome.error());
            }
        } catch (SQLException e) {
            throw CairnException.database("The scratch database went away: " + SqlErrors.describe(e).summary(), e);
        }
    }

    private static void prove(Catalog actual, Catalog expected, String what) {
        ChangeSet left = Differ.diff(actual, expected);
        if (!left.isEmpty()) {
            throw new CairnException(ExitCode.DATABASE, "Cairn checks every migration it generates on a scratch"
                    + " database before writing it, and " + what + " did not give the expected schema; still different: "
                    + Dialects.current().renderer().render(left).summary() + ". Nothing was written. This is a bug in Cairn's differ:"
                    + " please report it with your schema files; meanwhile, write this migration by hand.");
        }
    }
}
