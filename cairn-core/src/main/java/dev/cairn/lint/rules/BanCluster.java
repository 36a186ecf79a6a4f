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

/** CLUSTER in a migration. */
public final class BanCluster extends BaseRule {
    public BanCluster() {
        super("ban-cluster", Severity.ERROR, "CLUSTER",
                "CLUSTER rewrites the table in index order under an ACCESS EXCLUSIVE lock: no reads or writes until it ends,"
                        + " and the order is not maintained afterwards. pg_repack reorders a table online",
                "https://www.postgresql.org/docs/current/sql-cluster.html");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (!(st.shape().command().startsWith("CLUSTER"))) {
            return List.of();
        }
        String object = relation(st, scope);
        return one(st, object, "CLUSTER " + (object == null ? "rewrites every clustered table" : "rewrites " + object) + " under an ACCESS EXCLUSIVE lock: reads and writes wait until it ends.", "-- reorder online with pg_repack --order-by, outside the migrations");
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("CLUSTER orders USING orders_created_idx;"),
                LintCase.passes("ANALYZE orders;"));
    }
}
