package dev.cairn.postgres.inspect;

import dev.cairn.dialect.IntrospectOptions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Extension;
import dev.cairn.catalog.View;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.testing.DatabaseTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The rich schema read from another PostgreSQL major version gives the same catalog as on the embedded
 * 18 (extension versions aside). Runs only when {@code CAIRN_TEST_PG_URL} names a server to create
 * databases on, e.g. {@code jdbc:postgresql://localhost:55415/postgres?user=postgres}; the timing
 * test only when {@code CAIRN_TEST_WIDE_URL} names a database to read.
 */
@DatabaseTest
class OtherServerVersionsTest {

    @Test
    @EnabledIfEnvironmentVariable(named = "CAIRN_TEST_PG_URL", matches = ".+")
    void richSchemaReadsTheSameAsOnTheEmbeddedServer() throws SQLException {
        String url = System.getenv("CAIRN_TEST_PG_URL");
        Catalog expected;
        try (ScratchDatabase db = DevDatabases.createDatabase(); Connection c = db.connect()) {
            TestSchemas.load(c, TestSchemas.resource("rich.sql"));
            expected = PostgresIntrospector.introspect(c, IntrospectOptions.all());
        }
        String name = "cairn_versions_" + ProcessHandle.current().pid();
        try (Connection admin = DriverManager.getConnection(url); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
            String dbUrl = url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
            try (Connection c = DriverManager.getConnection(dbUrl)) {
                TestSchemas.load(c, TestSchemas.resource("rich.sql"));
                Catalog actual = PostgresIntrospector.introspect(c, IntrospectOptions.all());
                System.out.println("server " + c.getMetaData().getDatabaseProductVersion() + ": " + actual.size() + " objects");
                assertThat(withoutExtensionVersions(actual)).isEqualTo(withoutExtensionVersions(expected));
                Catalog again = PostgresIntrospector.introspect(c, IntrospectOptions.all());
                assertThat(again).isEqualTo(actual);
            } finally {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    /** Times introspection of an existing database ({@code CAIRN_TEST_WIDE_URL}), e.g. one filled by gen-wide.sh. */
    @Test
    @EnabledIfEnvironmentVariable(named = "CAIRN_TEST_WIDE_URL", matches = ".+")
    void timeAnExistingDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getenv("CAIRN_TEST_WIDE_URL"))) {
            Catalog first = PostgresIntrospector.introspect(c, IntrospectOptions.all());
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                long t = System.nanoTime();
                assertThat(PostgresIntrospector.introspect(c, IntrospectOptions.all())).isEqualTo(first);
                best = Math.min(best, System.nanoTime() - t);
            }
            System.out.printf("server %s: %d tables, best of 5: %d ms%n", c.getMetaData().getDatabaseProductVersion(),
                    first.tables().size(), best / 1_000_000);
        }
    }

    /**
     * Extension versions and comments differ between releases, and so does pg_get_viewdef's text:
     * PostgreSQL 16 stopped qualifying columns with their table's alias ({@code c.id} became {@code id}).
     */
    private static Catalog withoutExtensionVersions(Catalog c) {
        List<Extension> extensions = c.extensions().stream().map(e -> new Extension(e.name(), e.schema(), "-", null)).toList();
        List<View> views = c.views().stream().map(v -> new View(v.schema(), v.name(), v.materialized(), "-", v.columns(),
                v.options(), v.indexes(), v.comment(), v.owner(), v.dependsOn())).toList();
        return new Catalog(c.schemas(), extensions, c.enums(), c.domains(), c.composites(), c.ranges(), c.sequences(),
                c.tables(), views, c.routines(), c.privileges());
    }
}
