package dev.cairn.diff;

import static dev.cairn.diff.Cat.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Table;
import dev.cairn.diff.Change.*;
import dev.cairn.plan.Plan;
import dev.cairn.postgres.render.PostgresRenderer;
import dev.cairn.plan.Risk;
import java.util.List;
import org.junit.jupiter.api.Test;

class DifferTest {

    static List<String> sql(Catalog from, Catalog to, DiffOptions options) {
        return PostgresRenderer.render(Differ.diff(from, to, options)).statements().stream().map(s -> s.sql()).toList();
    }

    static List<String> sql(Catalog from, Catalog to) {
        return sql(from, to, DiffOptions.defaults());
    }

    @Test
    void identicalCatalogsGiveNoChanges() {
        Catalog c = Cat.of().table(table("t", List.of(col("a", "integer")), pk("t", "a"))).build();
        assertThat(Differ.diff(c, c).isEmpty()).isTrue();
    }

    @Test
    void foreignKeyCycleCreatesTablesFirstThenKeys() {
        Catalog to = Cat.of()
                .table(table("a", List.of(notNull("id", "integer"), col("b_id", "integer")), pk("a", "id"), fk("a_b_fk", "b_id", "b", "id")))
                .table(table("b", List.of(notNull("id", "integer"), col("a_id", "integer")), pk("b", "id"), fk("b_a_fk", "a_id", "a", "id")))
                .build();
        List<Change> changes = Differ.diff(Cat.of().build(), to).changes();
        assertThat(changes).hasSize(4);
        assertThat(changes.get(0)).isInstanceOf(CreateTable.class);
        assertThat(changes.get(1)).isInstanceOf(CreateTable.class);
        assertThat(changes.get(2)).isInstanceOf(AddConstraint.class);
        assertThat(changes.get(3)).isInstanceOf(AddConstraint.class);
        // and back: the keys go before the tables
        List<Change> back = Differ.diff(to, Cat.of().build()).changes();
        assertThat(back.get(0)).isInstanceOf(DropConstraint.class);
        assertThat(back.get(1)).isInstanceOf(DropConstraint.class);
        assertThat(back.get(2)).isInstanceOf(DropTable.class);
        assertThat(back.get(3)).isInstanceOf(DropTable.class);
    }

    @Test
    void viewsOnViewsOverAChangedColumnAreDroppedAndRecreatedAroundIt() {
        Cat base = Cat.of()
                .view(view("v2", "SELECT a FROM v1", List.of("a"), viewRef("v1")))
                .view(view("v1", "SELECT a FROM t", List.of("a"), colRef("t", "a")))
                .view(view("other", "SELECT b FROM t", List.of("b"), colRef("t", "b")));
        Catalog from = base.table(table("t", List.of(col("a", "integer"), col("b", "text")))).build();
        Cat next = Cat.of()
                .view(view("v2", "SELECT a FROM v1", List.of("a"), viewRef("v1")))
                .view(view("v1", "SELECT a FROM t", List.of("a"), colRef("t", "a")))
                .view(view("other", "SELECT b FROM t", List.of("b"), colRef("t", "b")));
        Catalog to = next.table(table("t", List.of(col("a", "bigint"), col("b", "text")))).build();
        assertThat(sql(from, to)).containsExactly(
                "DROP VIEW public.v2",
                "DROP VIEW public.v1",
                "ALTER TABLE public.t ALTER COLUMN a TYPE bigint",
                "CREATE VIEW public.v1 AS\nSELECT a FROM t",
                "CREATE VIEW public.v2 AS\nSELECT a FROM v1");
    }

    @Test
    void dropsGoInReverseDependencyOrder() {
        Catalog from = Cat.of().enumType("mood", "a", "b")
                .table(table("t", List.of(col("m", "public.mood"))))
                .view(view("v", "SELECT m FROM t", List.of("m"), tableRef("t")))
                .build();
        List<String> sql = sql(from, Cat.of().build());
        assertThat(sql).containsExactly("DROP VIEW public.v", "DROP TABLE public.t", "DROP TYPE public.mood");
        assertThat(sql(Cat.of().build(), from)).containsExactly(
                "CREATE TYPE public.mood AS ENUM ('a', 'b')",
                "CREATE TABLE public.t (\n    m public.mood\n)",
                "CREATE VIEW public.v AS\nSELECT m FROM t");
    }

    @Test
    void enumValuesAreAddedInPlace() {
        Catalog from = Cat.of().enumType("e", "a", "c").build();
        Catalog to = Cat.of().enumType("e", "x", "a", "b", "c", "d").build();
        assertThat(sql(from, to)).containsExactly(
                "ALTER TYPE public.e ADD VALUE 'x' BEFORE 'a'",
                "ALTER TYPE public.e ADD VALUE 'b' AFTER 'a'",
                "ALTER TYPE public.e ADD VALUE 'd' AFTER 'c'");
    }

