package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.View;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.dialect.IntrospectOptions;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A view reading itself is told from one that does not by its rewrite rule (pg_depend leaves self-references out);
 * before PostgreSQL 16 every view's rule also names the view for OLD and NEW, which must not count as a read.
 * Runs on the scratch major ({@code -Dcairn.scratch.major=13} covers the older rule shape).
 */
class ViewReadsItselfTest {

    @Test
    void onlyTheSelfReadingViewIsFlaggedAndColumnTypesAreRead() throws Exception {
        try (ScratchDatabase db = DevDatabases.createDatabase(); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id int, old text)");
            s.execute("CREATE VIEW plain AS SELECT id, old FROM t");
            s.execute("CREATE VIEW \"old\" AS SELECT p.id FROM plain p JOIN t \"new\" ON true");
            s.execute("CREATE VIEW v AS SELECT 1 AS id, 2.5::numeric(4,1) AS amount");
            s.execute("CREATE OR REPLACE VIEW v AS SELECT id, amount FROM v");
            s.execute("CREATE MATERIALIZED VIEW m AS SELECT id FROM t");
            Catalog catalog = RoundTrip.introspect(c, IntrospectOptions.all());
            assertThat(view(catalog, "plain").readsItself()).isFalse();
            assertThat(view(catalog, "old").readsItself()).isFalse();
            assertThat(view(catalog, "m").readsItself()).isFalse();
            View v = view(catalog, "v");
            assertThat(v.readsItself()).isTrue();
            assertThat(v.columnTypes()).containsExactly("integer", "numeric(4,1)");
            assertThat(v.standIn().definition()).isEqualTo(" SELECT NULL::integer AS id,\n    NULL::numeric(4,1) AS amount;");
        }
    }

    private static View view(Catalog c, String name) {
        return c.views().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }
}
