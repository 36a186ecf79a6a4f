package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main command and `cairn local`, on the embedded default (url: embedded). */
@Tag("db")
class LocalDatabaseCliTest {
    @TempDir
    Path tmp;
    Path project;

    private CliRun cairn(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--dir";
        all[1] = project.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.inProcess(all);
    }

    @AfterEach
    void stop() {
        if (project != null) {
            cairn("local", "stop");
        }
    }

    /** Runs the real psql client with a libpq URL; its single value. */
    private static String psql(String url, String sql) throws Exception {
        Process p = new ProcessBuilder("psql", url, "-X", "-A", "-t", "-c", sql).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void migrateOnTheEmbeddedDefaultThenRunItForAnApplication() throws Exception {
        project = tmp.resolve("shop");
        CliRun.copyTree(Path.of("..", "examples", "shop"), project);

        CliRun migrate = cairn("migrate");
        assertThat(migrate.exitCode()).as(migrate.all()).isZero();
        assertThat(migrate.out()).contains("Applied 6 migration(s)").contains("5 applied, 0 pending");
        assertThat(project.resolve(".cairn/local")).isDirectory();
        assertThat(cairn("local", "url").exitCode()).as("stopped again when the command ended").isEqualTo(1);

        CliRun start = cairn("local", "start");
        assertThat(start.exitCode()).as(start.all()).isZero();
        assertThat(start.out()).as("both forms, labelled").containsPattern("JDBC   jdbc:postgresql://127\\.0\\.0\\.1:\\d+/cairn")
                .containsPattern("libpq  postgresql://postgres@127\\.0\\.0\\.1:\\d+/cairn");
        String url = cairn("local", "url", "--format", "jdbc").out().strip();
        assertThat(url).startsWith("jdbc:postgresql://127.0.0.1:");
        String libpq = cairn("local", "url", "--format", "libpq").out().strip();
        assertThat(psql(libpq, "SELECT count(*) FROM products")).as("psql takes the libpq URL").isEqualTo("3");
        String env = cairn("local", "url", "--format", "env").out();
        assertThat(env).contains("DATABASE_URL=" + libpq, "JDBC_DATABASE_URL=" + url, "PGHOST=127.0.0.1", "PGDATABASE=cairn",
                "PGUSER=postgres").containsPattern("PGPORT=\\d+");
        assertThat(cairn("local", "url", "--json").json().get("libpqUrl").asText()).isEqualTo(libpq);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM products")) {
            rs.next();
            assertThat(rs.getLong(1)).as("data persisted in .cairn/local").isEqualTo(3);
        }
        assertThat(cairn("local", "url", "--format", "jdbc").out().strip()).isEqualTo(url);
        assertThat(cairn("local", "status", "--json").json().get("running").asBoolean()).isTrue();
        assertThat(cairn("status", "--json").json().get("current").asText()).isEqualTo("5");
        assertThat(cairn("local", "url", "--format", "jdbc").out().strip()).as("a command leaves a started server running").isEqualTo(url);

        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO products (sku, name, price_cents) VALUES ('X-1', 'extra', 1)");
        }
        CliRun reset = cairn("local", "reset");
        assertThat(reset.exitCode()).as(reset.all()).isZero();
        try (Connection c = DriverManager.getConnection(cairn("local", "url", "--format", "jdbc").out().strip());
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM products")) {
            rs.next();
            assertThat(rs.getLong(1)).as("reset re-applied the migrations from scratch").isEqualTo(3);
        }
        CliRun stop = cairn("local", "stop");
        assertThat(stop.out()).contains("Stopped");
        assertThat(cairn("local", "status", "--json").json().get("running").asBoolean()).isFalse();
    }
}
