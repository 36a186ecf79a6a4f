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
}
