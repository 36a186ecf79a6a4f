package dev.cairn.postgres.inspect;

import dev.cairn.testing.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.RangeType;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.dialect.IntrospectOptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The introspection queries' resources: comments, version variants, parameters. */
@DatabaseTest
class InspectSqlTest {
    static final List<String> RESOURCES = List.of("extension_members.sql", "schemas.sql", "extensions.sql", "types.sql",
            "sequences.sql", "relations.sql", "columns.sql", "constraints.sql", "indexes.sql", "triggers.sql",
            "policies.sql", "routines.sql", "dependencies.sql", "privileges.sql", "default_privileges.sql");
    static final int PG13 = 130000;
    static final int PG18 = 180000;

    @Test
    void variantsFollowTheServerVersion() {
        InspectSql types = InspectSql.load("types.sql");
        assertThat(types.text(PG13)).contains("NULL::name AS multirange").doesNotContain("rngmultitypid", "mt.typname");
        assertThat(types.text(PG18)).contains("mt.typname AS multirange", "LEFT JOIN pg_type mt ON mt.oid = r.rngmultitypid")
                .doesNotContain("NULL::name AS multirange");
        assertThat(types.text(PG18)).isSameAs(types.text(PG18)); // built once per version
    }

    @Test
    void descriptionCommentsAndMarkersAreNotSent() {
        for (String name : RESOURCES) {
            String sql = InspectSql.load(name).text(PG18);
            assertThat(sql).as(name).doesNotContain("-- only:").doesNotStartWith("--").startsWith("SELECT");
            // every ? is the schemas' oid array (InspectSql binds them all to it)
            assertThat(sql.split("\\?", -1).length).as(name).isEqualTo(sql.split("\\?::oid\\[\\]", -1).length);
        }
    }

    /**
     * The PostgreSQL 13 form of every query runs (here on 18) and reads the same catalog as the 18 form,
     * but for the multiranges 13 does not have.
     */
    @Test
    void thePostgres13FormReadsTheSameCatalog() throws SQLException {
        try (ScratchDatabase db = DevDatabases.createDatabase(); Connection c = db.connect()) {
            TestSchemas.load(c, TestSchemas.resource("rich.sql")
                    + "\nCREATE TYPE app.span AS RANGE (subtype = int4, multirange_type_name = app.spans);\n");
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL search_path = ''");
            }
            IntrospectOptions options = new IntrospectOptions(List.of(), List.of(), true, true, null, null);
            Catalog pg18 = PostgresIntrospector.read(c, new InspectState(options, PG18));
            Catalog pg13 = PostgresIntrospector.read(c, new InspectState(options, PG13));
            c.rollback();
            assertThat(pg18.ranges()).extracting(RangeType::multirangeTypeName).contains("spans");
            assertThat(pg13.ranges()).extracting(RangeType::multirangeTypeName).containsOnlyNulls();
            assertThat(pg13).isEqualTo(new Catalog(pg18.schemas(), pg18.extensions(), pg18.enums(), pg18.domains(),
                    pg18.composites(), pg18.ranges().stream().map(InspectSqlTest::withoutMultirange).toList(),
                    pg18.sequences(), pg18.tables(), pg18.views(), pg18.routines(), pg18.privileges()));
        }
    }

    private static RangeType withoutMultirange(RangeType r) {
        return new RangeType(r.schema(), r.name(), r.subtype(), r.subtypeOpClass(), r.collation(), r.canonical(),
                r.subtypeDiff(), null, r.comment(), r.owner(), r.dependsOn());
    }
}
