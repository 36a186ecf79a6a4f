package dev.cairn.postgres.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.dialect.StatementShape;
import dev.cairn.plan.LockLevel;
import dev.cairn.plan.SafetyFacts;
import dev.cairn.sql.SqlStatement;
import dev.cairn.testing.DatabaseTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The classifier's static facts against what PostgreSQL really does: each statement runs in a transaction on tables
 * holding rows; the strongest lock this backend holds on the classifier's {@code lockedRelation} (and on its
 * {@code referencedRelation}) is read from {@code pg_locks}, and a new {@code relfilenode} tells a rewrite; then the
 * transaction is rolled back. Statements PostgreSQL refuses inside a transaction (CONCURRENTLY, VACUUM) cannot be
 * observed this way and are covered by the table-driven test only.
 */
@DatabaseTest
class StatementShapesAgainstPostgresTest {
    private static ScratchDatabase db;
    private static Connection c;
    /** The server's major: statements newer than it are skipped (run with -Dcairn.scratch.major=13 … 18). */
    private static int major;

    @BeforeAll
    static void setUp() throws SQLException {
        db = DevDatabases.createDatabase();
        c = db.connect();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW server_version_num")) {
            r.next();
            major = Integer.parseInt(r.getString(1)) / 10000;
        }
        try (Statement s = c.createStatement()) {
            s.execute("""
                    CREATE SCHEMA archive;
                    CREATE TABLE users (id bigint PRIMARY KEY, name varchar(10), email text NOT NULL, age int);
                    CREATE UNIQUE INDEX users_email_idx ON users (email);
                    CREATE TABLE orders (id bigint, user_id bigint, qty integer, note text);
                    ALTER TABLE orders ADD CONSTRAINT orders_positive CHECK (id > 0) NOT VALID;
                    ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users NOT VALID;
                    INSERT INTO users SELECT g, 'u' || g, 'u' || g || '@x', g FROM generate_series(1, 50) g;
                    INSERT INTO orders SELECT g, g, g, 'n' FROM generate_series(1, 50) g;
                    CREATE TABLE events (at date) PARTITION BY RANGE (at);
                    CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                    CREATE TABLE events_2025 (at date);
                    INSERT INTO events_2025 VALUES ('2025-05-01');
                    CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                    CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
                    CREATE MATERIALIZED VIEW order_totals AS SELECT user_id, count(*) AS n FROM orders GROUP BY user_id;
                    CREATE UNIQUE INDEX order_totals_user ON order_totals (user_id);
                    CREATE SEQUENCE ticket_seq;
                    CREATE VIEW adults AS SELECT * FROM users WHERE age >= 18;
                    CREATE TYPE mood AS ENUM ('sad', 'ok');
                    CREATE POLICY readers ON users USING (true);
                    CREATE TABLE tix (id int GENERATED ALWAYS AS IDENTITY, title text);
                    CREATE TABLE base (id int);
                    CREATE TABLE kid () INHERITS (base);
                    CREATE RULE base_no_update AS ON UPDATE TO base WHERE false DO INSTEAD NOTHING;
                    CREATE TABLE jobs (id int, state text);
                    INSERT INTO jobs SELECT g, 'new' FROM generate_series(1, 50) g;
                    CREATE INDEX jobs_state ON jobs (state);
                    CREATE TABLE logs (at date) PARTITION BY RANGE (at);
                    CREATE TABLE logs_2024 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
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

    private static Observed run(String sql, SafetyFacts f) throws SQLException {
        c.setAutoCommit(false);
        try {
            Long oid = oid(f.lockedRelation());
            Long referenced = oid(f.referencedRelation());
            Long before = filenode(oid);
            try (Statement st = c.createStatement()) {
                st.execute(sql);
            }
            if (oid == null) {
                oid = oid(f.lockedRelation()); // created by the statement
            }
            Long after = filenode(oid); // null once dropped: gone, not rewritten
            return new Observed(strongestLock(oid), referenced == null ? null : strongestLock(referenced),
                    before != null && after != null && !before.equals(after));
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    /** The relation's oid looked up before the statement runs, so drops and renames do not lose it. */
    private static Long oid(String relation) throws SQLException {
        if (relation == null) {
            return null;
        }
        try (PreparedStatement p = c.prepareStatement("SELECT to_regclass(?)::oid")) {
            p.setString(1, relation);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                long oid = r.getLong(1);
                return r.wasNull() ? null : oid;
            }
        }
    }

    private static Long filenode(Long oid) throws SQLException {
        if (oid == null) {
            return null;
        }
        try (PreparedStatement p = c.prepareStatement("SELECT pg_relation_filenode(?::oid)")) {
            p.setLong(1, oid);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                long node = r.getLong(1);
                return r.wasNull() ? null : node;
            }
        }
    }

    private static LockLevel strongestLock(Long oid) throws SQLException {
        LockLevel strongest = LockLevel.NONE;
        if (oid == null) {
            return strongest;
        }
        try (PreparedStatement p = c.prepareStatement("SELECT mode FROM pg_locks WHERE locktype = 'relation'"
                + " AND pid = pg_backend_pid() AND relation = ?::oid")) {
            p.setLong(1, oid);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    // AccessExclusiveLock -> ACCESS_EXCLUSIVE
                    String mode = r.getString("mode").replaceFirst("Lock$", "").replaceAll("([a-z])([A-Z])", "$1_$2")
                            .toUpperCase(Locale.ROOT);
                    strongest = strongest.max(LockLevel.valueOf(mode));
                }
            }
        }
        return strongest;
    }

    private static StatementShape shape(String sql) {
        return StatementShapes.of(new SqlStatement(sql, 1, 1, 0));
    }

    /** Runs {@code sql}; its lock (and the referenced table's) and its rewrite must be what the classifier says. */
    private static void check(String sql) throws SQLException {
        check(sql, true);
    }

    private static void check(String sql, boolean compareRewrite) throws SQLException {
        SafetyFacts f = shape(sql).facts();
        assertThat(f.lock()).as("a lock is claimed for: " + sql).isNotEqualTo(LockLevel.NONE);
        Observed o = run(sql, f);
        assertThat(f.lock()).as("lock of: " + sql).isEqualTo(o.lock());
        if (f.referencedRelation() != null) {
            // Only a foreign key names a referenced table: SHARE ROW EXCLUSIVE there, whatever the statement's own mode.
            assertThat(o.referencedLock()).as("lock on the referenced table of: " + sql)
                    .isEqualTo(LockLevel.SHARE_ROW_EXCLUSIVE);
        }
        if (compareRewrite) {
            assertThat(f.rewritesTable()).as("rewrite by: " + sql).isEqualTo(o.rewrote());
        }
    }

    @Test
    void alterTableColumns() throws SQLException {
        check("ALTER TABLE orders ADD COLUMN flag boolean DEFAULT true");
        check("ALTER TABLE orders ADD COLUMN zero int NOT NULL DEFAULT 0");
        check("ALTER TABLE orders ADD COLUMN token double precision DEFAULT random()");
        check("ALTER TABLE orders ADD COLUMN serial_no bigint GENERATED ALWAYS AS IDENTITY");
        check("ALTER TABLE orders ADD COLUMN doubled int GENERATED ALWAYS AS (qty * 2) STORED");
        if (major >= 18) {
            check("ALTER TABLE orders ADD COLUMN tripled int GENERATED ALWAYS AS (qty * 3) VIRTUAL");
        }
        check("ALTER TABLE orders ADD COLUMN ref bigint REFERENCES users (id)");
        check("ALTER TABLE orders DROP COLUMN note");
        check("ALTER TABLE orders ALTER COLUMN qty TYPE bigint");
        check("ALTER TABLE orders ALTER COLUMN qty SET NOT NULL");
        check("ALTER TABLE users ALTER COLUMN email DROP NOT NULL");
        check("ALTER TABLE orders ALTER COLUMN qty SET DEFAULT 1");
        check("ALTER TABLE orders ALTER COLUMN qty DROP DEFAULT");
        check("ALTER TABLE users ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY");
        check("ALTER TABLE users ALTER COLUMN email SET STATISTICS 500");
        check("ALTER TABLE users ALTER COLUMN email SET STORAGE EXTERNAL");
        check("ALTER TABLE users ALTER COLUMN age SET (n_distinct = 10)");
        check("ALTER TABLE users RENAME COLUMN name TO full_name");
    }

    @Test
    void alterTableConstraints() throws SQLException {
        check("ALTER TABLE orders ADD CONSTRAINT qty_positive CHECK (qty > 0)");
        check("ALTER TABLE orders ADD CONSTRAINT qty_small CHECK (qty < 1000) NOT VALID");
        check("ALTER TABLE orders ADD CONSTRAINT orders_user_fk2 FOREIGN KEY (user_id) REFERENCES users (id)");
        check("ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES public.users NOT VALID");
        check("ALTER TABLE orders ADD CONSTRAINT orders_pk PRIMARY KEY (id)");
        check("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx");
        if (major >= 18) {
            check("ALTER TABLE orders ADD CONSTRAINT orders_qty_nn NOT NULL qty NOT VALID");
        }
        check("ALTER TABLE orders VALIDATE CONSTRAINT orders_positive");
        check("ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk");
        check("ALTER TABLE orders DROP CONSTRAINT orders_positive");
        check("ALTER TABLE orders RENAME CONSTRAINT orders_positive TO orders_id_positive");
        check("ALTER TABLE orders ALTER CONSTRAINT orders_user_fk DEFERRABLE INITIALLY DEFERRED");
    }

    @Test
    void alterTableOtherForms() throws SQLException {
        check("ALTER TABLE users RENAME TO people");
        check("ALTER TABLE users SET SCHEMA archive");
        check("ALTER TABLE events ATTACH PARTITION events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')");
        check("ALTER TABLE events DETACH PARTITION events_2024");
        check("ALTER TABLE orders SET UNLOGGED");
        check("ALTER TABLE users SET (fillfactor = 70)");
        check("ALTER TABLE users CLUSTER ON users_pkey");
        check("ALTER TABLE users DISABLE TRIGGER users_touch");
        check("ALTER TABLE users ENABLE ALWAYS TRIGGER users_touch");
        check("ALTER TABLE users ENABLE ROW LEVEL SECURITY");
        check("ALTER TABLE users ALTER COLUMN age SET STATISTICS 100, SET (autovacuum_enabled = false)");
        check("ALTER TABLE orders VALIDATE CONSTRAINT orders_positive, ADD COLUMN x int");
        check("ALTER TABLE users SET WITHOUT CLUSTER");
        check("ALTER TABLE users ALTER COLUMN age RESET (n_distinct)");
        check("ALTER TABLE users RESET (fillfactor)");
        check("ALTER TABLE users OWNER TO CURRENT_USER");
        check("ALTER TABLE users FORCE ROW LEVEL SECURITY");
        check("ALTER TABLE users REPLICA IDENTITY USING INDEX users_pkey");
        check("ALTER TABLE kid NO INHERIT base");
        check("ALTER TABLE tix ALTER COLUMN id DROP IDENTITY");
        check("ALTER TABLE tix ALTER COLUMN id SET INCREMENT BY 2");
        check("ALTER TABLE base DISABLE RULE base_no_update");
        if (major >= 14) {
            check("ALTER TABLE orders ALTER COLUMN note SET COMPRESSION pglz");
        }
    }

    @Test
    void otherRelationsAndObjects() throws SQLException {
        check("CREATE INDEX users_name_idx ON users (name)");
        check("CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch()");
        check("CREATE POLICY own_rows ON users USING (name = current_user)");
        check("CREATE RULE no_delete AS ON DELETE TO orders DO INSTEAD NOTHING");
        check("CREATE TABLE fresh (id int)");
        check("CREATE TABLE child (id int, user_id bigint REFERENCES users)");
        check("CREATE STATISTICS users_stats ON name, age FROM users");
        check("WITH d AS (DELETE FROM orders WHERE id < 10 RETURNING *) SELECT count(*) FROM d");
        check("CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')");
        check("DROP TRIGGER users_touch ON users");
        check("DROP TABLE orders CASCADE");
        check("DROP INDEX users_email_idx");
        check("DROP VIEW adults");
        check("DROP MATERIALIZED VIEW order_totals");
        check("DROP SEQUENCE ticket_seq");
        check("ALTER INDEX users_email_idx RENAME TO users_mail_idx");
        check("ALTER SEQUENCE ticket_seq RESTART WITH 100", false); // a sequence's one row gets a new file
        check("ALTER SEQUENCE ticket_seq RENAME TO tickets");
        check("ALTER VIEW adults RENAME COLUMN name TO full_name");
        check("COMMENT ON TABLE users IS 'people'");
        check("COMMENT ON INDEX users_email_idx IS 'by mail'");
        check("ALTER MATERIALIZED VIEW order_totals RENAME TO totals");
        check("DROP POLICY IF EXISTS readers ON users");
        check("ALTER TABLE users REPLICA IDENTITY FULL");
        check("TABLE users");
        check("COMMENT ON COLUMN public.users.email IS 'mail'");
    }

    @Test
    void dataAndMaintenance() throws SQLException {
        check("INSERT INTO users (id, email) VALUES (1000, 'new@x')");
        check("UPDATE orders SET qty = qty + 1 WHERE id = 1");
        check("DELETE FROM orders");
        if (major >= 15) {
            check("MERGE INTO orders o USING users u ON o.user_id = u.id WHEN MATCHED THEN UPDATE SET qty = 0");
        }
        check("SELECT * FROM orders WHERE id = 1");
        check("SELECT * FROM orders FOR UPDATE");
        check("TRUNCATE orders", false); // a new empty file, not a rewrite of the rows
        check("LOCK TABLE orders IN SHARE ROW EXCLUSIVE MODE");
        check("LOCK orders");
        check("ANALYZE users");
        check("CLUSTER users USING users_pkey");
        check("REINDEX TABLE users");
        check("REINDEX INDEX users_email_idx", false); // the index is rebuilt, not the table
        check("REFRESH MATERIALIZED VIEW order_totals");
        check("REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals", false);
    }

    /** Sequential scans of a table in this transaction so far (the statistics of the running transaction). */
    private static long scans(long oid) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT pg_stat_get_xact_numscans(?::oid)")) {
            p.setLong(1, oid);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Runs {@code sql} and tells whether it read the whole locked table (a sequential scan of it). */
    private static boolean readEveryRow(String sql, SafetyFacts f) throws SQLException {
        c.setAutoCommit(false);
        try {
            long oid = oid(f.lockedRelation());
            long before = scans(oid);
            try (Statement st = c.createStatement()) {
                st.execute(sql);
            }
            return scans(oid) > before;
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    @Test
    void readsEveryRowWhenTheFactsSaySo() throws SQLException {
        for (String sql : List.of(
                "ALTER TABLE orders ADD CONSTRAINT qty_positive CHECK (qty > 0)",
                "ALTER TABLE orders ADD CONSTRAINT qty_small CHECK (qty < 1000) NOT VALID",
                "ALTER TABLE orders VALIDATE CONSTRAINT orders_positive",
                "ALTER TABLE orders ALTER COLUMN qty SET NOT NULL",
                "ALTER TABLE orders ADD CONSTRAINT orders_user_fk2 FOREIGN KEY (user_id) REFERENCES users (id)",
                "ALTER TABLE orders ADD CONSTRAINT orders_user_fk3 FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID",
                "ALTER TABLE orders ADD COLUMN zero int DEFAULT 0",
                "ALTER TABLE orders ADD COLUMN token double precision DEFAULT random()",
                "ALTER TABLE orders ADD COLUMN c int CHECK (c > 0)",
                "ALTER TABLE orders ALTER COLUMN qty TYPE bigint",
                "ALTER TABLE orders DROP COLUMN note",
                "ALTER TABLE orders RENAME TO purchases",
                "CREATE INDEX orders_qty ON orders (qty)")) {
            SafetyFacts f = shape(sql).facts();
            boolean claimed = f.scansTable() || f.rewritesTable() || f.buildsIndex();
            assertThat(claimed).as("reads every row: " + sql).isEqualTo(readEveryRow(sql, f));
        }
    }

    /**
     * The lock a statement PostgreSQL runs outside a transaction block asks for: this connection holds EXCLUSIVE on
     * {@code blocked} (it conflicts with every mode but ACCESS SHARE, which lookups take transiently — VACUUM does), and
     * another runs {@code sql} and queues behind it; its waiting request in {@code pg_locks} is the mode, then the lock
     * is released and the statement completes.
     */
    private static LockLevel requestedMode(String sql, String blocked) throws Exception {
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try (Connection other = db.connect()) {
            int pid;
            try (Statement st = other.createStatement(); ResultSet r = st.executeQuery("SELECT pg_backend_pid()")) {
                r.next();
                pid = r.getInt(1);
            }
            c.setAutoCommit(false);
            long oid = oid(blocked);
            try (Statement st = c.createStatement()) {
                st.execute("LOCK TABLE " + blocked + " IN EXCLUSIVE MODE");
            }
            Future<?> run = runner.submit(() -> {
                try (Statement st = other.createStatement()) {
                    st.execute(sql);
                }
                return null;
            });
            LockLevel mode = waitingMode(pid, oid, run);
            c.rollback();
            run.get(60, TimeUnit.SECONDS);
            return mode;
        } finally {
            c.rollback();
            c.setAutoCommit(true);
            runner.shutdownNow();
        }
    }

    /** Polls pg_locks until backend {@code pid} waits for a lock on {@code oid}; fails if the statement ends first. */
    private static LockLevel waitingMode(int pid, long oid, Future<?> run) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (PreparedStatement p = c.prepareStatement("SELECT mode FROM pg_locks WHERE locktype = 'relation'"
                + " AND pid = ? AND relation = ?::oid AND NOT granted")) {
            p.setInt(1, pid);
            p.setLong(2, oid);
            while (System.nanoTime() < deadline) {
                if (run.isDone()) {
                    run.get(); // surfaces the statement's error
                    throw new AssertionError("the statement did not wait for the lock");
                }
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        String mode = r.getString(1).replaceFirst("Lock$", "").replaceAll("([a-z])([A-Z])", "$1_$2")
                                .toUpperCase(Locale.ROOT);
                        return LockLevel.valueOf(mode);
                    }
                }
            }
        }
        throw new AssertionError("no waiting lock request within 30 s");
    }

    private static void checkOutsideTransaction(String sql, String blocked) throws Exception {
        SafetyFacts f = shape(sql).facts();
        assertThat(f.outsideTransaction()).as("runs outside a transaction: " + sql).isTrue();
        assertThat(f.lock()).as("lock of: " + sql).isEqualTo(requestedMode(sql, blocked));
    }

    @Test
    void statementsOutsideATransactionAskForTheirLock() throws Exception {
        checkOutsideTransaction("CREATE INDEX CONCURRENTLY jobs_id ON jobs (id)", "jobs");
        checkOutsideTransaction("REINDEX TABLE CONCURRENTLY jobs", "jobs");
        checkOutsideTransaction("DROP INDEX CONCURRENTLY jobs_id", "jobs"); // the table is locked before the index
        checkOutsideTransaction("VACUUM jobs", "jobs");
        checkOutsideTransaction("VACUUM (ANALYZE) jobs", "jobs");
        checkOutsideTransaction("VACUUM FULL jobs", "jobs");
        if (major >= 14) {
            checkOutsideTransaction("ALTER TABLE logs DETACH PARTITION logs_2024 CONCURRENTLY", "logs");
        }
    }

    @Test
    void typeChangesLockNoTableAndAddedValuesWaitForCommit() throws SQLException {
        for (String sql : List.of("ALTER TYPE mood ADD VALUE 'happy'", "ALTER TYPE mood RENAME VALUE 'ok' TO 'fine'")) {
            StatementShape s = shape(sql);
            assertThat(s.facts().lock()).isEqualTo(LockLevel.NONE);
            run(sql, s.facts()); // runs inside a transaction on PostgreSQL 12+
        }
        assertThat(shape("ALTER TYPE mood ADD VALUE 'happy'").facts().usableAfterCommit()).isTrue();
    }
}
