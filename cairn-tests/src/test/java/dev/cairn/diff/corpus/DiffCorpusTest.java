package dev.cairn.diff.corpus;

import dev.cairn.db.DevDatabases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.testing.DatabaseTest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written differ corpus ({@code src/test/resources/diff-cases}). Every case's two sides
 * must load into PostgreSQL on their own; then the differ must carry the first to the second and
 * back (the round-trip oracle), meeting the case's declared expectations, and render exactly the plans
 * of its golden file ({@link GoldenPlans}; {@code -Dcairn.golden=update} rewrites them).
 */
@DatabaseTest
class DiffCorpusTest {

    /** {@code -Dcairn.corpus=text} runs only the cases whose id contains the text (comma-separated alternatives). */
    static List<CorpusCase> cases() {
        String only = System.getProperty("cairn.corpus", "");
        if (only.isBlank()) {
            return CorpusCases.all();
        }
        List<String> parts = List.of(only.split(","));
        return CorpusCases.all().stream().filter(c -> parts.stream().anyMatch(p -> c.id().contains(p.strip()))).toList();
    }

    @Test
    void corpusIsLargeAndCoversEveryGroup() {
        Map<String, Long> perGroup = cases().stream()
                .collect(Collectors.groupingBy(CorpusCase::group, TreeMap::new, Collectors.counting()));
        System.out.println("diff corpus: " + cases().size() + " cases " + perGroup);
        if (System.getProperty("cairn.corpus", "").isBlank()) {
            assertThat(cases()).hasSizeGreaterThanOrEqualTo(150);
        }
    }

    @Test
    void everyGoldenPlanBelongsToACase() {
        var ids = CorpusCases.all().stream().map(c -> c.file().resolveSibling(c.name() + GoldenPlans.SUFFIX)).toList();
        assertThat(CorpusCases.goldenFiles()).as("golden plans whose case is gone (delete them)").allMatch(ids::contains);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void bothSidesLoad(CorpusCase c) {
        assumeThisMajorHasWhatTheCaseUses(c);
        SqlLoader.checkLoads(c.fromSql(), c.id() + " (@from)");
        SqlLoader.checkLoads(c.toSql(), c.id() + " (@to)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void roundTrips(CorpusCase c) {
        Assumptions.assumeTrue(DifferOracle.available(), "the differ is not on this branch");
        Assumptions.assumeTrue(c.skipRoundTrip() == null, () -> "case opts out: " + c.skipRoundTrip());
        assumeThisMajorHasWhatTheCaseUses(c);
        if (c.knownFailure() == null) {
            check(c);
            return;
        }
        try {
            check(c);
        } catch (AssertionError | RuntimeException expected) {
            Assumptions.abort("known differ bug: " + c.knownFailure() + "\n" + expected.getMessage());
        }
        throw new AssertionError("[" + c.id() + "] is marked '-- @known-failure " + c.knownFailure()
                + "' but now round-trips: remove the marker from " + c.file().getFileName());
    }

    /**
     * On a major other than the bundled one (a CI matrix run, {@code -Dcairn.scratch.major=13}), a case written for a
     * newer major may use syntax or objects the older one lacks: such a case is skipped there, naming what failed.
     * Any other failure to load still fails.
     */
    static void assumeThisMajorHasWhatTheCaseUses(CorpusCase c) {
        int major = DevDatabases.defaultMajor();
        if (major == DevDatabases.servers().defaultMajor()) {
            return;
        }
        // a case named *_pgN is about what PostgreSQL N brought (e.g. named NOT NULL constraints): its expectations
        // hold from N on, even where the older major loads its SQL
        java.util.regex.Matcher since = java.util.regex.Pattern.compile("_pg(\\d+)$").matcher(c.name());
        if (since.find() && major < Integer.parseInt(since.group(1))) {
            Assumptions.abort("written for PostgreSQL " + since.group(1) + " and later; this is PostgreSQL " + major);
        }
        for (String sql : java.util.Arrays.asList(c.fromSql(), c.toSql())) {
            try {
                SqlLoader.checkLoads(sql, c.id());
            } catch (AssertionError e) {
                if (e.getCause() instanceof java.sql.SQLException q && q.getSQLState() != null
                        && (q.getSQLState().startsWith("42") || q.getSQLState().startsWith("0A")
                        || q.getSQLState().equals("22023"))) {
                    Assumptions.abort("PostgreSQL " + major + " lacks what the case uses: " + e.getMessage());
                }
                throw e;
            }
        }
    }

    private static void check(CorpusCase c) {
        CorpusRoundTrip.Result result;
        try {
            // column order is compared strictly, except where the case expects the plan to warn that it cannot keep it
            result = DifferOracle.check(c.fromSql(), c.rowsSql(), c.toSql(), c.expectsColumnOrderWarning(), c.ownership(),
                    c.privileges());
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("[" + c.id() + "] " + e.getMessage(), e);
        }
        for (CorpusCase.Expectation e : c.expectations()) {
            var plan = e.revert() ? result.revert() : result.forward();
            String which = "[" + c.id() + "] " + (e.revert() ? "revert" : "forward");
            switch (e.kind()) {
                case WARNING -> assertThat(CorpusRoundTrip.hasWarning(plan, e.text()))
                        .as("%s plan warns %s; plan:%n%s%nwarnings: %s", which, e.text(), plan.toSql(), plan.warnings())
                        .isTrue();
                case SQL_CONTAINS -> assertThat(plan.toSql()).as("%s plan", which).contains(e.text());
                case SQL_NOT_CONTAINS -> assertThat(plan.toSql()).as("%s plan", which).doesNotContain(e.text());
            }
        }
        GoldenPlans.check(c, result.forward(), result.revert());
        checkRowsSurvive(c, result);
    }

    /** Seeded rows survive the forward plan; a declared known loss skips (aborts) the test, showing its reason. */
    private static void checkRowsSurvive(CorpusCase c, CorpusRoundTrip.Result result) {
        if (c.rowsSql() == null) {
            assertThat(c.lossy().keySet()).as("[%s] @lossy / @known-loss without -- @rows", c.id()).isEmpty();
            assertThat(c.knownLoss().keySet()).as("[%s] @lossy / @known-loss without -- @rows", c.id()).isEmpty();
            return;
        }
        SeededRows.Outcome outcome = SeededRows.compare(c, result.rowsBefore(), result.rowsAfter());
        assertThat(outcome.failures()).as("[%s] seeded rows lost by the forward plan (declare -- @lossy or -- @known-loss):%n%s",
                c.id(), result.forward().toSql()).isEmpty();
        var notLost = new java.util.TreeSet<>(c.knownLoss().keySet());
        notLost.removeAll(outcome.knownLossesSeen());
        assertThat(notLost).as("[%s] marked -- @known-loss but the data now survives: remove the marker", c.id()).isEmpty();
        if (!c.knownLoss().isEmpty()) {
            String reason = "[" + c.id() + "] known data loss: " + c.knownLoss();
            System.out.println("SKIPPED " + reason); // surefire's console names skipped tests without their reason
            Assumptions.abort(reason);
        }
    }
}
