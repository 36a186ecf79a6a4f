package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import java.io.DataInputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping and bounding a run from outside: real SIGINT and SIGTERM to a real cairn process against a real
 * server, a server that accepts and never answers, and the connection errors' wording.
 */
@Tag("db")
class RunControlCliTest {
    private static final String SLEEP = "SELECT pg_sleep(30)";

    @TempDir
    Path tmp;

    private Path project(ScratchDatabase db, String timeout) throws Exception {
        String hostPortDb = db.jdbcUrl().replaceFirst("^jdbc:postgresql://", "").replaceFirst("\\?.*$", "");
        return project("jdbc:postgresql://" + hostPortDb, db.user(), timeout);
    }

    private Path project(String url, String user, String timeout) throws Exception {
        Path p = tmp.resolve("p");
        Files.createDirectories(p.resolve("migrations"));
        Files.writeString(p.resolve("cairn.yaml"), """
                migrations: migrations
                environments:
                  ci:
                    url: %s
                    user: %s
                    timeout: %s
                """.formatted(url, user, timeout));
        Files.writeString(p.resolve("migrations/V1__fast.sql"), "CREATE TABLE fast (id int);\n");
        Files.writeString(p.resolve("migrations/V2__sleep.sql"), "CREATE TABLE slept (id int);\n" + SLEEP + ";\n");
        return p;
    }

    private static Object query(ScratchDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }

