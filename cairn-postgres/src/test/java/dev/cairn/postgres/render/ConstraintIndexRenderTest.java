package dev.cairn.postgres.render;

import static dev.cairn.postgres.render.Fixtures.col;
import static dev.cairn.postgres.render.Fixtures.one;
import static dev.cairn.postgres.render.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.catalog.Table;
import dev.cairn.diff.Change.AddConstraint;
import dev.cairn.diff.Change.CreateIndex;
import dev.cairn.diff.Change.DropConstraint;
import dev.cairn.diff.Change.DropIndex;
import dev.cairn.diff.Change.ValidateConstraint;
import dev.cairn.plan.LockLevel;
import dev.cairn.plan.SafetyFacts;
import dev.cairn.plan.PlannedStatement;
import dev.cairn.plan.Risk;
import org.junit.jupiter.api.Test;

/** Constraints and indexes: the variants PostgreSQL locks and scans differently. */
class ConstraintIndexRenderTest {
    static final Table ORDERS = table("public", "orders", col("id", "bigint"), col("user_id", "bigint"));

    @Test
    void validatedForeignKeyScansAndLocksBothTablesAgainstWrites() {
        PlannedStatement s = one(new AddConstraint(ORDERS,
                Fixtures.fk("orders_user_fk", "user_id", "public.users", "FOREIGN KEY (user_id) REFERENCES users(id)")));
        assertThat(s.sql()).isEqualTo("ALTER TABLE public.orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users(id)");
        SafetyFacts f = s.facts();
        assertThat(f.lock()).isEqualTo(LockLevel.SHARE_ROW_EXCLUSIVE);
        assertThat(f.referencedRelation()).isEqualTo("public.users");
        assertThat(f.scansTable()).isTrue();
        assertThat(s.risks()).containsExactly(Risk.TABLE_SCAN, Risk.BLOCKS_WRITES);
        assertThat(s.reverse()).isEqualTo("ALTER TABLE public.orders DROP CONSTRAINT orders_user_fk");
    }

    @Test
    void notValidForeignKeyDoesNotScan() {
        PlannedStatement s = one(new AddConstraint(ORDERS,
                Fixtures.fk("orders_user_fk", "user_id", "public.users", "FOREIGN KEY (user_id) REFERENCES users(id) NOT VALID")));
        assertThat(s.facts().scansTable()).isFalse();
        assertThat(s.risks()).containsExactly(Risk.BLOCKS_WRITES);
        assertThat(s.comment()).endsWith("(not validated: existing rows are not checked)");
    }

    @Test
    void checkScansUnderAccessExclusiveUnlessNotValid() {
        PlannedStatement valid = one(new AddConstraint(ORDERS, Fixtures.check("positive", "CHECK ((id > 0))")));
        assertThat(valid.risks()).containsExactly(Risk.TABLE_SCAN, Risk.ACCESS_EXCLUSIVE_LOCK);
        PlannedStatement notValid = one(new AddConstraint(ORDERS, Fixtures.check("positive", "CHECK ((id > 0)) NOT VALID")));
        assertThat(notValid.facts().lock()).isEqualTo(LockLevel.ACCESS_EXCLUSIVE);
        assertThat(notValid.risks()).isEmpty();
        PlannedStatement validate = one(new ValidateConstraint(ORDERS, Fixtures.check("positive", "CHECK ((id > 0)) NOT VALID")));
        assertThat(validate.sql()).isEqualTo("ALTER TABLE public.orders VALIDATE CONSTRAINT positive");
        assertThat(validate.facts().lock()).isEqualTo(LockLevel.SHARE_UPDATE_EXCLUSIVE);
        assertThat(validate.risks()).containsExactly(Risk.TABLE_SCAN);
        assertThat(validate.reverse()).isNull();
    }

    @Test
    void droppedConstraintReversesToAddingItBack() {
        PlannedStatement s = one(new DropConstraint(ORDERS, Fixtures.check("Positive", "CHECK ((id > 0))")));
        assertThat(s.sql()).isEqualTo("ALTER TABLE public.orders DROP CONSTRAINT \"Positive\"");
        assertThat(s.reverse()).isEqualTo("ALTER TABLE public.orders ADD CONSTRAINT \"Positive\" CHECK ((id > 0))");
    }

    @Test
    void createIndexBlocksWritesWithoutConcurrently() {
        PlannedStatement s = one(new CreateIndex("public", "orders",
                Fixtures.index("orders_user_idx", "CREATE INDEX orders_user_idx ON public.orders USING btree (user_id)")));
        assertThat(s.sql()).isEqualTo("CREATE INDEX orders_user_idx ON public.orders USING btree (user_id)");
        assertThat(s.facts().lock()).isEqualTo(LockLevel.SHARE);
        assertThat(s.facts().outsideTransaction()).isFalse();
        assertThat(s.risks()).containsExactly(Risk.BLOCKS_WRITES);
        assertThat(s.reverse()).isEqualTo("DROP INDEX public.orders_user_idx");
    }

    /** The differ decides ON ONLY (it then creates and attaches the partitions' indexes): rendered as given. */
    @Test
    void partitionsIndexIsAttachedAfterItIsCreated() {
        java.util.List<PlannedStatement> parent = Fixtures.render(new CreateIndex("public", "orders",
                Fixtures.index("orders_user_idx", "CREATE INDEX orders_user_idx ON ONLY public.orders USING btree (user_id)")))
                .statements();
        assertThat(parent).extracting(PlannedStatement::sql)
                .containsExactly("CREATE INDEX orders_user_idx ON ONLY public.orders USING btree (user_id)");
        java.util.List<PlannedStatement> child = Fixtures.render(new CreateIndex("public", "orders_2024",
                new dev.cairn.catalog.Index("by_user_2024", "CREATE INDEX by_user_2024 ON public.orders_2024 USING btree (user_id)",
                        false, null, "public.orders_user_idx"))).statements();
        assertThat(child).extracting(PlannedStatement::sql).containsExactly(
                "CREATE INDEX by_user_2024 ON public.orders_2024 USING btree (user_id)",
                "ALTER INDEX public.orders_user_idx ATTACH PARTITION public.by_user_2024");
    }

    @Test
    void concurrentIndexRunsOutsideATransactionAndLetsWritesGoOn() {
        PlannedStatement s = one(new CreateIndex("public", "orders",
                Fixtures.index("orders_user_idx", "CREATE INDEX CONCURRENTLY orders_user_idx ON public.orders USING btree (user_id)")));
        assertThat(s.facts().lock()).isEqualTo(LockLevel.SHARE_UPDATE_EXCLUSIVE);
        assertThat(s.facts().outsideTransaction()).isTrue();
        assertThat(s.risks()).isEmpty();
    }

    @Test
    void droppedIndexReversesToItsDefinition() {
        PlannedStatement s = one(new DropIndex("public", "orders",
                Fixtures.index("Orders_Idx", "CREATE INDEX \"Orders_Idx\" ON public.orders USING btree (id)")));
        assertThat(s.sql()).isEqualTo("DROP INDEX public.\"Orders_Idx\"");
        assertThat(s.reverse()).isEqualTo("CREATE INDEX \"Orders_Idx\" ON public.orders USING btree (id)");
    }
}
