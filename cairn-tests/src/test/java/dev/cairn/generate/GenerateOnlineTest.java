package dev.cairn.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.catalog.Catalog;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.JdbcConnectionSource;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.dialect.IntrospectOptions;
import dev.cairn.diff.Differ;
import dev.cairn.events.RunEvents;
import dev.cairn.lint.Finding;
import dev.cairn.lint.LintOptions;
import dev.cairn.lint.LintReport;
import dev.cairn.lint.Linter;
import dev.cairn.lint.Severity;
import dev.cairn.migrate.HistoryTable;
import dev.cairn.migrate.MigrateResult;
import dev.cairn.migrate.MigrationContext;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationState;
import dev.cairn.migrate.Migrator;
import dev.cairn.migrate.RevertResult;
import dev.cairn.migrate.Reverter;
import dev.cairn.migrate.RunSettings;
import dev.cairn.migrate.SumFile;
import dev.cairn.migrate.Version;
import dev.cairn.postgres.inspect.PostgresIntrospector;
import dev.cairn.postgres.sql.ScriptSplitter;
import dev.cairn.project.Project;
import dev.cairn.sql.SqlStatement;
import dev.cairn.testing.DatabaseTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * generate's online forms end to end: an existing table (created, with rows, by an earlier migration) gets an index, a
 * foreign key, a check, a NOT NULL and unique / primary keys. generate writes the transactional main part with NOT
 * VALID constraints, a non-transactional part building the indexes concurrently and a validation part; cairn migrate
 * applies them to a database with rows, the result reads back as the schema files, and the reverts go back.
 */
@DatabaseTest
class GenerateOnlineTest {
    private static final String V1 = """
            CREATE TABLE customers (id int PRIMARY KEY, email text, code text);
            CREATE TABLE orders (id int PRIMARY KEY, customer_id int, amount int, note text);
            CREATE TABLE events (id int NOT NULL, kind text);
            INSERT INTO customers SELECT g, 'c' || g || '@example.com', 'k' || g FROM generate_series(1, 50) g;
            INSERT INTO orders SELECT g, 1 + g % 50, g, NULL FROM generate_series(1, 200) g;
            INSERT INTO events SELECT g, 'e' FROM generate_series(1, 20) g;
            """;

    private static final String SCHEMA = """
            CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL, code text CONSTRAINT customers_code_key UNIQUE);
            CREATE TABLE orders (id int PRIMARY KEY,
                customer_id int CONSTRAINT orders_customer_fk REFERENCES customers (id),
                amount int CONSTRAINT orders_amount_check CHECK (amount > 0), note text);
            CREATE INDEX orders_customer_idx ON orders (customer_id);
            CREATE TABLE events (id int NOT NULL CONSTRAINT events_pkey PRIMARY KEY, kind text);
            CREATE TABLE notes (id int PRIMARY KEY, order_id int REFERENCES orders (id), body text NOT NULL);
            CREATE INDEX notes_order_idx ON notes (order_id);
            """;

    @TempDir
    Path tmp;

    @Test
    void existingTablesGetTheOnlineFormsInThreeMigrationsThatMigrateAppliesAndRevertUndoes() throws Exception {
        Generator.Result r = generate(SCHEMA, false);
        assertThat(r.written()).extracting(w -> w.migration().getFileName().toString())
                .containsExactly("V2__online.sql", "V3__online_indexes.sql", "V4__online_validate.sql");
        assertThat(r.written()).extracting(Generator.Written::transactional).containsExactly(true, false, true);

        String main = Files.readString(r.written().get(0).migration());
        assertThat(main).contains("Part 1 of 3")
                .contains("ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES public.customers(id) NOT VALID")
                .contains("ADD CONSTRAINT orders_amount_check CHECK ((amount > 0)) NOT VALID")
                .contains("ADD CONSTRAINT customers_email_not_null_check CHECK (email IS NOT NULL) NOT VALID")
                .as("a new table keeps the simple form").contains("CREATE INDEX notes_order_idx ON public.notes")
                .doesNotContain("VALIDATE CONSTRAINT").doesNotContain("SET NOT NULL");
        assertThat(statements(main)).noneMatch(s -> s.contains("CONCURRENTLY"));

        String indexes = Files.readString(r.written().get(1).migration());
        assertThat(statements(indexes)).hasSize(3).allMatch(s -> s.contains(" INDEX CONCURRENTLY "))
                .anyMatch(s -> s.startsWith("CREATE INDEX CONCURRENTLY orders_customer_idx ON public.orders"))
                .anyMatch(s -> s.startsWith("CREATE UNIQUE INDEX CONCURRENTLY customers_code_key ON public.customers"))
                .anyMatch(s -> s.startsWith("CREATE UNIQUE INDEX CONCURRENTLY events_pkey ON public.events"));
        assertThat(statements(Files.readString(r.written().get(1).revert()))).hasSize(3)
                .allMatch(s -> s.startsWith("DROP INDEX CONCURRENTLY "));

        String validate = Files.readString(r.written().get(2).migration());
        assertThat(validate).contains("VALIDATE CONSTRAINT orders_customer_fk").contains("VALIDATE CONSTRAINT orders_amount_check")
                .contains("VALIDATE CONSTRAINT customers_email_not_null_check").contains("ALTER COLUMN email SET NOT NULL")
                .contains("DROP CONSTRAINT customers_email_not_null_check")
                .contains("ADD CONSTRAINT customers_code_key UNIQUE USING INDEX customers_code_key")
                .contains("ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_pkey");
        int setNotNull = validate.indexOf("ALTER COLUMN email SET NOT NULL");
        assertThat(validate.indexOf("VALIDATE CONSTRAINT customers_email_not_null_check")).isLessThan(setNotNull);
        assertThat(validate.indexOf("DROP CONSTRAINT customers_email_not_null_check")).isGreaterThan(setNotNull);
        assertThat(r.written().get(2).snapshot()).exists();
        assertThat(r.written().get(0).snapshot()).exists();

        assertThat(lintErrors(newMigrations())).as("the online plan passes lint, as migrate's gate runs it").isEmpty();

        try (ScratchDatabase db = DevDatabases.createDatabase()) {
            MigrationContext context = context(db);
            MigrateResult applied = new Migrator(context).migrate(MigrationState.Options.DEFAULT, false);
            assertThat(applied.failure()).isNull();
            assertThat(applied.steps()).extracting(MigrateResult.Step::transactional).containsExactly(true, true, false, true);
            assertThat(Differ.diff(introspect(db), desired(SCHEMA)).isEmpty()).as("the migrations reach the schema files").isTrue();
            assertThat(count(db, "SELECT count(*) FROM orders")).isEqualTo(200);

            RevertResult back = new Reverter(context(db)).revert(Version.parse("1"), false);
            assertThat(back.failure()).isNull();
            assertThat(Differ.diff(introspect(db), desired(V1)).isEmpty()).as("the reverts go back to V1").isTrue();
        }
    }