    @Test
    void enumValueRemovalRebuildsTheTypeWithADataLossWarning() {
        Catalog from = Cat.of().enumType("e", "a", "b", "c").table(table("t", List.of(col("v", "public.e")))).build();
        Catalog to = Cat.of().enumType("e", "a", "c").table(table("t", List.of(col("v", "public.e")))).build();
        ChangeSet cs = Differ.diff(from, to);
        assertThat(cs.hasDataLoss()).isTrue();
        Plan plan = PostgresRenderer.render(cs);
        assertThat(plan.statements().stream().map(s -> s.sql()).toList()).containsExactly(
                "ALTER TYPE public.e RENAME TO e__old",
                "CREATE TYPE public.e AS ENUM ('a', 'c')",
                "ALTER TABLE public.t ALTER COLUMN v TYPE public.e USING v::text::public.e",
                "DROP TYPE public.e__old");
        assertThat(plan.hasDataLoss()).isTrue();
        assertThat(plan.dataLossObjects()).contains("public.t.v");
    }

    @Test
    void withoutARenameATableIsDroppedAndAddedAndOfferedAsACandidate() {
        Catalog from = Cat.of().table(table("users", List.of(col("id", "integer")))).build();
        Catalog to = Cat.of().table(table("accounts", List.of(col("id", "integer")))).build();
        ChangeSet cs = Differ.diff(from, to);
        assertThat(cs.changes()).hasSize(2);
        assertThat(cs.hasDataLoss()).isTrue();
        assertThat(cs.renameCandidates()).containsExactly(
                new RenameCandidate(DiffOptions.Rename.Kind.TABLE, "public", null, "users", "accounts"));
        ChangeSet renamed = Differ.diff(from, to, DiffOptions.defaults().withRenames(List.of(cs.renameCandidates().get(0).toRename())));
        assertThat(renamed.changes()).containsExactly(new RenameTable("public", "users", "accounts"));
        assertThat(renamed.hasDataLoss()).isFalse();
    }

    @Test
    void columnRenameKeepsConstraintsAndRenamesTheirNames() {
        Catalog from = Cat.of().table(table("users", List.of(notNull("id", "integer"), col("name", "text")),
                pk("users", "id"))).build();
        Catalog to = Cat.of().table(table("accounts", List.of(notNull("id", "integer"), col("full_name", "text")),
                pk("accounts", "id"))).build();
        assertThat(sql(from, to, DiffOptions.defaults().withRename("public.users=public.accounts")
                .withRename("public.users.name=full_name"))).containsExactly(
                "ALTER TABLE public.users RENAME TO accounts",
                "ALTER TABLE public.accounts RENAME COLUMN name TO full_name",
                "ALTER TABLE public.accounts RENAME CONSTRAINT users_pkey TO accounts_pkey");
        ChangeSet noRename = Differ.diff(from, to);
        assertThat(noRename.renameCandidates()).extracting(RenameCandidate::describe)
                .containsExactly("public.users -> public.accounts");
    }

    @Test
    void columnDropAndAddIsACandidate() {
        Catalog from = Cat.of().table(table("t", List.of(col("a", "integer")))).build();
        Catalog to = Cat.of().table(table("t", List.of(col("b", "integer")))).build();
        ChangeSet cs = Differ.diff(from, to);
        assertThat(cs.renameCandidates()).extracting(RenameCandidate::describe).containsExactly("public.t.a -> b");
        assertThat(sql(from, to, DiffOptions.defaults().withRename("public.t.a=b")))
                .containsExactly("ALTER TABLE public.t RENAME COLUMN a TO b");
    }

    @Test
    void badRenamesAreExplained() {
        Catalog c = Cat.of().table(table("t", List.of(col("a", "integer")))).build();
        assertThatThrownBy(() -> Differ.diff(c, c, DiffOptions.defaults().withRename("public.nope=public.t")))
                .hasMessageContaining("no table public.nope");
        assertThatThrownBy(() -> DiffOptions.Rename.parse("nope")).hasMessageContaining("old=new");
    }

    @Test
    void typeChangesSayWhetherTheyRewrite() {
        Catalog from = Cat.of().table(table("t", List.of(col("a", "integer"), col("s", "character varying(10)"), col("x", "text")))).build();
        Catalog to = Cat.of().table(table("t", List.of(col("a", "bigint"), col("s", "character varying(20)"), col("x", "integer")))).build();
        Plan plan = PostgresRenderer.render(Differ.diff(from, to));
        assertThat(plan.toSql()).contains(
                "-- Change type of public.t.a to bigint [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]\nALTER TABLE public.t ALTER COLUMN a TYPE bigint;",
                "-- Change type of public.t.s to character varying(20) (binary coercible: no rewrite) [ACCESS EXCLUSIVE LOCK]",
                "ALTER TABLE public.t ALTER COLUMN x TYPE integer USING x::integer;");
        assertThat(plan.summary().toString()).isEqualTo("column: 3 altered");
    }

