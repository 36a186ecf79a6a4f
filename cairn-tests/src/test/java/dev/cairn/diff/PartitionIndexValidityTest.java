package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.catalog.Catalog;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.dialect.IntrospectOptions;
import dev.cairn.plan.PlannedStatement;
import dev.cairn.postgres.render.PostgresRenderer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A partitioned index the plan creates ON ONLY its table is valid once the plan has attached every partition's index,
 * sub-partitions included (the catalog does not record validity, so the round trip alone would not notice).
 */
class PartitionIndexValidityTest {
    private static final String TABLES = """
            CREATE TABLE event (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);
            CREATE TABLE event_2024 PARTITION OF event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            CREATE TABLE event_2026 PARTITION OF event FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') PARTITION BY LIST (kind);
            CREATE TABLE event_2026_a PARTITION OF event_2026 FOR VALUES IN ('a');
            CREATE TABLE event_2026_rest PARTITION OF event_2026 DEFAULT;
            """;

    @Test
    void createdPartitionedIndexesAreValid() throws Exception {
        try (ScratchDatabase a = DevDatabases.createDatabase(); ScratchDatabase b = DevDatabases.createDatabase();
                Connection from = a.connect(); Connection to = b.connect(); Statement sf = from.createStatement();
                Statement st = to.createStatement()) {
            sf.execute(TABLES);
            st.execute(TABLES + "CREATE INDEX event_kind_idx ON event (kind); ALTER INDEX event_2026_a_kind_idx RENAME TO k_a;");
            Catalog fromCatalog = RoundTrip.introspect(from, IntrospectOptions.all());
            Catalog toCatalog = RoundTrip.introspect(to, IntrospectOptions.all());
            for (PlannedStatement s : PostgresRenderer.render(Differ.diff(fromCatalog, toCatalog)).statements()) {
                sf.execute(s.sql());
            }
            try (ResultSet rs = sf.executeQuery("SELECT count(*) FILTER (WHERE NOT indisvalid), count(*) FROM pg_index i "
                    + "JOIN pg_class k ON k.oid = i.indexrelid WHERE k.relname LIKE '%kind%' OR k.relname = 'k_a'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("invalid indexes").isZero();
                assertThat(rs.getInt(2)).isEqualTo(5);
            }
        }
    }
}
