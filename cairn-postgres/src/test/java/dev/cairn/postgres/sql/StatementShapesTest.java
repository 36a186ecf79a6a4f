package dev.cairn.postgres.sql;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.cairn.dialect.StatementShape;
import dev.cairn.dialect.StatementShape.Action;
import dev.cairn.plan.LockLevel;
import dev.cairn.plan.SafetyFacts;
import dev.cairn.sql.SqlStatement;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The classifier's reading of many statements, each compared with a compact rendering of the whole shape:
 * {@code COMMAND CATEGORY [objects=a,s.b] [table=t] [concurrently] [lock=MODE@relation] [ref=r] [flags] [ACTION …]
 * [set:name=value]}. Flags: rewrites, index (an index build without a rewrite), scans, loss, notx (outside a
 * transaction), afterCommit, new. An action lists its kind and the fields that are set.
 */
class StatementShapesTest {

    static StatementShape shape(String sql) {
        return StatementShapes.of(new SqlStatement(sql, 1, 1, 0));
    }

    static String render(StatementShape s) {
        StringJoiner j = new StringJoiner(" ");
        j.add(s.command()).add(s.category().name());
        if (!s.objects().isEmpty()) {
            j.add("objects=" + s.objects().stream().map(p -> String.join(".", p)).collect(joining(",")));
        }
        if (!s.table().isEmpty()) {
            j.add("table=" + String.join(".", s.table()));
        }
        if (s.concurrently()) {
            j.add("concurrently");
        }
        SafetyFacts f = s.facts();
        if (f.lock() != LockLevel.NONE) {
            j.add("lock=" + f.lock() + "@" + f.lockedRelation());
        }
        if (f.referencedRelation() != null) {
            j.add("ref=" + f.referencedRelation());
        }
        flag(j, f.rewritesTable(), "rewrites");
        flag(j, f.buildsIndex() && !f.rewritesTable(), "index");
        flag(j, f.scansTable(), "scans");
        flag(j, f.dataLoss(), "loss");
        flag(j, f.outsideTransaction(), "notx");
        flag(j, f.usableAfterCommit(), "afterCommit");
        flag(j, f.newRelation(), "new");
        for (Action a : s.actions()) {
            j.add(render(a));
        }
        if (s.setting() != null) {
            j.add("set:" + s.setting().name() + "=" + s.setting().value() + (s.setting().local() ? " local" : ""));
        }
        return j.toString();
    }

    private static String render(Action a) {
        StringJoiner j = new StringJoiner(" ", "[", "]");
        j.add(a.kind().name());
        field(j, "col", a.column());
        field(j, "constraint", a.constraint());
        field(j, "ctype", a.constraintType());
        field(j, "type", a.type());
        field(j, "expr", a.expression());
        flag(j, a.notValid(), "notValid");
        flag(j, a.usingIndex(), "usingIndex");
        flag(j, a.notNull(), "notNull");
        flag(j, a.volatileDefault(), "volatile");
        field(j, "new", a.newName());
        return j.toString();
    }

    private static void flag(StringJoiner j, boolean on, String name) {
        if (on) {
            j.add(name);
        }
    }

    private static void field(StringJoiner j, String name, String value) {
        if (value != null) {
            j.add(name + "=" + value);
        }
    }

