package dev.cairn.postgres.inspect;

import dev.cairn.dialect.IntrospectOptions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.catalog.Catalog;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.testing.DatabaseTest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** 2,000 tables shaped like bench/anchors/gen-wide.sh; prints the time (pg_dump --schema-only: ~0.8 s). */
@DatabaseTest
class IntrospectPerformanceTest {
    static final int TABLES = 2000;

    @Test
    void twoThousandTables() throws Exception {
        try (ScratchDatabase db = DevDatabases.createDatabase(); Connection c = db.connect()) {
            long t0 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN;\n" + TestSchemas.wide(TABLES) + "COMMIT;");
            }
            long loaded = System.nanoTime();
            Catalog first = PostgresIntrospector.introspect(c, IntrospectOptions.all()); // cold: JIT, server caches
            long cold = System.nanoTime() - loaded;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            long best = Long.MAX_VALUE;
            Catalog last = null;
            for (int i = 0; i < 3; i++) {
                long t = System.nanoTime();
                last = PostgresIntrospector.introspect(c, IntrospectOptions.all());
                best = Math.min(best, System.nanoTime() - t);
            }
            CountingConnection timed = new CountingConnection(c);
            PostgresIntrospector.introspect(timed.connection, IntrospectOptions.all());
            for (int i = 0; i < timed.executed.size(); i++) {
                String sql = timed.executed.get(i).strip();
                System.out.printf("  %5d ms  %s%n", timed.nanos.get(i) / 1_000_000, sql.substring(0, Math.min(70, sql.length()))
                        .replaceAll("\\s+", " "));
            }
            long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("introspect %d tables: load %d ms, first %d ms, best of 3 %d ms, heap peak (all pools) %d MB%n",
                    TABLES, (loaded - t0) / 1_000_000, cold / 1_000_000, best / 1_000_000, peakHeap >> 20);
            assertThat(last).isEqualTo(first);
            assertThat(last.tables()).hasSize(TABLES);
            assertThat(last.tables().stream().mapToInt(t -> t.columns().size()).sum()).isEqualTo(9 * TABLES);
            assertThat(last.tables().stream().mapToLong(t -> t.constraints().size()).sum()).isEqualTo(TABLES + TABLES / 2);
            assertThat(last.tables().stream().mapToLong(t -> t.indexes().size()).sum()).isEqualTo(TABLES);
            assertThat(best / 1_000_000).as("introspection time (ms)").isLessThan(15_000);
        }
    }
}
