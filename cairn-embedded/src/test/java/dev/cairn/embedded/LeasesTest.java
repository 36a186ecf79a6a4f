package dev.cairn.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.testing.DatabaseTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two commands sharing one project's local server: the last one out stops a server a session started. */
@DatabaseTest
class LeasesTest {
    @TempDir
    Path projectDir;
    private LocalDatabase local;
    private Process child;
    private BufferedReader childOut;

    @AfterEach
    void cleanUp() throws InterruptedException {
        if (child != null && child.isAlive()) {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        if (local != null) {
            local.stop();
        }
    }

    @Test
    void theLastSessionOutStopsTheServerWithinOneJvm() throws SQLException {
        local = LocalDatabase.at(projectDir);
        LocalDatabase.Session a = local.open();
        assertThat(a.startedServer()).isTrue();
        LocalDatabase.Session b = local.open();
        assertThat(b.startedServer()).isFalse();
        assertThat(b.port()).isEqualTo(a.port());

        a.close();
        assertThat(selectOne(b)).as("A's close left the server running for B").isEqualTo(1);
        assertThat(local.status().running()).isTrue();

        b.close();
        assertThat(local.status().running()).as("B was the last one out").isFalse();
        assertThat(Ports.canConnect(b.port())).isFalse();
    }

    @Test
    void aSessionInAnotherProcessKeepsTheServerRunning() throws Exception {
        local = LocalDatabase.at(projectDir);
        LocalDatabase.Session mine = local.open();
        assertThat(mine.startedServer()).isTrue();

        startChild();
        String opened = readLine();
        assertThat(opened).isEqualTo("OPEN " + mine.port() + " false");

        mine.close();
        assertThat(local.status().running()).as("the child still holds a lease").isTrue();
        assertThat(Ports.canConnect(mine.port())).isTrue();

        OutputStream in = child.getOutputStream();
        in.write("close\n".getBytes(StandardCharsets.UTF_8));
        in.flush();
        assertThat(readLine()).isEqualTo("CLOSED");
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isZero();
        assertThat(local.status().running()).as("the child was the last one out, and stopped it").isFalse();
    }

    @Test
    void aSessionOfAKilledProcessHoldsNoLease() throws Exception {
        local = LocalDatabase.at(projectDir);
        startChild();
        String opened = readLine();
        assertThat(opened).startsWith("OPEN ").endsWith(" true");
        int port = Integer.parseInt(opened.split(" ")[1]);

        LocalDatabase.Session mine = local.open();
        assertThat(mine.startedServer()).isFalse();
        assertThat(mine.port()).isEqualTo(port);

        child.destroyForcibly(); // the OS drops its lease; its postgres child lives on
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(selectOne(mine)).isEqualTo(1);

        mine.close();
        assertThat(local.status().running()).as("started by a session that died: the last one out stops it").isFalse();
    }

    private void startChild() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                LeaseHolder.class.getName(), projectDir.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        childOut = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    }

    private String readLine() throws Exception {
        String line = childOut.readLine();
        assertThat(line).as("the child's output").isNotNull();
        return line;
    }

    private static int selectOne(LocalDatabase.Session session) throws SQLException {
        try (Connection c = session.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** A second process holding a session until told to close it (stdin). */
    public static final class LeaseHolder {
        public static void main(String[] args) throws Exception {
            LocalDatabase local = LocalDatabase.at(Path.of(args[0]));
            LocalDatabase.Session session = local.open();
            System.out.println("OPEN " + session.port() + " " + session.startedServer());
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            session.close();
            System.out.println("CLOSED");
            System.out.flush();
        }
    }
}
