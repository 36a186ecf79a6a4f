package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a failed migration: status shows it once, and the message's next step works as written (issue 7, items 9-12). */
@Tag("db")
class FailedMigrationCliTest {
    @TempDir
    Path tmp;
    ScratchDatabase db;
    Path migrations;
    String url;

    @BeforeEach
    void project() throws Exception {
        db = DevDatabases.createDatabase();
        url = db.jdbcUrl() + "&user=" + db.user();
        migrations = tmp.resolve("migrations");
        Files.createDirectories(migrations);
        Files.writeString(tmp.resolve("cairn.yaml"), "migrations: migrations\n");
    }

    @AfterEach
    void drop() {
        db.close();
    }

    private CliRun cairn(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--dir";
        all[1] = tmp.toString();
        all[2] = "--url";
        all[3] = url;
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.inProcess(all);
    }

    private static long rowsFor(String statusOutput, String version) {
        return statusOutput.lines().filter(l -> l.startsWith(version + " ")).count();
    }

    @Test
    void aFailedMigrationIsListedOnceAndTheMessagesNextStepsWork() throws Exception {
        Files.writeString(migrations.resolve("V1__a.sql"), "CREATE TABLE a (id int);\n");
        Files.writeString(migrations.resolve("V2__b.sql"), "CREATE TABLE b (id int);\nSELECT 1/0;\n");
        assertThat(cairn("sum").exitCode()).isZero();
        CliRun failed = cairn("migrate");
        assertThat(failed.exitCode()).as(failed.all()).isEqualTo(3);
        assertThat(failed.err()).contains("nothing of V2__b.sql remains", "run `cairn sum` to record the edit",
                "no `cairn repair` is needed");

        CliRun status = cairn("status");
        assertThat(status.exitCode()).as(status.all()).isZero();
        assertThat(rowsFor(status.out(), "2")).as(status.out()).isEqualTo(1);
        assertThat(status.out()).contains("last run failed", "1 applied, 1 pending, 0 failed");

        // The step the message gave: fix, cairn sum, migrate.
        Files.writeString(migrations.resolve("V2__b.sql"), "CREATE TABLE b (id int);\n");
        assertThat(cairn("sum").exitCode()).isZero();
        CliRun fixed = cairn("migrate");
        assertThat(fixed.exitCode()).as(fixed.all()).isZero();
    }

    @Test
    void aStoppedNoTransactionMigrationShowsHowFarItGot() throws Exception {
        Files.writeString(migrations.resolve("V1__nt.sql"), "-- cairn:no-transaction\nCREATE TABLE a (id int);\n"
                + "SELECT 1/0;\nCREATE TABLE c (id int);\n");
        assertThat(cairn("migrate").exitCode()).isEqualTo(3);
        CliRun status = cairn("status");
        assertThat(rowsFor(status.out(), "1")).as(status.out()).isEqualTo(1);
        assertThat(status.out()).contains("stopped after 1/3 statements", "pending");
        assertThat(status.all()).contains("continues it at line 3");
    }

    @Test
    void duplicateVersionsAreOneLineEachWithAStepThatWorks() throws Exception {
        Files.writeString(migrations.resolve("V1__a.sql"), "CREATE TABLE a (id int);\n");
        assertThat(cairn("sum").exitCode()).isZero();
        assertThat(cairn("migrate").exitCode()).isZero();
        Files.writeString(migrations.resolve("V1__late.sql"), "CREATE TABLE late (id int);\n");
        Files.writeString(migrations.resolve("V2_init.sql"), "CREATE TABLE i (id int);\n");
        CliRun r = cairn("migrate");
        assertThat(r.exitCode()).as(r.all()).isEqualTo(1);
        assertThat(r.err()).contains("(2 problems):\n  - ", "give V1__late.sql another version", "did you mean V2__init.sql?")
                .doesNotContain("edited after it was applied");
        Files.move(migrations.resolve("V1__late.sql"), migrations.resolve("V3__late.sql"));
        Files.move(migrations.resolve("V2_init.sql"), migrations.resolve("V2__init.sql"));
        assertThat(cairn("sum").exitCode()).isZero();
        CliRun ok = cairn("migrate");
        assertThat(ok.exitCode()).as(ok.all()).isZero();
    }
}