    static Stream<Arguments> statements() {
        return Stream.of(
                // ---- CREATE TABLE / INDEX
                arguments("CREATE TABLE users (id bigint PRIMARY KEY)",
                        "CREATE TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users new"),
                arguments("create unlogged table if not exists App.\"Events\" (at date)",
                        "CREATE TABLE DDL objects=app.Events table=app.Events lock=ACCESS_EXCLUSIVE@app.Events new"),
                arguments("CREATE INDEX users_email ON users (email)",
                        "CREATE INDEX DDL objects=users_email table=users lock=SHARE@users index"),
                arguments("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email ON ONLY public.users USING btree (lower(email))",
                        "CREATE UNIQUE INDEX DDL objects=users_email table=public.users concurrently"
                                + " lock=SHARE_UPDATE_EXCLUSIVE@public.users index notx"),
                arguments("CREATE INDEX ON users (email)", "CREATE INDEX DDL table=users lock=SHARE@users index"),
                // ---- ALTER TABLE
                arguments("ALTER TABLE users ADD COLUMN age int",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users [ADD_COLUMN col=age type=int]"),
                arguments("ALTER TABLE users ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid()",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users rewrites"
                                + " [ADD_COLUMN col=token ctype=NOT NULL type=uuid expr=gen_random_uuid() notNull volatile]"),
                arguments("ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID",
                        "ALTER TABLE DDL objects=orders table=orders lock=SHARE_ROW_EXCLUSIVE@orders ref=users"
                                + " [ADD_CONSTRAINT constraint=orders_user_fk ctype=FOREIGN KEY notValid]"),
                arguments("DROP TABLE a, s.b CASCADE",
                        "DROP TABLE DDL objects=a,s.b table=a lock=ACCESS_EXCLUSIVE@a loss"),
                // ---- more CREATE
                arguments("CREATE OR REPLACE TEMP VIEW v AS SELECT 1", "CREATE VIEW DDL objects=v"),
                arguments("CREATE MATERIALIZED VIEW IF NOT EXISTS mv AS SELECT * FROM t", "CREATE MATERIALIZED VIEW DDL objects=mv"),
                arguments("CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')",
                        "CREATE TABLE DDL objects=events_2025 table=events_2025 lock=ACCESS_EXCLUSIVE@events"),
                arguments("CREATE TRIGGER touch BEFORE UPDATE OF a, b ON public.users FOR EACH ROW EXECUTE FUNCTION touch()",
                        "CREATE TRIGGER DDL objects=touch table=public.users lock=SHARE_ROW_EXCLUSIVE@public.users"),
                arguments("CREATE OR REPLACE CONSTRAINT TRIGGER t AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION f()",
                        "CREATE TRIGGER DDL objects=t table=orders lock=SHARE_ROW_EXCLUSIVE@orders"),
                arguments("CREATE POLICY own_rows ON users USING (owner = current_user)",
                        "CREATE POLICY DDL objects=own_rows table=users lock=ACCESS_EXCLUSIVE@users"),
                arguments("CREATE DOMAIN email AS text CHECK (VALUE ~ '@')", "CREATE DOMAIN DDL objects=email"),
                arguments("CREATE TYPE mood AS ENUM ('sad', 'ok')", "CREATE TYPE DDL objects=mood"),
                arguments("CREATE SCHEMA IF NOT EXISTS app", "CREATE SCHEMA DDL objects=app"),
                arguments("CREATE EXTENSION IF NOT EXISTS pgcrypto", "CREATE EXTENSION DDL objects=pgcrypto"),
                arguments("CREATE OR REPLACE FUNCTION app.f(a int) RETURNS int LANGUAGE sql AS $$ DROP TABLE x $$",
                        "CREATE FUNCTION DDL objects=app.f"),
                arguments("CREATE SEQUENCE s START 10", "CREATE SEQUENCE DDL objects=s"),
                arguments("CREATE DATABASE d", "CREATE DATABASE DDL objects=d notx"),
                // ---- ALTER TABLE: columns
                arguments("ALTER TABLE users ADD age int DEFAULT 0",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users [ADD_COLUMN col=age type=int expr=0]"),
                arguments("ALTER TABLE users ADD COLUMN IF NOT EXISTS created timestamptz NOT NULL DEFAULT now()",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users"
                                + " [ADD_COLUMN col=created ctype=NOT NULL type=timestamptz expr=now() notNull]"),
                arguments("ALTER TABLE users ADD COLUMN r double precision DEFAULT random() * 10",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users rewrites"
                                + " [ADD_COLUMN col=r type=double precision expr=random() * 10 volatile]"),
                arguments("ALTER TABLE users ADD COLUMN n bigserial",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users rewrites"
                                + " [ADD_COLUMN col=n type=bigserial volatile]"),
                arguments("ALTER TABLE users ADD COLUMN price numeric(10, 2) CONSTRAINT positive CHECK (price > 0)",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users scans"
                                + " [ADD_COLUMN col=price constraint=positive ctype=CHECK type=numeric(10, 2)]"),
                arguments("ALTER TABLE orders ADD COLUMN user_id bigint REFERENCES app.users (id)",
                        "ALTER TABLE DDL objects=orders table=orders lock=ACCESS_EXCLUSIVE@orders ref=app.users scans"
                                + " [ADD_COLUMN col=user_id ctype=FOREIGN KEY type=bigint]"),
                arguments("ALTER TABLE users ADD COLUMN code text UNIQUE",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users index"
                                + " [ADD_COLUMN col=code ctype=UNIQUE type=text]"),
                arguments("ALTER TABLE users ADD COLUMN id2 int PRIMARY KEY",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users index"
                                + " [ADD_COLUMN col=id2 ctype=PRIMARY KEY type=int notNull]"),
                arguments("ALTER TABLE users ADD COLUMN total int GENERATED ALWAYS AS (a + b) STORED",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users rewrites"
                                + " [ADD_COLUMN col=total type=int]"),
                arguments("ALTER TABLE users ADD COLUMN total int GENERATED ALWAYS AS (a + b) VIRTUAL",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users [ADD_COLUMN col=total type=int]"),
                arguments("ALTER TABLE users ADD COLUMN n int GENERATED BY DEFAULT AS IDENTITY (START WITH 10)",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users rewrites"
                                + " [ADD_COLUMN col=n type=int]"),
                arguments("ALTER TABLE users DROP COLUMN age",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users loss [DROP_COLUMN col=age]"),
                arguments("ALTER TABLE users DROP IF EXISTS \"Age\" CASCADE",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users loss [DROP_COLUMN col=Age]"),
                arguments("ALTER TABLE users ALTER COLUMN age TYPE bigint",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users rewrites"
                                + " [ALTER_COLUMN_TYPE col=age type=bigint]"),
                arguments("ALTER TABLE users ALTER age SET DATA TYPE varchar(20) COLLATE \"C\" USING age::text",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users rewrites"
                                + " [ALTER_COLUMN_TYPE col=age type=varchar(20) expr=age::text]"),
                arguments("ALTER TABLE users ALTER COLUMN email SET NOT NULL",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users scans [SET_NOT_NULL col=email]"),
                arguments("ALTER TABLE users ALTER COLUMN email DROP NOT NULL",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users [DROP_NOT_NULL col=email]"),
                arguments("ALTER TABLE users ALTER COLUMN age SET DEFAULT 18",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users [SET_DEFAULT col=age expr=18]"),
                arguments("ALTER TABLE users ALTER COLUMN age DROP DEFAULT",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users [DROP_DEFAULT col=age]"),
                arguments("ALTER TABLE users ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users [ADD_IDENTITY col=id]"),
                arguments("ALTER TABLE users ALTER COLUMN total SET EXPRESSION AS (a * b)",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users rewrites"
                                + " [SET_EXPRESSION col=total expr=a * b]"),
                arguments("ALTER TABLE users ALTER COLUMN total DROP EXPRESSION",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users [DROP_EXPRESSION col=total]"),
                arguments("ALTER TABLE users ALTER COLUMN email SET STATISTICS 500",
                        "ALTER TABLE DDL objects=users table=users lock=SHARE_UPDATE_EXCLUSIVE@users [OTHER col=email]"),
                arguments("ALTER TABLE users ALTER COLUMN email SET STORAGE EXTERNAL",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users [OTHER col=email]"),
                // ---- ALTER TABLE: constraints
                arguments("ALTER TABLE orders ADD CONSTRAINT qty_positive CHECK (qty > 0)",
                        "ALTER TABLE DDL objects=orders table=orders lock=ACCESS_EXCLUSIVE@orders scans"
                                + " [ADD_CONSTRAINT constraint=qty_positive ctype=CHECK]"),
                arguments("ALTER TABLE orders ADD CHECK (qty > 0) NOT VALID",
                        "ALTER TABLE DDL objects=orders table=orders lock=ACCESS_EXCLUSIVE@orders [ADD_CONSTRAINT ctype=CHECK notValid]"),
                arguments("ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES \"Users\"",
                        "ALTER TABLE DDL objects=orders table=orders lock=SHARE_ROW_EXCLUSIVE@orders ref=Users scans"
                                + " [ADD_CONSTRAINT ctype=FOREIGN KEY]"),
                arguments("ALTER TABLE users ADD CONSTRAINT users_pk PRIMARY KEY (id)",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users index scans"
                                + " [ADD_CONSTRAINT constraint=users_pk ctype=PRIMARY KEY]"),
                arguments("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users"
                                + " [ADD_CONSTRAINT constraint=users_email_key ctype=UNIQUE usingIndex]"),
                arguments("ALTER TABLE users ADD PRIMARY KEY USING INDEX users_id",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users scans"
                                + " [ADD_CONSTRAINT ctype=PRIMARY KEY usingIndex]"),
                arguments("ALTER TABLE users ADD UNIQUE NULLS NOT DISTINCT (email)",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users index scans"
                                + " [ADD_CONSTRAINT ctype=UNIQUE]"),
                arguments("ALTER TABLE rooms ADD CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&)",
                        "ALTER TABLE DDL objects=rooms table=rooms lock=ACCESS_EXCLUSIVE@rooms index scans"
                                + " [ADD_CONSTRAINT constraint=no_overlap ctype=EXCLUDE]"),
                arguments("ALTER TABLE users ADD CONSTRAINT email_nn NOT NULL email NOT VALID",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users"
                                + " [ADD_CONSTRAINT col=email constraint=email_nn ctype=NOT NULL notValid]"),
                arguments("ALTER TABLE users DROP CONSTRAINT IF EXISTS users_pk",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users [DROP_CONSTRAINT constraint=users_pk]"),
                arguments("ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk",
                        "ALTER TABLE DDL objects=orders table=orders lock=SHARE_UPDATE_EXCLUSIVE@orders scans"
                                + " [VALIDATE_CONSTRAINT constraint=orders_user_fk]"),
                // ---- ALTER TABLE: renames, schema, partitions, storage, triggers
                arguments("ALTER TABLE users RENAME TO people",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users [RENAME new=people]"),
                arguments("ALTER TABLE IF EXISTS users RENAME COLUMN \"Name\" TO full_name",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users [RENAME_COLUMN col=Name new=full_name]"),
                arguments("ALTER TABLE users RENAME email TO mail",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users [RENAME_COLUMN col=email new=mail]"),
                arguments("ALTER TABLE users RENAME CONSTRAINT users_pk TO users_pkey",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users"
                                + " [RENAME_CONSTRAINT constraint=users_pk new=users_pkey]"),
                arguments("ALTER TABLE users SET SCHEMA archive",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users [SET_SCHEMA new=archive]"),
                arguments("ALTER TABLE events ATTACH PARTITION events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')",
                        "ALTER TABLE DDL objects=events,events_2025 table=events lock=SHARE_UPDATE_EXCLUSIVE@events scans"
                                + " [ATTACH_PARTITION]"),
                arguments("ALTER TABLE events DETACH PARTITION app.events_2024",
                        "ALTER TABLE DDL objects=events,app.events_2024 table=events lock=ACCESS_EXCLUSIVE@events [DETACH_PARTITION]"),
                arguments("ALTER TABLE events DETACH PARTITION events_2024 CONCURRENTLY",
                        "ALTER TABLE DDL objects=events,events_2024 table=events concurrently"
                                + " lock=SHARE_UPDATE_EXCLUSIVE@events notx [DETACH_PARTITION]"),
                arguments("ALTER TABLE users SET LOGGED",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users rewrites [SET_LOGGED]"),
                arguments("ALTER TABLE users SET UNLOGGED",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users rewrites [SET_UNLOGGED]"),
                arguments("ALTER TABLE users SET TABLESPACE fast",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users rewrites [SET_TABLESPACE]"),
                arguments("ALTER TABLE users SET (fillfactor = 70, autovacuum_enabled = false)",
                        "ALTER TABLE DDL objects=users table=users lock=SHARE_UPDATE_EXCLUSIVE@users [OTHER]"),
                arguments("ALTER TABLE users DISABLE TRIGGER touch",
                        "ALTER TABLE DDL objects=users table=users lock=SHARE_ROW_EXCLUSIVE@users [DISABLE_TRIGGER]"),
                arguments("ALTER TABLE users ENABLE ALWAYS TRIGGER touch",
                        "ALTER TABLE DDL objects=users table=users lock=SHARE_ROW_EXCLUSIVE@users [ENABLE_TRIGGER]"),
                arguments("ALTER TABLE users ENABLE ROW LEVEL SECURITY",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users [OTHER]"),
                arguments("ALTER TABLE users CLUSTER ON users_pkey",
                        "ALTER TABLE DDL objects=users table=users lock=SHARE_UPDATE_EXCLUSIVE@users [OTHER]"),
                arguments("ALTER TABLE users OWNER TO app",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users [OTHER]"),
                // ---- multi-action, ONLY, *, quoting, case, spacing, comments
                arguments("ALTER TABLE ONLY public.users ADD COLUMN a int, ALTER COLUMN b SET DEFAULT f(1, 2), DROP COLUMN c",
                        "ALTER TABLE DDL objects=public.users table=public.users lock=ACCESS_EXCLUSIVE@public.users loss"
                                + " [ADD_COLUMN col=a type=int] [SET_DEFAULT col=b expr=f(1, 2)] [DROP_COLUMN col=c]"),
                arguments("ALTER TABLE users * ALTER COLUMN a SET STATISTICS 100, SET (fillfactor = 80)",
                        "ALTER TABLE DDL objects=users table=users lock=SHARE_UPDATE_EXCLUSIVE@users [OTHER col=a] [OTHER]"),
                arguments("ALTER TABLE orders VALIDATE CONSTRAINT a, ADD COLUMN x int",
                        "ALTER TABLE DDL objects=orders table=orders lock=ACCESS_EXCLUSIVE@orders scans"
                                + " [VALIDATE_CONSTRAINT constraint=a] [ADD_COLUMN col=x type=int]"),
                arguments("alter   table\n\t\"Sales\".\"Order Lines\"  add\tcolumn \"Note\" TEXT",
                        "ALTER TABLE DDL objects=Sales.Order Lines table=Sales.Order Lines"
                                + " lock=ACCESS_EXCLUSIVE@Sales.Order Lines [ADD_COLUMN col=Note type=TEXT]"),
                arguments("ALTER /* DROP TABLE x */ TABLE users -- SET NOT NULL\n ADD COLUMN note text DEFAULT 'DROP COLUMN a, b'",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users"
                                + " [ADD_COLUMN col=note type=text expr='DROP COLUMN a, b']"),
                arguments("ALTER TABLE Users ADD COLUMN seq int DEFAULT nextval('users_seq')",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users rewrites"
                                + " [ADD_COLUMN col=seq type=int expr=nextval('users_seq') volatile]"),
                arguments("ALTER TABLE users ADD COLUMN note text DEFAULT 'random()'",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users"
                                + " [ADD_COLUMN col=note type=text expr='random()']"),
                arguments("ALTER TABLE users ADD COLUMN u uuid DEFAULT pg_catalog.GEN_RANDOM_UUID ()",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users rewrites"
                                + " [ADD_COLUMN col=u type=uuid expr=pg_catalog.GEN_RANDOM_UUID () volatile]"),
                arguments("ALTER TABLE users ADD COLUMN at timestamptz DEFAULT current_timestamp",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users"
                                + " [ADD_COLUMN col=at type=timestamptz expr=current_timestamp]"),
                arguments("DROP OWNED BY app", "DROP OWNED DDL"),
                arguments("TABLE users", "TABLE QUERY table=users lock=ACCESS_SHARE@users"),
                arguments("VALUES (1), (2)", "VALUES QUERY"),
                arguments("CREATE TABLE top_users AS SELECT * FROM users",
                        "CREATE TABLE DDL objects=top_users table=top_users lock=ACCESS_EXCLUSIVE@top_users new"),
                arguments("ALTER MATERIALIZED VIEW IF EXISTS mv RENAME TO mv2",
                        "ALTER MATERIALIZED VIEW DDL objects=mv lock=ACCESS_EXCLUSIVE@mv [RENAME new=mv2]"),
                arguments("ALTER FOREIGN TABLE remote_users ADD COLUMN x int",
                        "ALTER FOREIGN TABLE DDL objects=remote_users lock=ACCESS_EXCLUSIVE@remote_users [ADD_COLUMN col=x type=int]"),
                arguments("ALTER TABLE events DETACH PARTITION events_2024 FINALIZE",
                        "ALTER TABLE DDL objects=events,events_2024 table=events lock=SHARE_UPDATE_EXCLUSIVE@events [DETACH_PARTITION]"),
                arguments("COMMENT ON INDEX users_email IS 'x'",
                        "COMMENT DDL objects=users_email lock=SHARE_UPDATE_EXCLUSIVE@users_email"),
                arguments("REINDEX SCHEMA app", "REINDEX MAINTENANCE objects=app index notx"),
                arguments("DISCARD ALL", "DISCARD SESSION notx"),
                arguments("CHECKPOINT", "CHECKPOINT MAINTENANCE"),
                arguments("SET SESSION AUTHORIZATION 'admin'", "SET SESSION set:session_authorization=admin"),
                arguments("ALTER DATABASE app SET lock_timeout = '2s'", "ALTER DATABASE DDL objects=app"),
                arguments("START TRANSACTION ISOLATION LEVEL SERIALIZABLE", "START TRANSACTION TRANSACTION"),
                arguments("PREPARE q AS SELECT 1", "PREPARE OTHER"),
                arguments("CREATE RULE r AS ON DELETE TO app.orders DO INSTEAD NOTHING",
                        "CREATE RULE DDL objects=r table=app.orders lock=ACCESS_EXCLUSIVE@app.orders"),
                arguments("DROP POLICY own_rows ON users", "DROP POLICY DDL objects=own_rows table=users lock=ACCESS_EXCLUSIVE@users"),
                arguments("ALTER TABLE users ALTER COLUMN id SET GENERATED BY DEFAULT",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users [OTHER col=id]"),
                arguments("ALTER TABLE users REPLICA IDENTITY FULL",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users [OTHER]"),
                arguments("ALTER TABLE users SET ACCESS METHOD heap2",
                        "ALTER TABLE DDL objects=users table=users lock=ACCESS_EXCLUSIVE@users rewrites [OTHER]"),
                arguments("WITH d AS (DELETE FROM old_events WHERE at < now() RETURNING *) SELECT count(*) FROM d",
                        "DELETE DML table=old_events lock=ROW_EXCLUSIVE@old_events"),
                arguments("WITH d AS (DELETE FROM old_events RETURNING *) INSERT INTO archive SELECT * FROM d",
                        "INSERT DML table=archive lock=ROW_EXCLUSIVE@archive"),
                arguments("WITH d AS (DELETE FROM old_events RETURNING *) SELECT * FROM d",
                        "DELETE DML table=old_events lock=ROW_EXCLUSIVE@old_events loss"),
                arguments("WITH x AS (SELECT 1) SELECT * FROM x", "SELECT QUERY table=x lock=ACCESS_SHARE@x"),
                arguments("CREATE TABLE orders (id int, user_id int REFERENCES app.users)",
                        "CREATE TABLE DDL objects=orders table=orders lock=ACCESS_EXCLUSIVE@orders ref=app.users new"),
                arguments("CREATE STATISTICS s1 (dependencies) ON a, b FROM app.t",
                        "CREATE STATISTICS DDL objects=s1 table=app.t lock=SHARE_UPDATE_EXCLUSIVE@app.t"),
                arguments("ALTER TABLE ALL IN TABLESPACE slow SET TABLESPACE fast", "ALTER TABLE DDL"),
                arguments("SELECT id INTO TEMP copy FROM users", "SELECT DML table=users lock=ACCESS_SHARE@users"),
                // ---- ALTER TYPE / DOMAIN / INDEX / SEQUENCE / VIEW
                arguments("ALTER TYPE mood ADD VALUE IF NOT EXISTS 'happy' AFTER 'ok'",
                        "ALTER TYPE DDL objects=mood afterCommit [ADD_VALUE new=happy]"),
                arguments("ALTER TYPE app.mood RENAME VALUE 'sad' TO 'blue'",
                        "ALTER TYPE DDL objects=app.mood [RENAME_VALUE new=blue]"),
                arguments("ALTER TYPE mood RENAME TO feeling", "ALTER TYPE DDL objects=mood [RENAME new=feeling]"),
                arguments("ALTER DOMAIN email ADD CONSTRAINT has_at CHECK (VALUE ~ '@') NOT VALID",
                        "ALTER DOMAIN DDL objects=email [ADD_CONSTRAINT constraint=has_at ctype=CHECK notValid]"),
                arguments("ALTER DOMAIN email ADD CHECK (length(VALUE) < 300)",
                        "ALTER DOMAIN DDL objects=email scans [ADD_CONSTRAINT ctype=CHECK]"),
                arguments("ALTER DOMAIN email VALIDATE CONSTRAINT has_at",
                        "ALTER DOMAIN DDL objects=email scans [VALIDATE_CONSTRAINT constraint=has_at]"),
                arguments("ALTER DOMAIN email SET NOT NULL", "ALTER DOMAIN DDL objects=email scans [SET_NOT_NULL]"),
                arguments("ALTER DOMAIN email DROP DEFAULT", "ALTER DOMAIN DDL objects=email [DROP_DEFAULT]"),
                arguments("ALTER INDEX users_email RENAME TO users_mail",
                        "ALTER INDEX DDL objects=users_email lock=SHARE_UPDATE_EXCLUSIVE@users_email [RENAME new=users_mail]"),
                arguments("ALTER INDEX IF EXISTS users_email SET TABLESPACE fast",
                        "ALTER INDEX DDL objects=users_email lock=ACCESS_EXCLUSIVE@users_email rewrites [SET_TABLESPACE]"),
                arguments("ALTER SEQUENCE users_id_seq RESTART WITH 100",
                        "ALTER SEQUENCE DDL objects=users_id_seq lock=SHARE_ROW_EXCLUSIVE@users_id_seq"),
                arguments("ALTER SEQUENCE users_id_seq RENAME TO ids",
                        "ALTER SEQUENCE DDL objects=users_id_seq lock=ACCESS_EXCLUSIVE@users_id_seq [RENAME new=ids]"),
                arguments("ALTER VIEW v RENAME COLUMN a TO b",
                        "ALTER VIEW DDL objects=v lock=ACCESS_EXCLUSIVE@v [RENAME_COLUMN col=a new=b]"),
                // ---- DROP
                arguments("DROP TABLE IF EXISTS \"Users\"", "DROP TABLE DDL objects=Users table=Users lock=ACCESS_EXCLUSIVE@Users loss"),
                arguments("DROP INDEX users_email", "DROP INDEX DDL objects=users_email lock=ACCESS_EXCLUSIVE@users_email"),
                arguments("DROP INDEX CONCURRENTLY IF EXISTS app.i1, i2",
                        "DROP INDEX DDL objects=app.i1,i2 concurrently lock=SHARE_UPDATE_EXCLUSIVE@app.i1 notx"),
                arguments("DROP SCHEMA app CASCADE", "DROP SCHEMA DDL objects=app loss"),
                arguments("DROP TYPE mood, feeling", "DROP TYPE DDL objects=mood,feeling loss"),
                arguments("DROP DOMAIN IF EXISTS email", "DROP DOMAIN DDL objects=email loss"),
                arguments("DROP VIEW v", "DROP VIEW DDL objects=v lock=ACCESS_EXCLUSIVE@v"),
                arguments("DROP MATERIALIZED VIEW mv", "DROP MATERIALIZED VIEW DDL objects=mv lock=ACCESS_EXCLUSIVE@mv loss"),
                arguments("DROP SEQUENCE s", "DROP SEQUENCE DDL objects=s lock=ACCESS_EXCLUSIVE@s loss"),
                arguments("DROP FUNCTION f(int, text), app.g()", "DROP FUNCTION DDL objects=f,app.g"),
                arguments("DROP DATABASE IF EXISTS d WITH (FORCE)", "DROP DATABASE DDL objects=d loss notx"),
                arguments("DROP EXTENSION pgcrypto", "DROP EXTENSION DDL objects=pgcrypto"),
                arguments("DROP TRIGGER IF EXISTS touch ON users",
                        "DROP TRIGGER DDL objects=touch table=users lock=ACCESS_EXCLUSIVE@users"),
                // ---- data
                arguments("TRUNCATE TABLE ONLY a, b RESTART IDENTITY CASCADE",
                        "TRUNCATE DDL objects=a,b table=a lock=ACCESS_EXCLUSIVE@a loss"),
                arguments("INSERT INTO app.users (id) VALUES (1)", "INSERT DML table=app.users lock=ROW_EXCLUSIVE@app.users"),
                arguments("UPDATE ONLY users SET name = 'x' WHERE id = 1", "UPDATE DML table=users lock=ROW_EXCLUSIVE@users"),
                arguments("DELETE FROM users WHERE id IN (SELECT id FROM gone)",
                        "DELETE DML table=users lock=ROW_EXCLUSIVE@users"),
                arguments("DELETE FROM users", "DELETE DML table=users lock=ROW_EXCLUSIVE@users loss"),
                arguments("delete from users u using gone g -- WHERE u.id = g.id",
                        "DELETE DML table=users lock=ROW_EXCLUSIVE@users loss"),
                arguments("MERGE INTO users u USING src s ON u.id = s.id WHEN MATCHED THEN DELETE",
                        "MERGE DML table=users lock=ROW_EXCLUSIVE@users"),
                arguments("WITH gone AS (SELECT id FROM old) DELETE FROM users WHERE id IN (SELECT id FROM gone)",
                        "DELETE DML table=users lock=ROW_EXCLUSIVE@users"),
                arguments("COPY users (id, name) FROM STDIN", "COPY DML table=users lock=ROW_EXCLUSIVE@users"),
                arguments("COPY users TO STDOUT", "COPY QUERY table=users lock=ACCESS_SHARE@users"),
                arguments("COPY (SELECT 1) TO STDOUT", "COPY QUERY"),
                arguments("SELECT * FROM users WHERE id = 1", "SELECT QUERY table=users lock=ACCESS_SHARE@users"),
                arguments("SELECT * FROM users FOR UPDATE", "SELECT QUERY table=users lock=ROW_SHARE@users"),
                arguments("SELECT * FROM generate_series(1, 3)", "SELECT QUERY"),
                // ---- session
                arguments("SET LOCAL statement_timeout TO '30s'", "SET SESSION set:statement_timeout=30s local"),
                arguments("SET SESSION search_path = app, public", "SET SESSION set:search_path=app, public"),
                arguments("set Lock_Timeout to 5000", "SET SESSION set:lock_timeout=5000"),
                arguments("SET TIME ZONE 'UTC'", "SET SESSION set:timezone=UTC"),
                arguments("SET app.tenant = 'acme'", "SET SESSION set:app.tenant=acme"),
                arguments("SET ROLE migrator", "SET SESSION set:role=migrator"),
                arguments("RESET lock_timeout", "RESET SESSION set:lock_timeout=null"),
                arguments("RESET ALL", "RESET SESSION set:all=null"),
                // ---- maintenance
                arguments("VACUUM users", "VACUUM MAINTENANCE objects=users table=users lock=SHARE_UPDATE_EXCLUSIVE@users notx"),
                arguments("VACUUM FULL users", "VACUUM FULL MAINTENANCE objects=users table=users lock=ACCESS_EXCLUSIVE@users rewrites notx"),
                arguments("VACUUM (FULL, ANALYZE) users (id), orders",
                        "VACUUM FULL MAINTENANCE objects=users,orders table=users lock=ACCESS_EXCLUSIVE@users rewrites notx"),
                arguments("VACUUM (FULL false) users",
                        "VACUUM MAINTENANCE objects=users table=users lock=SHARE_UPDATE_EXCLUSIVE@users notx"),
                arguments("ANALYZE VERBOSE users", "ANALYZE MAINTENANCE objects=users table=users lock=SHARE_UPDATE_EXCLUSIVE@users"),
                arguments("CLUSTER users USING users_pkey",
                        "CLUSTER MAINTENANCE objects=users table=users lock=ACCESS_EXCLUSIVE@users rewrites"),
                arguments("CLUSTER", "CLUSTER MAINTENANCE notx"),
                arguments("REINDEX TABLE users", "REINDEX MAINTENANCE objects=users table=users lock=SHARE@users index"),
                arguments("REINDEX TABLE CONCURRENTLY users",
                        "REINDEX MAINTENANCE objects=users table=users concurrently lock=SHARE_UPDATE_EXCLUSIVE@users index notx"),
                arguments("REINDEX (VERBOSE) INDEX users_email",
                        "REINDEX MAINTENANCE objects=users_email lock=ACCESS_EXCLUSIVE@users_email index"),
                arguments("REFRESH MATERIALIZED VIEW mv",
                        "REFRESH MATERIALIZED VIEW MAINTENANCE objects=mv table=mv lock=ACCESS_EXCLUSIVE@mv rewrites"),
                arguments("REFRESH MATERIALIZED VIEW CONCURRENTLY app.mv WITH DATA",
                        "REFRESH MATERIALIZED VIEW MAINTENANCE objects=app.mv table=app.mv concurrently lock=EXCLUSIVE@app.mv"),
                // ---- other
                arguments("LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE",
                        "LOCK OTHER objects=users table=users lock=SHARE_ROW_EXCLUSIVE@users"),
                arguments("LOCK users, orders", "LOCK OTHER objects=users,orders table=users lock=ACCESS_EXCLUSIVE@users"),
                arguments("DO $$ BEGIN DROP TABLE users; END $$", "DO OTHER"),
                arguments("CALL app.cleanup()", "CALL OTHER"),
                arguments("COMMENT ON TABLE users IS 'DROP TABLE users'",
                        "COMMENT DDL objects=users table=users lock=SHARE_UPDATE_EXCLUSIVE@users"),
                arguments("COMMENT ON COLUMN app.users.email IS 'mail'",
                        "COMMENT DDL objects=app.users.email table=app.users lock=SHARE_UPDATE_EXCLUSIVE@app.users"),
                arguments("COMMENT ON SCHEMA app IS 'x'", "COMMENT DDL objects=app"),
                arguments("GRANT SELECT ON users TO reader", "GRANT DDL"),
                arguments("REVOKE ALL ON SCHEMA app FROM PUBLIC", "REVOKE DDL"),
                arguments("BEGIN", "BEGIN TRANSACTION"),
                arguments("ROLLBACK TO SAVEPOINT s1", "ROLLBACK TO SAVEPOINT TRANSACTION"),
                arguments("EXPLAIN SELECT 1", "EXPLAIN QUERY"),
                arguments("SHOW lock_timeout", "SHOW QUERY"),
                arguments("ALTER SYSTEM SET work_mem = '64MB'", "ALTER SYSTEM DDL notx"),
                arguments("SET lock_timeout = '5s'", "SET SESSION set:lock_timeout=5s"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void readsTheShape(String sql, String expected) {
        assertThat(render(shape(sql))).isEqualTo(expected);
    }

    /**
     * Every statement above cut after each of its tokens (a half-typed statement) is read without the catch-all in
     * {@link StatementShapes#of}: the look-ahead is total, not saved by the safety net.
     */
    @Test
    void everyPrefixIsReadWithoutFallingBack() {
        statements().forEach(arguments -> {
            String sql = (String) arguments.get()[0];
            for (dev.cairn.sql.Token token : SqlLexer.significantTokens(sql, "test")) {
                String prefix = sql.substring(0, token.end());
                SqlStatement statement = new SqlStatement(prefix, 1, 1, 0);
                assertThat(StatementShapes.read(new Tokens(statement))).as(prefix).isNotNull();
            }
        });
    }

    @Test
    void neverThrows() {
        assertThat(shape("SELECT 'unterminated").category()).isEqualTo(StatementShape.Category.OTHER);
        assertThat(shape("ALTER TABLE").command()).isEqualTo("ALTER TABLE");
        assertThat(shape("").command()).isEmpty();
    }
}
