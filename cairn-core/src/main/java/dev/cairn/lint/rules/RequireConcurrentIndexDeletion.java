package dev.cairn.lint.rules;

import dev.cairn.dialect.StatementShape.Action;
import dev.cairn.dialect.StatementShape.ActionKind;
import dev.cairn.lint.BaseRule;
import dev.cairn.lint.Finding;
import dev.cairn.lint.LintCase;
import dev.cairn.lint.LintScope;
import dev.cairn.lint.LintStatement;
import dev.cairn.lint.Severity;
import java.util.ArrayList;
import java.util.List;

/** DROP INDEX without CONCURRENTLY. */
public final class RequireConcurrentIndexDeletion extends BaseRule {
    public RequireConcurrentIndexDeletion() {
        super("require-concurrent-index-deletion", Severity.WARNING, "Dropping an index without CONCURRENTLY",
                "DROP INDEX takes an ACCESS EXCLUSIVE lock on the index's table. The drop itself is quick, but it waits"
                        + " behind every running query on the table, and every query arriving meanwhile queues behind it:"
                        + " a long report can stall all traffic. DROP INDEX CONCURRENTLY waits without blocking anyone; it"
                        + " cannot run in a transaction, so Cairn runs it on its own.",
                "https://www.postgresql.org/docs/current/sql-dropindex.html");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (!st.shape().command().startsWith("DROP INDEX") || st.shape().concurrently() || st.onNewRelation()) {
            return List.of();
        }
        String index = st.shape().objects().isEmpty() ? null : String.join(".", st.shape().objects().get(0));
        return one(st, index, "DROP INDEX " + (index == null ? "" : index + " ") + "takes an ACCESS EXCLUSIVE lock on its"
                + " table: it waits behind running queries and every new query waits behind it.",
                insertAfter(st, "INDEX", "CONCURRENTLY") + "  -- in a migration of its own");
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("DROP INDEX orders_customer_idx;"),
                LintCase.fires("DROP INDEX IF EXISTS public.orders_customer_idx;"),
                LintCase.passes("DROP INDEX CONCURRENTLY orders_customer_idx;"),
                LintCase.passes("CREATE TABLE t (id bigint);\nCREATE INDEX t_id_idx ON t (id);\nDROP INDEX t_id_idx;"));
    }
}
