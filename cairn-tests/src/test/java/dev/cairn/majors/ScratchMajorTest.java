package dev.cairn.majors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.project.Project;
import dev.cairn.project.ScratchMajor;
import dev.cairn.project.TargetSelection;
import dev.cairn.testing.DatabaseTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which major generate's scratch servers run: configured, else read from the named target, else the default. */
@DatabaseTest
class ScratchMajorTest {
    @TempDir
    Path dir;
    final List<String> notices = new ArrayList<>();

    private Project project(String yaml) throws IOException {
        Files.writeString(dir.resolve("cairn.yaml"), yaml);
        return Project.load(dir, Map.of());
    }

    @Test
    void withoutATargetTheProjectsSettingDecidesWithoutConnecting() throws IOException {
        assertThat(ScratchMajor.of(project("postgres: { version: 15 }\n"), null, notices::add)).isEqualTo(15);
        assertThat(ScratchMajor.of(project(""), null, notices::add)).isEqualTo(DevDatabases.DEFAULT_MAJOR);
        assertThat(notices).isEmpty();
    }

    @Test
    void aNamedEnvironmentsOwnSettingWins() throws IOException {
        Project p = project("postgres: { version: 15 }\nenvironments:\n  prod:\n    url: jdbc:postgresql://127.0.0.1:1/x\n"
                + "    postgres: { version: 14 }\n");
        assertThat(ScratchMajor.of(p, TargetSelection.of("prod"), notices::add)).isEqualTo(14);
        assertThat(notices).isEmpty();
    }

    @Test
    void aReachableTargetWithoutASettingGivesItsOwnMajor() throws IOException {
        Project p = project("");
        try (ScratchDatabase db = DevDatabases.createDatabase()) {
            int major = ScratchMajor.of(p, new TargetSelection("local", db.jdbcUrl()), notices::add);
            assertThat(major).isEqualTo(DevDatabases.defaultMajor());
            assertThat(notices).singleElement().asString().contains("PostgreSQL " + major, "postgres.version");
        }
    }

    @Test
    void anUnreachableTargetFallsBackToTheDefaultAndSaysSo() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Project p = project("environments:\n  prod:\n    url: jdbc:postgresql://127.0.0.1:" + closedPort + "/app\n"
                + "    password: s3cret-pw\n");
        assertThat(ScratchMajor.of(p, TargetSelection.of("prod"), notices::add)).isEqualTo(DevDatabases.defaultMajor());
        assertThat(notices).singleElement().asString().contains("Could not read the PostgreSQL major",
                "127.0.0.1:" + closedPort, "Set postgres.version").doesNotContain("s3cret-pw");
    }
}
