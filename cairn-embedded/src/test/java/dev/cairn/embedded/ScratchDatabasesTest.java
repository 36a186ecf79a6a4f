package dev.cairn.embedded;

import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.testing.DatabaseTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

@DatabaseTest
class ScratchDatabasesTest {

    @Test
    void databasesAreIsolatedAndDroppedOnClose() throws SQLException {
        long t0 = System.nanoTime();
        ScratchServer server = EmbeddedDevServers.sharedScratchServer();
        long t1 = System.nanoTime();
        String firstName;
        try (ScratchDatabase first = DevDatabases.createDatabase();
                ScratchDatabase second = DevDatabases.createDatabase()) {
            firstName = first.name();
            assertThat(first.name()).isNotEqualTo(second.name());
            assertThat(first.user()).isEqualTo("postgres");
            try (Connection c = first.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id int)");
                s.execute("INSERT INTO t VALUES (1)");
            }
            try (Connection c = second.connect(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeQuery("SELECT * FROM t"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("does not exist");
            }
            assertThat(databaseExists(server, firstName)).isTrue();
        }
        assertThat(databaseExists(server, firstName)).isFalse();
        System.out.printf("scratch server start: %d ms%n", (t1 - t0) / 1_000_000);
    }

    @Test
    void closeDropsEvenWithOpenConnections() throws SQLException {
        ScratchDatabase db = DevDatabases.createDatabase();
        Connection leaked = db.connect();
        db.close();
        assertThat(databaseExists(EmbeddedDevServers.sharedScratchServer(), db.name())).isFalse();
        assertThat(leaked.isValid(2)).isFalse();
        leaked.close();
    }

    @Test
    void creatingAnotherDatabaseIsFast() {
        DevDatabases.createDatabase().close(); // warm up: server started, admin connection open
        long slowest = 0;
        long total = 0;
        int n = 5;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            ScratchDatabase db = DevDatabases.createDatabase();
            long elapsed = System.nanoTime() - t0;
            db.close();
            slowest = Math.max(slowest, elapsed);
            total += elapsed;
        }
        System.out.printf("scratch createDatabase: mean %d ms, slowest %d ms%n", total / n / 1_000_000, slowest / 1_000_000);
        assertThat(slowest).isLessThan(2_000_000_000L);
    }

    private static boolean databaseExists(ScratchServer server, String name) throws SQLException {
        try (Connection c = server.connect("postgres");
                PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