    @Test
    void columnOrderIsWarnedAboutOnceWhenItFirstDiverges() {
        Catalog before = Cat.of().table(table("t", List.of(col("a", "integer"), col("b", "integer")))).build();
        Catalog middle = Cat.of().table(table("t", List.of(col("a", "integer"), col("x", "integer"), col("b", "integer")))).build();
        assertThat(Differ.diff(before, middle).warnings()).extracting(Warning::kind).containsExactly(Warning.Kind.COLUMN_ORDER);

        // the database now has a, b, x: later changes to the table do not repeat the warning
        Catalog applied = Cat.of().table(table("t", List.of(col("a", "integer"), col("b", "integer"), col("x", "integer")))).build();
        Catalog later = Cat.of().table(table("t", List.of(col("a", "integer"), col("x", "integer"), col("b", "integer"),
                col("y", "integer")))).build();
        ChangeSet next = Differ.diff(applied, later);
        assertThat(next.changes()).hasSize(1);
        assertThat(next.warnings()).isEmpty();
        // but a new column put out of place again is news
        Catalog again = Cat.of().table(table("t", List.of(col("z", "integer"), col("a", "integer"), col("x", "integer"),
                col("b", "integer")))).build();
        assertThat(Differ.diff(applied, again).warnings()).extracting(Warning::kind).containsExactly(Warning.Kind.COLUMN_ORDER);
    }

    @Test
    void objectsOfTablesCreatedInTheSamePlanCarryNoLockOrScanRisk() {
        dev.cairn.catalog.Index byUser = new dev.cairn.catalog.Index("orders_user_idx",
                "CREATE INDEX orders_user_idx ON public.orders USING btree (user_id)", false, null);
        Table users = table("users", List.of(notNull("id", "integer")), pk("users", "id"));
        Table newOrders = table("orders", List.of(notNull("id", "integer"), col("user_id", "integer")),
                List.of(pk("orders", "id"), fk("orders_user_fk", "user_id", "users", "id")), List.of(byUser));
        Plan both = PostgresRenderer.render(Differ.diff(Cat.of().build(), Cat.of().table(users).table(newOrders).build()));
        assertThat(both.statements()).as(both.toSql()).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(s -> assertThat(s.risks()).as(s.commentLine()).isEmpty());

        // the same foreign key and index on an existing table are flagged
        Table oldOrders = table("orders", List.of(notNull("id", "integer"), col("user_id", "integer")), pk("orders", "id"));
        Plan later = PostgresRenderer.render(Differ.diff(Cat.of().table(users).table(oldOrders).build(),
                Cat.of().table(users).table(newOrders).build()));
        assertThat(later.toSql()).contains("[SCANS TABLE, BLOCKS WRITES]\nALTER TABLE public.orders ADD CONSTRAINT orders_user_fk",
                "[BLOCKS WRITES]\nCREATE INDEX orders_user_idx");
    }

    @Test
    void dropColumnIsFlaggedAsDataLoss() {
        Catalog from = Cat.of().table(table("users", List.of(col("id", "integer"), col("age", "integer")))).build();
        Catalog to = Cat.of().table(table("users", List.of(col("id", "integer")))).build();
        Plan plan = PostgresRenderer.render(Differ.diff(from, to));
        assertThat(plan.toSql()).isEqualTo("-- Drop column public.users.age [DATA LOSS]\nALTER TABLE public.users DROP COLUMN age;\n");
        assertThat(plan.statements().get(0).risks()).containsExactly(Risk.DATA_LOSS);
        assertThat(plan.dataLossObjects()).containsExactly("public.users.age");
    }

    @Test
    void quotingOnlyWhenNeeded() {
        Catalog to = Cat.of().table(table("Order", List.of(col("user", "integer"), col("name", "text"), col("été", "text")))).build();
        assertThat(sql(Cat.of().build(), to)).containsExactly(
                "CREATE TABLE public.\"Order\" (\n    \"user\" integer,\n    name text,\n    \"été\" text\n)");
    }

    @Test
    void orderIsDeterministic() {
        Catalog to = Cat.of().table(table("b", List.of(col("a", "integer")))).table(table("a", List.of(col("a", "integer"))))
                .enumType("z", "1").build();
        assertThat(sql(Cat.of().build(), to)).containsExactly(
                "CREATE TYPE public.z AS ENUM ('1')",
                "CREATE TABLE public.a (\n    a integer\n)",
                "CREATE TABLE public.b (\n    a integer\n)");
    }
}
