package dev.cairn.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** Port policy: the preferred port when it is free, else any free loopback port; and probes of a port. */
final class Ports {
    /** How many ports a start tries before giving up (another process may take a probed port before the server binds it). */
    static final int ATTEMPTS = 5;

    private Ports() {}

    static int choose(int preferred) throws IOException {
        if (preferred > 0) {
            try (ServerSocket socket = new ServerSocket(preferred, 1, InetAddress.getLoopbackAddress())) {
                return preferred;
            } catch (IOException taken) {
                // fall through to any free port
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Whether a server answers on the port and says it runs on this data directory. */
    static boolean servesDataDir(int port, Path dataDir) {
        if (port <= 0) {
            return false;
        }
        try (Connection connection = EmbeddedPostgres.connect(port, "postgres");
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet rs = statement.executeQuery("SHOW data_directory")) {
            return rs.next() && Path.of(rs.getString(1)).toAbsolutePath().normalize().equals(dataDir);
        } catch (SQLException e) {
            return false;
        }
    }

    static boolean canConnect(int port) {
        try (Connection ignored = EmbeddedPostgres.connect(port, "postgres")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
