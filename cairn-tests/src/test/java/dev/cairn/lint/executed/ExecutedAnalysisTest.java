package dev.cairn.lint.executed;

import dev.cairn.lint.Finding;
import dev.cairn.lint.Layer;
import dev.cairn.lint.Severity;


import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.db.DevDatabases;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationScript;
import dev.cairn.plan.LockLevel;
import dev.cairn.testing.DatabaseTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executed layer measures, on a scratch database, the lock modes PostgreSQL's manual documents ("Explicit
 * Locking"), the rewrites its ALTER TABLE notes describe, and the catalog changes; and draws its findings from them.
 * Runs on the default major; {@code -Dcairn.scratch.major=13} runs it on another.
 */
@DatabaseTest
class ExecutedAnalysisTest {
    @TempDir
    Path tmp;

    private static final String SETUP = """
            CREATE TABLE users (id int PRIMARY KEY, name text);
            CREATE TABLE orders (id int PRIMARY KEY, user_id int, total int, note varchar(10), created timestamptz);
            CREATE INDEX orders_user_idx ON orders (user_id);
            ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total > 0) NOT VALID;
            CREATE TABLE events (id int, at date) PARTITION BY RANGE (at);
            CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            CREATE TABLE events_2025 (id int, at date);
            CREATE MATERIALIZED VIEW order_totals AS SELECT user_id, count(*) AS n FROM orders GROUP BY user_id;
            CREATE UNIQUE INDEX order_totals_user ON order_totals (user_id);
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
            CREATE TABLE to_truncate (id int);
            CREATE TABLE to_drop (id int);
            CREATE TABLE to_rename (id int);
            """;

    /** One statement per migration, with the lock the manual documents on the table named. */
    private record Case(String sql, String table, LockLevel mode) {}

    private static List<Case> cases(int major) {
        List<Case> cases = new ArrayList<>(List.of(
                new Case("CREATE INDEX orders_total_idx ON orders (total)", "public.orders", LockLevel.SHARE),
                new Case("CREATE INDEX CONCURRENTLY orders_created_idx ON orders (created)", "public.orders",
                        LockLevel.SHARE_UPDATE_EXCLUSIVE),
                new Case("ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id)",
                        "public.orders", LockLevel.SHARE_ROW_EXCLUSIVE),
                new Case("ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check", "public.orders",
                        LockLevel.SHARE_UPDATE_EXCLUSIVE),
                new Case("CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch()",
                        "public.orders", LockLevel.SHARE_ROW_EXCLUSIVE),
                new Case("ALTER TABLE orders DISABLE TRIGGER orders_touch", "public.orders", LockLevel.SHARE_ROW_EXCLUSIVE),
                new Case("ALTER TABLE orders ALTER COLUMN total SET STATISTICS 500", "public.orders",
                        LockLevel.SHARE_UPDATE_EXCLUSIVE),
                new Case("ALTER TABLE orders SET (fillfactor = 70)", "public.orders", LockLevel.SHARE_UPDATE_EXCLUSIVE),
                new Case("ALTER TABLE events ATTACH PARTITION events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')",
                        "public.events", LockLevel.SHARE_UPDATE_EXCLUSIVE),
                new Case("ALTER TABLE orders ADD COLUMN extra int", "public.orders", LockLevel.ACCESS_EXCLUSIVE),
                new Case("ALTER TABLE orders DROP COLUMN extra", "public.orders", LockLevel.ACCESS_EXCLUSIVE),
                new Case("ALTER TABLE users RENAME COLUMN name TO full_name", "public.users", LockLevel.ACCESS_EXCLUSIVE),
                new Case("ALTER TABLE users ALTER COLUMN full_name SET NOT NULL", "public.users",
                        LockLevel.ACCESS_EXCLUSIVE),
                new Case("ALTER TABLE orders ALTER COLUMN total TYPE bigint", "public.orders", LockLevel.ACCESS_EXCLUSIVE),
                new Case("VACUUM FULL users", "public.users", LockLevel.ACCESS_EXCLUSIVE),
                new Case("CLUSTER orders USING orders_pkey", "public.orders", LockLevel.ACCESS_EXCLUSIVE),
                new Case("REFRESH MATERIALIZED VIEW order_totals", "public.order_totals", LockLevel.ACCESS_EXCLUSIVE),
                new Case("REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals", "public.order_totals",
                        LockLevel.EXCLUSIVE),
                new Case("INSERT INTO users VALUES (1, 'ann')", "public.users", LockLevel.ROW_EXCLUSIVE),
                new Case("UPDATE users SET full_name = 'bea' WHERE id = 1", "public.users", LockLevel.ROW_EXCLUSIVE),
                new Case("DELETE FROM users WHERE id = 2", "public.users", LockLevel.ROW_EXCLUSIVE),
                new Case("SELECT * FROM users FOR UPDATE", "public.users", LockLevel.ROW_SHARE),
                new Case("LOCK TABLE users IN SHARE MODE", "public.users", LockLevel.SHARE),
                new Case("ANALYZE users", "public.users", LockLevel.SHARE_UPDATE_EXCLUSIVE),
                new Case("REINDEX TABLE orders", "public.orders", LockLevel.SHARE),
                new Case("REINDEX TABLE CONCURRENTLY orders", "public.orders", LockLevel.SHARE_UPDATE_EXCLUSIVE),
                new Case("DROP INDEX CONCURRENTLY orders_total_idx", "public.orders", LockLevel.SHARE_UPDATE_EXCLUSIVE),
                new Case("TRUNCATE to_truncate", "public.to_truncate", LockLevel.ACCESS_EXCLUSIVE),
                new Case("ALTER TABLE to_rename RENAME TO renamed", "public.to_rename", LockLevel.ACCESS_EXCLUSIVE),
                new Case("DROP TABLE to_drop", "public.to_drop", LockLevel.ACCESS_EXCLUSIVE)));
        if (major >= 14) { // DETACH PARTITION … CONCURRENTLY is new in PostgreSQL 14
            cases.add(new Case("ALTER TABLE events DETACH PARTITION events_2025 CONCURRENTLY", "public.events",
                    LockLevel.SHARE_UPDATE_EXCLUSIVE));
        }
        return cases;
    }

