package dev.cairn.postgres.inspect;

import dev.cairn.dialect.IntrospectOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Column;
import dev.cairn.catalog.CompositeType;
import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.DomainType;
import dev.cairn.catalog.Index;
import dev.cairn.catalog.ObjectRef;
import dev.cairn.catalog.Policy;
import dev.cairn.catalog.Privilege;
import dev.cairn.catalog.Routine;
import dev.cairn.catalog.Schema;
import dev.cairn.catalog.Sequence;
import dev.cairn.catalog.SequenceOptions;
import dev.cairn.catalog.SnapshotCodec;
import dev.cairn.catalog.Table;
import dev.cairn.catalog.Trigger;
import dev.cairn.catalog.View;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.testing.DatabaseTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@DatabaseTest
class PostgresIntrospectorTest {
    static Catalog rich;

    @BeforeAll
    static void loadRich() throws SQLException {
        rich = introspectNew(TestSchemas.resource("rich.sql"), IntrospectOptions.all());
    }

    static Catalog introspectNew(String sql, IntrospectOptions options) throws SQLException {
        try (ScratchDatabase db = DevDatabases.createDatabase(); Connection c = db.connect()) {
            TestSchemas.load(c, sql);
            return PostgresIntrospector.introspect(c, options);
        }
    }

    private static Table table(String schema, String name) {
        return rich.table(schema, name).orElseThrow(() -> new AssertionError("no table " + schema + "." + name));
    }

