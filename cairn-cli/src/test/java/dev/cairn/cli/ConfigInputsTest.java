package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad configuration and options are refused the same way by every command, before any database work. */
@Tag("db")
class ConfigInputsTest {
    @TempDir
    Path tmp;

    private Path project(String yaml) throws Exception {
        Path p = tmp.resolve("p");
        Files.createDirectories(p.resolve("migrations"));
        Files.writeString(p.resolve("cairn.yaml"), yaml);
        Files.writeString(p.resolve("migrations/V1__t.sql"), "CREATE TABLE t (id int);\n");
        return p;
    }

    @Test
    void durationsBeyondTheRangeAreRefusedByStatusAndMigrateAlike() throws Exception {
        try (ScratchDatabase db = DevDatabases.createDatabase()) {
            String hostPortDb = db.jdbcUrl().replaceFirst("^jdbc:postgresql://", "").replaceFirst("\\?.*$", "");
            for (String value : List.of("99999999999999h", "2147484s")) {
                Path p = project("""
                        migrations: migrations
                        environments:
                          ci:
                            url: jdbc:postgresql://%s?user=%s
                            lockTimeout: %s
                        """.formatted(hostPortDb, db.user(), value));
                for (String command : List.of("status", "migrate", "validate", "history")) {
                    CliRun r = CliRun.inProcess("--dir", p.toString(), "--env", "ci", command);
                    assertThat(r.exitCode()).as(command + " " + value + ": " + r.all()).isEqualTo(2);
                    assertThat(r.err()).contains(p.resolve("cairn.yaml") + ":5:18: environments.ci.lockTimeout")
                            .contains("out of range").contains("596h31m23s647ms")
                            .doesNotContain("Exception").doesNotContain("overflow");
                }
            }
            try (var c = db.connect(); var rs = c.getMetaData().getTables(null, null, "cairn_schema_history", null)) {
                assertThat(rs.next()).as("nothing reached the database").isFalse();
            }
        }
    }

    @Test
    void anEmptyUrlOptionIsRefusedNotIgnored() throws Exception {
        Path p = project("migrations: migrations\n");
        for (String empty : List.of("", " ")) {
            CliRun r = CliRun.inProcess("--dir", p.toString(), "--url", empty, "migrate", "--json");
            assertThat(r.exitCode()).as(r.all()).isEqualTo(2);
            assertThat(r.json().get("error").asText()).contains("--url is empty").contains("$DATABASE_URL");
        }
        assertThat(Files.exists(p.resolve(".cairn"))).as("the local database was not started").isFalse();
    }

    @Test
    void aPortThatIsNotANumberIsRefusedRatherThanReplacedByTheDefault() throws Exception {
        Path p = project("migrations: migrations\n");
        CliRun r = CliRun.inProcess("--dir", p.toString(), "--url", "postgresql://127.0.0.1:abc/x", "status");
        assertThat(r.exitCode()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains("port after host 127.0.0.1 is not a number from 1 to 65535")
                .doesNotContain("localhost:5432");
    }

    @Test
    void anUndecodableCairnYamlIsReportedAtTheBadBytesLine() throws Exception {
        Path p = project("");
        byte[] text = "migrations: migrations\n# ok\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(p.resolve("cairn.yaml"), text);
        CliRun r = CliRun.inProcess("--dir", p.toString(), "status");
        assertThat(r.exitCode()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains(p.resolve("cairn.yaml") + ":3:6: the file is not UTF-8 text")
                .doesNotContain("Exception").doesNotContain("Malformed");
    }

    /** Without --dir, like git: the nearest folder upwards with a cairn.yaml; --dir is taken as given. */
    @Test
    void withoutDirTheProjectIsFoundInAParentFolder() throws Exception {
        Path p = project("migrations: migrations\n");
        Path deep = Files.createDirectories(p.resolve("schema/nested/deeper"));
        CliRun found = CliRun.start(deep, "sum", "--json").finish(60);
        assertThat(found.exitCode()).as(found.all()).isZero();
        assertThat(Path.of(found.json().get("file").asText())).isEqualTo(p.toRealPath().resolve("migrations/cairn.sum"));

        CliRun exact = CliRun.start(deep, "--dir", ".", "sum").finish(60);
        assertThat(exact.exitCode()).as(exact.all()).isEqualTo(2);
        assertThat(exact.err()).contains("no cairn.yaml in " + deep.toRealPath());

        Path elsewhere = Files.createDirectories(tmp.resolve("empty"));
        CliRun none = CliRun.start(elsewhere, "sum").finish(60);
        assertThat(none.exitCode()).as(none.all()).isEqualTo(2);
        assertThat(none.err()).contains("no cairn.yaml in " + elsewhere.toRealPath()).contains("folders above");

        // init starts a new project where it is run, even inside another project.
        CliRun init = CliRun.start(deep, "init").finish(60);
        assertThat(init.exitCode()).as(init.all()).isZero();
        assertThat(deep.resolve("cairn.yaml")).exists();
    }
}
