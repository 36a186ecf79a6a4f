package dev.cairn.postgres.render;

import static dev.cairn.postgres.render.Fixtures.col;
import static dev.cairn.postgres.render.Fixtures.one;
import static dev.cairn.postgres.render.Fixtures.render;
import static dev.cairn.postgres.render.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.catalog.Column;
import dev.cairn.catalog.Table;
import dev.cairn.diff.Change.AddColumn;
import dev.cairn.diff.Change.AddIdentity;
import dev.cairn.diff.Change.AlterColumnType;
import dev.cairn.diff.Change.AlterIdentity;
import dev.cairn.diff.Change.AttachPartition;
import dev.cairn.diff.Change.CreateTable;
import dev.cairn.diff.Change.DropColumn;
import dev.cairn.diff.Change.DropTable;
import dev.cairn.diff.Change.RenameColumn;
import dev.cairn.diff.Change.RenameTable;
import dev.cairn.diff.Change.SetColumnDefault;
import dev.cairn.diff.Change.SetColumnNotNull;
import dev.cairn.plan.LockLevel;
import dev.cairn.plan.PlannedStatement;
import dev.cairn.plan.Risk;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables and columns. */
class TableColumnRenderTest {
    static final Table USERS = table("public", "users", col("id", "bigint"), col("Email", "text"));

    @Test
    void createTableHasNoReverseButRenameHas() {
        PlannedStatement create = one(new CreateTable(USERS, List.of(Fixtures.check("email_ok", "CHECK ((\"Email\" <> ''::text))"))));
        assertThat(create.sql()).isEqualTo("CREATE TABLE public.users (\n    id bigint,\n    \"Email\" text,\n"
                + "    CONSTRAINT email_ok CHECK ((\"Email\" <> ''::text))\n)");
        assertThat(create.reverse()).as("a new table may hold rows by the time it is reverted").isNull();
        PlannedStatement rename = one(new RenameTable("public", "users", "User"));
        assertThat(rename.sql()).isEqualTo("ALTER TABLE public.users RENAME TO \"User\"");
        assertThat(rename.reverse()).isEqualTo("ALTER TABLE public.\"User\" RENAME TO users");
    }

    @Test
    void droppingTableOrColumnLosesDataAndHasNoReverse() {
        PlannedStatement drop = one(new DropTable(USERS));
        assertThat(drop.commentLine()).isEqualTo("-- Drop table public.users [DATA LOSS]");
        assertThat(drop.facts().lock()).isEqualTo(LockLevel.ACCESS_EXCLUSIVE);
        PlannedStatement column = one(new DropColumn(USERS, col("Email", "text")));
        assertThat(column.sql()).isEqualTo("ALTER TABLE public.users DROP COLUMN \"Email\"");
        assertThat(column.commentLine()).isEqualTo("-- Drop column public.users.Email [DATA LOSS]");
        assertThat(column.reverse()).isNull();
    }

    @Test
    void addColumnReversesToDropAndRewritesOnlyForVolatileDefaults() {
        PlannedStatement plain = one(new AddColumn(USERS, Fixtures.withDefault("active", "boolean", "true")));
        assertThat(plain.sql()).isEqualTo("ALTER TABLE public.users ADD COLUMN active boolean DEFAULT true");
        assertThat(plain.reverse()).isEqualTo("ALTER TABLE public.users DROP COLUMN active");
        assertThat(plain.risks()).isEmpty();
        PlannedStatement volatileDefault = one(new AddColumn(USERS, Fixtures.withDefault("token", "uuid", "gen_random_uuid()")));
        assertThat(volatileDefault.facts().rewritesTable()).isTrue();
        assertThat(volatileDefault.commentLine()).isEqualTo(
                "-- Add column public.users.token (volatile default: every row gets its own value) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]");
    }

    @Test
    void columnTypeChangeWithUsingRewritesAndHasNoReverse() {
        Column from = col("Email", "text");
        Column to = col("Email", "integer");
        PlannedStatement s = one(new AlterColumnType(USERS, from, to, "(\"Email\")::integer"));
        assertThat(s.sql()).isEqualTo("ALTER TABLE public.users ALTER COLUMN \"Email\" TYPE integer USING (\"Email\")::integer");
        assertThat(s.facts().rewritesTable()).isTrue();
        assertThat(s.reverse()).isNull();
        assertThat(s.risks()).containsExactly(Risk.TABLE_REWRITE, Risk.ACCESS_EXCLUSIVE_LOCK);
    }

