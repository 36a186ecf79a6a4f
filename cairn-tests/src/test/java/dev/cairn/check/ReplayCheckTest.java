package dev.cairn.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.project.Project;
import dev.cairn.drift.Difference;
import dev.cairn.generate.Generator;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.SumFile;
import dev.cairn.testing.DatabaseTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check --replay: the migrations replay to the latest snapshot and to the schema files. */
@DatabaseTest
class ReplayCheckTest {
    @TempDir
    Path tmp;

    private Path shop() throws IOException {
        Path to = tmp.resolve("shop");
        Path from = Path.of("..", "examples", "shop");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                String rel = from.relativize(p).toString();
                if (rel.startsWith(".cairn")) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to.resolve(rel));
                } else {
                    Files.copy(p, to.resolve(rel));
                }
            }
        }
        return to;
    }

    private static Project load(Path dir) {
        return Project.load(dir, Map.of());
    }

    @Test
    void cleanExamplePasses() throws Exception {
        ReplayReport report = ReplayCheck.run(load(shop()));
        assertThat(report.lines()).isEmpty();
        assertThat(report.ok()).isTrue();
        assertThat(report.schemaChecked()).isTrue();
        assertThat(report.snapshot()).isNull();
        assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("No snapshot"));
    }

    /** A generated migration edited by hand, and cairn sum re-run so that only the replay can tell. */
    @Test
    void migrationEditedAfterItsSnapshotIsReported() throws Exception {
        Path dir = shop();
        Path tables = dir.resolve("schema/02_tables.sql");
        Files.writeString(tables, Files.readString(tables) + "\nCREATE TABLE coupons (code text PRIMARY KEY, percent integer NOT NULL);\n");
        Generator.Result generated = Generator.generate(load(dir), new Generator.Options("coupons", List.of(), false,
                Generator.RenameChooser.NEVER));
        assertThat(generated.snapshot()).exists();
        ReplayReport clean = ReplayCheck.run(load(dir));
        assertThat(clean.lines()).isEmpty();
        assertThat(clean.snapshot()).isEqualTo("migrations/.snapshots/V6.json");

        Files.writeString(generated.migration(), Files.readString(generated.migration()).replace("percent integer", "percent bigint"));
        SumFile.write(MigrationDirectory.scan(dir.resolve("migrations")));
        ReplayReport report = ReplayCheck.run(load(dir));
        assertThat(report.ok()).isFalse();
        assertThat(report.snapshotDifferences()).extracting(Difference::line)
                .containsExactly("column public.coupons.percent: expected type integer, actual bigint");
        assertThat(report.lines()).contains("snapshot V6: column public.coupons.percent: expected type integer, actual bigint",
                "schema: column public.coupons.percent: expected type integer, actual bigint");
    }

    @Test
    void schemaChangedWithoutGenerateIsReported() throws Exception {
        Path dir = shop();
        Path tables = dir.resolve("schema/02_tables.sql");
        Files.writeString(tables, Files.readString(tables)
                + "\nCREATE TABLE wishlists (user_id bigint NOT NULL, product_id bigint NOT NULL);\n"
                + "COMMENT ON TABLE products IS 'What we sell';\n");
        ReplayReport report = ReplayCheck.run(load(dir));
        assertThat(report.ok()).isFalse();
        assertThat(report.snapshotDifferences()).isEmpty();
        assertThat(report.lines()).containsExactly(
                "schema: table public.products: expected comment 'What we sell', actual none",
                "schema: table public.wishlists: expected, missing");
    }

    @Test
    void migrationThatNoLongerReplaysIsReported() throws Exception {
        Path dir = shop();
        Files.writeString(dir.resolve("migrations/V6__broken.sql"), "ALTER TABLE nowhere ADD COLUMN x int;\n");
        SumFile.write(MigrationDirectory.scan(dir.resolve("migrations")));
        ReplayReport report = ReplayCheck.run(load(dir));
        assertThat(report.ok()).isFalse();
        assertThat(report.replayFailure()).contains("V6__broken.sql", "nowhere");
    }
}
