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

/** TRUNCATE on an existing table (and TRUNCATE … CASCADE, which empties every referencing table). */
public final class BanTruncate extends BaseRule {
    public BanTruncate() {
        super("ban-truncate", Severity.ERROR, "Truncating a table",
                "TRUNCATE deletes every row of the table at once under an ACCESS EXCLUSIVE lock, and cannot be limited"
                        + " with a WHERE clause. With CASCADE it also empties every table that has a foreign key to it,"
                        + " and the tables referencing those, recursively: far more than the statement names.",
                "https://www.postgresql.org/docs/current/sql-truncate.html");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (!st.shape().command().startsWith("TRUNCATE") || st.onNewRelation()) {
            return List.of();
        }
        String name = relation(st, scope);
        boolean cascade = st.hasKeyword("CASCADE");
        return one(st, name, "TRUNCATE " + name + " deletes every row"
                + (cascade ? ", and CASCADE also empties every table that references it through a foreign key, recursively."
                        : " of the table under an ACCESS EXCLUSIVE lock."),
                cascade ? removeWords(st, "CASCADE") + "  -- name each table to empty explicitly"
                        : "DELETE FROM " + tableSql(st) + " WHERE <condition>;  -- in batches, if the data must go");
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("TRUNCATE sessions;"),
                LintCase.fires("TRUNCATE TABLE accounts CASCADE;"),
                LintCase.passes("CREATE TABLE staging (id bigint);\nTRUNCATE staging;"),
                LintCase.passes("DELETE FROM sessions WHERE expires_at < now();"));
    }
}
