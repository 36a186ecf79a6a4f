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

/** REFRESH MATERIALIZED VIEW without CONCURRENTLY on an existing view. */
public final class RequireConcurrentRefresh extends BaseRule {
    public RequireConcurrentRefresh() {
        super("require-concurrent-refresh", Severity.WARNING, "REFRESH MATERIALIZED VIEW without CONCURRENTLY",
                "REFRESH MATERIALIZED VIEW takes an ACCESS EXCLUSIVE lock on the view while its query runs: every read of the"
                        + " view waits. REFRESH … CONCURRENTLY (it needs a unique index on the view) takes an EXCLUSIVE"
                        + " lock, so reads go on while the new contents are computed and merged",
                "https://www.postgresql.org/docs/current/sql-refreshmaterializedview.html");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (!(st.shape().command().startsWith("REFRESH") && !st.shape().concurrently() && !st.onNewRelation() && !st.hasKeyword("NO"))) {
            return List.of();
        }
        String object = relation(st, scope);
        return one(st, object, "REFRESH MATERIALIZED VIEW " + object + " locks out every read of the view until its query has run.", insertAfter(st, "VIEW", "CONCURRENTLY") + "  -- needs a unique index on the view");
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("REFRESH MATERIALIZED VIEW order_totals;"),
                LintCase.passes("REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals;"),
                LintCase.passes("CREATE MATERIALIZED VIEW mv AS SELECT 1 AS one;\nREFRESH MATERIALIZED VIEW mv;"));
    }
}
