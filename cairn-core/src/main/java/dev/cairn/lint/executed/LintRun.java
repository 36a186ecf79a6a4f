package dev.cairn.lint.executed;

import dev.cairn.lint.LintOptions;
import dev.cairn.lint.LintReport;
import dev.cairn.lint.Linter;

import dev.cairn.db.ConnectionSource;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationScript;
import dev.cairn.CairnException;
import dev.cairn.config.Durations;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One lint of some migrations with both layers: the static rules, then (unless static only) the executed analysis on a
 * scratch database of the project's major, its findings ranked by the target's table sizes when a target is known.
 * The one place where {@code cairn lint}, the CI report and the deploy checklist meet the two layers.
 *
 * @param report       every finding of both layers
 * @param observations what the executed layer measured per statement (locks, rewrites, durations); empty when it did
 *                     not run
 * @param executed     whether the executed layer ran
 * @param note         why the executed layer was asked for but its findings are missing (it ran out of time), or null
 */
public record LintRun(LintReport report, List<Observation> observations, boolean executed, String note) {

    public LintRun {
        observations = List.copyOf(observations);
    }

    public LintRun(LintReport report, List<Observation> observations, boolean executed) {
        this(report, observations, executed, null);
    }

    /**
     * How the executed layer runs.
     *
     * @param major  the PostgreSQL major of the scratch database ({@code project.scratchMajor()})
     * @param target the database whose table sizes rank the findings (read only), or null for none
     * @param budget how long it may take ({@link Duration#ZERO}: no limit); past it the run goes on with the static
     *               layer alone and says so, since a deploy's {@code timeout} must bound its checklist too (a migration
     *               that sleeps, or a slow function, would otherwise hold the deploy before its first stage)
     */
    public record Executed(int major, ConnectionSource target, Duration budget) {
        public Executed {
            budget = budget == null ? Duration.ZERO : budget;
        }

        public Executed(int major, ConnectionSource target) {
            this(major, target, Duration.ZERO);
        }
    }

    /** @param executed how to run the executed layer, or null for the static layer only */
    public static LintRun of(MigrationDirectory dir, List<MigrationScript> scripts, LintOptions options, Executed executed) {
        LintReport statics = Linter.lint(scripts, options);
        if (executed == null || scripts.isEmpty()) {
            return new LintRun(statics, List.of(), false);
        }
        if (executed.budget().isZero()) {
            return ExecutedLayer.run(dir, scripts, executed, statics);
        }
        // A daemon thread: a run past the budget is abandoned (its scratch database is dropped when it ends) and never
        // keeps the process alive.
        CompletableFuture<LintRun> run = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                run.complete(ExecutedLayer.run(dir, scripts, executed, statics));
            } catch (Throwable t) {
                run.completeExceptionally(t);
            }
        }, "cairn-lint-executed");
        worker.setDaemon(true);
        worker.start();
        try {
            return run.get(executed.budget().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            return new LintRun(statics, List.of(), false, "The executed lint analysis did not finish within "
                    + Durations.format(executed.budget()) + " (the environment's timeout), so only the static layer's"
                    + " findings are shown; run `cairn lint` to see the executed ones.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CairnException(dev.cairn.ExitCode.INTERRUPTED, "Interrupted during the executed lint analysis.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The executed layer's call, kept apart so that the static layer never loads its classes. */
    private static final class ExecutedLayer {
        static LintRun run(MigrationDirectory dir, List<MigrationScript> scripts, Executed executed, LintReport statics) {
            // The target's sizes are read only (pg_class statistics), so the findings rank by what a lock would stop.
            TableSizes sizes = executed.target() == null ? TableSizes.NONE : TableSizes.read(executed.target());
            ExecutedReport r = ExecutedAnalysis.analyse(dir, scripts, executed.major(), sizes);
            return new LintRun(statics.plus(r.findings()), r.observations(), true);
        }
    }
}
