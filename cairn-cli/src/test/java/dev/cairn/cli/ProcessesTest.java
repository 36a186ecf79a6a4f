package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cairn as separate OS processes: concurrent runs, and the circuit breaker's exit code. */
@Tag("db")
class ProcessesTest {
    @TempDir
    Path tmp;

    private Path project(String yaml) throws Exception {
        Path p = tmp.resolve("p");
        Files.createDirectories(p.resolve("migrations"));
        Files.writeString(p.resolve("cairn.yaml"), yaml);
        return p;
    }

    @Test
    void fourProcessesMigratingOneDatabaseApplyEachMigrationOnce() throws Exception {
        try (ScratchDatabase db = DevDatabases.createDatabase()) {
            Path p = project("migrations: migrations\n");
            for (int i = 1; i <= 30; i++) {
                Files.writeString(p.resolve("migrations/V" + i + "__m" + i + ".sql"),
                        "CREATE TABLE m" + i + " (id int PRIMARY KEY);\nCREATE INDEX m" + i + "_idx ON m" + i + " (id);\n");
            }
            String url = db.jdbcUrl() + "&user=" + db.user();
            List<CliRun.Started> procs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                procs.add(CliRun.start(tmp, "--dir", p.toString(), "--url", url, "migrate", "--json"));
            }
            int applied = 0;
            for (CliRun.Started s : procs) {
                CliRun r = s.finish(120);
                assertThat(r.exitCode()).as(r.all()).isZero();
                applied += r.json().get("applied").size();
            }
            assertThat(applied).isEqualTo(30);
            try (Connection c = db.connect(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT version) FROM cairn_schema_history WHERE success")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(30);
                assertThat(rs.getLong(2)).isEqualTo(30);
            }
        }
    }

    @Test
    void circuitBreakerExitsFourWithinTheDeadlinePlusStartUp() throws Exception {
        try (ScratchDatabase db = DevDatabases.createDatabase()) {
            String hostPortDb = db.jdbcUrl().replaceFirst("^jdbc:postgresql://", "").replaceFirst("\\?.*$", "");
            Path p = project("""
                    migrations: migrations
                    environments:
                      ci:
                        url: jdbc:postgresql://%s
                        user: %s
                        timeout: 3s
                    """.formatted(hostPortDb, db.user()));
            Files.writeString(p.resolve("migrations/V1__sleep.sql"), "SELECT pg_sleep(120);\n");
            long t0 = System.nanoTime();
            CliRun r = CliRun.start(tmp, "--dir", p.toString(), "--env", "ci", "migrate").finish(60);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(r.exitCode()).as(r.all()).isEqualTo(4);
            // The deadline counts from the run's start; the margin covers the JVM's own start on a busy 2-core machine.
            assertThat(ms).isLessThan(3_000 + 5_000);
            assertThat(r.err()).contains("V1__sleep.sql:1:1").contains("pg_sleep").contains("timeout 3s");
        }
    }
}