    /** Polls pg_stat_activity until the statement runs; returns its backend's pid. */
    private static int awaitRunning(ScratchDatabase db, String sql) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            while (System.nanoTime() < until) {
                try (ResultSet rs = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE state = 'active'"
                        + " AND query LIKE '" + sql + "%'")) {
                    if (rs.next()) {
                        return rs.getInt(1);
                    }
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10)); // poll interval, not a synchronisation
            }
        }
        throw new AssertionError(sql + " never started");
    }

    private static void kill(String signal, long pid) throws Exception {
        Process p = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).inheritIO().start();
        assertThat(p.waitFor()).as("kill -" + signal + " " + pid).isZero();
    }

    @Test
    void ctrlCCancelsTheStatementOnTheServerRollsBackAndReleasesTheLock() throws Exception {
        stopsCleanly("INT", 130, "Interrupted (SIGINT)");
    }

    @Test
    void sigtermDoesTheSame() throws Exception {
        stopsCleanly("TERM", 143, "Terminated (SIGTERM)");
    }

    private void stopsCleanly(String signal, int code, String says) throws Exception {
        try (ScratchDatabase db = DevDatabases.createDatabase()) {
            Path p = project(db, "0s");
            CliRun.Started run = CliRun.start(tmp, "--dir", p.toString(), "--env", "ci", "migrate");
            awaitRunning(db, SLEEP);
            kill(signal, run.process().pid());
            CliRun r = run.finish(20);
            assertThat(r.exitCode()).as(r.all()).isEqualTo(code);
            List<String> errors = r.err().lines().filter(l -> l.startsWith("error: ")).toList();
            assertThat(errors).as(r.err()).singleElement().asString()
                    .startsWith("error: " + says + " while V2__sleep.sql was running")
                    .contains("V2__sleep.sql:2:1", "rolled back", "nothing of V2__sleep.sql remains", "lock is released");
            assertThat(query(db, "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '" + SLEEP + "%'"
                    + " AND state = 'active'")).isEqualTo(0L);
            assertThat(query(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).isEqualTo(0L);
            assertThat(query(db, "SELECT to_regclass('public.fast')")).isNotNull();
            assertThat(query(db, "SELECT to_regclass('public.slept')")).isNull();

            // The lock is free: the next run proceeds at once and applies the (now quick) migration.
            Files.writeString(p.resolve("migrations/V2__sleep.sql"), "CREATE TABLE slept (id int);\n");
            long t0 = System.nanoTime();
            CliRun again = CliRun.inProcess("--dir", p.toString(), "--env", "ci", "migrate");
            assertThat(again.exitCode()).as(again.all()).isZero();
            assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(10_000);
        }
    }

    @Test
    void aSecondSignalExitsAtOnceAndSaysWhatItLeaves() throws Exception {
        try (ScratchDatabase db = DevDatabases.createDatabase()) {
            Path p = project(db, "0s");
            CliRun.Started run = CliRun.start(tmp, "--dir", p.toString(), "--env", "ci", "migrate");
            int backend = awaitRunning(db, SLEEP);
            // A stopped backend cannot act on the cancel, so the clean stop is still under way when the second
            // signal arrives (a different signal, so the kernel cannot merge the two).
            kill("STOP", backend);
            try {
                long t0 = System.nanoTime();
                kill("TERM", run.process().pid());
                kill("INT", run.process().pid());
                CliRun r = run.finish(20);
                // Sooner than the 2 s after which the first stop would abandon the stuck session by itself.
                assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2_000);
                // The JVM may dispatch the two pending signals in either order; the second one decides the code.
                assertThat(r.exitCode()).as(r.all()).isIn(130, 143);
                assertThat(r.err()).contains("A second stop signal (SIG", "): cairn exits now",
                        "rolls back the open transaction", "releases the migration lock");
            } finally {
                kill("CONT", backend);
            }
        }
    }

    @Test
    void aCommandThatIsNotMigratingExitsAtOnceWithTheSignalsCode() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // accept, never answer: status waits to log in
                    }
                } catch (Exception e) {
                    // closed
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Path p = project("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/app", "app", "0s");
            CliRun.Started run = CliRun.start(tmp, "--dir", p.toString(), "--env", "ci", "status");
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (held.isEmpty() && System.nanoTime() < until) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10)); // poll interval, not a synchronisation
            }
            long t0 = System.nanoTime();
            kill("INT", run.process().pid());
            CliRun r = run.finish(20);
            assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2_000);
            assertThat(r.exitCode()).as(r.all()).isEqualTo(130);
            assertThat(r.err()).contains("Interrupted (SIGINT): cairn stopped before finishing", "not running a migration");
        }
    }

    @Test
    void aServerThatAcceptsAndNeverAnswersEndsWithExitFourWithinTheTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // accept, never answer
                    }
                } catch (Exception e) {
                    // closed
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Path p = project("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/app", "app", "3s");
            long t0 = System.nanoTime();
            CliRun r = CliRun.inProcess("--dir", p.toString(), "--env", "ci", "migrate");
            assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(3_000 + 1_500);
            assertThat(r.exitCode()).as(r.all()).isEqualTo(4);
            assertThat(r.err()).contains("timeout 3s", "expired while connecting to postgresql://127.0.0.1:"
                    + silent.getLocalPort() + "/app", "nothing was applied");
        }
    }

    @Test
    void anUnreachableServerIsReportedOnceWithOneFullStop() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // free once closed: nothing listens there
        }
        Path p = project("jdbc:postgresql://127.0.0.1:" + port + "/x", "app", "0s");
        CliRun r = CliRun.inProcess("--dir", p.toString(), "--env", "ci", "migrate");
        assertThat(r.exitCode()).as(r.all()).isEqualTo(3);
        assertThat(r.err()).contains("refused", "Check that the server is running").doesNotContain("..")
                .doesNotContain("postmaster");
        assertThat(r.err().split("Check that", -1)).hasSize(2);
    }

    @Test
    void aMissingPasswordSaysSoRatherThanBlamingTheNetwork() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> askForPassword(server));
            t.setDaemon(true);
            t.start();
            Path p = project("jdbc:postgresql://127.0.0.1:" + server.getLocalPort() + "/app", "app", "10s");
            CliRun r = CliRun.inProcess("--dir", p.toString(), "--env", "ci", "migrate");
            assertThat(r.exitCode()).as(r.all()).isEqualTo(3);
            assertThat(r.err()).contains("no password", "add `password:`").doesNotContain("reachable", "..");
        }
    }

    /** Speaks just enough of the PostgreSQL protocol to ask every client for a SCRAM password. */
    private static void askForPassword(ServerSocket server) {
        try {
            while (true) {
                try (Socket s = server.accept()) {
                    DataInputStream in = new DataInputStream(s.getInputStream());
                    OutputStream out = s.getOutputStream();
                    int length = in.readInt();
                    int code = in.readInt();
                    in.skipNBytes(length - 8);
                    if (code == 80877103) { // SSLRequest: no TLS here; the startup message follows
                        out.write('N');
                        out.flush();
                        length = in.readInt();
                        in.skipNBytes(length - 4);
                    }
                    byte[] mechanism = "SCRAM-SHA-256\0\0".getBytes(StandardCharsets.US_ASCII);
                    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1 + 4 + 4 + mechanism.length);
                    b.put((byte) 'R').putInt(4 + 4 + mechanism.length).putInt(10).put(mechanism);
                    out.write(b.array());
                    out.flush();
                    in.read(); // wait for the client to give up
                }
            }
        } catch (Exception e) {
            // closed
        }
    }
}
