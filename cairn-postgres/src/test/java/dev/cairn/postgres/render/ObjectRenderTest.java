package dev.cairn.postgres.render;

import static dev.cairn.postgres.render.Fixtures.col;
import static dev.cairn.postgres.render.Fixtures.one;
import static dev.cairn.postgres.render.Fixtures.render;
import static dev.cairn.postgres.render.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.catalog.ObjectRef;
import dev.cairn.catalog.Privilege;
import dev.cairn.catalog.Routine;
import dev.cairn.catalog.Table;
import dev.cairn.catalog.View;
import dev.cairn.diff.Change.AlterPolicy;
import dev.cairn.diff.Change.CreatePolicy;
import dev.cairn.diff.Change.Grant;
import dev.cairn.diff.Change.ReplaceRoutine;
import dev.cairn.diff.Change.ReplaceView;
import dev.cairn.diff.Change.SetComment;
import dev.cairn.diff.Target;
import dev.cairn.plan.Plan;
import dev.cairn.plan.PlannedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Policies, views, routines, comments and privileges. */
class ObjectRenderTest {
    static final Table DOCS = table("public", "docs", col("owner", "text"));

    @Test
    void policyCreateAndReverse() {
        PlannedStatement s = one(new CreatePolicy(DOCS, Fixtures.policy("Own rows", "(owner = CURRENT_USER)", null, "app", "public")));
        assertThat(s.sql()).isEqualTo("CREATE POLICY \"Own rows\" ON public.docs TO app, PUBLIC USING ((owner = CURRENT_USER))");
        assertThat(s.reverse()).isEqualTo("DROP POLICY \"Own rows\" ON public.docs");
    }

    @Test
    void policyLosingAnExpressionIsRecreated() {
        var from = Fixtures.policy("p", "(owner = CURRENT_USER)", "true");
        var to = Fixtures.policy("p", "(owner = CURRENT_USER)", null);
        Plan plan = render(new AlterPolicy(DOCS, from, to));
        assertThat(plan.statements()).extracting(PlannedStatement::sql).containsExactly(
                "DROP POLICY p ON public.docs",
                "CREATE POLICY p ON public.docs USING ((owner = CURRENT_USER))");
        assertThat(plan.statements().get(0).reverse())
                .isEqualTo("CREATE POLICY p ON public.docs USING ((owner = CURRENT_USER)) WITH CHECK (true)");
        PlannedStatement alter = one(new AlterPolicy(DOCS, to, from));
        assertThat(alter.sql()).isEqualTo("ALTER POLICY p ON public.docs WITH CHECK (true)");
        assertThat(alter.reverse()).as("ALTER POLICY cannot remove the expression again").isNull();
    }

    @Test
    void routineReplaceReversesToTheOldDefinition() {
        Routine from = Fixtures.function("public", "answer", "", "CREATE OR REPLACE FUNCTION public.answer()\n RETURNS integer\n AS $$ SELECT 41 $$");
        Routine to = Fixtures.function("public", "answer", "", "CREATE OR REPLACE FUNCTION public.answer()\n RETURNS integer\n AS $$ SELECT 42 $$");
        Plan plan = render(new ReplaceRoutine(from, to));
        assertThat(plan.statements()).extracting(PlannedStatement::sql).containsExactly("SET check_function_bodies = off", to.definition());
        assertThat(plan.statements().get(1).reverse()).isEqualTo(from.definition());
        assertThat(plan.statements().get(1).commentLine()).isEqualTo("-- Replace function public.answer()");
        assertThat(plan.summary().byKind()).containsOnlyKeys("function");
    }

    @Test
    void viewReplaceReversesUnlessItAppendsColumns() {
        View from = Fixtures.view("public", "v", " SELECT 1 AS a;", "a");
        View to = Fixtures.view("public", "v", " SELECT 1 AS a, 2 AS b;", "a", "b");
        PlannedStatement s = one(new ReplaceView(from, to));
        assertThat(s.sql()).isEqualTo("CREATE OR REPLACE VIEW public.v AS\nSELECT 1 AS a, 2 AS b");
        assertThat(s.reverse()).isNull();
        assertThat(one(new ReplaceView(to, Fixtures.view("public", "v", "SELECT 3 AS a, 4 AS b", "a", "b"))).reverse())
                .isEqualTo("CREATE OR REPLACE VIEW public.v AS\nSELECT 1 AS a, 2 AS b");
    }

    @Test
    void grantReversesToRevoke() {
        Privilege p = new Privilege(new ObjectRef(ObjectRef.KIND_COLUMN, "public", "docs.Owner"), "Readers", "SELECT", true);
        PlannedStatement s = one(new Grant(p));
        assertThat(s.sql()).isEqualTo("GRANT SELECT (\"Owner\") ON TABLE public.docs TO \"Readers\" WITH GRANT OPTION");
        assertThat(s.reverse()).isEqualTo("REVOKE SELECT (\"Owner\") ON TABLE public.docs FROM \"Readers\"");
        assertThat(render(new Grant(p)).summary().toString()).isEqualTo("privilege: 1 created");
    }

    @Test
    void commentsQuoteTheirText() {
        PlannedStatement s = one(new SetComment(Target.onTable(Target.Kind.COLUMN, "public", "docs", "Owner"), "who's it"));
        assertThat(s.sql()).isEqualTo("COMMENT ON COLUMN public.docs.\"Owner\" IS 'who''s it'");
        assertThat(s.commentLine()).isEqualTo("-- Comment on column public.docs.Owner");
        assertThat(render(new SetComment(Target.of(Target.Kind.TABLE, "public", "docs"), null)).summary().toString())
                .isEqualTo("comment: 1 dropped");
    }
}
