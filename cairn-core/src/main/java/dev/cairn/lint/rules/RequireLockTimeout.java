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

/** DDL taking a lock that blocks writes on an existing table without a lock_timeout in force. */
public final class RequireLockTimeout extends BaseRule {
    public RequireLockTimeout() {
        super("require-lock-timeout", Severity.ERROR, "Blocking lock without a lock timeout",
                "A statement that needs an ACCESS EXCLUSIVE, EXCLUSIVE, SHARE ROW EXCLUSIVE or SHARE lock waits for every"
                        + " transaction already using the table, and while it waits every new query on the table waits"
                        + " behind it: one long report turns a millisecond ALTER into an outage. With lock_timeout the"
                        + " statement gives up instead (and cairn migrate can retry it, see lockRetries). Cairn sets the"
                        + " environment's lockTimeout for every migration; a script can also SET lock_timeout itself.",
                "https://www.postgresql.org/docs/current/runtime-config-client.html#GUC-LOCK-TIMEOUT",
                "https://www.postgresql.org/docs/current/explicit-locking.html");
    }

    @Override
    public List<Finding> check(LintStatement st, LintScope scope) {
        var facts = st.facts();
        if (!facts.lock().blocksWrites() || st.onNewRelation() || scope.lockTimeoutInForce()) {
            return List.of();
        }
        String relation = facts.lockedRelation() != null ? facts.lockedRelation() : relation(st, scope);
        return one(st, relation, st.shape().command() + " takes " + (facts.lock().sql().startsWith("S") ? "a " : "an ") + facts.lock().sql() + " lock on " + relation
                + " with no lock_timeout: if it has to wait, every query on " + relation + " queues behind it.",
                "SET lock_timeout = '5s';\n" + asIs(st) + "\n-- or set lockTimeout for the environment in cairn.yaml");
    }

    @Override
    public List<LintCase> cases() {
        return List.of(
                LintCase.fires("ALTER TABLE users ADD COLUMN note text;"),
                LintCase.fires("SET lock_timeout = 0;\nALTER TABLE users ADD COLUMN note text;"),
                LintCase.fires("SET lock_timeout = '2s';\nRESET lock_timeout;\nALTER TABLE users ADD COLUMN note text;"),
                LintCase.passes("SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN note text;"),
                LintCase.passes("CREATE TABLE notes (id bigint);"),
                LintCase.passes("CREATE TABLE notes (id bigint);\nALTER TABLE notes ADD COLUMN body text;"),
                LintCase.fires("CREATE TRIGGER notes_touch BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION touch();"),
                LintCase.passes("CREATE TABLE notes (id bigint);\n"
                        + "CREATE TRIGGER notes_touch BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION touch();"));
    }
}
