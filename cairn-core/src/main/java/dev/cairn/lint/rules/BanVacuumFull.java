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

/** VACUUM FULL in a migration. */
public final class BanVacuumFull extends BaseRule {
    public BanVacuumFull() {
        super("ban-vacuum-full", Severity.ERROR, "VACUUM FULL",
                "VACUUM FULL rewrites the whole table into a new file under an ACCESS EXCLUSIVE lock: nobody reads or writes"
                        + " it until the copy ends, and it needs room for a second copy on disk. Plain VACUUM (which"
                        + " autovacuum runs anyway) marks space reusable without that lock; pg_repack or pg_squeeze"
                        + " shrink a table online",
                "https://www.postgresql.org/docs/current/sql-vacuum.html");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (!(st.shape().command().startsWith("VACUUM") && (st.shape().command().contains("FULL") || st.hasKeyword("FULL")))) {
            return List.of();
        }
        String object = relation(st, scope);
        return one(st, object, "VACUUM FULL " + (object == null ? "rewrites every table of the database" : "rewrites " + object) + " under an ACCESS EXCLUSIVE lock: reads and writes wait until it ends.", "VACUUM " + (st.shape().table().isEmpty() ? "" : tableSql(st)) + ";  -- or shrink online with pg_repack, outside the migrations");
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("VACUUM FULL orders;"),
                LintCase.fires("VACUUM (FULL, ANALYZE) orders;"),
                LintCase.passes("VACUUM ANALYZE orders;"));
    }
}
