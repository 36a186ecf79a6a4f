package dev.cairn.catalog.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.project.Project;
import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Column;
import dev.cairn.catalog.SnapshotCodec;
import dev.cairn.catalog.Table;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.JdbcConnectionSource;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.testing.DatabaseTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DatabaseTest
class CatalogSourcesTest {
    @TempDir
    Path dir;

    private Project project(String yaml) throws IOException {
        Files.writeString(dir.resolve("cairn.yaml"), yaml);
        return Project.load(dir, Map.of());
    }

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static CairnException usage(Throwable t) {
        assertThat(t).isInstanceOf(CairnException.class);
        assertThat(((CairnException) t).exitCode()).isEqualTo(ExitCode.USAGE);
        return (CairnException) t;
    }

    @Test
    void schemaFilesLoadInNameOrderIntoAScratchDatabase() throws IOException {
        write("schema/01_types.sql", "CREATE TYPE mood AS ENUM ('sad', 'ok');\n");
        write("schema/02_tables.sql", "CREATE TABLE person (\n  id int PRIMARY KEY,\n  feeling mood\n);\n"
                + "COMMENT ON TABLE person IS 'people';\n");
        CatalogSource source = CatalogSources.parse("schema", project(""));
        assertThat(source.describe()).isEqualTo("schema");
        Catalog c = source.load();
        Table person = c.table("public", "person").orElseThrow();
        assertThat(person.comment()).isEqualTo("people");
        assertThat(person.columns()).extracting(Column::type).containsExactly("integer", "public.mood");
        assertThat(c.enums()).singleElement().satisfies(e -> assertThat(e.labels()).containsExactly("sad", "ok"));
    }

    @Test
    void aBrokenSchemaFileIsReportedAtFileLineAndColumn() throws IOException {
        write("schema/a.sql", "CREATE TABLE ok (id int);\n");
        write("schema/b.sql", "-- orders\nCREATE TABLE orders (\n  id int,\n  total numeric CHECK (totl > 0)\n);\n");
        Project p = project("");
        assertThatThrownBy(() -> CatalogSources.parse("schema", p).load()).satisfies(t -> assertThat(usage(t).getMessage())
                .startsWith("schema/b.sql:4:24: ERROR [42703] column \"totl\" does not exist")
                .contains("CREATE TABLE orders ("));
    }

    @Test
    void schemaFilesKeyOrdersTheLoad() throws IOException {
        write("schema/a_tables.sql", "CREATE TABLE t (m mood);\n");
        write("schema/z_types.sql", "CREATE TYPE mood AS ENUM ('x');\n");
        assertThatThrownBy(() -> CatalogSources.parse("schema", project("")).load())
                .satisfies(t -> assertThat(usage(t).getMessage()).startsWith("schema/a_tables.sql:1:19: ERROR [42704]")
                        .contains("schemaFiles"));
        Catalog c = CatalogSources.parse("schema", project("schemaFiles: [z_types.sql]\n")).load();
        assertThat(c.table("public", "t")).isPresent();
        assertThat(((SchemaFilesSource) CatalogSources.parse("schema", project("schemaFiles: [z_types.sql]\n"))).files())
                .containsExactly("z_types.sql", "a_tables.sql");
        assertThatThrownBy(() -> CatalogSources.parse("schema", project("schemaFiles: [nope.sql]\n")).load())
                .satisfies(t -> assertThat(usage(t).getMessage()).contains("nope.sql").contains("does not exist"));
    }

    @Test
    void catalogSectionFiltersSchemas() throws IOException {
        write("schema/s.sql", "CREATE SCHEMA keep; CREATE SCHEMA skip; CREATE TABLE keep.t (id int); CREATE TABLE skip.t (id int);");
        Catalog c = CatalogSources.parse("schema", project("catalog:\n  excludeSchemas: [skip]\n")).load();
        assertThat(c.tables()).extracting(Table::qualifiedName).containsExactly("keep.t");
    }

