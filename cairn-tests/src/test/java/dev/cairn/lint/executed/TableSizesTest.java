package dev.cairn.lint.executed;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.db.ConnectionSource;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.JdbcConnectionSource;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.testing.DatabaseTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The target's table sizes: read from a real database with rows, read-only, never waiting on a locked table. */
@DatabaseTest
class TableSizesTest {

    private static void fill(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE big (id int PRIMARY KEY, pad text)");
            s.execute("INSERT INTO big SELECT g, repeat('x', 100) FROM generate_series(1, 50000) g");
            s.execute("CREATE TABLE empty (id int)");
            s.execute("CREATE TABLE parted (id int, at date) PARTITION BY RANGE (at)");
            s.execute("CREATE TABLE parted_a PARTITION OF parted FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
            s.execute("INSERT INTO parted SELECT g, date '2024-01-01' + g % 300 FROM generate_series(1, 20000) g");
            s.execute("VACUUM ANALYZE big, parted_a");
        }
    }

    @Test
    void readsBytesAndRowEstimatesFromARealDatabaseWithoutWriting() throws SQLException {
        try (ScratchDatabase db = DevDatabases.createDatabase(); Connection c = db.connect()) {
            fill(c);
            try (Statement s = c.createStatement()) { // a standby would refuse any write just the same
                s.execute("ALTER DATABASE \"" + db.name() + "\" SET default_transaction_read_only = on");
            }
            ConnectionSource target = new JdbcConnectionSource(db.jdbcUrl(), db.user(), null);

            TableSizes sizes = TableSizes.read(target);

            assertThat(sizes.known()).isTrue();
            TableSizes.Size big = sizes.of("public.big").orElseThrow();
            assertThat(big.bytes()).isBetween(6L * 1024 * 1024, 20L * 1024 * 1024); // rows and primary key
            assertThat(big.rows()).isBetween(45_000L, 55_000L);
            assertThat(big.small()).isFalse();
            assertThat(big.toString()).matches("\\d+(\\.\\d)? MB, \\d+ k rows");
            assertThat(sizes.of("public.empty").orElseThrow().small()).isTrue();
            TableSizes.Size parted = sizes.of("public.parted").orElseThrow();
            assertThat(parted.bytes()).as("a partitioned table weighs its partitions")
                    .isEqualTo(sizes.of("public.parted_a").orElseThrow().bytes()).isGreaterThan(0);
            assertThat(sizes.of("public.nowhere")).isEmpty();
            try (Connection other = target.open(); Statement s = other.createStatement()) {
                assertThatThrownBy(() -> s.execute("CREATE TABLE t (id int)")).isInstanceOf(SQLException.class)
                        .hasMessageContaining("read-only");
            }
        }
    }

    @Test
    void aLockedTableIsMeasuredFromTheCatalogInsteadOfWaitedFor() throws SQLException {
        try (ScratchDatabase db = DevDatabases.createDatabase(); Connection c = db.connect()) {
            fill(c);
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("LOCK TABLE big IN ACCESS EXCLUSIVE MODE"); // a migration rewriting it, say
            }
            long started = System.nanoTime();
            TableSizes sizes = TableSizes.read(new JdbcConnectionSource(db.jdbcUrl(), db.user(), null));
            long ms = (System.nanoTime() - started) / 1_000_000;
            c.rollback();

            assertThat(ms).isLessThan(8_000);
            TableSizes.Size big = sizes.of("public.big").orElseThrow();
            assertThat(big.bytes()).isBetween(6L * 1024 * 1024, 20L * 1024 * 1024);
            assertThat(big.rows()).isBetween(45_000L, 55_000L);
        }
    }
}
