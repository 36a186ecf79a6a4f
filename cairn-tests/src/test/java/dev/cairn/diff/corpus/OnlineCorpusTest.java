package dev.cairn.diff.corpus;

import dev.cairn.catalog.Catalog;
import dev.cairn.dialect.IntrospectOptions;
import dev.cairn.diff.ChangeSet;
import dev.cairn.diff.DiffOptions;
import dev.cairn.diff.Differ;
import dev.cairn.lint.LintOptions;
import dev.cairn.lint.Linter;
import dev.cairn.plan.OnlinePlanner;
import dev.cairn.plan.OnlinePlanner.OnlinePlan;
import dev.cairn.plan.Plan;
import dev.cairn.plan.PlannedStatement;
import dev.cairn.postgres.PostgresOnlineForms;
import dev.cairn.postgres.inspect.PostgresIntrospector;
import dev.cairn.postgres.render.PostgresRenderer;
import dev.cairn.testing.DatabaseTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The round-trip oracle for generate's online plans ({@link OnlinePlanner}) over the diff corpus: for every case whose
 * change touches an existing table in a way that has an online form, the parts run as cairn migrate runs them (the
 * main part and the validations each in a transaction, the concurrent index builds outside any), on the case's rows
 * when it has some, and must reach the target catalog; then each part's revert (the differ's plan from the catalog the
 * part reached back to the one before, index drops concurrent) must give back exactly the catalog before that part.
 * Cases the plain form serves (nothing to make online, or new enum values that need a commit) are skipped.
 */
@DatabaseTest
class OnlineCorpusTest {

    /** The lint rules the online forms answer: none may fire on any part. */
    private static final java.util.Set<String> ONLINE_RULES = java.util.Set.of("require-concurrent-index-creation",
            "constraint-missing-not-valid", "set-not-null-without-check", "unique-constraint-without-index",
            "ban-concurrently-in-transaction");

    /**
     * Cases whose change the planner deliberately leaves in the plain form (docs/declarative-schema.md, "Online-safe
     * plans"), with the one rule lint then reports: a key a foreign key of the same change references (twice), a key
     * WITHOUT OVERLAPS, a check a table inherits from its parent, an index on a partitioned table.
     */
    private static final java.util.Map<String, String> KEPT_PLAIN = java.util.Map.of(
            "constraints/pk_referenced_by_fk_change", "unique-constraint-without-index",
            "constraints/temporal_pk_without_overlaps_pg18", "unique-constraint-without-index",
            "columns/generated_becomes_with_dependents", "unique-constraint-without-index",
            // before 17 a changed generation expression recreates the column, and the key a foreign key references with it
            "columns/generated_expression_change_with_dependents", "unique-constraint-without-index",
            "inheritance/inherit_with_new_parent_check", "constraint-missing-not-valid",
            "partitions/attached_and_standalone_index", "require-concurrent-index-creation");

