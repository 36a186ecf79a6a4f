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

/** CONCURRENTLY (or another statement that refuses a transaction) inside a transaction block. */
public final class ConcurrentlyInTransaction extends BaseRule {
    public ConcurrentlyInTransaction() {
        super("ban-concurrently-in-transaction", Severity.ERROR, "CONCURRENTLY inside a transaction",
                "CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY (and a few other statements)"
                        + " refuse to run inside a transaction block: the migration fails with \"cannot run inside a"
                        + " transaction block\". Cairn runs a script holding such a statement outside a transaction,"
                        + " statement by statement; an explicit BEGIN in the script (or a runner that forces one"
                        + " transaction) defeats that. Put the statement in a migration of its own, without BEGIN.",
                "https://www.postgresql.org/docs/current/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        // REFRESH MATERIALIZED VIEW CONCURRENTLY may run in a transaction; the other CONCURRENTLY forms may not
        boolean outside = st.facts().outsideTransaction()
                || (st.shape().concurrently() && !st.shape().command().startsWith("REFRESH"));
        if (!outside || st.shape().category() == dev.cairn.dialect.StatementShape.Category.TRANSACTION) {
            return List.of();
        }
        boolean forced = scope.transactional();
        if (!scope.inExplicitTransaction() && !forced) {
            return List.of();
        }
        String object = relation(st, scope);
        return one(st, object, st.shape().command() + (st.shape().concurrently() ? " CONCURRENTLY" : "")
                + " cannot run inside a transaction block: the migration fails at this statement"
                + (scope.inExplicitTransaction() ? " (the script opened one with BEGIN)." : "."),
                "-- a migration of its own, without BEGIN / COMMIT:\n" + asIs(st));
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("BEGIN;\nCREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);\nCOMMIT;"),
                LintCase.passes("CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);"),
                LintCase.passes("BEGIN;\nCREATE INDEX orders_customer_idx ON orders (customer_id);\nCOMMIT;"),
                LintCase.passes("REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals;").because("allowed in a transaction"));
    }
}
