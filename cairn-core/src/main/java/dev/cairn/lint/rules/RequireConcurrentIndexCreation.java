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

/** CREATE INDEX without CONCURRENTLY on an existing table. */
public final class RequireConcurrentIndexCreation extends BaseRule {
    public RequireConcurrentIndexCreation() {
        super("require-concurrent-index-creation", Severity.ERROR, "Creating an index without CONCURRENTLY",
                "CREATE INDEX takes a SHARE lock on the table for as long as the build reads it: every INSERT, UPDATE and"
                        + " DELETE waits until the index is built, minutes on a large table. CREATE INDEX CONCURRENTLY"
                        + " takes a SHARE UPDATE EXCLUSIVE lock, which lets writes go on, at the price of two table scans;"
                        + " it cannot run in a transaction, so Cairn runs it on its own (put it in a migration of its"
                        + " own). A UNIQUE index also fails if duplicates exist. On a table created earlier in the batch"
                        + " the plain form is right: the table is empty.",
                "https://www.postgresql.org/docs/current/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        String c = st.shape().command();
        if (!(c.startsWith("CREATE") && c.endsWith("INDEX")) || st.shape().concurrently() || st.onNewRelation()
                || st.shape().table().isEmpty()) {
            return List.of();
        }
        String table = relation(st, scope);
        boolean unique = c.contains("UNIQUE");
        return one(st, table, "CREATE INDEX on " + table + " takes a SHARE lock: every INSERT, UPDATE and DELETE waits"
                + " until the index is built" + (unique ? ", and the build fails if the column holds duplicates." : "."),
                insertAfter(st, "INDEX", "CONCURRENTLY") + "  -- in a migration of its own");
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("CREATE INDEX orders_customer_idx ON orders (customer_id);"),
                LintCase.fires("CREATE UNIQUE INDEX IF NOT EXISTS users_email_key ON public.users (email);"),
                LintCase.passes("CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);"),
                LintCase.passes("CREATE TABLE orders (id bigint, customer_id bigint);\n"
                        + "CREATE INDEX orders_customer_idx ON orders (customer_id);").because("new, empty table"));
    }
}
