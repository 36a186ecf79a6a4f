import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Slices LoadGen's samples by bench/online/run.sh's phase marks and prints the Markdown table.
 *
 * A request belongs to a phase when its intended start lies inside the phase's window (the migration command's run,
 * or the baseline's stretch of time); its whole response time counts, even the part after the window closed, so a
 * request blocked by the change is charged to the change.
 *
 * A change shorter than MIN_WINDOW_S (third argument, seconds; default 0) keeps a window of that length from its start,
 * so a sub-second change is judged on enough requests for a p99 to mean something; its duration is still its own.
 *
 * Usage: java Report SAMPLES PHASES [MIN_WINDOW_S]
 * PHASES: one line per phase, "change path startMicros endMicros table" (tab separated; change "baseline" for the
 * baselines; table "main", or "process" for the second table of Cairn's whole-process windows).
 * Output: the table on stdout; a machine-readable line per phase on stderr ("phase change path p99ms errors ...").
 */
public final class Report {
    record Sample(long start, long service, long response, char op, String outcome) {}

    /** end is the change's own end, windowEnd the end of the requests counted (end, or later for a short change). */
    record Phase(String change, String path, long start, long end, long windowEnd, String table) {}

    record Stats(int requests, int timeouts, int errors, double p50, double p99, double max, double readP99,
                 double writeP99, double readMax, double writeMax) {}

    public static void main(String[] args) throws Exception {
        List<Sample> samples = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] f = line.split(" ");
            samples.add(new Sample(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), f[3].charAt(0), f[4]));
        }
        long minWindow = args.length > 2 ? Math.round(Double.parseDouble(args[2]) * 1e6) : 0;
        List<Phase> phases = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            if (!line.isBlank()) {
                String[] f = line.split("\t");
                long start = Long.parseLong(f[2]), end = Long.parseLong(f[3]);
                phases.add(new Phase(f[0], f[1], start, end, Math.max(end, start + minWindow), f.length > 4 ? f[4] : "main"));
            }
        }
        // The reference: every no-change stretch pooled (the baseline before the changes and the one after them), so
        // load from outside the benchmark that drifts during the run weighs on the reference as on the changes.
        List<Sample> quiet = new ArrayList<>();
        for (Phase ph : phases) {
            if (ph.change().equals("baseline")) {
                quiet.addAll(inside(samples, ph));
            }
        }
        Stats base = stats(quiet);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Reference (the baselines pooled, %d requests): p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors.%n%n",
                base.requests(), base.p50(), base.p99(), base.max(), base.timeouts() + base.errors()));
        table(out, samples, phases, base, "main");
        if (phases.stream().anyMatch(p -> p.table().equals("process"))) {
            out.append("\nThe same Cairn runs with the window widened to the whole `cairn migrate` process (JVM start, connection, "
                    + "history reads and the migrations), on the machine that also runs the database and the load:\n\n");
            table(out, samples, phases, base, "process");
        }
        System.out.print(out);
        // Which errors other than timeouts occurred, so a surprising one is named rather than only counted.
        samples.stream().map(Sample::outcome).filter(o -> o.startsWith("error:")).distinct().sorted()
                .forEach(o -> System.out.printf("%nOther errors seen during the run: %s (%d)%n", o,
                        samples.stream().filter(x -> x.outcome().equals(o)).count()));
    }

    static void table(StringBuilder out, List<Sample> samples, List<Phase> phases, Stats base, String which) {
        out.append("| Change | Path | Duration (s) | Requests | Errors (timeouts) | p50 (ms) | p99 (ms) | max (ms) "
                + "| p99 ÷ reference p99 | Reads p99 / max (ms) | Writes p99 / max (ms) | Target: 0 errors, p99 ≤ 2× |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Phase ph : phases) {
            if (!ph.table().equals(which)) {
                continue;
            }
            Stats s = stats(inside(samples, ph));
            double ratio = base.p99() == 0 ? Double.NaN : s.p99() / base.p99();
            String target = ph.change().equals("baseline") ? "–"
                    : (s.timeouts() + s.errors() == 0 && ratio <= 2.0 ? "met" : "**not met**");
            out.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %d | %d (%d) | %.1f | %.1f | %.1f | %.2f× | %.1f / %.1f | %.1f / %.1f | %s |%n",
                    ph.change(), ph.path(), (ph.end() - ph.start()) / 1e6, s.requests(), s.timeouts() + s.errors(),
                    s.timeouts(), s.p50(), s.p99(), s.max(), ratio, s.readP99(), s.readMax(), s.writeP99(),
                    s.writeMax(), target));
            System.err.printf(Locale.ROOT, "phase\t%s\t%s\t%s\tduration_s=%.2f\trequests=%d\terrors=%d\ttimeouts=%d\tp99_ms=%.1f\tmax_ms=%.1f%n",
                    which, ph.change(), ph.path(), (ph.end() - ph.start()) / 1e6, s.requests(), s.timeouts() + s.errors(),
                    s.timeouts(), s.p99(), s.max());
        }
    }

    static List<Sample> inside(List<Sample> all, Phase ph) {
        return all.stream().filter(s -> s.start() >= ph.start() && s.start() < ph.windowEnd()).toList();
    }

    static Stats stats(List<Sample> in) {
        int timeouts = (int) in.stream().filter(s -> s.outcome().equals("timeout")).count();
        int errors = (int) in.stream().filter(s -> s.outcome().startsWith("error")).count();
        long[] lat = in.stream().mapToLong(Sample::response).sorted().toArray();
        long[] reads = in.stream().filter(s -> s.op() == 'S').mapToLong(Sample::response).sorted().toArray();
        long[] writes = in.stream().filter(s -> s.op() != 'S').mapToLong(Sample::response).sorted().toArray();
        return new Stats(lat.length, timeouts, errors, pct(lat, 50), pct(lat, 99), pct(lat, 100), pct(reads, 99),
                pct(writes, 99), pct(reads, 100), pct(writes, 100));
    }

    /** The nearest-rank percentile in milliseconds (0 for no samples). */
    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1000.0;
    }
}
