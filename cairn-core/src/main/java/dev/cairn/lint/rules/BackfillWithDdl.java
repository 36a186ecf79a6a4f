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

/** Data changes and DDL on the same existing table in one transaction: the backfill runs while DDL locks are held. */
public final class BackfillWithDdl extends BaseRule {
    public BackfillWithDdl() {
        super("backfill-with-ddl", Severity.ERROR, "Backfilling data in the transaction that changes the table",
                "A migration runs in one transaction, and locks are held until it commits. An UPDATE, DELETE, MERGE or"
                        + " INSERT … SELECT after DDL on the same table runs while the DDL's ACCESS EXCLUSIVE lock is"
                        + " still held: nobody reads or writes the table for the whole backfill. Before the DDL, the"
                        + " backfill's row locks are held until the end, and the DDL then waits for every other"
                        + " transaction. Change the schema in one migration and backfill in batches in another (or in"
                        + " the application).",
                "https://www.postgresql.org/docs/current/explicit-locking.html");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (!(scope.transactional() || scope.inExplicitTransaction()) || st.onNewRelation() || st.shape().table().isEmpty()) {
            return List.of();
        }
        boolean dml = isBackfill(st);
        boolean ddl = st.shape().category() == dev.cairn.dialect.StatementShape.Category.DDL;
        if (!dml && !ddl) {
            return List.of();
        }
        String key = String.join(".", st.shape().table()).toLowerCase(java.util.Locale.ROOT);
        for (LintStatement before : scope.earlierInScript()) {
            if (before.shape().table().isEmpty()
                    || !String.join(".", before.shape().table()).toLowerCase(java.util.Locale.ROOT).equals(key)) {
                continue;
            }
            boolean otherDdl = before.shape().category() == dev.cairn.dialect.StatementShape.Category.DDL;
            String table = relation(st, scope);
            if (dml && otherDdl) {
                return one(st, table, "This " + st.shape().command() + " of " + table + " runs in the transaction of the "
                        + before.shape().command() + " at line " + before.line() + ": the table stays locked for the whole"
                        + " backfill.", "-- move the backfill to a migration of its own, in batches:\n" + asIs(st));
            }
            if (ddl && isBackfill(before)) {
                return one(st, table, st.shape().command() + " on " + table + " runs in the transaction of the "
                        + before.shape().command() + " at line " + before.line() + ": the backfill's row locks are held"
                        + " until the DDL's lock is granted and the migration commits.",
                        "-- move the backfill (line " + before.line() + ") to a migration of its own");
            }
        }
        return List.of();
    }

    /** UPDATE, DELETE, MERGE, or INSERT fed by a query: a statement that touches existing rows in bulk. */
    private static boolean isBackfill(LintStatement st) {
        if (st.shape().category() != dev.cairn.dialect.StatementShape.Category.DML) {
            return false;
        }
        String c = st.shape().command();
        return c.startsWith("UPDATE") || c.startsWith("DELETE") || c.startsWith("MERGE")
                || (c.startsWith("INSERT") && st.hasKeyword("SELECT"));
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("ALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = 'free';"),
                LintCase.fires("UPDATE users SET email = lower(email);\nALTER TABLE users ADD CONSTRAINT u CHECK (email = lower(email)) NOT VALID;"),
                LintCase.passes("ALTER TABLE users ADD COLUMN plan text;\nUPDATE accounts SET plan = 'free';"),
                LintCase.passes("CREATE TABLE plans (id bigint, name text);\nINSERT INTO plans SELECT 1, 'free';"),
                LintCase.passes("ALTER TABLE plans ADD COLUMN note text;\nINSERT INTO plans (id, name) VALUES (1, 'free');"));
    }
}