    private static Column column(Table t, String name) {
        return t.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static Constraint constraint(Table t, String name) {
        return t.constraints().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static Routine routine(String name) {
        return rich.routines().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void schemasAndExtensions() {
        assertThat(rich.schemas()).extracting(Schema::name).containsExactly("Mixed Case", "app", "public");
        assertThat(rich.schemas().get(1).comment()).isEqualTo("application objects");
        assertThat(rich.schemas()).allSatisfy(s -> assertThat(s.owner()).isNull());
        assertThat(rich.extensions()).extracting(e -> e.name() + "@" + e.schema()).containsExactly("btree_gist@public", "citext@public");
        assertThat(rich.extensions().get(1).version()).isNotBlank();
    }

    @Test
    void extensionObjectsAreLeftOut() {
        // citext and btree_gist create dozens of functions, types and operators in public: none is listed.
        assertThat(rich.routines()).allSatisfy(r -> assertThat(r.schema()).isEqualTo("app"));
        assertThat(rich.domains()).extracting(DomainType::name).containsExactly("email", "positive_int");
        assertThat(rich.tables()).noneMatch(t -> t.schema().equals("public"));
        // …but what uses them says so.
        DomainType email = rich.domains().get(0);
        assertThat(email.baseType()).isEqualTo("public.citext");
        assertThat(email.dependsOn()).containsExactly(new ObjectRef(ObjectRef.KIND_EXTENSION, null, "citext"));
    }

    @Test
    void types() {
        assertThat(rich.enums()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("mood");
            assertThat(e.labels()).containsExactly("sad", "meh", "ok", "happy");
            assertThat(e.comment()).isEqualTo("how it feels");
        });
        DomainType positive = rich.domains().get(1);
        assertThat(positive.baseType()).isEqualTo("integer");
        assertThat(positive.notNull()).isTrue();
        assertThat(positive.defaultExpr()).isEqualTo("1");
        assertThat(positive.checks()).containsExactly(new DomainType.Check("positive", "CHECK ((VALUE > 0))"),
                new DomainType.Check("small", "CHECK ((VALUE < 1000000))"));
        assertThat(positive.comment()).isEqualTo("a positive number");
        assertThat(rich.domains().get(0).collation()).isEqualTo("\"C\"");

        CompositeType address = rich.composites().get(0);
        assertThat(address.attributes()).containsExactly(new CompositeType.Attribute("street", "text", null),
                new CompositeType.Attribute("city", "character varying(80)", "\"C\""),
                new CompositeType.Attribute("zip", "app.positive_int", null));
        assertThat(address.dependsOn()).containsExactly(new ObjectRef(ObjectRef.KIND_TYPE, "app", "positive_int"));

        assertThat(rich.ranges()).singleElement().satisfies(r -> {
            assertThat(r.subtype()).isEqualTo("double precision");
            assertThat(r.subtypeDiff()).isEqualTo("float8mi");
            assertThat(r.subtypeOpClass()).isNull();
            assertThat(r.canonical()).isNull();
            assertThat(r.multirangeTypeName()).isNull(); // the default, floatmultirange
        });
    }

    @Test
    void sequences() {
        assertThat(rich.sequences()).extracting(Sequence::name).containsExactly("events_id_seq", "invoice_no");
        Sequence invoice = rich.sequences().get(1);
        assertThat(invoice.options()).isEqualTo(new SequenceOptions("integer", 1000, 5, 10, 99999, 3, true));
        assertThat(invoice.ownedBy()).isEqualTo("order.invoice");
        assertThat(invoice.comment()).isEqualTo("invoice numbers");
        assertThat(rich.sequences().get(0).ownedBy()).isEqualTo("events.id"); // bigserial
    }

    @Test
    void columns() {
        Table customers = table("app", "customers");
        assertThat(customers.columns()).extracting(Column::name).containsExactly("id", "Full Name", "email", "mood",
                "moods", "home", "score", "code", "name_upper", "nick", "created_at");
        Column id = column(customers, "id");
        assertThat(id.type()).isEqualTo("bigint");
        assertThat(id.notNull()).isTrue();
        assertThat(id.identity()).isEqualTo(new Column.Identity(true,
                new SequenceOptions("bigint", 100, 10, 1, Long.MAX_VALUE, 5, false)));
        assertThat(column(customers, "Full Name").comment()).isEqualTo("as written");
        assertThat(column(customers, "mood").defaultExpr()).isEqualTo("'ok'::app.mood");
        assertThat(column(customers, "moods").type()).isEqualTo("app.mood[]");
        assertThat(column(customers, "code").defaultExpr()).isEqualTo("app.next_code('C'::text)");
        Column generated = column(customers, "name_upper");
        assertThat(generated.generatedExpr()).isEqualTo("upper(\"Full Name\")");
        assertThat(generated.defaultExpr()).isNull();
        assertThat(generated.generatedVirtual()).isFalse();
        assertThat(column(customers, "nick").collation()).isEqualTo("\"C\"");
        assertThat(column(customers, "email").collation()).isNull(); // the domain's own collation
        assertThat(column(customers, "created_at").type()).isEqualTo("timestamp with time zone");
        assertThat(column(table("app", "order"), "total").type()).isEqualTo("numeric(12,2)");
        assertThat(column(table("app", "order"), "invoice").defaultExpr()).isEqualTo("nextval('app.invoice_no'::regclass)");
    }

    @Test
    void constraints() {
        Table customers = table("app", "customers");
        assertThat(customers.constraints()).extracting(Constraint::name)
                .containsExactly("customers_email_key", "customers_pkey", "score_check"); // no PG 18 default NOT NULLs
        assertThat(constraint(customers, "customers_email_key").definition()).isEqualTo("UNIQUE NULLS NOT DISTINCT (email)");
        Constraint check = constraint(customers, "score_check");
        assertThat(check.type()).isEqualTo(Constraint.Type.CHECK);
        assertThat(check.validated()).isFalse();
        assertThat(check.definition()).endsWith("NOT VALID");
        assertThat(check.comment()).isEqualTo("scores above one");

        Table order = table("app", "order");
        assertThat(order.constraints()).extracting(Constraint::name)
                .containsExactly("no_overlap", "order_customer_fk", "order_pkey", "order_total_check");
        Constraint fk = constraint(order, "order_customer_fk");
        assertThat(fk.type()).isEqualTo(Constraint.Type.FOREIGN_KEY);
        assertThat(fk.columns()).containsExactly("customer_id");
        assertThat(fk.referencedTable()).isEqualTo("app.customers");
        assertThat(fk.definition()).isEqualTo("FOREIGN KEY (customer_id) REFERENCES app.customers(id) MATCH FULL"
                + " ON UPDATE SET NULL ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED");
        assertThat(constraint(order, "no_overlap").type()).isEqualTo(Constraint.Type.EXCLUSION);
        assertThat(constraint(order, "no_overlap").columns()).containsExactly("customer_id", "during");
        assertThat(constraint(order, "order_pkey").definition()).isEqualTo("PRIMARY KEY (\"select\") INCLUDE (total)");
        assertThat(constraint(order, "order_pkey").columns()).containsExactly("select");
    }

    @Test
    void indexesLeaveOutThoseBackingConstraints() {
        Table order = table("app", "order");
        assertThat(order.indexes()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("order_total_idx");
            assertThat(i.unique()).isTrue();
            assertThat(i.comment()).isEqualTo("big orders");
            assertThat(i.definition()).isEqualTo("CREATE UNIQUE INDEX order_total_idx ON app.\"order\" USING btree"
                    + " (total DESC, lower((customer_id)::text)) INCLUDE (invoice) WHERE (total > (0)::numeric)");
        });
        assertThat(table("app", "customers").indexes()).extracting(Index::definition).containsExactly(
                "CREATE INDEX customers_name_pattern ON app.customers USING btree (nick text_pattern_ops)",
                "CREATE INDEX customers_nick_idx ON app.customers USING hash (nick)");
    }

    @Test
    void partitions() {
        Table events = table("app", "events");
        assertThat(events.partitionKey()).isEqualTo("RANGE (at)");
        assertThat(events.indexes()).extracting(Index::name).containsExactly("events_at_idx");
        assertThat(events.constraints()).extracting(Constraint::name).containsExactly("events_pkey");
        Table p2024 = table("app", "events_2024");
        assertThat(p2024.partitionOf()).isEqualTo("app.events");
        assertThat(p2024.partitionBound()).isEqualTo("FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
        assertThat(p2024.columns()).extracting(Column::name).containsExactly("id", "at", "payload");
        // The parent's primary key and NOT NULLs reach the partitions by themselves; its index's copy is read, named
        // and attached to it (a partition may name it otherwise, or hold an index of its own of the same definition).
        assertThat(p2024.indexes()).extracting(Index::name, Index::attachedTo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("events_2024_at_idx", "app.events_at_idx"));
        assertThat(p2024.constraints()).isEmpty();
        assertThat(p2024.dependsOn()).contains(new ObjectRef(ObjectRef.KIND_TABLE, "app", "events"));
        assertThat(table("app", "events_default").partitionBound()).isEqualTo("DEFAULT");
    }

    @Test
    void unusualNames() {
        Table t = table("Mixed Case", "Ünïcødé Table");
        assertThat(t.unlogged()).isTrue();
        assertThat(t.columns()).extracting(Column::name).containsExactly("Çolumn");
        assertThat(t.constraints()).extracting(Constraint::definition).containsExactly("PRIMARY KEY (\"Çolumn\")");
        assertThat(table("app", "customers").unlogged()).isFalse();
    }

    @Test
    void viewsAndMaterializedViews() {
        View names = rich.view("app", "customer_names").orElseThrow();
        assertThat(names.materialized()).isFalse();
        assertThat(names.columns()).containsExactly("id", "name", "next_score");
        assertThat(names.options()).containsExactly("security_barrier=true");
        assertThat(names.comment()).isEqualTo("who is not sad");
        assertThat(names.definition()).contains("FROM app.customers c").contains("app.add_one(");
        assertThat(names.dependsOn()).contains(new ObjectRef(ObjectRef.KIND_TABLE, "app", "customers"),
                new ObjectRef(ObjectRef.KIND_COLUMN, "app", "customers.Full Name"),
                new ObjectRef(ObjectRef.KIND_ROUTINE, "app", "add_one(i integer)"),
                new ObjectRef(ObjectRef.KIND_TYPE, "app", "mood"));
        View totals = rich.view("app", "order_totals").orElseThrow();
        assertThat(totals.materialized()).isTrue();
        assertThat(totals.indexes()).extracting(Index::name).containsExactly("order_totals_customer");
        assertThat(totals.dependsOn()).contains(new ObjectRef(ObjectRef.KIND_TABLE, "app", "order"));
    }

    @Test
    void routines() {
        assertThat(rich.routines()).extracting(Routine::signature).containsExactly("add_one(i integer)", "check_total()",
                "next_code(prefix text)", "touch(IN who bigint, INOUT n integer)"); // no range constructors
        Routine addOne = routine("add_one");
        assertThat(addOne.kind()).isEqualTo(Routine.Kind.FUNCTION);
        assertThat(addOne.language()).isEqualTo("sql");
        assertThat(addOne.returnType()).isEqualTo("integer");
        assertThat(addOne.volatility()).isEqualTo("IMMUTABLE");
        assertThat(addOne.definition()).startsWith("CREATE OR REPLACE FUNCTION app.add_one(i integer)").contains("BEGIN ATOMIC");
        assertThat(addOne.comment()).isEqualTo("adds one");
        Routine touch = routine("touch");
        assertThat(touch.kind()).isEqualTo(Routine.Kind.PROCEDURE);
        assertThat(touch.securityDefiner()).isTrue();
        assertThat(touch.returnType()).isNull();
        assertThat(touch.language()).isEqualTo("plpgsql");
        assertThat(routine("next_code").volatility()).isEqualTo("STABLE");
        assertThat(routine("next_code").dependsOn()).contains(new ObjectRef(ObjectRef.KIND_SEQUENCE, "app", "invoice_no"));
    }

    @Test
    void triggersAndPolicies() {
        Table order = table("app", "order");
        assertThat(order.triggers()).extracting(Trigger::name).containsExactly("order_check", "order_deferred");
        Trigger check = order.triggers().get(0);
        assertThat(check.constraintTrigger()).isFalse();
        assertThat(check.enabled()).isEqualTo("DISABLED");
        assertThat(check.comment()).isEqualTo("checks totals");
        assertThat(check.definition()).contains("BEFORE INSERT OR UPDATE OF total ON app.\"order\"").contains("WHEN");
        Trigger deferred = order.triggers().get(1);
        assertThat(deferred.constraintTrigger()).isTrue();
        assertThat(deferred.definition()).startsWith("CREATE CONSTRAINT TRIGGER order_deferred").contains("DEFERRABLE INITIALLY DEFERRED");
        assertThat(order.dependsOn()).contains(new ObjectRef(ObjectRef.KIND_ROUTINE, "app", "check_total()"),
                new ObjectRef(ObjectRef.KIND_SEQUENCE, "app", "invoice_no"));

        Table customers = table("app", "customers");
        assertThat(customers.rowSecurity()).isTrue();
        assertThat(customers.forceRowSecurity()).isTrue();
        assertThat(customers.policies()).containsExactly(new Policy("own_rows", "UPDATE", false, List.of("public"),
                "(mood <> 'sad'::app.mood)", "((score)::integer > 5)", "only happy rows"));
        assertThat(customers.comment()).isEqualTo("people who buy");
        assertThat(customers.dependsOn()).contains(new ObjectRef(ObjectRef.KIND_TYPE, "app", "mood"),
                new ObjectRef(ObjectRef.KIND_TYPE, "app", "address"), new ObjectRef(ObjectRef.KIND_TYPE, "app", "email"),
                new ObjectRef(ObjectRef.KIND_ROUTINE, "app", "next_code(prefix text)"));
    }

    @Test
    void sameSchemaTwiceGivesEqualCatalogs() throws SQLException {
        Catalog again = introspectNew(TestSchemas.resource("rich.sql"), IntrospectOptions.all());
        assertThat(again).isEqualTo(rich);
    }

    @Test
    void snapshotRoundTripIsExact() {
        String json = SnapshotCodec.write(new SnapshotCodec.Snapshot(SnapshotCodec.FORMAT, "abc", rich));
        SnapshotCodec.Snapshot back = SnapshotCodec.read(json, "test.json");
        assertThat(back.catalog()).isEqualTo(rich);
        assertThat(SnapshotCodec.write(back)).isEqualTo(json);
        assertThat(json).contains("\"Ünïcødé Table\"");
    }

    @Test
    void queryCountDoesNotGrowWithTheSchema() throws SQLException {
        assertThat(countQueries(10)).isEqualTo(countQueries(200)).isEqualTo(PostgresIntrospector.QUERIES);
    }

    private static int countQueries(int tables) throws SQLException {
        try (ScratchDatabase db = DevDatabases.createDatabase(); Connection c = db.connect()) {
            TestSchemas.load(c, TestSchemas.wide(tables));
            CountingConnection counting = new CountingConnection(c);
            Catalog catalog = PostgresIntrospector.introspect(counting.connection, IntrospectOptions.all());
            assertThat(catalog.tables()).hasSize(tables);
            return counting.executed.size();
        }
    }

    @Test
    void historyTableAndSchemaFilters() throws SQLException {
        String sql = """
                CREATE SCHEMA a; CREATE SCHEMA b; CREATE SCHEMA cairn;
                CREATE TABLE a.t (id int); CREATE TABLE b.t (id int);
                CREATE TABLE cairn.cairn_schema_history (installed_rank bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY);
                CREATE TABLE public.cairn_schema_history (id int);
                """;
        try (ScratchDatabase db = DevDatabases.createDatabase(); Connection c = db.connect()) {
            TestSchemas.load(c, sql);
            Catalog all = PostgresIntrospector.introspect(c, IntrospectOptions.all());
            assertThat(all.tables()).extracting(Table::qualifiedName)
                    .containsExactly("a.t", "b.t", "cairn.cairn_schema_history", "public.cairn_schema_history");

            Catalog noHistory = PostgresIntrospector.introspect(c, IntrospectOptions.all().withHistoryTable("cairn", "cairn_schema_history"));
            assertThat(noHistory.tables()).extracting(Table::qualifiedName).containsExactly("a.t", "b.t", "public.cairn_schema_history");
            assertThat(noHistory.schemas()).extracting(Schema::name).containsExactly("a", "b", "public"); // cairn held only history
            assertThat(noHistory.sequences()).isEmpty();

            Catalog onlyA = PostgresIntrospector.introspect(c, new IntrospectOptions(List.of("a", "public"), List.of("public"),
                    false, false, null, null));
            assertThat(onlyA.schemas()).extracting(Schema::name).containsExactly("a");
            assertThat(onlyA.tables()).extracting(Table::qualifiedName).containsExactly("a.t");

            Catalog notB = PostgresIntrospector.introspect(c, new IntrospectOptions(List.of(), List.of("b", "cairn"), false, false,
                    null, "cairn_schema_history"));
            assertThat(notB.tables()).extracting(Table::qualifiedName).containsExactly("a.t");
        }
    }

    @Test
    void ownersAndPrivilegesOnlyWhenAsked() throws SQLException {
        String sql = """
                CREATE ROLE cairn_test_reader_%1$s;
                CREATE TABLE t (id int, secret text);
                GRANT SELECT ON t TO cairn_test_reader_%1$s WITH GRANT OPTION;
                GRANT UPDATE (secret) ON t TO cairn_test_reader_%1$s;
                CREATE FUNCTION f() RETURNS int LANGUAGE sql RETURN 1;
                REVOKE EXECUTE ON FUNCTION f() FROM PUBLIC;
                CREATE FUNCTION g() RETURNS int LANGUAGE sql RETURN 2;
                """.formatted(ProcessHandle.current().pid());
        String role = "cairn_test_reader_" + ProcessHandle.current().pid();
        try (ScratchDatabase db = DevDatabases.createDatabase(); Connection c = db.connect()) {
            try {
                TestSchemas.load(c, sql);
                Catalog plain = PostgresIntrospector.introspect(c, IntrospectOptions.all());
                assertThat(plain.privileges()).isEmpty();
                assertThat(plain.tables().get(0).owner()).isNull();

                Catalog full = PostgresIntrospector.introspect(c, new IntrospectOptions(List.of(), List.of(), true, true, null, null));
                assertThat(full.tables().get(0).owner()).isEqualTo(db.user());
                assertThat(full.privileges()).contains(
                        new Privilege(new ObjectRef("table", "public", "t"), role, "SELECT", true),
                        new Privilege(new ObjectRef("column", "public", "t.secret"), role, "UPDATE", false),
                        new Privilege(new ObjectRef("routine", "public", "g()"), "PUBLIC", "EXECUTE", false));
                assertThat(full.privileges()).noneMatch(p -> p.object().name().equals("f()"));
                assertThat(full.privileges()).noneMatch(p -> p.grantee().equals(db.user()));
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP OWNED BY " + role);
                    s.execute("DROP ROLE IF EXISTS " + role);
                }
            }
        }
    }

    @Test
    void staysInsideTheCallersTransactionAndRestoresSearchPath() throws SQLException {
        try (ScratchDatabase db = DevDatabases.createDatabase(); Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE uncommitted (id int)");
            }
            Catalog catalog = PostgresIntrospector.introspect(c, IntrospectOptions.all());
            assertThat(catalog.tables()).extracting(Table::name).containsExactly("uncommitted");
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW search_path")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("\"$user\", public");
            }
            c.rollback();
        }
    }

    @Test
    void postgres18NamedNotNullsAndVirtualColumns() throws SQLException {
        Catalog catalog = introspectNew("""
                CREATE TABLE t (a int NOT NULL, b int CONSTRAINT b_must NOT NULL, c int, v int GENERATED ALWAYS AS (a * 2) VIRTUAL,
                    "a very long column name that PostgreSQL has to shorten for sure ok" int NOT NULL);
                ALTER TABLE t ADD CONSTRAINT c_nn NOT NULL c NOT VALID;
                """, IntrospectOptions.all());
        Table t = catalog.tables().get(0);
        assertThat(t.constraints()).extracting(Constraint::name, Constraint::type, Constraint::validated).containsExactly(
                org.assertj.core.groups.Tuple.tuple("b_must", Constraint.Type.NOT_NULL, true),
                org.assertj.core.groups.Tuple.tuple("c_nn", Constraint.Type.NOT_NULL, false));
        assertThat(column(t, "v").generatedVirtual()).isTrue();
        assertThat(column(t, "v").generatedExpr()).isEqualTo("(a * 2)");
    }

    @Test
    void partitionIdentityAndInheritance() throws SQLException {
        Catalog catalog = introspectNew("""
                CREATE TABLE idp (id int GENERATED ALWAYS AS IDENTITY (START WITH 7), v int) PARTITION BY LIST (v);
                CREATE TABLE idp1 PARTITION OF idp FOR VALUES IN (1);
                CREATE TABLE parent (a int CHECK (a > 0));
                CREATE TABLE child (b int) INHERITS (parent);
                """, IntrospectOptions.all());
        Column parentId = column(catalog.table("public", "idp").orElseThrow(), "id");
        Column partitionId = column(catalog.table("public", "idp1").orElseThrow(), "id");
        assertThat(parentId.identity().options().start()).isEqualTo(7);
        assertThat(partitionId.identity()).isEqualTo(parentId.identity());
        Table child = catalog.table("public", "child").orElseThrow();
        assertThat(child.columns()).extracting(Column::name).containsExactly("a", "b");
        // the inherited column and check are read as inherited: the differ leaves them to the parent
        assertThat(child.constraints()).extracting(Constraint::name, Constraint::inherited).containsExactly(tuple("parent_a_check", true));
        assertThat(child.columns()).extracting(Column::name, Column::inherited).containsExactly(tuple("a", true), tuple("b", false));
        assertThat(child.inherits()).containsExactly("public.parent");
        assertThat(child.dependsOn()).containsExactly(new ObjectRef(ObjectRef.KIND_TABLE, "public", "parent"));
        assertThat(catalog.sequences()).isEmpty();
    }

    @Test
    void defaultNotNullNames() {
        assertThat(PgNames.isDefaultNotNullName("t_a_not_null", "t", "a")).isTrue();
        assertThat(PgNames.isDefaultNotNullName("t_a_not_null1", "t", "a")).isFalse(); // kept: the differ needs its name
        assertThat(PgNames.isDefaultNotNullName("a_not_null", "t", "a")).isFalse();
        String longName = "x".repeat(60);
        assertThat(PgNames.makeObjectName("t", longName, "not_null")).hasSize(63).startsWith("t_xxx");
        assertThat(PgNames.defaultMultirangeName("floatrange")).isEqualTo("floatmultirange");
        assertThat(PgNames.defaultMultirangeName("period")).isEqualTo("period_multirange");
    }
}
