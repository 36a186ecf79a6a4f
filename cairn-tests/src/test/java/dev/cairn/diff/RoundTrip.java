package dev.cairn.diff;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Table;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.dialect.IntrospectOptions;
import dev.cairn.postgres.inspect.PostgresIntrospector;
import dev.cairn.postgres.sql.ScriptSplitter;
import dev.cairn.sql.SqlStatement;
import dev.cairn.plan.Plan;
import dev.cairn.plan.PlannedStatement;
import dev.cairn.postgres.render.PostgresRenderer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The round-trip oracle for the differ and the renderer, on real PostgreSQL:
 *
 * <ol>
 * <li>load schema A into a scratch database and B into another, introspect both;</li>
 * <li>render {@code diff(A, B)} and apply it to A's database; introspect it: {@code diff(result, B)}
 * must be empty and the result must equal B (columns compared as sets, not by position);</li>
 * <li>render {@code diff(result, A)} and apply it to the same database: back to A, by the same tests.</li>
 * </ol>
 *
 * On failure the assertion message holds both schemas, the rendered plan (with the failing statement
 * and the server's error) or the remaining differences as SQL, so a failing case explains itself.
 *
 * <pre>{@code
 * RoundTrip.check("CREATE TABLE t (a int);", "CREATE TABLE t (a bigint);");
 * RoundTrip.check(a, b, DiffOptions.defaults().withRename("public.users=public.accounts"));
 * }</pre>
 *
 * Run with {@code -Dcairn.roundtrip.print=true} to print every report, passing or not.
 *
 * <p>Plans are applied statement by statement in auto-commit mode (so {@code ALTER TYPE … ADD VALUE}
 * followed by a use of the new value works, as it does across migrations).
 */
public final class RoundTrip {
    private RoundTrip() {}

    /** What a round trip did: the two plans, for further assertions (e.g. on risks). */
    public record Result(Plan forward, Plan backward) {}

    public static Result check(String sqlA, String sqlB) {
        return check(sqlA, sqlB, DiffOptions.defaults());
    }

    /**
     * With explicit options forward (renames; owners and privileges are then also read and compared);
     * backward uses {@link #reversed(DiffOptions)}.
     */
    public static Result check(String sqlA, String sqlB, DiffOptions forward) {
        return run(sqlA, sqlB, forward, true);
    }

    /** Only requires the remaining diff to be empty, not the catalogs to be equal. */
    public static Result checkDiffOnly(String sqlA, String sqlB) {
        return run(sqlA, sqlB, DiffOptions.defaults(), false);
    }

    /** The options for going back: every rename turned around. */
    public static DiffOptions reversed(DiffOptions o) {
        List<DiffOptions.Rename> back = new ArrayList<>();
        for (DiffOptions.Rename r : o.renames()) {
            back.add(r.kind() == DiffOptions.Rename.Kind.TABLE ? DiffOptions.Rename.table(r.schema(), r.to(), r.table())
                    : DiffOptions.Rename.column(r.schema(), r.table(), r.to(), r.column()));
        }
        return new DiffOptions(back, o.ownership(), o.privileges());
    }

    private static Result run(String sqlA, String sqlB, DiffOptions forward, boolean strict) {
        try (ScratchDatabase dbA = DevDatabases.createDatabase(); ScratchDatabase dbB = DevDatabases.createDatabase();
                Connection a = dbA.connect(); Connection b = dbB.connect()) {
            Report report = new Report(sqlA, sqlB);
            load(a, sqlA, "A", report);
            load(b, sqlB, "B", report);
            IntrospectOptions read = new IntrospectOptions(List.of(), List.of(), forward.ownership(), forward.privileges(), null, null);
            Catalog catA = introspect(a, read);
            Catalog catB = introspect(b, read);
            Plan there = step(a, catA, catB, forward, "A -> B", report, strict, read);
            Catalog now = introspect(a, read);
            Plan back = step(a, now, catA, reversed(forward), "B -> A (the revert)", report, strict, read);
            if (Boolean.getBoolean("cairn.roundtrip.print")) {
                System.out.println(report.text);
            }
            return new Result(there, back);
        } catch (SQLException e) {
            throw new AssertionError("round trip: database error " + e.getMessage(), e);
        }
    }

    private static Plan step(Connection db, Catalog from, Catalog to, DiffOptions options, String label, Report report,
            boolean strict, IntrospectOptions read) throws SQLException {
        ChangeSet changes = Differ.diff(from, to, options.withServerMajor(dev.cairn.db.DevDatabases.defaultMajor()));
        Plan plan = PostgresRenderer.render(changes);
        report.section("plan " + label, plan.toSql() + warnings(changes));
        for (PlannedStatement s : plan.statements()) {
            try (Statement st = db.createStatement()) {
                st.execute(s.sql());
            } catch (SQLException e) {
                report.section("failed statement of " + label, s.sql() + "\n-- ERROR: " + e.getMessage());
                throw new AssertionError(report.fail(label + ": a planned statement fails"));
            }
        }
        Catalog after = introspect(db, read);
        ChangeSet rest = Differ.diff(after, to, new DiffOptions(List.of(), options.ownership(), options.privileges()));
        if (!rest.isEmpty()) {
            report.section("remaining changes after " + label, rest.toString() + "\n" + PostgresRenderer.render(rest).toSql());
            throw new AssertionError(report.fail(label + ": applying the plan does not reach the target"));
        }
        if (strict && !normalized(after).equals(normalized(to))) {
            report.section("catalog differences after " + label, differences(normalized(after), normalized(to)));
            throw new AssertionError(report.fail(label + ": the differ sees no change, but the catalogs differ"));
        }
        return plan;
    }

    private static String warnings(ChangeSet cs) {
        StringBuilder b = new StringBuilder();
        cs.warnings().forEach(w -> b.append("-- warning: ").append(w).append('\n'));
        return b.toString();
    }

    private static void load(Connection c, String sql, String name, Report report) {
        for (SqlStatement s : ScriptSplitter.split(sql, name + ".sql")) {
            try (Statement st = c.createStatement()) {
                st.execute(s.sql());
            } catch (SQLException e) {
                throw new AssertionError(report.fail("schema " + name + " does not load: " + e.getMessage() + "\n" + s.sql()));
            }
        }
    }

    static Catalog introspect(Connection c, IntrospectOptions options) throws SQLException {
        return PostgresIntrospector.introspect(c, options);
    }

    /**
     * Columns by name rather than position; dependency lists as sets; NOT NULL constraints with
     * generated names left out (after a rename PostgreSQL 18 keeps the old table or column name in them).
     */
    static Catalog normalized(Catalog c) {
        List<Table> tables = c.tables().stream().map(t -> new Table(t.schema(), t.name(), t.unlogged(),
                t.columns().stream().sorted(Comparator.comparing(dev.cairn.catalog.Column::name)).toList(),
                t.constraints().stream().filter(k -> k.type() != dev.cairn.catalog.Constraint.Type.NOT_NULL
                        || !k.name().matches(".*_not_null\\d*"))
                        .sorted(Comparator.comparing(dev.cairn.catalog.Constraint::name)).toList(),
                t.indexes().stream().sorted(Comparator.comparing(dev.cairn.catalog.Index::name)).toList(),
                t.triggers(), t.policies(), t.rowSecurity(), t.forceRowSecurity(), t.partitionKey(), t.partitionOf(),
                t.partitionBound(), t.comment(), t.owner(), t.dependsOn().stream().sorted().distinct().toList()).withExtrasOf(t)).toList();
        return c.withTables(tables);
    }

    /** The top-level objects that differ, side by side. */
    static String differences(Catalog got, Catalog want) {
        StringBuilder b = new StringBuilder();
        compare(b, "schema", got.schemas(), want.schemas());
        compare(b, "extension", got.extensions(), want.extensions());
        compare(b, "enum", got.enums(), want.enums());
        compare(b, "domain", got.domains(), want.domains());
        compare(b, "composite", got.composites(), want.composites());
        compare(b, "range", got.ranges(), want.ranges());
        compare(b, "sequence", got.sequences(), want.sequences());
        compare(b, "table", got.tables(), want.tables());
        compare(b, "view", got.views(), want.views());
        compare(b, "routine", got.routines(), want.routines());
        compare(b, "privilege", got.privileges(), want.privileges());
        return b.toString();
    }

    private static <T> void compare(StringBuilder b, String kind, List<T> got, List<T> want) {
        for (T g : got) {
            if (!want.contains(g)) {
                b.append("got  ").append(kind).append(": ").append(g).append('\n');
            }
        }
        for (T w : want) {
            if (!got.contains(w)) {
                b.append("want ").append(kind).append(": ").append(w).append('\n');
            }
        }
    }

    private static final class Report {
        final StringBuilder text = new StringBuilder();

        Report(String a, String b) {
            section("schema A", a.strip());
            section("schema B", b.strip());
        }

        void section(String title, String body) {
            text.append("\n----- ").append(title).append(" -----\n").append(body.strip()).append('\n');
        }

        String fail(String what) {
            return "Round trip failed: " + what + "\n" + text;
        }
    }
}
