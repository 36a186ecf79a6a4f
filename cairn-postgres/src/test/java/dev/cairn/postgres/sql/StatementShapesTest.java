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
                arguments("SET lock_timeout = '5s'", "SET SESSION set:lock_timeout=5s"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void readsTheShape(String sql, String expected) {
        assertThat(render(shape(sql))).isEqualTo(expected);
    }

    @Test
    void neverThrows() {
        assertThat(shape("SELECT 'unterminated").category()).isEqualTo(StatementShape.Category.OTHER);
        assertThat(shape("ALTER TABLE").command()).isEqualTo("ALTER TABLE");
        assertThat(shape("").command()).isEmpty();
    }
}
