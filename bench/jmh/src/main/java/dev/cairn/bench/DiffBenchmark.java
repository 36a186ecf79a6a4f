package dev.cairn.bench;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.SnapshotCodec;
import dev.cairn.diff.ChangeSet;
import dev.cairn.diff.Differ;
import dev.cairn.plan.Plan;
import dev.cairn.postgres.render.PostgresRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Differ.diff and PostgresRenderer.render on two catalogs read from Cairn JSON snapshots: {@code from} (the
 * 2,000-table schema of bench/schema/gen-schema.sh) and {@code to} (its mutated variant: ~50 columns and 20
 * indexes changed). Pass the files with {@code -p from=FILE -p to=FILE}; bench/schema/run.sh makes them with
 * Cairn's introspector. Loading the snapshots is set-up, not measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class DiffBenchmark {
    @Param("")
    public String from;

    @Param("")
    public String to;

    private Catalog a;
    private Catalog b;
    private ChangeSet changes;

    @Setup(Level.Trial)
    public void load() throws IOException {
        a = read(from);
        b = read(to);
        changes = Differ.diff(a, b);
        if (changes.isEmpty()) {
            throw new IllegalStateException(from + " and " + to + " are the same schema: nothing to benchmark");
        }
        System.out.printf("%n%d tables / %d tables, %d changes, %d statements%n", a.tables().size(), b.tables().size(),
                changes.changes().size(), PostgresRenderer.render(changes).statements().size());
    }

    private static Catalog read(String file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new IllegalArgumentException("pass the snapshot files: -p from=FILE -p to=FILE");
        }
        return SnapshotCodec.read(Files.readString(Path.of(file), StandardCharsets.UTF_8), file).catalog();
    }

    /** The diff alone (from → to: the forward migration). */
    @Benchmark
    public ChangeSet diff() {
        return Differ.diff(a, b);
    }

    /** What cairn diff and generate do for one direction: diff, then render the SQL. */
    @Benchmark
    public Plan diffAndRender() {
        return PostgresRenderer.render(Differ.diff(a, b));
    }

    /** Rendering alone, of a change set computed once in set-up. */
    @Benchmark
    public Plan render() {
        return PostgresRenderer.render(changes);
    }

    /** Two equal catalogs (from against itself): the cost of comparing everything and finding nothing. */
    @Benchmark
    public ChangeSet diffIdentical() {
        return Differ.diff(a, a);
    }
}
