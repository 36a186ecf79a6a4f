package dev.cairn.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.testing.DatabaseTest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A process starting its scratch server sweeps the directories of scratch servers whose process is gone. Servers
 * of this process, of any major, must survive another process's sweep, also after this process started a server of
 * a second major (whose own sweep walks past the first one's directory).
 */
@DatabaseTest
class ScratchSweepTest {

    @Test
    void anotherProcessSweepingLeavesThisProcesssServersOfEveryMajorRunning() throws Exception {
        ScratchServer first = EmbeddedDevServers.sharedScratchServer(PostgresBinaries.bundledMajor());
        ScratchServer second = EmbeddedDevServers.sharedScratchServer(15); // its start sweeps past the first
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Sweeper.class.getName())).redirectErrorStream(true).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(new String(child.getInputStream().readAllBytes())).isZero();
        assertThat(selectOne(first)).isEqualTo(1);
        assertThat(selectOne(second)).isEqualTo(1);
    }

    private static int selectOne(ScratchServer server) throws SQLException {
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Another process: starting a scratch server sweeps, then it exits. */
    public static final class Sweeper {
        public static void main(String[] args) {
            EmbeddedDevServers.sharedScratchServer(15);
            System.exit(0);
        }
    }
}
