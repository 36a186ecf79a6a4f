package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.catalog.Catalog;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.dialect.IntrospectOptions;
import dev.cairn.diff.corpus.SqlLoader;
import dev.cairn.plan.Plan;
import dev.cairn.plan.PlannedStatement;
import dev.cairn.postgres.inspect.PostgresIntrospector;
import dev.cairn.postgres.render.PostgresRenderer;
import dev.cairn.testing.DatabaseTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Extension versions on real PostgreSQL (citext has 1.4 → 1.5 → 1.6 scripts on every major 13–18, and no downgrade):
 * an update follows the server's update path and keeps the data; a version the installed one cannot reach is one
 * warning naming the extension and both versions, and no statement (the corpus runs both directions, so the
 * one-way case lives here; creating at a pinned version is in the corpus group {@code extensions/}).
 */
@DatabaseTest
class ExtensionVersionTest {
    private static final String OLD = """
            CREATE EXTENSION citext VERSION '1.4';
            CREATE TABLE t (name citext PRIMARY KEY);
            """;
    private static final String NEW = """
            CREATE EXTENSION citext VERSION '1.5';
            CREATE TABLE t (name citext PRIMARY KEY);
            """;

    @Test
    void anUpdateFollowsTheUpdatePathAndKeepsTheRows() throws SQLException {
        try (ScratchDatabase a = SqlLoader.loaded(OLD, "old.sql"); ScratchDatabase b = SqlLoader.loaded(NEW, "new.sql");
                Connection ca = a.connect(); Connection cb = b.connect()) {
            try (Statement s = ca.createStatement()) {
                s.execute("INSERT INTO t VALUES ('Alice'), ('bob')");
            }
            Catalog from = read(ca);
            Catalog to = read(cb);
            assertThat(from.extensions().get(0).updatableTo()).contains("1.5", "1.6").doesNotContain("1.4");
            Plan plan = PostgresRenderer.render(Differ.diff(from, to));
            assertThat(plan.toSql()).contains("ALTER EXTENSION citext UPDATE TO '1.5'").doesNotContain("DROP");
            for (PlannedStatement p : plan.statements()) {
                try (Statement s = ca.createStatement()) {
                    s.execute(p.sql());
                }
            }
            assertThat(read(ca)).isEqualTo(to);
            try (Statement s = ca.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM t WHERE name = 'ALICE'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void aDowngradeWithoutAPathIsOneWarningAndNoStatement() throws SQLException {
        try (ScratchDatabase a = SqlLoader.loaded(NEW, "new.sql"); ScratchDatabase b = SqlLoader.loaded(OLD, "old.sql");
                Connection ca = a.connect(); Connection cb = b.connect()) {
            ChangeSet changes = Differ.diff(read(ca), read(cb));
            Plan plan = PostgresRenderer.render(changes);
            assertThat(plan.statements()).isEmpty();
            assertThat(changes.warnings()).singleElement().satisfies(w -> {
                assertThat(w.kind()).isEqualTo(Warning.Kind.UNSUPPORTED);
                assertThat(w.object()).isEqualTo("citext");
                assertThat(w.message()).contains("citext", "version 1.5", "changed to 1.4", "no update path from 1.5 to 1.4");
            });
        }
    }

    private static Catalog read(Connection c) throws SQLException {
        return PostgresIntrospector.introspect(c, IntrospectOptions.all());
    }
}