    @Test
    void fastWritesOneMigrationWithThePlainForms() throws Exception {
        Generator.Result r = generate(SCHEMA, true);
        assertThat(r.written()).hasSize(1);
        String sql = Files.readString(r.migration());
        assertThat(sql).doesNotContain("CONCURRENTLY").doesNotContain("NOT VALID").doesNotContain("USING INDEX")
                .contains("CREATE INDEX orders_customer_idx").contains("ALTER COLUMN email SET NOT NULL");
        assertThat(lintErrors(newMigrations())).as("the lint that passes the online plan catches the plain one")
                .contains("require-concurrent-index-creation", "constraint-missing-not-valid", "set-not-null-without-check",
                        "unique-constraint-without-index");
    }

    @Test
    void aChangeOnlyToNewTablesStaysOneMigration() throws Exception {
        Generator.Result r = generate(V1 + """
                CREATE TABLE notes (id int PRIMARY KEY, order_id int REFERENCES orders (id), body text NOT NULL CHECK (body <> ''));
                CREATE INDEX notes_order_idx ON notes (order_id);
                """.replace("INSERT", "-- INSERT"), false);
        assertThat(r.written()).hasSize(1);
        assertThat(Files.readString(r.migration())).doesNotContain("CONCURRENTLY").doesNotContain("NOT VALID")
                .contains("CREATE INDEX notes_order_idx");
    }

    /**
     * What keeps the plain form on an existing table: a partitioned table's index (PostgreSQL cannot build it
     * concurrently), and a unique key that a foreign key of the same change references (it must exist when the
     * foreign key is added, even NOT VALID). The foreign key itself is still NOT VALID, then validated: two migrations.
     */
    @Test
    void partitionedTablesAndReferencedKeysKeepThePlainForm() throws Exception {
        String partitioned = """
                CREATE TABLE measurements (at date NOT NULL, v int) PARTITION BY RANGE (at);
                CREATE TABLE measurements_2026 PARTITION OF measurements FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
                """;
        String schema = V1 + partitioned + """
                CREATE INDEX measurements_v_idx ON measurements (v);
                ALTER TABLE customers ADD CONSTRAINT customers_email_key UNIQUE (email);
                ALTER TABLE orders ADD COLUMN customer_email text CONSTRAINT orders_customer_email_fk REFERENCES customers (email);
                """;
        Generator.Result r = generate(V1 + partitioned, schema.replace("INSERT", "-- INSERT"), false);
        assertThat(r.written()).extracting(w -> w.migration().getFileName().toString())
                .containsExactly("V2__online.sql", "V3__online_validate.sql");
        String main = Files.readString(r.written().get(0).migration());
        assertThat(main).doesNotContain("CONCURRENTLY").contains("CREATE INDEX measurements_v_idx ON ONLY public.measurements")
                .contains("ADD CONSTRAINT customers_email_key UNIQUE (email)")
                .contains("ADD CONSTRAINT orders_customer_email_fk FOREIGN KEY (customer_email) REFERENCES public.customers(email) NOT VALID");
        assertThat(Files.readString(r.written().get(1).migration())).contains("VALIDATE CONSTRAINT orders_customer_email_fk");
    }