    static List<CorpusCase> cases() {
        return DiffCorpusTest.cases().stream().filter(c -> c.skipRoundTrip() == null && c.knownFailure() == null).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void onlinePlansConverge(CorpusCase c) throws SQLException {
        DiffCorpusTest.assumeThisMajorHasWhatTheCaseUses(c);
        IntrospectOptions read = new IntrospectOptions(List.of(), List.of(), c.ownership(), c.privileges(), null, null);
        DiffOptions options = DiffOptions.defaults().withOwnership(c.ownership()).withPrivileges(c.privileges())
                .withServerMajor(dev.cairn.db.DevDatabases.defaultMajor());
        boolean columnsAsSets = c.expectsColumnOrderWarning();
        synchronized (CorpusRoundTrip.class) {
            Connection db = CorpusRoundTrip.workConnection();
            CorpusRoundTrip.reset(db);
            SqlLoader.load(db, c.fromSql(), "@from");
            Catalog a = PostgresIntrospector.introspect(db, read);
            Catalog[] holder = new Catalog[1];
            SqlLoader.inSandbox(s -> {
                SqlLoader.load(s, c.toSql(), "@to");
                holder[0] = PostgresIntrospector.introspect(s, read);
            });
            Catalog b = holder[0];
            ChangeSet changes = Differ.diff(a, b, options);
            OnlinePlan online = OnlinePlanner.plan(changes, b, PostgresOnlineForms.INSTANCE);
            Assumptions.assumeTrue(online.split(), "nothing to make online");
            Assumptions.assumeFalse(PostgresRenderer.render(changes).needsCommitSplit()
                    || PostgresRenderer.render(Differ.diff(b, a, options)).needsCommitSplit(), "enum values: generate keeps the plain form");
            if (c.rowsSql() != null) {
                SqlLoader.load(db, c.rowsSql(), "@rows");
            }

            List<ChangeSet> parts = new ArrayList<>(List.of(online.main(), online.indexes(), online.validations()));
            List<Boolean> indexPart = new ArrayList<>(List.of(false, true, false));
            for (int i = parts.size() - 1; i >= 0; i--) {
                if (parts.get(i).isEmpty()) {
                    parts.remove(i);
                    indexPart.remove(i);
                }
            }
            List<Catalog> reached = new ArrayList<>();
            StringBuilder applied = new StringBuilder();
            for (ChangeSet part : parts) {
                Plan plan = PostgresRenderer.render(part);
                Catalog partBefore = reached.isEmpty() ? a : reached.get(reached.size() - 1);
                List<String> unsafe = Linter.lintPlan("part.sql", plan, LintOptions.defaults().withBefore(partBefore)
                        .withLockTimeout(java.time.Duration.ofSeconds(10)))
                        .findings().stream().filter(f -> ONLINE_RULES.contains(f.rule())).map(f -> f.rule() + ": " + f.message()).toList();
                String keptPlain = KEPT_PLAIN.get(c.id());
                if (keptPlain != null) {
                    // the planner keeps the plain form on purpose here: lint must still tell the user, and only that
                    unsafe = unsafe.stream().filter(u -> !u.startsWith(keptPlain + ":")).toList();
                }
                if (!unsafe.isEmpty()) {
                    throw new AssertionError("[" + c.id() + "] the online plan still has what its forms exist to avoid: " + unsafe
                            + "\n" + plan.toSql());
                }
                applied.append("--- part ---\n").append(plan.toSql());
                apply(db, plan, "forward", applied);
                reached.add(PostgresIntrospector.introspect(db, read));
            }
            Catalog end = reached.get(reached.size() - 1);
            if (!CorpusRoundTrip.same(end, b, columnsAsSets)) {
                throw new AssertionError("[" + c.id() + "] " + CorpusRoundTrip.mismatch("online forward", new Plan(List.of(), List.of(),
                        new Plan.Summary(java.util.Map.of())), end, b, options).getMessage() + "\n" + applied);
            }
            DiffOptions plain = options;
            for (int i = parts.size() - 1; i >= 0; i--) {
                Catalog before = i == 0 ? a : reached.get(i - 1);
                ChangeSet back = Differ.diff(reached.get(i), before, plain);
                Plan revert = PostgresRenderer.render(indexPart.get(i)
                        ? OnlinePlanner.concurrentDrops(back, reached.get(i), PostgresOnlineForms.INSTANCE) : back);
                StringBuilder log = new StringBuilder(applied).append("--- revert of part ").append(i + 1).append(" ---\n")
                        .append(revert.toSql());
                apply(db, revert, "revert", log);
                Catalog after = PostgresIntrospector.introspect(db, read);
                if (!CorpusRoundTrip.same(after, before, columnsAsSets)) {
                    throw new AssertionError("[" + c.id() + "] " + CorpusRoundTrip.mismatch("revert of online part " + (i + 1), revert,
                            after, before, options).getMessage() + "\n" + log);
                }
            }
        }
    }

    /** As cairn migrate runs a file: one transaction, or statement by statement when one cannot run in a transaction. */
    private static void apply(Connection c, Plan plan, String what, StringBuilder log) throws SQLException {
        boolean outside = plan.statements().stream().anyMatch(s -> s.facts().outsideTransaction());
        c.setAutoCommit(outside);
        try {
            for (PlannedStatement s : plan.statements()) {
                try (Statement st = c.createStatement()) {
                    st.execute(s.sql());
                } catch (SQLException e) {
                    if (!outside) {
                        c.rollback();
                    }
                    throw new AssertionError(what + " part fails at\n  " + s.sql().strip() + "\nwith: " + e.getMessage() + "\n" + log, e);
                }
            }
            if (!outside) {
                c.commit();
            }
        } finally {
            c.setAutoCommit(true);
        }
    }
}
