package dev.cairn.drift;

import static dev.cairn.drift.DriftFixture.copyExample;
import static dev.cairn.drift.DriftFixture.drift;
import static dev.cairn.drift.DriftFixture.migrated;
import static dev.cairn.drift.DriftFixture.project;
import static dev.cairn.drift.DriftFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.project.Project;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.diff.corpus.RealSchema;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.Problem;
import dev.cairn.migrate.SumFile;
import dev.cairn.testing.DatabaseTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** History findings, the ignore list, and no false positives on real-world schemas. */
@DatabaseTest
class DriftHistoryTest {
    @TempDir
    Path tmp;

    @Test
    void appliedMigrationDeletedFromTheDirectoryIsReported() throws Exception {
        Path dir = copyExample(tmp.resolve("shop"));
        Project shop = project(dir);
        try (ScratchDatabase db = migrated(shop)) {
            Files.delete(dir.resolve("migrations/V5__index_orders_by_user.sql"));
            SumFile.write(MigrationDirectory.scan(dir.resolve("migrations")));
            DriftReport report = drift(project(dir), db);
            assertThat(report.drifted()).isTrue();
            assertThat(report.history()).extracting(Problem::code).containsExactly("applied-missing");
            assertThat(report.history().get(0).message()).contains("V5__index_orders_by_user.sql", "missing from the migrations directory");
            // what it built cannot be replayed, so it shows as made by hand
            assertThat(report.differences()).extracting(Difference::line)
                    .containsExactly("index public.orders_user_id_created_at_idx: not expected (created by hand)");
        }
    }

    @Test
    void appliedMigrationEditedAfterwardsIsReported() throws Exception {
        Path dir = copyExample(tmp.resolve("shop"));
        Project shop = project(dir);
        try (ScratchDatabase db = migrated(shop)) {
            Path v2 = dir.resolve("migrations/V2__create_products.sql");
            Files.writeString(v2, Files.readString(v2).replace("sku         varchar(32)", "sku         varchar(64)"));
            DriftReport report = drift(project(dir), db);
            assertThat(report.history()).extracting(Problem::code).containsExactly("checksum-mismatch");
            assertThat(report.history().get(0).subject()).isEqualTo("V2__create_products.sql");
            assertThat(report.differences()).extracting(Difference::line)
                    .containsExactly("column public.products.sku: expected type character varying(64), actual character varying(32)");
        }
    }

    @Test
    void pendingMigrationsAreNotDrift() throws Exception {
        Path dir = copyExample(tmp.resolve("shop"));
        Project shop = project(dir);
        try (ScratchDatabase db = migrated(shop)) {
            Files.writeString(dir.resolve("migrations/V6__later.sql"), "CREATE TABLE later (id int);\n");
            SumFile.write(MigrationDirectory.scan(dir.resolve("migrations")));
            DriftReport report = drift(project(dir), db);
            assertThat(report.drifted()).isFalse();
            assertThat(report.notices()).anySatisfy(n -> assertThat(n).contains("1 migration(s)", "pending"));
        }
    }

    @Test
    void ignoredObjectsAndSchemasAreLeftOut() throws Exception {
        Path dir = copyExample(tmp.resolve("shop"));
        Files.writeString(dir.resolve("cairn.yaml"), Files.readString(dir.resolve("cairn.yaml"))
                + "\ndrift:\n  ignore: [public.legacy_*, audit, public.users.notes, public.orders.orders_touch]\n"
                + "  ignoreSchemas: [scratch_*]\n");
        Project shop = project(dir);
        try (ScratchDatabase db = migrated(shop)) {
            run(db, """
                    CREATE TABLE legacy_accounts (id int PRIMARY KEY);
                    CREATE VIEW legacy_report AS SELECT 1 AS one;
                    CREATE SCHEMA audit;
                    CREATE TABLE audit.events (id int);
                    CREATE SCHEMA scratch_tmp;
                    CREATE TABLE scratch_tmp.t (id int);
                    ALTER TABLE users ADD COLUMN notes text;
                    ALTER TABLE orders DISABLE TRIGGER orders_touch;
                    """);
            DriftReport report = drift(shop, db);
            assertThat(report.differences()).isEmpty();
            assertThat(report.drifted()).isFalse();
            run(db, "ALTER TABLE users ADD COLUMN notes2 text");
            DriftReport more = drift(shop, db);
            assertThat(more.differences()).extracting(Difference::line)
                    .containsExactly("column public.users.notes2: not expected (created by hand)");
            assertThat(more.fixSql()).contains("notes2").doesNotContain("legacy", "audit", "scratch_tmp");
        }
    }

    @ParameterizedTest
    @EnumSource(value = RealSchema.class, names = {"QUARTZ", "SPRING_BATCH", "SPRING_SESSION", "SPRING_INTEGRATION"})
    void realSchemaMigratedShowsNoDrift(RealSchema schema) throws Exception {
        Path dir = tmp.resolve(schema.name().toLowerCase());
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("cairn.yaml"), "schema: schema\nmigrations: migrations\n");
        Files.writeString(dir.resolve("migrations/V1__" + schema.name().toLowerCase() + ".sql"), schema.sql());
        SumFile.write(MigrationDirectory.scan(dir.resolve("migrations")));
        Project project = project(dir);
        try (ScratchDatabase db = migrated(project)) {
            DriftReport report = drift(project, db);
            assertThat(report.differences()).isEmpty();
            assertThat(report.history()).isEmpty();
            assertThat(report.drifted()).isFalse();
            assertThat(report.replayed()).isEqualTo(1);
        }
    }

    @Test
    void standaloneSequenceOptionsAreReportedAndFixed() throws Exception {
        Path dir = tmp.resolve("batch");
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("cairn.yaml"), "schema: schema\nmigrations: migrations\n");
        Files.writeString(dir.resolve("migrations/V1__batch.sql"), RealSchema.SPRING_BATCH.sql());
        Project project = project(dir);
        try (ScratchDatabase db = migrated(project)) {
            run(db, "ALTER SEQUENCE batch_step_execution_seq INCREMENT BY 5 CACHE 10");
            DriftReport report = drift(project, db);
            assertThat(report.differences()).extracting(Difference::line).containsExactly(
                    "sequence public.batch_step_execution_seq: expected cache 1, actual 10",
                    "sequence public.batch_step_execution_seq: expected increment 1, actual 5");
            run(db, report.fixSql());
            assertThat(drift(project, db).drifted()).isFalse();
        }
    }
}
