package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pull writes a live schema as files that load back to the same schema. */
@Tag("db")
class PullCommandTest {
    @TempDir
    Path tmp;

    private static CliRun cairn(Path project, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--dir";
        all[1] = project.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.inProcess(all);
    }

    @ParameterizedTest
    @ValueSource(strings = {"schema", "table"})
    void pulledFilesLoadBackToTheLiveSchema(String layout) throws Exception {
        Path shop = tmp.resolve("shop");
        CliRun.copyTree(Path.of("..", "examples", "shop"), shop);
        try (ScratchDatabase live = DevDatabases.createDatabase()) {
            String url = live.jdbcUrl();
            assertThat(cairn(shop, "--url", url, "migrate").exitCode()).isZero();

            Path adopted = tmp.resolve("adopted");
            assertThat(cairn(adopted, "init").exitCode()).isZero();
            String config = Files.readString(adopted.resolve("cairn.yaml"));
            assertThat(config).contains("layout: schema");
            Files.writeString(adopted.resolve("cairn.yaml"), config.replace("layout: schema", "layout: " + layout));
            CliRun pull = cairn(adopted, "--url", url, "pull");
            assertThat(pull.exitCode()).as(pull.all()).isZero();
            try (Stream<Path> files = Files.list(adopted.resolve("schema"))) {
                long count = files.filter(p -> p.toString().endsWith(".sql")).count();
                assertThat(count).isEqualTo(layout.equals("schema") ? 1 : pull.out().lines().filter(l -> l.startsWith("  ")).count());
            }
            // The independent check: the files, loaded into a fresh database, diff equal to the live one.
            CliRun diff = cairn(adopted, "diff", "url:" + url, "schema");
            assertThat(diff.exitCode()).as(diff.all()).isZero();
            // Pulling again needs --force, and then gives the same files.
            assertThat(cairn(adopted, "--url", url, "pull").exitCode()).isEqualTo(2);
            assertThat(cairn(adopted, "--url", url, "pull", "--force").exitCode()).isZero();
        }
    }

    @Test
    void pulledSchemaThenGenerateGivesAFirstMigrationThatRebuildsIt() throws Exception {
        Path shop = tmp.resolve("shop");
        CliRun.copyTree(Path.of("..", "examples", "shop"), shop);
        try (ScratchDatabase live = DevDatabases.createDatabase()) {
            assertThat(cairn(shop, "--url", live.jdbcUrl(), "migrate").exitCode()).isZero();
            Path adopted = tmp.resolve("adopted");
            cairn(adopted, "init");
            assertThat(cairn(adopted, "--url", live.jdbcUrl(), "pull").exitCode()).isZero();
            CliRun gen = cairn(adopted, "generate", "--name", "baseline");
            assertThat(gen.exitCode()).as(gen.all()).isZero();
            assertThat(adopted.resolve("migrations/V1__baseline.sql")).exists();
            assertThat(cairn(adopted, "diff", "migrations", "url:" + live.jdbcUrl()).exitCode()).isZero();
        }
    }

    /** Collations, casts, rules, statistics, event triggers and text search objects are pulled and load back. */
    @ParameterizedTest
    @ValueSource(strings = {"schema", "table"})
    void definedObjectsArePulled(String layout) throws Exception {
        try (ScratchDatabase live = DevDatabases.createDatabase(); java.sql.Connection c = live.connect();
                java.sql.Statement st = c.createStatement()) {
            st.execute("""
                    CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
                    CREATE TEXT SEARCH CONFIGURATION doc_cfg (COPY = pg_catalog.english);
                    CREATE TABLE doc (id int PRIMARY KEY, title text COLLATE ci, body text);
                    CREATE INDEX doc_fts ON doc USING gin (to_tsvector('public.doc_cfg'::regconfig, body));
                    CREATE STATISTICS doc_stats ON id, title FROM doc;
                    CREATE RULE doc_no_delete AS ON DELETE TO doc DO INSTEAD NOTHING;
                    CREATE TYPE pair AS (a int, b int);
                    CREATE FUNCTION pair_of(int) RETURNS pair LANGUAGE sql AS 'SELECT ROW($1, $1)::pair';
                    CREATE CAST (int AS pair) WITH FUNCTION pair_of(int);
                    CREATE FUNCTION note_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
                    CREATE EVENT TRIGGER note_ddl_end ON ddl_command_end EXECUTE FUNCTION note_ddl();
                    """);
            Path adopted = tmp.resolve("adopted");
            assertThat(cairn(adopted, "init").exitCode()).isZero();
            String config = Files.readString(adopted.resolve("cairn.yaml"));
            Files.writeString(adopted.resolve("cairn.yaml"), config.replace("layout: schema", "layout: " + layout));
            CliRun pull = cairn(adopted, "--url", live.jdbcUrl(), "pull");
            assertThat(pull.exitCode()).as(pull.all()).isZero();
            CliRun diff = cairn(adopted, "diff", "url:" + live.jdbcUrl(), "schema");
            assertThat(diff.exitCode()).as(diff.all()).isZero();
            String files;
            try (Stream<Path> all = Files.list(adopted.resolve("schema"))) {
                files = all.map(p -> {
                    try {
                        return Files.readString(p);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).reduce("", String::concat);
            }
            assertThat(files).contains("CREATE COLLATION public.ci", "CREATE CAST (integer AS public.pair)",
                    "CREATE RULE doc_no_delete", "CREATE STATISTICS public.doc_stats", "CREATE EVENT TRIGGER note_ddl_end",
                    "CREATE TEXT SEARCH CONFIGURATION public.doc_cfg");
        }
    }
}
