package dev.cairn.postgres.render;

import dev.cairn.testing.DatabaseTest;

import static dev.cairn.postgres.render.Fixtures.col;
import static dev.cairn.postgres.render.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.catalog.Column;
import dev.cairn.catalog.Table;
import dev.cairn.catalog.Trigger;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.diff.Change;
import dev.cairn.diff.Change.AddColumn;
import dev.cairn.diff.Change.AddConstraint;
import dev.cairn.diff.Change.AlterColumnType;
import dev.cairn.diff.Change.AttachPartition;
import dev.cairn.diff.Change.CreateIndex;
import dev.cairn.diff.Change.CreateTrigger;
import dev.cairn.diff.Change.SetColumnNotNull;
import dev.cairn.diff.Change.ValidateConstraint;
import dev.cairn.plan.LockLevel;
import dev.cairn.plan.SafetyFacts;
import dev.cairn.plan.PlannedStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgresSafety's facts against what PostgreSQL really does: each change's rendered statement runs in a transaction on
 * tables holding rows; the strongest lock it holds on the named relation ({@code pg_locks}) and whether the table got a
 * new file (a rewrite) are compared with the facts, then rolled back.
 */
@DatabaseTest
class SafetyFactsAgainstPostgresTest {
    private static ScratchDatabase db;
    private static Connection c;

    static final Table USERS = table("public", "users", col("id", "bigint"), col("name", "character varying(10)"));
    static final Table ORDERS = table("public", "orders", col("id", "bigint"), col("user_id", "bigint"), col("qty", "integer"));

    @BeforeAll
    static void setUp() throws SQLException {
        db = DevDatabases.createDatabase();
        c = db.connect();
        try (Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE users (id bigint PRIMARY KEY, name varchar(10));
                    CREATE TABLE orders (id bigint, user_id bigint, qty integer);
                    ALTER TABLE orders ADD CONSTRAINT orders_positive CHECK (id > 0) NOT VALID;
                    INSERT INTO users SELECT g, 'u' || g FROM generate_series(1, 50) g;
                    INSERT INTO orders SELECT g, g, g FROM generate_series(1, 50) g;
                    CREATE TABLE events (at date) PARTITION BY RANGE (at);
                    CREATE TABLE events_2025 (at date);
                    INSERT INTO events_2025 VALUES ('2025-05-01');
                    CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                    """);
        }
    }

    @AfterAll
    static void tearDown() throws SQLException {
        if (c != null) {
            c.close();
        }
        if (db != null) {
            db.close();
        }
    }

    /** What one statement did, observed inside its (rolled back) transaction. */
    record Observed(LockLevel lock, LockLevel referencedLock, boolean rewrote) {}

    private static Observed run(PlannedStatement s) throws SQLException {
        SafetyFacts f = s.facts();
        c.setAutoCommit(false);
        try {
            long before = filenode(f.lockedRelation());
            try (Statement st = c.createStatement()) {
                st.execute(s.sql());
            }
            LockLevel lock = strongestLock(f.lockedRelation());
            LockLevel referenced = f.referencedRelation() == null ? null : strongestLock(f.referencedRelation());
            return new Observed(lock, referenced, filenode(f.lockedRelation()) != before);
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    private static long filenode(String relation) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT pg_relation_filenode(?::regclass)")) {
            p.setString(1, relation);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static LockLevel strongestLock(String relation) throws SQLException {
        LockLevel strongest = LockLevel.NONE;
        try (PreparedStatement p = c.prepareStatement("SELECT mode FROM pg_locks WHERE locktype = 'relation' AND pid = pg_backend_pid()"
                + " AND relation = ?::regclass")) {
            p.setString(1, relation);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    // AccessExclusiveLock -> ACCESS_EXCLUSIVE
                    String mode = r.getString("mode").replaceFirst("Lock$", "").replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
                    strongest = strongest.max(LockLevel.valueOf(mode));
                }
            }
        }
        return strongest;
    }

    private static void check(Change change) throws SQLException {
        PlannedStatement s = Fixtures.one(change);
        Observed o = run(s);
        assertThat(o.lock()).as("lock of: " + s.sql()).isEqualTo(s.facts().lock());
        if (s.facts().referencedRelation() != null) {
            assertThat(o.referencedLock()).as("lock on the referenced table of: " + s.sql()).isEqualTo(s.facts().lock());
        }
        assertThat(o.rewrote()).as("rewrite by: " + s.sql()).isEqualTo(s.facts().rewritesTable());
    }

    @Test
    void rulesAndStatistics() throws SQLException {
        check(new Change.CreateDefined(new dev.cairn.catalog.DefinedObject(dev.cairn.catalog.DefinedKind.RULE, "public",
                "orders.no_delete", "RULE no_delete ON public.orders",
                java.util.List.of("CREATE RULE no_delete AS ON DELETE TO public.orders DO INSTEAD NOTHING"),
                java.util.List.of(), null, null, java.util.List.of(), "public.orders")));
        check(new Change.CreateDefined(new dev.cairn.catalog.DefinedObject(dev.cairn.catalog.DefinedKind.STATISTICS, "public",
                "orders_stats", "STATISTICS public.orders_stats",
                java.util.List.of("CREATE STATISTICS public.orders_stats ON id, qty FROM public.orders"),
                java.util.List.of(), null, null, java.util.List.of(), "public.orders")));
    }

    @Test
    void constraints() throws SQLException {
        check(new AddConstraint(USERS, Fixtures.check("short_name", "CHECK ((length((name)::text) < 9))")));
        check(new AddConstraint(ORDERS, Fixtures.fk("orders_user_fk", "user_id", "public.users", "FOREIGN KEY (user_id) REFERENCES users(id)")));
        check(new AddConstraint(ORDERS,
                Fixtures.fk("orders_user_fk", "user_id", "public.users", "FOREIGN KEY (user_id) REFERENCES users(id) NOT VALID")));
        check(new ValidateConstraint(ORDERS, Fixtures.check("orders_positive", "CHECK ((id > 0)) NOT VALID")));
        check(new SetColumnNotNull(ORDERS, col("qty", "integer"), true));
    }

    @Test
    void indexesAndTriggers() throws SQLException {
        check(new CreateIndex("public", "orders", Fixtures.index("orders_user_idx", "CREATE INDEX orders_user_idx ON public.orders USING btree (user_id)")));
        check(new CreateTrigger(ORDERS, new Trigger("orders_touch",
                "CREATE TRIGGER orders_touch BEFORE UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION touch()", false, "O", null)));
    }

    @Test
    void columnsRewriteOnlyWhenPostgresSaysSo() throws SQLException {
        check(new AlterColumnType(USERS, col("name", "character varying(10)"), col("name", "character varying(20)"), null));
        check(new AlterColumnType(ORDERS, col("qty", "integer"), col("qty", "bigint"), null));
        check(new AddColumn(ORDERS, Fixtures.withDefault("flag", "boolean", "true")));
        check(new AddColumn(ORDERS, Fixtures.withDefault("token", "double precision", "random()")));
        check(new AddColumn(ORDERS, Fixtures.identity("serial_no", "bigint", true, 1)));
    }

    @Test
    void attachingAPartitionLocksTheParentShareUpdateExclusive() throws SQLException {
        Column at = col("at", "date");
        check(new AttachPartition(Fixtures.partition("public", "events_2025", "public.events",
                "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')", at)));
    }
}
