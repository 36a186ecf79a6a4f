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

/** SET NOT NULL on an existing table without a validated CHECK (col IS NOT NULL) first. */
public final class SetNotNullWithoutCheck extends BaseRule {
    public SetNotNullWithoutCheck() {
        super("set-not-null-without-check", Severity.ERROR, "Setting NOT NULL without a validated check",
                "ALTER COLUMN … SET NOT NULL takes an ACCESS EXCLUSIVE lock and reads every row to prove there is no NULL"
                        + " (and fails if there is one). Since PostgreSQL 12 it skips that scan when a validated CHECK"
                        + " (column IS NOT NULL) constraint already proves it: add that check NOT VALID, validate it in a"
                        + " later migration (under a lock that lets reads and writes go on), then SET NOT NULL is"
                        + " instant and the check can be dropped. A validated check in the before catalog, or added and"
                        + " validated earlier in the batch, satisfies the rule.",
                "https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-DESC-SET-DROP-NOT-NULL");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        if (st.onNewRelation()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Action a : st.actions(ActionKind.SET_NOT_NULL)) {
            if (a.column() == null || scope.hasValidatedNotNullCheck(st.shape().table(), a.column())) {
                continue;
            }
            String object = relation(st, scope) + "." + a.column();
            String check = name(st.shape().tableName() + "_" + a.column() + "_not_null");
            String t = tableSql(st);
            out.add(finding(st, object, "SET NOT NULL on " + object + " scans the whole table under an ACCESS EXCLUSIVE"
                    + " lock (reads and writes wait), and fails if a NULL exists.",
                    "ALTER TABLE " + t + " ADD CONSTRAINT " + check + " CHECK (" + name(a.column()) + " IS NOT NULL) NOT VALID;\n"
                            + "-- next migration:\nALTER TABLE " + t + " VALIDATE CONSTRAINT " + check + ";\n"
                            + "-- and the one after:\nALTER TABLE " + t + " ALTER COLUMN " + name(a.column()) + " SET NOT NULL;\n"
                            + "ALTER TABLE " + t + " DROP CONSTRAINT " + check + ";"));
        }
        return out;
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("ALTER TABLE users ALTER COLUMN email SET NOT NULL;"),
                LintCase.fires("ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;\n"
                        + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;").because("the check is not validated"),
                LintCase.passes("ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;\n"
                        + "ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;\n"
                        + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;"),
                LintCase.passes("ALTER TABLE users ALTER COLUMN email SET NOT NULL;")
                        .withBefore(LintCase.table("public.users", List.of("CHECK ((email IS NOT NULL))"), "email text")),
                LintCase.passes("CREATE TABLE t (id bigint, email text);\nALTER TABLE t ALTER COLUMN email SET NOT NULL;"));
    }
}