    @Test
    void migrationsReplayUpToAVersionWithoutTheHistoryTable() throws IOException {
        write("migrations/V1__first.sql", "CREATE TABLE a (id int);\n");
        write("migrations/V2__second.sql", "CREATE TABLE b (id int);\n");
        write("migrations/V3__third.sql", "ALTER TABLE a ADD COLUMN name text;\n");
        Project p = project("history:\n  schema: cairn\n");
        Catalog upTo2 = CatalogSources.parse("migrations:2", p).load();
        assertThat(upTo2.tables()).extracting(Table::qualifiedName).containsExactly("public.a", "public.b");
        assertThat(upTo2.table("public", "a").orElseThrow().columns()).hasSize(1);
        assertThat(upTo2.schemas()).extracting(s -> s.name()).containsExactly("public"); // not the history's schema
        Catalog all = CatalogSources.parse("migrations", p).load();
        assertThat(all.table("public", "a").orElseThrow().columns()).extracting(Column::name).containsExactly("id", "name");
        assertThat(CatalogSources.parse("migrations:V2", p).describe()).isEqualTo("migrations:2");
    }

    @Test
    void aFailingMigrationFailsTheReplay() throws IOException {
        write("migrations/V1__bad.sql", "CREATE TABLE a (id nosuchtype);\n");
        Project p = project("");
        assertThatThrownBy(() -> CatalogSources.parse("migrations", p).load())
                .isInstanceOf(CairnException.class)
                .hasMessageContaining("V1__bad.sql:1:20");
    }

    @Test
    void snapshotRoundTrip() throws IOException {
        write("schema/s.sql", "CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v text DEFAULT 'x');");
        Project p = project("");
        Catalog c = CatalogSources.parse("schema", p).load();
        write("snap/V1.json", SnapshotCodec.write(new SnapshotCodec.Snapshot(SnapshotCodec.FORMAT, null, c)));
        CatalogSource snapshot = CatalogSources.parse("snapshot:snap/V1.json", p);
        assertThat(snapshot.load()).isEqualTo(c);
        assertThatThrownBy(() -> CatalogSources.parse("snapshot:missing.json", p).load())
                .satisfies(t -> assertThat(usage(t).getMessage()).contains("missing.json does not exist"));
    }

    @Test
    void liveDatabasesAreReadReadOnly() throws Exception {
        try (ScratchDatabase db = DevDatabases.createDatabase()) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE live (id int)");
            }
            Catalog byUrl = CatalogSources.parse("url:" + db.jdbcUrl(), null).load();
            assertThat(byUrl.tables()).extracting(Table::name).containsExactly("live");

            Project p = project("environments:\n  dev:\n    url: " + db.jdbcUrl() + "\n");
            CatalogSource env = CatalogSources.parse("env:dev", p);
            assertThat(env.load()).isEqualTo(byUrl);

            try (Connection c = LiveDatabaseSource.openReadOnly(new JdbcConnectionSource(db.jdbcUrl(), null, null));
                    Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute("CREATE TABLE nope (id int)"))
                        .isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("25006"));
            }
        }
    }

    @Test
    void urlSpecsNeverPrintCredentials() {
        CatalogSource s = CatalogSources.parse("url:postgresql://bob:hunter2@db.example:6543/app", null);
        assertThat(s.describe()).isEqualTo("url:postgresql://db.example:6543/app").doesNotContain("hunter2");
    }

    @Test
    void badSpecsAreUsageErrors() throws IOException {
        Project p = project("");
        assertThatThrownBy(() -> CatalogSources.parse("scheme", p)).satisfies(t -> assertThat(usage(t).getMessage())
                .contains("'scheme' is not a catalog source").contains("snapshot:FILE"));
        assertThatThrownBy(() -> CatalogSources.parse("migrations:abc", p)).satisfies(t -> assertThat(usage(t).getMessage())
                .contains("'abc' is not a migration version"));
        assertThatThrownBy(() -> CatalogSources.parse("env:", p)).satisfies(t -> assertThat(usage(t).getMessage())
                .contains("needs a value after the colon"));
        assertThatThrownBy(() -> CatalogSources.parse("env:nope", p)).satisfies(t -> assertThat(usage(t).getMessage())
                .contains("no environment 'nope'"));
        assertThatThrownBy(() -> CatalogSources.parse("schema", null)).satisfies(t -> assertThat(usage(t).getMessage())
                .contains("needs a Cairn project"));
        assertThatThrownBy(() -> CatalogSources.parse("url:mysql://x/y", null)).isInstanceOf(CairnException.class);
    }
}
