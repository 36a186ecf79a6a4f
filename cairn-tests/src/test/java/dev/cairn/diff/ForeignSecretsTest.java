package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.SnapshotCodec;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.dialect.IntrospectOptions;
import dev.cairn.diff.corpus.SqlLoader;
import dev.cairn.postgres.inspect.PostgresIntrospector;
import dev.cairn.postgres.render.PostgresRenderer;
import dev.cairn.testing.DatabaseTest;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Secret options of user mappings and servers (named like a password, secret, token or key) never leave the database:
 * not in the catalog, its snapshot, the plan, its warnings or the differ's description of its changes.
 */
@DatabaseTest
class ForeignSecretsTest {
    private static final String SCHEMA = """
            CREATE EXTENSION postgres_fdw;
            CREATE SERVER remote FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'h', sslkey 'key-file-Zq7');
            CREATE USER MAPPING FOR PUBLIC SERVER remote OPTIONS (user 'app', password 'pw-Zq7-secret');
            """;

    @Test
    void secretsAreNeitherReadNorWritten() throws SQLException {
        try (ScratchDatabase db = SqlLoader.loaded(SCHEMA, "schema.sql"); Connection c = db.connect()) {
            Catalog catalog = PostgresIntrospector.introspect(c, new IntrospectOptions(java.util.List.of(), java.util.List.of(),
                    true, true, null, null));
            ChangeSet changes = Differ.diff(Catalog.empty(), catalog);
            String everything = catalog + SnapshotCodec.write(new SnapshotCodec.Snapshot(SnapshotCodec.FORMAT, 18, null, catalog))
                    + changes + PostgresRenderer.render(changes).toSql() + PostgresRenderer.render(Differ.diff(catalog, Catalog.empty())).toSql();
            assertThat(everything).doesNotContain("Zq7").contains("<secret: replace before running>");
            assertThat(changes.warnings()).anySatisfy(w -> assertThat(w.message()).contains("option password holds a secret"));
            assertThat(changes.warnings()).anySatisfy(w -> assertThat(w.message()).contains("option sslkey holds a secret"));
        }
    }
}
