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

/** BEGIN / COMMIT / ROLLBACK / SAVEPOINT in a migration: Cairn manages the transaction. */
public final class BanTransactionControl extends BaseRule {
    public BanTransactionControl() {
        super("ban-transaction-control", Severity.ERROR, "Transaction control in a migration",
                "Cairn runs each migration in one transaction (or, for a script with CONCURRENTLY, statement by statement) and"
                        + " records it in the history in that same transaction. A BEGIN, COMMIT or ROLLBACK in the script"
                        + " breaks that: a COMMIT makes half a migration permanent before the history knows it, and a"
                        + " BEGIN that is never closed (squawk's ban-uncommitted-transaction) leaves the work unsaved."
                        + " Cairn refuses such scripts; remove the statement, and mark a script that must run outside a"
                        + " transaction with -- cairn:no-transaction on its first line",
                "https://www.postgresql.org/docs/current/tutorial-transactions.html");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (!(st.shape().category() == dev.cairn.dialect.StatementShape.Category.TRANSACTION)) {
            return List.of();
        }
        String object = null;
        return one(st, object, st.shape().command() + " controls the transaction that Cairn manages: the migration and its history record would no longer commit together.", "-- remove it: Cairn wraps the migration in one transaction; for a script that must not run in one,\n-- start it with: -- cairn:no-transaction");
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("BEGIN;\nALTER TABLE users ADD COLUMN note text;\nCOMMIT;"),
                LintCase.fires("COMMIT;"),
                LintCase.passes("ALTER TABLE users ADD COLUMN note text;"));
    }
}
