package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate and diff on the example project: the schema files are the desired state. */
@Tag("db")
class GenerateCommandTest {
    @TempDir
    Path tmp;
    Path project;

    @BeforeEach
    void copyExample() throws Exception {
        project = tmp.resolve("shop");
        CliRun.copyTree(Path.of("..", "examples", "shop"), project);
    }

    private CliRun cairn(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--dir";
        all[1] = project.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.inProcess(all);
    }

    private void edit(String file, String from, String to) throws Exception {
        Path p = project.resolve(file);
        String text = Files.readString(p);
        assertThat(text).contains(from);
        Files.writeString(p, text.replace(from, to));
    }

    private long migrationFiles() throws Exception {
        try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
            return files.filter(p -> p.toString().endsWith(".sql")).count();
        }
    }

    @Test
    void unchangedSchemaGeneratesNothing() throws Exception {
        long before = migrationFiles();
        CliRun r = cairn("generate");
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.out()).contains("Nothing to generate");
        assertThat(migrationFiles()).isEqualTo(before);
        assertThat(project.resolve("migrations/.snapshots")).doesNotExist();
        assertThat(cairn("diff", "migrations", "schema").exitCode()).isZero();
    }

    @Test
    void generatesMigrationRevertSnapshotAndSumThatMigrateApplies() throws Exception {
        edit("schema/02_tables.sql", "    display_name text NOT NULL,",
                "    full_name text NOT NULL, -- cairn:renamed-from display_name\n    phone varchar(20),");
        edit("schema/01_types.sql", "'customer', 'staff', 'admin'", "'customer', 'staff', 'support', 'admin'");
        CliRun diff = cairn("diff", "migrations", "schema");
        assertThat(diff.exitCode()).as(diff.all()).isEqualTo(1);
        assertThat(diff.out()).as("diff reads the renamed-from comment as generate does")
                .contains("RENAME COLUMN display_name TO full_name").doesNotContain("DROP COLUMN");
        CliRun r = cairn("generate", "--name", "Users: phone & full name");
        assertThat(r.exitCode()).as(r.all()).isZero();
        Path v6 = project.resolve("migrations/V6__users_phone_full_name.sql");
        assertThat(v6).exists();
        assertThat(Files.readString(v6)).contains("RENAME COLUMN display_name TO full_name")
                .contains("ADD VALUE 'support' AFTER 'staff'").contains("ADD COLUMN phone").doesNotContain("DROP COLUMN");
        assertThat(Files.readString(project.resolve("migrations/U6__users_phone_full_name.sql")))
                .contains("DROP COLUMN phone").contains("RENAME COLUMN full_name TO display_name");
        assertThat(project.resolve("migrations/.snapshots/V6.json")).exists();
        assertThat(Files.readString(project.resolve("migrations/cairn.sum"))).contains("V6__users_phone_full_name.sql");

        CliRun migrate = cairn("migrate");
        assertThat(migrate.exitCode()).as(migrate.all()).isZero();
        assertThat(migrate.out()).contains("Applied 7 migration(s)");
        assertThat(cairn("generate").out()).contains("Nothing to generate");

        CliRun replay = cairn("check", "--replay");
        assertThat(replay.exitCode()).as(replay.all()).isZero();
        assertThat(replay.out()).contains("snapshot V6");
        edit("schema/02_tables.sql", "    phone varchar(20),", "    phone varchar(40),");
        CliRun stale = cairn("check", "--replay", "--json");
        assertThat(stale.exitCode()).isEqualTo(1);
        assertThat(stale.json().get("replay").get("problems").toString()).contains("schema:").contains("phone");
    }

    @Test
    void newEnumValueThatIsUsedGetsAMigrationOfItsOwn() throws Exception {
        edit("schema/01_types.sql", "'customer', 'staff', 'admin'", "'customer', 'guest', 'staff', 'admin'");
        edit("schema/02_tables.sql", "DEFAULT 'customer'", "DEFAULT 'guest'");
        CliRun r = cairn("generate", "--name", "guests");
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.out()).as("both migrations are listed").contains("V6__guests_enum_values.sql", "U6__guests_enum_values.sql",
                "V7__guests.sql", "U7__guests.sql", ".snapshots/V6.json", ".snapshots/V7.json");
        Path v6 = project.resolve("migrations/V6__guests_enum_values.sql");
        Path v7 = project.resolve("migrations/V7__guests.sql");
        assertThat(Files.readString(v6)).contains("ADD VALUE 'guest' AFTER 'customer'").doesNotContain("SET DEFAULT");
        assertThat(Files.readString(v7)).contains("SET DEFAULT 'guest'").doesNotContain("ADD VALUE");
        assertThat(Files.readString(project.resolve("migrations/U7__guests.sql"))).contains("SET DEFAULT 'customer'");
        assertThat(Files.readString(project.resolve("migrations/U6__guests_enum_values.sql"))).contains("user_role__old");
        assertThat(project.resolve("migrations/.snapshots/V6.json")).exists();
        assertThat(project.resolve("migrations/.snapshots/V7.json")).exists();

        CliRun migrate = cairn("migrate");
        assertThat(migrate.exitCode()).as(migrate.all()).isZero();
        assertThat(migrate.out()).contains("Applied 8 migration(s)");
        assertThat(cairn("generate").out()).contains("Nothing to generate");
    }

    @Test
    void refusesDataLossUnlessAllowedNamingEachObject() throws Exception {
        edit("schema/02_tables.sql", "    description text,\n", "");
        long before = migrationFiles();
        CliRun refused = cairn("generate");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("public.products.description").contains("--allow-data-loss");
        assertThat(migrationFiles()).isEqualTo(before);

        CliRun allowed = cairn("generate", "--allow-data-loss", "--json");
        assertThat(allowed.exitCode()).as(allowed.all()).isZero();
        JsonNode doc = allowed.json();
        assertThat(doc.get("generated").asBoolean()).isTrue();
        assertThat(doc.get("warnings").toString()).contains("DATA_LOSS");
        assertThat(Files.readString(Path.of(doc.get("migration").asText()))).contains("DROP COLUMN description");
        assertThat(Files.readString(Path.of(doc.get("revert").asText()))).contains("ADD COLUMN description text");
    }

    @Test
    void changesToExistingTablesAreWrittenOnlineAndMigrateAppliesThem() throws Exception {
        edit("schema/02_tables.sql", "CREATE INDEX order_items_product_id_idx ON order_items (product_id);",
                "CREATE INDEX order_items_product_id_idx ON order_items (product_id);\n"
                        + "CREATE INDEX products_name_idx ON products (name);\n"
                        + "ALTER TABLE products ADD CONSTRAINT products_name_shape CHECK (name <> '');");
        CliRun r = cairn("generate", "--name", "product names", "--json");
        assertThat(r.exitCode()).as(r.all()).isZero();
        JsonNode migrations = r.json().get("migrations");
        assertThat(migrations).hasSize(3);
        assertThat(migrations.get(1).get("migration").asText()).endsWith("V7__product_names_indexes.sql");
        assertThat(migrations.get(1).get("transactional").asBoolean()).isFalse();
        assertThat(migrations.get(2).get("transactional").asBoolean()).isTrue();
        assertThat(Files.readString(project.resolve("migrations/V6__product_names.sql"))).contains("NOT VALID");
        assertThat(Files.readString(project.resolve("migrations/V7__product_names_indexes.sql")))
                .contains("CREATE INDEX CONCURRENTLY products_name_idx ON public.products");
        assertThat(Files.readString(project.resolve("migrations/V8__product_names_validate.sql")))
                .contains("VALIDATE CONSTRAINT products_name_shape");

        CliRun migrate = cairn("migrate");
        assertThat(migrate.exitCode()).as(migrate.all()).isZero();
        assertThat(migrate.out()).contains("Applied 9 migration(s)");
        assertThat(cairn("generate").out()).contains("Nothing to generate");
    }

    @Test
    void fastWritesOneMigration() throws Exception {
        edit("schema/02_tables.sql", "CREATE INDEX order_items_product_id_idx ON order_items (product_id);",
                "CREATE INDEX order_items_product_id_idx ON order_items (product_id);\n"
                        + "CREATE INDEX products_name_idx ON products (name);");
        CliRun r = cairn("generate", "--fast", "--name", "product names");
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(Files.readString(project.resolve("migrations/V6__product_names.sql")))
                .contains("CREATE INDEX products_name_idx").doesNotContain("CONCURRENTLY");
        assertThat(project.resolve("migrations/V7__product_names_indexes.sql")).doesNotExist();
    }

    @Test
    void renameFlagKeepsTheTable() throws Exception {
        edit("schema/02_tables.sql", "CREATE TABLE products (", "CREATE TABLE catalogue_items (");
        edit("schema/02_tables.sql", "REFERENCES products (id)", "REFERENCES catalogue_items (id)");
        edit("schema/03_logic.sql", "BEFORE UPDATE ON products", "BEFORE UPDATE ON catalogue_items");
        edit("schema/03_logic.sql", "RETURNS SETOF products", "RETURNS SETOF catalogue_items");
        edit("schema/03_logic.sql", "SELECT * FROM products", "SELECT * FROM catalogue_items");
        CliRun diff = cairn("diff", "migrations", "schema");
        assertThat(diff.exitCode()).isEqualTo(1);
        assertThat(diff.out()).contains("DROP TABLE public.products");
        CliRun r = cairn("generate", "--rename", "public.products=catalogue_items", "--name", "rename products");
        assertThat(r.exitCode()).as(r.all()).isZero();
        String sql = Files.readString(project.resolve("migrations/V6__rename_products.sql"));
        assertThat(sql).contains("RENAME TO catalogue_items").doesNotContain("DROP TABLE");
    }

    @Test
    void brokenSchemaFileNamesFileAndLine() throws Exception {
        edit("schema/02_tables.sql", "    stock       integer NOT NULL", "    stock       integr NOT NULL");
        CliRun r = cairn("generate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("02_tables.sql:").contains("integr");
    }
}
