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

/** REINDEX without CONCURRENTLY. */
public final class RequireConcurrentReindex extends BaseRule {
    public RequireConcurrentReindex() {
        super("require-concurrent-reindex", Severity.ERROR, "REINDEX without CONCURRENTLY",
                "REINDEX locks out writes to the table (SHARE lock) and takes an ACCESS EXCLUSIVE lock on the index, so even"
                        + " reads that would use it wait, for the whole rebuild. REINDEX CONCURRENTLY (PostgreSQL 12+)"
                        + " builds a new index beside the old one and swaps them with only brief locks; it cannot run in"
                        + " a transaction, so put it in a migration of its own",
                "https://www.postgresql.org/docs/current/sql-reindex.html#SQL-REINDEX-CONCURRENTLY");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (!(st.shape().command().startsWith("REINDEX") && !st.shape().concurrently() && !st.onNewRelation() && !st.hasKeyword("SYSTEM"))) {
            return List.of();
        }
        String object = relation(st, scope);
        return one(st, object, "REINDEX " + (object == null ? "" : "of " + object + " ") + "blocks writes to the table, and reads through the index, until every index is rebuilt.", reindexAlternative(st));
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("REINDEX INDEX orders_customer_idx;"),
                LintCase.fires("REINDEX TABLE orders;"),
                LintCase.passes("REINDEX TABLE CONCURRENTLY orders;"));
    }

    /** REINDEX [ (options) ] {INDEX|TABLE|SCHEMA|DATABASE} CONCURRENTLY name. */
    private static String reindexAlternative(LintStatement st) {
        for (String kind : List.of("INDEX", "TABLE", "SCHEMA", "DATABASE")) {
            if (st.hasKeyword(kind)) {
                return insertAfter(st, kind, "CONCURRENTLY") + "  -- in a migration of its own";
            }
        }
        return asIs(st);
    }
}