    /** Writes V1 (the setup) and one migration per statement; returns the directory. */
    private MigrationDirectory directory(String setup, List<String> migrations) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("migrations"));
        Files.writeString(dir.resolve("V1__setup.sql"), setup);
        for (int i = 0; i < migrations.size(); i++) {
            Files.writeString(dir.resolve("V" + (i + 2) + "__step.sql"), migrations.get(i) + ";\n");
        }
        return MigrationDirectory.scan(dir);
    }

    private static List<MigrationScript> after(MigrationDirectory dir, int version) {
        return dir.versioned().stream().filter(s -> s.version().compareTo(dev.cairn.migrate.Version.parse(
                String.valueOf(version))) > 0).toList();
    }

    @Test
    void reportsTheDocumentedLockModeOfEachStatementKind() throws IOException {
        int major = DevDatabases.defaultMajor();
        List<Case> cases = cases(major);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(25);
        MigrationDirectory dir = directory(SETUP, cases.stream().map(Case::sql).toList());
        ExecutedReport report = ExecutedAnalysis.analyse(dir, after(dir, 1), DevDatabases.DEFAULT_MAJOR, TableSizes.NONE);

        assertThat(report.findings().findings()).noneMatch(f -> f.rule().equals("executed-failed"));
        assertThat(report.observations()).hasSize(cases.size());
        Map<String, LockLevel> expected = new LinkedHashMap<>();
        Map<String, LockLevel> measured = new LinkedHashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            Observation o = report.observations().get(i);
            assertThat(o.file()).isEqualTo("V" + (i + 2) + "__step.sql");
            expected.put(cases.get(i).sql(), cases.get(i).mode());
            measured.put(cases.get(i).sql(), o.lockOn(cases.get(i).table()));
        }
        assertThat(measured).containsExactlyEntriesOf(expected);

        // A foreign key locks both tables; ATTACH PARTITION locks the attached table harder than the parent.
        Observation fk = report.observations().get(2);
        assertThat(fk.lockOn("public.users")).isEqualTo(LockLevel.SHARE_ROW_EXCLUSIVE);
        Observation attach = report.observations().get(8);
        assertThat(attach.lockOn("public.events_2025")).isEqualTo(LockLevel.ACCESS_EXCLUSIVE);
        // A rename is neither a drop nor a creation.
        Observation rename = report.observations().get(11);
        assertThat(rename.dropped()).isEmpty();
        assertThat(rename.created()).isEmpty();
        assertThat(rename.altered()).containsExactly("column public.users.name: renamed to public.users.full_name");
        assertThat(report.observations().get(28).altered()).containsExactly("table public.to_rename: renamed to public.renamed");
        assertThat(report.findings().findings()).filteredOn(f -> f.rule().equals("executed-drop"))
                .extracting(Finding::object).containsExactly("public.to_drop");
        // The concurrent builds were seen while they waited.
        assertThat(report.observations()).allSatisfy(o -> assertThat(o.note()).isNull());
    }

    @Test
    void detectsRewritesByTheTablesNewFile() throws IOException {
        String setup = """
                CREATE TABLE t (id int PRIMARY KEY, n int, label varchar(10), payload text);
                CREATE INDEX t_n_idx ON t (n);
                """;
        List<String> steps = List.of(
                "ALTER TABLE t ALTER COLUMN n TYPE bigint",
                "ALTER TABLE t ALTER COLUMN label TYPE varchar(20)",
                "ALTER TABLE t ADD COLUMN at timestamptz DEFAULT clock_timestamp()",
                "ALTER TABLE t ADD COLUMN r double precision DEFAULT random()",
                "ALTER TABLE t ADD COLUMN zero int DEFAULT 0",
                "ALTER TABLE t ADD COLUMN since timestamptz DEFAULT now()",
                "ALTER TABLE t ADD COLUMN required int NOT NULL", // succeeds on the empty scratch table
                "REINDEX TABLE t",
                "TRUNCATE t");
        MigrationDirectory dir = directory(setup, steps);
        ExecutedReport report = ExecutedAnalysis.analyse(dir, after(dir, 1), DevDatabases.DEFAULT_MAJOR, TableSizes.NONE);

        List<Observation> o = report.observations();
        assertThat(o).hasSize(steps.size());
        assertThat(o.get(0).rewritten()).containsExactly("public.t");
        assertThat(o.get(1).rewritten()).isEmpty();
        assertThat(o.get(2).rewritten()).containsExactly("public.t");
        assertThat(o.get(3).rewritten()).containsExactly("public.t");
        assertThat(o.get(4).rewritten()).isEmpty();
        assertThat(o.get(5).rewritten()).isEmpty();
        assertThat(o.get(6).rewritten()).isEmpty();
        assertThat(o.get(6).scanned()).containsExactly("public.t");
        assertThat(o.get(7).rewritten()).isEmpty();
        assertThat(o.get(7).rebuiltIndexes()).containsExactly("public.t_n_idx", "public.t_pkey");
        assertThat(o.get(8).rewritten()).as("TRUNCATE empties the table, it does not rewrite it").isEmpty();

        List<Finding> rewrites = report.findings().findings().stream().filter(f -> f.rule().equals("executed-rewrite"))
                .toList();
        assertThat(rewrites).extracting(Finding::file).containsExactly("V2__step.sql", "V4__step.sql", "V5__step.sql");
        assertThat(rewrites).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.layer()).isEqualTo(Layer.EXECUTED);
            assertThat(f.object()).isEqualTo("public.t");
            assertThat(f.message()).startsWith("ACCESS EXCLUSIVE on public.t: blocks every read and write while the"
                    + " table is rewritten").contains("empty scratch table");
        });
        // The metadata-only changes still take ACCESS EXCLUSIVE: informed, not warned (no row is touched).
        assertThat(report.findings().findings()).filteredOn(f -> f.file().equals("V7__step.sql")).singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("executed-blocking-lock");
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                });
        // SET NOT NULL-like work reads every row: a warning.
        assertThat(report.findings().findings()).filteredOn(f -> f.file().equals("V8__step.sql")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void listsWhatEachStatementCreatedDroppedAndAlteredFromTheCatalog() throws IOException {
        String setup = """
                CREATE TABLE orders (id int PRIMARY KEY, note text, total int);
                CREATE TABLE legacy (id int);
                """;
        MigrationDirectory dir = directory(setup, List.of(
                "CREATE TABLE coupons (code text PRIMARY KEY);\nCREATE INDEX orders_total_idx ON orders (total);\n"
                        + "ALTER TABLE orders ALTER COLUMN total TYPE bigint;\nDROP TABLE legacy;\n"
                        + "ALTER TABLE orders DROP COLUMN note",
                "CREATE TABLE tmp (id int);\nALTER TABLE tmp ADD COLUMN x int;\nDROP TABLE tmp"));
        ExecutedReport report = ExecutedAnalysis.analyse(dir, after(dir, 1), DevDatabases.DEFAULT_MAJOR, TableSizes.NONE);

        List<Observation> o = report.observations();
        assertThat(o).extracting(Observation::line).containsExactly(1, 2, 3, 4, 5, 1, 2, 3);
        assertThat(o.get(0).created()).containsExactly("table public.coupons");
        assertThat(o.get(0).locks()).as("nothing existing is locked by creating a table").isEmpty();
        assertThat(o.get(1).created()).containsExactly("index public.orders_total_idx");
        assertThat(o.get(1).scanned()).containsExactly("public.orders");
        assertThat(o.get(2).altered()).containsExactly("column public.orders.total: type");
        assertThat(o.get(3).dropped()).containsExactly("table public.legacy");
        assertThat(o.get(4).dropped()).containsExactly("column public.orders.note");

        List<Finding> drops = report.findings().findings().stream().filter(f -> f.rule().equals("executed-drop")).toList();
        assertThat(drops).extracting(Finding::location).containsExactly("V2__step.sql:4", "V2__step.sql:5");
        assertThat(drops.get(0).message()).startsWith("Drops table public.legacy:");
        assertThat(drops).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        // The statement after CREATE INDEX in the same transaction keeps the SHARE lock held: said so.
        assertThat(report.findings().findings()).filteredOn(f -> f.location().equals("V2__step.sql:2")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("held until the migration commits, through the 3"));
        // A table created in the batch is new: no finding about locking, altering or dropping it.
        assertThat(report.findings().findings()).noneMatch(f -> f.file().equals("V3__step.sql"));
    }

    /** Above the limit, the catalog is read once per migration; each change still lands on its statement. */
    @Test
    void aLongBatchReadsTheCatalogOncePerMigrationAndStillAttributesEachChange() throws IOException {
        StringBuilder many = new StringBuilder("CREATE TABLE coupons (code text PRIMARY KEY);\n");
        for (int i = 0; i < ExecutedRun.PER_STATEMENT_LIMIT; i++) {
            many.append("INSERT INTO orders VALUES (").append(i).append(", 'n', ").append(i).append(");\n");
        }
        many.append("DROP TABLE legacy;\nALTER TABLE orders RENAME COLUMN note TO remark;\n"
                + "ALTER TABLE orders ALTER COLUMN total TYPE bigint");
        MigrationDirectory dir = directory("CREATE TABLE orders (id int PRIMARY KEY, note text, total int);\n"
                + "CREATE TABLE legacy (id int);\n", List.of(many.toString()));
        ExecutedReport report = ExecutedAnalysis.analyse(dir, after(dir, 1), DevDatabases.DEFAULT_MAJOR, TableSizes.NONE);

        List<Observation> o = report.observations();
        int n = ExecutedRun.PER_STATEMENT_LIMIT;
        assertThat(o).hasSize(n + 4);
        assertThat(o.get(0).created()).containsExactly("table public.coupons");
        assertThat(o.subList(1, n + 1)).allSatisfy(x -> {
            assertThat(x.created()).isEmpty();
            assertThat(x.altered()).isEmpty();
        });
        assertThat(o.get(n + 1).dropped()).containsExactly("table public.legacy");
        assertThat(o.get(n + 2).altered()).containsExactly("column public.orders.note: renamed to public.orders.remark");
        assertThat(o.get(n + 3).altered()).containsExactly("column public.orders.total: type");
        assertThat(o.get(n + 3).rewritten()).containsExactly("public.orders");
        assertThat(report.findings().findings()).filteredOn(f -> f.rule().equals("executed-drop"))
                .extracting(Finding::line).containsExactly(n + 2);
    }

    @Test
    void aFailingStatementIsAFindingWithTheServersMessageAndStopsTheAnalysis() throws IOException {
        MigrationDirectory dir = directory("CREATE TABLE t (id int);\n", List.of(
                "ALTER TABLE t ADD COLUMN a int;\n\nALTER TABLE t ADD COLUMN b int REFERENCES nowhere (id);\nALTER TABLE t ADD COLUMN c int",
                "CREATE TABLE later (id int)"));
        ExecutedReport report = ExecutedAnalysis.analyse(dir, after(dir, 1), DevDatabases.DEFAULT_MAJOR, TableSizes.NONE);

        assertThat(report.findings().findings()).filteredOn(f -> f.rule().equals("executed-failed")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.location()).isEqualTo("V2__step.sql:3");
                    assertThat(f.message()).contains("[42P01]", "\"nowhere\" does not exist", "V2__step.sql:3:",
                            "The 1 statement(s) after it in V2__step.sql and the 1 later migration(s) were not analysed");
                });
        assertThat(report.observations()).extracting(Observation::file).containsExactly("V2__step.sql");
    }

    @Test
    void aBrokenEarlierMigrationMeansNothingIsAnalysed() throws IOException {
        MigrationDirectory dir = directory("CREATE TABLE t (id int);\nCREATE TABLE t (id int);\n",
                List.of("ALTER TABLE t ADD COLUMN a int"));
        ExecutedReport report = ExecutedAnalysis.analyse(dir, after(dir, 1), DevDatabases.DEFAULT_MAJOR, TableSizes.NONE);
        assertThat(report.observations()).isEmpty();
        assertThat(report.findings().findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("executed-failed");
            assertThat(f.location()).isEqualTo("V1__setup.sql:2");
            assertThat(f.message()).contains("Replaying V1__setup.sql", "[42P07]", "None of the 1 linted migration(s)");
        });
    }

    @Test
    void theTargetsSizesRankTheFindings() throws IOException {
        MigrationDirectory dir = directory("CREATE TABLE orders (id int, total int);\nCREATE TABLE tiny (id int);\n",
                List.of("ALTER TABLE orders ALTER COLUMN total TYPE bigint",
                        "ALTER TABLE tiny ALTER COLUMN id TYPE bigint",
                        "CREATE INDEX orders_total ON orders (total)",
                        "ALTER TABLE orders ADD COLUMN new_table_later int"));
        TableSizes sizes = TableSizes.of(Map.of(
                "public.orders", new TableSizes.Size(48L * 1024 * 1024 * 1024, 310_000_000L),
                "public.tiny", new TableSizes.Size(8192, 3)));
        ExecutedReport report = ExecutedAnalysis.analyse(dir, after(dir, 1), DevDatabases.DEFAULT_MAJOR, sizes);
        List<Finding> f = report.findings().findings();

        assertThat(f).filteredOn(x -> x.file().equals("V2__step.sql")).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("executed-rewrite");
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.message()).startsWith("ACCESS EXCLUSIVE on public.orders (48 GB, 310 M rows): blocks every read"
                    + " and write while the table is rewritten").doesNotContain("scratch");
        });
        assertThat(f).filteredOn(x -> x.file().equals("V3__step.sql")).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("executed-rewrite");
            assertThat(x.severity()).as("a rewrite of a 3-row table is over at once").isEqualTo(Severity.WARNING);
            assertThat(x.message()).contains("public.tiny (8.0 kB, 3 rows)");
        });
        assertThat(f).filteredOn(x -> x.file().equals("V4__step.sql")).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("executed-blocking-lock");
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message()).isEqualTo("SHARE on public.orders (48 GB, 310 M rows): blocks INSERT, UPDATE and"
                    + " DELETE (reads go on) while every row is read.");
        });
    }

    @Test
    void humanFigures() {
        assertThat(Figures.bytes(512)).isEqualTo("512 bytes");
        assertThat(Figures.bytes(8192)).isEqualTo("8.0 kB");
        assertThat(Figures.bytes(2_250_000)).isEqualTo("2.1 MB");
        assertThat(Figures.bytes(48L << 30)).isEqualTo("48 GB");
        assertThat(Figures.rows(1)).isEqualTo("1 row");
        assertThat(Figures.rows(12_345)).isEqualTo("12 k rows");
        assertThat(Figures.rows(310_000_000)).isEqualTo("310 M rows");
    }
}
