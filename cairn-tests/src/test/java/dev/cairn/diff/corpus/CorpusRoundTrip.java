package dev.cairn.diff.corpus;

import dev.cairn.catalog.Catalog;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.dialect.IntrospectOptions;
import dev.cairn.postgres.PostgresNames;
import dev.cairn.postgres.inspect.PostgresIntrospector;
import dev.cairn.diff.ChangeSet;
import dev.cairn.diff.DiffOptions;
import dev.cairn.diff.Differ;
import dev.cairn.diff.Warning;
import dev.cairn.plan.Plan;
import dev.cairn.plan.PlannedStatement;
import dev.cairn.postgres.render.PostgresRenderer;
import dev.cairn.plan.Risk;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The round-trip oracle: load {@code from} into a database and read its catalog A; read the catalog B
 * of {@code to} (loaded into the rolled-back sandbox); render diff(A, B) and apply it to the database
 * as one transaction, as a migration would run (two when it adds enum values and uses them, see
 * {@link Plan#transactions()}); the database must now read back exactly as B. Then
 * render diff(B, A), apply it: the database must read back exactly as A. Identical catalogs must give
 * an empty plan.
 *
 * <p>Creating a database costs ~300 ms on the scratch server, so the oracle reuses one work database
 * and resets it between checks (drop every extension and schema, recreate {@code public} as
 * PostgreSQL creates it); at first use it checks that a reset database reads back exactly like a
 * fresh one.
 */
public final class CorpusRoundTrip {
    private static ScratchDatabase work; // guarded by CorpusRoundTrip.class
    private static Connection workConnection; // guarded by CorpusRoundTrip.class

    private static final String RESET = """
            DO $$
            DECLARE r record;
            BEGIN
                FOR r IN SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' LOOP
                    EXECUTE format('DROP EXTENSION %I CASCADE', r.extname);
                END LOOP;
                -- publications, and the foreign servers and wrappers no extension brought (with their user mappings)
                FOR r IN SELECT pubname FROM pg_publication LOOP
                    EXECUTE format('DROP PUBLICATION %I', r.pubname);
                END LOOP;
                FOR r IN SELECT srvname FROM pg_foreign_server LOOP
                    EXECUTE format('DROP SERVER %I CASCADE', r.srvname);
                END LOOP;
                FOR r IN SELECT fdwname FROM pg_foreign_data_wrapper LOOP
                    EXECUTE format('DROP FOREIGN DATA WRAPPER %I CASCADE', r.fdwname);
                END LOOP;
                -- database-wide default privileges back to the built-in ones (a schema's go with it): every grant taken
                -- away, then the built-in ones given (an entry equal to them disappears)
                FOR r IN SELECT pg_get_userbyid(d.defaclrole) AS role, d.defaclobjtype AS t, CASE WHEN x.grantee = 0
                             THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(x.grantee)) END AS grantee
                         FROM pg_default_acl d, aclexplode(d.defaclacl) x WHERE d.defaclnamespace = 0 LOOP
                    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I REVOKE ALL ON %s FROM %s', r.role,
                        CASE r.t WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS' WHEN 'T' THEN 'TYPES'
                            ELSE 'SCHEMAS' END, r.grantee);
                END LOOP;
                FOR r IN SELECT pg_get_userbyid(d.defaclrole) AS role, d.defaclobjtype AS t FROM pg_default_acl d
                         WHERE d.defaclnamespace = 0 LOOP
                    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I GRANT ALL ON %s TO %I', r.role,
                        CASE r.t WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS' WHEN 'T' THEN 'TYPES'
                            ELSE 'SCHEMAS' END, r.role)
                        || CASE WHEN r.t IN ('f', 'T') THEN ', PUBLIC' ELSE '' END;
                END LOOP;
                FOR r IN SELECT nspname FROM pg_namespace
                         WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
                    EXECUTE format('DROP SCHEMA %I CASCADE', r.nspname);
                END LOOP;
                -- public as a new database of this major has it: from 15 owned by pg_database_owner with USAGE for
                -- PUBLIC; before, owned by the bootstrap superuser with CREATE and USAGE for PUBLIC
                IF current_setting('server_version_num')::int >= 150000 THEN
                    CREATE SCHEMA public AUTHORIZATION pg_database_owner;
                    GRANT USAGE ON SCHEMA public TO PUBLIC;
                ELSE
                    CREATE SCHEMA public;
                    GRANT ALL ON SCHEMA public TO PUBLIC;
                END IF;
                COMMENT ON SCHEMA public IS 'standard public schema';
            END $$;
            """;

    private CorpusRoundTrip() {}

    /**
     * The plans the differ made, for expectations; with seeded rows, every table's rows before and after the forward
     * plan (both null without).
     */
    public record Result(Catalog from, Catalog to, Plan forward, Plan revert,
            java.util.Map<String, SeededRows.TableRows> rowsBefore, java.util.Map<String, SeededRows.TableRows> rowsAfter) {}

    public static Result check(String fromSql, String toSql) {
        return check(fromSql, toSql, false);
    }

    /**
     * {@code ignoreColumnOrder}: compare tables' columns as sets. The random-mutation properties use it
     * because the differ appends re-added columns (a reported bug, see the corpus's column-order
     * cases), which would otherwise hide every other finding.
     */
    public static Result check(String fromSql, String toSql, boolean ignoreColumnOrder) {
        return check(fromSql, null, toSql, ignoreColumnOrder);
    }

    /**
     * {@code rowsSql} (may be null): inserted after {@code from} is loaded and read (it does not change the catalog);
     * the forward plan then runs on those rows, and the result holds every table's rows before and after it.
     */
    public static Result check(String fromSql, String rowsSql, String toSql, boolean ignoreColumnOrder) {
        return check(fromSql, rowsSql, toSql, ignoreColumnOrder, false, false);
    }

    /** {@code ownership}, {@code privileges}: also read and compare owners / privileges (the corpus's {@code @catalog}). */
    public static synchronized Result check(String fromSql, String rowsSql, String toSql, boolean ignoreColumnOrder,
            boolean ownership, boolean privileges) {
        IntrospectOptions read = new IntrospectOptions(List.of(), List.of(), ownership, privileges, null, null);
        DiffOptions compare = DiffOptions.defaults().withOwnership(ownership).withPrivileges(privileges);
        try {
            Connection c = workConnection();
            reset(c);
            SqlLoader.load(c, fromSql, "@from");
            Catalog a = introspect(c, read);
            java.util.Map<String, SeededRows.TableRows> rowsBefore = null;
            if (rowsSql != null) {
                SqlLoader.load(c, rowsSql, "@rows");
                rowsBefore = SeededRows.read(c, a);
            }
            Catalog[] holder = new Catalog[1];
            SqlLoader.inSandbox(s -> {
                SqlLoader.load(s, toSql, "@to");
                holder[0] = PostgresIntrospector.introspect(s, read);
            });
            Catalog b = holder[0];

            Plan forward = plan(a, b, compare);
            apply(c, forward, "forward");
            Catalog afterForward = introspect(c, read);
            if (!same(afterForward, b, ignoreColumnOrder)) {
                throw mismatch("forward", forward, afterForward, b, compare);
            }
            java.util.Map<String, SeededRows.TableRows> rowsAfter = rowsSql == null ? null : SeededRows.read(c, b);
            Plan revert = plan(b, a, compare);
            apply(c, revert, "revert");
            Catalog afterRevert = introspect(c, read);
            if (!same(afterRevert, a, ignoreColumnOrder)) {
                throw mismatch("revert", revert, afterRevert, a, compare);
            }
            if (same(a, b, false) && (!forward.isEmpty() || !revert.isEmpty())) {
                throw new AssertionError("identical schemas must give an empty plan, got:\n" + forward.toSql());
            }
            // a change that renders no statement still makes diff exit 1 and generate refuse
            if (same(a, b, false) && (!Differ.diff(a, b, compare).isEmpty() || !Differ.diff(b, a, compare).isEmpty())) {
                throw new AssertionError("identical schemas must give no change, got: " + Differ.diff(a, b, compare).changes());
            }
            return new Result(a, b, forward, revert, rowsBefore, rowsAfter);
        } catch (SQLException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static boolean same(Catalog x, Catalog y, boolean ignoreColumnOrder) {
        Catalog fx = followingNotNulls(withoutForeignNotNullNames(x, y));
        Catalog fy = followingNotNulls(withoutForeignNotNullNames(y, x));
        return ignoreColumnOrder ? columnsSorted(fx).equals(columnsSorted(fy)) : fx.equals(fy);
    }

    /**
     * Without the NOT NULL constraints of {@code c} that PostgreSQL 18 named under another table's name (a table that
     * stops inheriting keeps its parent's {@code parent_col_not_null}) and that {@code other}'s table does not have:
     * as for a table renamed since, the differ takes a name PostgreSQL could have given under any table name as no
     * name ({@code DiffRules#generatedNotNullName} with no table), so neither does the oracle.
     */
    static Catalog withoutForeignNotNullNames(Catalog c, Catalog other) {
        List<dev.cairn.catalog.Table> tables = c.tables().stream().map(t -> {
            dev.cairn.catalog.Table o = other.table(t.schema(), t.name()).orElse(null);
            return new dev.cairn.catalog.Table(t.schema(), t.name(), t.unlogged(), t.columns(),
                    t.constraints().stream().filter(k -> k.type() != dev.cairn.catalog.Constraint.Type.NOT_NULL || !k.validated()
                            || k.definition().contains(" NO INHERIT") || !PostgresNames.isGeneratedNotNullName(k.name(), null)
                            || o != null && o.constraints().stream().anyMatch(ok -> ok.name().equals(k.name()))).toList(),
                    t.indexes(), t.triggers(), t.policies(), t.rowSecurity(), t.forceRowSecurity(), t.partitionKey(),
                    t.partitionOf(), t.partitionBound(), t.comment(), t.owner(), t.dependsOn()).withExtrasOf(t);
        }).toList();
        return c.withTables(tables);
    }

    /**
     * Without the NOT NULL constraints whose names PostgreSQL 18 chose and that follow their column (validated,
     * inheritable, {@link PostgresNames#isGeneratedNotNullName generated}): after a rename or a collision such a name
     * differs from the one a fresh load gives, and Cairn neither compares nor writes it.
     */
    static Catalog followingNotNulls(Catalog c) {
        List<dev.cairn.catalog.Table> tables = c.tables().stream().map(t -> new dev.cairn.catalog.Table(t.schema(), t.name(),
                t.unlogged(), t.columns(), t.constraints().stream().filter(k -> k.type() != dev.cairn.catalog.Constraint.Type.NOT_NULL
                        || !k.validated() || k.definition().contains(" NO INHERIT") || !PostgresNames.isGeneratedNotNullName(k.name(), t.name()))
                        .toList(), t.indexes(), t.triggers(), t.policies(), t.rowSecurity(), t.forceRowSecurity(),
                t.partitionKey(), t.partitionOf(), t.partitionBound(), t.comment(), t.owner(), t.dependsOn()).withExtrasOf(t)).toList();
        return c.withTables(tables);
    }

    private static Catalog columnsSorted(Catalog c) {
        List<dev.cairn.catalog.Table> tables = c.tables().stream().map(t -> new dev.cairn.catalog.Table(t.schema(), t.name(),
                t.unlogged(), t.columns().stream().sorted(java.util.Comparator.comparing(dev.cairn.catalog.Column::name)).toList(),
                t.constraints(), t.indexes(), t.triggers(), t.policies(), t.rowSecurity(), t.forceRowSecurity(),
                t.partitionKey(), t.partitionOf(), t.partitionBound(), t.comment(), t.owner(), t.dependsOn()).withExtrasOf(t)).toList();
        return c.withTables(tables);
    }

    /** Does {@code plan} carry a warning or risk named like {@code kind} ({@code data-loss}, {@code possible-rename}…)? */
    public static boolean hasWarning(Plan plan, String kind) {
        String k = kind.toUpperCase(Locale.ROOT).replace('-', '_');
        boolean warned = plan.warnings().stream().map(Warning::kind).anyMatch(w -> w.name().equals(k));
        boolean risked = Arrays.stream(Risk.values()).anyMatch(r -> r.name().equals(k))
                && plan.statements().stream().anyMatch(s -> s.risks().contains(Risk.valueOf(k)));
        return warned || risked;
    }

    private static Plan plan(Catalog from, Catalog to, DiffOptions options) {
        // the plan runs on the scratch server's major: statements of newer majors (SET EXPRESSION) only there
        ChangeSet changes = Differ.diff(from, to, options.withServerMajor(dev.cairn.db.DevDatabases.defaultMajor()));
        return PostgresRenderer.render(changes);
    }

    /** Each of the plan's transactions ({@link Plan#transactions()}) in its own transaction, as migrations run. */
    private static void apply(Connection c, Plan whole, String direction) throws SQLException {
        for (Plan part : whole.transactions()) {
            applyOne(c, part, whole, direction);
        }
    }

    private static void applyOne(Connection c, Plan plan, Plan whole, String direction) throws SQLException {
        c.setAutoCommit(false);
        try {
            for (PlannedStatement s : plan.statements()) {
                try (Statement st = c.createStatement()) {
                    st.execute(s.sql());
                } catch (SQLException e) {
                    c.rollback();
                    throw new AssertionError(direction + " plan fails at\n  " + s.sql().strip() + "\nwith: " + e.getMessage()
                            + "\n--- whole " + direction + " plan" + (whole.transactions().size() > 1
                                    ? " (in " + whole.transactions().size() + " transactions)" : "") + " ---\n" + whole.toSql(), e);
                }
            }
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }

    static AssertionError mismatch(String direction, Plan plan, Catalog actual, Catalog expected, DiffOptions options) {
        String remaining;
        try {
            remaining = Differ.diff(actual, expected, options).toString();
        } catch (RuntimeException e) {
            remaining = "(the differ failed on it: " + e + ")";
        }
        return new AssertionError("after the " + direction + " plan the database does not read back as the target."
                + "\n--- what the differ still finds (applied → target) ---\n" + remaining
                + "--- first differing part ---\n" + firstDifference(actual, expected)
                + "\n--- " + direction + " plan ---\n" + plan.toSql());
    }

    /** The innermost part where the two catalogs differ (records and lists are descended into), both sides printed. */
    static String firstDifference(Object actual, Object expected) {
        return firstDifference("catalog", actual, expected);
    }

    private static String firstDifference(String path, Object x, Object y) {
        if (java.util.Objects.equals(x, y)) {
            return null;
        }
        if (x != null && y != null && x.getClass().isRecord() && x.getClass() == y.getClass()) {
            for (var component : x.getClass().getRecordComponents()) {
                try {
                    String d = firstDifference(path + "." + component.getName(), component.getAccessor().invoke(x),
                            component.getAccessor().invoke(y));
                    if (d != null) {
                        return d;
                    }
                } catch (ReflectiveOperationException e) {
                    return e.toString();
                }
            }
        }
        if (x instanceof List<?> lx && y instanceof List<?> ly) {
            for (int i = 0; i < Math.min(lx.size(), ly.size()); i++) {
                String d = firstDifference(path + "[" + i + "]", lx.get(i), ly.get(i));
                if (d != null) {
                    return d;
                }
            }
        }
        return path + "\n  applied: " + x + "\n  target:  " + y;
    }

    private static Catalog introspect(Connection c) throws SQLException {
        return introspect(c, IntrospectOptions.all());
    }

    private static Catalog introspect(Connection c, IntrospectOptions options) throws SQLException {
        return PostgresIntrospector.introspect(c, options);
    }

    static void reset(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(RESET);
        }
    }

    static Connection workConnection() throws SQLException {
        if (workConnection != null && workConnection.isValid(5)) {
            return workConnection;
        }
        work = DevDatabases.createDatabase();
        workConnection = work.connect();
        Catalog fresh = introspect(workConnection);
        reset(workConnection);
        Catalog reset = introspect(workConnection);
        if (!fresh.equals(reset)) {
            throw new IllegalStateException("a reset database does not read back like a fresh one: "
                    + firstDifference(reset, fresh));
        }
        return workConnection;
    }
}