    @Test
    void binaryCoercibleTypeChangeNeedsNoRewriteAndReverses() {
        PlannedStatement s = one(new AlterColumnType(USERS, col("name", "character varying(10)"), col("name", "character varying(20)"), null));
        assertThat(s.facts().rewritesTable()).isFalse();
        assertThat(s.commentLine()).isEqualTo(
                "-- Change type of public.users.name to character varying(20) (binary coercible: no rewrite) [ACCESS EXCLUSIVE LOCK]");
        assertThat(s.reverse()).isEqualTo("ALTER TABLE public.users ALTER COLUMN name TYPE character varying(10)");
    }

    @Test
    void notNullScansAndReverses() {
        PlannedStatement s = one(new SetColumnNotNull(USERS, col("id", "bigint"), true));
        assertThat(s.sql()).isEqualTo("ALTER TABLE public.users ALTER COLUMN id SET NOT NULL");
        assertThat(s.facts().scansTable()).isTrue();
        assertThat(s.reverse()).isEqualTo("ALTER TABLE public.users ALTER COLUMN id DROP NOT NULL");
    }

    @Test
    void droppedDefaultReversesToTheOldOne() {
        PlannedStatement s = one(new SetColumnDefault(USERS, Fixtures.withDefault("active", "boolean", "true"), null));
        assertThat(s.sql()).isEqualTo("ALTER TABLE public.users ALTER COLUMN active DROP DEFAULT");
        assertThat(s.reverse()).isEqualTo("ALTER TABLE public.users ALTER COLUMN active SET DEFAULT true");
    }

    @Test
    void renameColumnReverses() {
        PlannedStatement s = one(new RenameColumn(USERS, "Email", "select"));
        assertThat(s.sql()).isEqualTo("ALTER TABLE public.users RENAME COLUMN \"Email\" TO \"select\"");
        assertThat(s.reverse()).isEqualTo("ALTER TABLE public.users RENAME COLUMN \"select\" TO \"Email\"");
    }

    @Test
    void identityAddAndAlter() {
        Column id = Fixtures.identity("id", "bigint", true, 1);
        PlannedStatement add = one(new AddIdentity(USERS, id));
        assertThat(add.sql()).isEqualTo("ALTER TABLE public.users ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY");
        assertThat(add.reverse()).isEqualTo("ALTER TABLE public.users ALTER COLUMN id DROP IDENTITY");
        PlannedStatement alter = one(new AlterIdentity(USERS, id, Fixtures.identity("id", "bigint", false, 100)));
        assertThat(alter.sql()).isEqualTo("ALTER TABLE public.users ALTER COLUMN id SET GENERATED BY DEFAULT SET START WITH 100");
        assertThat(alter.reverse()).isEqualTo("ALTER TABLE public.users ALTER COLUMN id SET GENERATED ALWAYS SET START WITH 1");
    }

    @Test
    void attachingAPartitionScansItUnderShareUpdateExclusiveOnTheParent() {
        Table p = Fixtures.partition("public", "events_2025", "public.events", "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')",
                col("at", "date"));
        PlannedStatement s = one(new AttachPartition(p));
        assertThat(s.sql()).isEqualTo(
                "ALTER TABLE public.events ATTACH PARTITION public.events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')");
        assertThat(s.facts().lock()).isEqualTo(LockLevel.SHARE_UPDATE_EXCLUSIVE);
        assertThat(s.facts().lockedRelation()).isEqualTo("public.events");
        assertThat(s.risks()).containsExactly(Risk.TABLE_SCAN);
        assertThat(s.reverse()).isEqualTo("ALTER TABLE public.events DETACH PARTITION public.events_2025");
    }

    @Test
    void statementsOnATableCreatedInThePlanCarryNoLockFacts() {
        Table orders = table("public", "orders", col("total", "integer"));
        var plan = render(new CreateTable(orders, List.of()), new AddColumn(orders, Fixtures.withDefault("id", "uuid", "gen_random_uuid()")));
        PlannedStatement add = plan.statements().get(1);
        assertThat(add.facts().newRelation()).isTrue();
        assertThat(add.facts().rewritesTable()).isFalse();
        assertThat(add.risks()).isEmpty();
        assertThat(plan.summary().toString()).isEqualTo("column: 1 created; table: 1 created");
    }
}
