package dev.cairn.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.testing.DatabaseTest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DatabaseTest
class LocalDatabaseTest {
    @TempDir
    Path projectDir;

    private LocalDatabase local;

    @AfterEach
    void stopServer() {
        if (local != null) {
            local.stop(); // the temp dir is deleted next; never leave a server on it
        }
    }

    @Test
    void sessionStartsAndStopsServerAndDataPersists() throws Exception {
        local = LocalDatabase.at(projectDir);
        int port;
        long t0 = System.nanoTime();
        try (LocalDatabase.Session session = local.open()) {
            System.out.printf("local cold start (template copy + start + CREATE DATABASE): %d ms%n",
                    (System.nanoTime() - t0) / 1_000_000);
            assertThat(session.startedServer()).isTrue();
            assertThat(session.jdbcUrl()).startsWith("jdbc:postgresql://127.0.0.1:").contains("/cairn");
            port = session.port();
            execute(session, "CREATE TABLE kept (v text)", "INSERT INTO kept VALUES ('hello')");
        }
        assertThat(Files.isRegularFile(projectDir.resolve(".cairn/local/data/PG_VERSION"))).isTrue();
        assertNotListening(port);
        assertThat(local.status().running()).isFalse();
        assertThat(local.url()).isEmpty();

        long t1 = System.nanoTime();
        try (LocalDatabase.Session session = local.open()) {
            System.out.printf("local warm start (existing cluster): %d ms%n", (System.nanoTime() - t1) / 1_000_000);
            assertThat(queryOne(session, "SELECT v FROM kept")).isEqualTo("hello");
        }
    }

    @Test
    void detachedServerIsReusedBySessionsAndStopped() throws Exception {
        local = LocalDatabase.at(projectDir);
        String url = local.start();
        assertThat(local.start()).isEqualTo(url); // idempotent
        LocalDatabase.Status status = local.status();
        assertThat(status.running()).isTrue();
        assertThat(status.jdbcUrl()).contains(url);
        assertThat(status.postgresVersion()).startsWith("18.");
        assertThat(status.dataDir()).isEqualTo(projectDir.toAbsolutePath().resolve(".cairn/local/data"));
        int port = status.port().orElseThrow();

        try (LocalDatabase.Session session = local.open()) {
            assertThat(session.port()).isEqualTo(port);
            assertThat(session.startedServer()).isFalse();
            execute(session, "CREATE TABLE t (id int)");
        }
        // The session did not start it, so it did not stop it.
        assertThat(local.url()).contains(url);
        assertThat(Ports.canConnect(port)).isTrue();

        assertThat(local.stop()).isTrue();
        assertNotListening(port);
        assertThat(local.stop()).isFalse();
        assertThat(local.url()).isEmpty();
    }

    @Test
    void recoversFromKilledServer() throws Exception {
        local = LocalDatabase.at(projectDir);
        LocalDatabase.Session first = local.open();
        execute(first, "CREATE TABLE survivor (id int)", "INSERT INTO survivor VALUES (42)");
        Path pidFile = projectDir.resolve(".cairn/local/data/postmaster.pid");
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());

        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        postmaster.destroyForcibly();
        postmaster.onExit().get(30, TimeUnit.SECONDS);
        assertThat(pidFile).exists(); // SIGKILL leaves the pid file behind

        try (LocalDatabase.Session second = local.open()) {
            assertThat(second.startedServer()).isTrue();
            assertThat(queryOne(second, "SELECT id::text FROM survivor")).isEqualTo("42");
            first.close(); // the killed session must not stop the new server
            assertThat(Ports.canConnect(second.port())).isTrue();
        }
    }

    @Test
    void stalePidFileNamingAnotherProcessIsIgnored() throws Exception {
        local = LocalDatabase.at(projectDir);
        try (LocalDatabase.Session session = local.open()) {
            execute(session, "CREATE TABLE t (id int)");
        }
        // A pid file left by a crash whose pid now belongs to an unrelated live process (this JVM).
        Path pidFile = projectDir.resolve(".cairn/local/data/postmaster.pid");
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n" + projectDir + "\n1\n5432\n\n127.0.0.1\n0 0\nready\n");
        try (LocalDatabase.Session session = local.open()) {
            assertThat(session.startedServer()).isTrue();
            assertThat(queryOne(session, "SELECT count(*)::text FROM t")).isEqualTo("0");
        }
    }

    @Test
    void resetDropsTheData() throws Exception {
        local = LocalDatabase.at(projectDir);
        try (LocalDatabase.Session session = local.open()) {
            execute(session, "CREATE TABLE doomed (id int)");
        }
        local.reset();
        assertThat(local.status().running()).isFalse(); // reset started it only for the duration
        try (LocalDatabase.Session session = local.open()) {
            assertThatThrownBy(() -> queryOne(session, "SELECT count(*) FROM doomed"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("does not exist");
        }
    }

    private static void execute(LocalDatabase.Session session, String... sql) throws SQLException {
        try (Connection c = session.connect(); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    private static String queryOne(LocalDatabase.Session session, String sql) throws SQLException {
        try (Connection c = session.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void assertNotListening(int port) {
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            }
        }).isInstanceOf(ConnectException.class);
    }
}