    /**
     * Duplicate rows make the concurrent unique build fail and leave an INVALID index; the main part stays applied,
     * the validation part does not run. Once the rows are fixed, the next migrate drops the invalid index, builds it
     * again and goes on.
     */
    @Test
    void aUniqueBuildFailingOnDuplicatesCanBeRunAgainOnceTheRowsAreFixed() throws Exception {
        generate(SCHEMA, false);
        try (ScratchDatabase db = DevDatabases.createDatabase()) {
            assertThat(new Migrator(context(db)).migrate(new MigrationState.Options(Version.parse("1"), false), false).failure()).isNull();
            execute(db, "UPDATE customers SET code = 'dup' WHERE id > 40"); // rows written since, breaking the new unique key
            MigrateResult first = new Migrator(context(db)).migrate(MigrationState.Options.DEFAULT, false);
            assertThat(first.failure()).isNotNull();
            assertThat(first.failure().message()).contains("V3__online_indexes.sql").contains("INVALID");
            assertThat(count(db, "SELECT count(*) FROM pg_index WHERE NOT indisvalid")).isEqualTo(1);
            assertThat(count(db, "SELECT count(*) FROM pg_constraint WHERE conname = 'customers_code_key'")).isZero();

            execute(db, "UPDATE customers SET code = 'k' || id WHERE id > 40");
            MigrateResult second = new Migrator(context(db)).migrate(MigrationState.Options.DEFAULT, false);
            assertThat(second.failure()).as("%s", second.failure()).isNull();
            assertThat(count(db, "SELECT count(*) FROM pg_index WHERE NOT indisvalid")).isZero();
            assertThat(Differ.diff(introspect(db), desired(SCHEMA)).isEmpty()).isTrue();
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private Generator.Result generate(String schema, boolean fast) throws Exception {
        return generate(V1, schema, fast);
    }

    private Generator.Result generate(String v1, String schema, boolean fast) throws Exception {
        Files.writeString(tmp.resolve("cairn.yaml"), "schema: schema\nmigrations: migrations\n"
                + "environments:\n  local:\n    url: embedded\n");
        Files.createDirectories(tmp.resolve("schema"));
        Files.createDirectories(tmp.resolve("migrations"));
        Files.writeString(tmp.resolve("schema/01_tables.sql"), schema);
        Files.writeString(tmp.resolve("migrations/V1__tables.sql"), v1);
        SumFile.write(MigrationDirectory.scan(tmp.resolve("migrations")));
        Generator.Result result = Generator.generate(Project.load(tmp, Map.of()),
                new Generator.Options("online", List.of(), false, Generator.RenameChooser.NEVER, fast));
        assertThat(result.nothingToDo()).isFalse();
        return result;
    }

    /** The migrations generate wrote (after V1), as cairn migrate would lint them before applying. */
    private List<dev.cairn.migrate.MigrationScript> newMigrations() {
        return MigrationDirectory.scan(tmp.resolve("migrations")).versioned().stream()
                .filter(m -> !m.name().startsWith("V1__")).toList();
    }

    /** The rules of the unexcused errors, with the 10 s lock timeout cairn migrate sets by default. */
    private static List<String> lintErrors(List<dev.cairn.migrate.MigrationScript> scripts) {
        LintReport report = Linter.lint(scripts, LintOptions.defaults().withLockTimeout(Duration.ofSeconds(10)));
        return report.findings().stream().filter(Finding::blocking).filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::rule).toList();
    }

    private MigrationContext context(ScratchDatabase db) {
        RunSettings settings = new RunSettings(Duration.ofSeconds(5), Duration.ZERO, Duration.ZERO, "public", "test", "tester@host");
        return new MigrationContext(MigrationDirectory.scan(tmp.resolve("migrations")),
                new JdbcConnectionSource(db.jdbcUrl(), db.user(), null), new HistoryTable("public", HistoryTable.DEFAULT_NAME),
                settings, new RunEvents(e -> { }, "test"));
    }

    private static List<String> statements(String script) {
        return ScriptSplitter.split(script, "script.sql").stream().map(SqlStatement::sql).map(String::strip)
                .map(s -> s.replaceAll("(?m)^--.*\\n", "").strip()).toList();
    }

    private static Catalog desired(String sql) throws Exception {
        try (ScratchDatabase db = DevDatabases.createDatabase()) {
            execute(db, sql);
            return introspect(db);
        }
    }

    private static Catalog introspect(ScratchDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            Catalog all = PostgresIntrospector.introspect(c, IntrospectOptions.all());
            // the history table cairn migrate keeps is not part of the schema
            return all.withTables(all.tables().stream().filter(t -> !t.name().equals(HistoryTable.DEFAULT_NAME)).toList());
        }
    }

    private static void execute(ScratchDatabase db, String sql) throws Exception {
        try (Connection c = db.connect()) {
            for (SqlStatement s : ScriptSplitter.split(sql, "script.sql")) {
                try (Statement st = c.createStatement()) {
                    st.execute(s.sql());
                }
            }
        }
    }

    private static long count(ScratchDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
