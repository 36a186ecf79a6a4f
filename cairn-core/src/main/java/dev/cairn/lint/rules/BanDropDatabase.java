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

/** DROP DATABASE in a migration. */
public final class BanDropDatabase extends BaseRule {
    public BanDropDatabase() {
        super("ban-drop-database", Severity.ERROR, "Dropping a database",
                "DROP DATABASE deletes a whole database with everything in it. It never belongs in a migration: it cannot"
                        + " run inside a transaction, it cannot drop the database the migration is connected to, and"
                        + " whatever it drops is gone for every application using it.",
                "https://www.postgresql.org/docs/current/sql-dropdatabase.html");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (!st.shape().command().startsWith("DROP DATABASE")) {
            return List.of();
        }
        String name = st.shape().objects().isEmpty() ? null : String.join(".", st.shape().objects().get(0));
        return one(st, name, "DROP DATABASE " + (name == null ? "" : name + " ")
                + "deletes the whole database with all its data.",
                "-- drop databases by hand, with a backup, outside the migrations");
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("DROP DATABASE legacy;"),
                LintCase.passes("DROP TABLE IF EXISTS legacy_import;"));
    }
}
