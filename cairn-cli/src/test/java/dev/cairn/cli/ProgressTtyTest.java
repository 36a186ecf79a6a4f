package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress on a real terminal: cairn runs as its own process under {@code script}, which gives it a
 * pseudo-terminal, so the live elapsed counter of a slow migration can be seen as a user sees it.
 */
@Tag("db")
class ProgressTtyTest {
    @TempDir
    Path tmp;

    @Test
    void aSlowMigrationShowsItsPositionAndALiveElapsedCounter() throws Exception {
        // util-linux script(1) provides the terminal; without it there is no terminal to test on
        org.junit.jupiter.api.Assumptions.assumeTrue(java.util.stream.Stream.of(System.getenv("PATH").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "script"))), "script(1) is not installed");
        Path project = tmp.resolve("slow");
        assertThat(CliRun.inProcess("--dir", project.toString(), "init").exitCode()).isZero();
        Files.writeString(project.resolve("migrations/V1__quick.sql"), "CREATE TABLE quick (id int);\n");
        Files.writeString(project.resolve("migrations/V2__slow_backfill.sql"), "SELECT pg_sleep(1.6);\n");
        assertThat(CliRun.inProcess("--dir", project.toString(), "sum").exitCode()).isZero();
        try (ScratchDatabase db = DevDatabases.createDatabase()) {
            List<String> cairn = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "--dir", project.toString(), "--url", db.jdbcUrl() + "&user=" + db.user(), "migrate"));
            Path out = tmp.resolve("terminal.txt");
            ProcessBuilder pb = new ProcessBuilder("script", "-q", "-e", "-c",
                    cairn.stream().map(ProgressTtyTest::quote).collect(Collectors.joining(" ")), "/dev/null")
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectErrorStream(true);
            pb.environment().put("TERM", "xterm");
            pb.environment().remove("NO_COLOR");
            Process p = pb.start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String screen = Files.readString(out);
            assertThat(p.exitValue()).as(screen).isZero();
            assertThat(screen).contains("[1/2] V1  quick …").contains("[2/2] V2  slow backfill …");
            // redrawn in place (carriage return, clear line) with the elapsed time once past a second
            assertThat(screen).containsPattern("\r\u001b\\[K  \\[2/2\\] V2  slow backfill … 1\\.\\d s");
            assertThat(screen).containsPattern("applied\\S*  \\[2/2\\] V2__slow_backfill\\.sql  \\(1\\.\\d s\\)");
            assertThat(screen).as("the quick one gets no counter").doesNotContainPattern("V1  quick … \\d");
        }
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
