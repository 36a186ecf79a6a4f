package dev.cairn.postgres.render;

import dev.cairn.catalog.Policy;
import dev.cairn.catalog.Table;
import dev.cairn.diff.Change.AlterPolicy;
import dev.cairn.diff.Change.CreatePolicy;
import dev.cairn.diff.Change.CreateTrigger;
import dev.cairn.diff.Change.DropPolicy;
import dev.cairn.diff.Change.DropTrigger;
import dev.cairn.diff.Change.SetTriggerEnabled;
import dev.cairn.plan.SafetyFacts;
import dev.cairn.plan.PlannedStatement;
import java.util.List;
import java.util.Objects;

/** Triggers on tables and row level security policies. */
final class TriggerPolicyRenderer {
    private TriggerPolicyRenderer() {}

    static Sql dropTrigger(String trigger, String schema, String relation) {
        return Sql.of("DROP TRIGGER").id(trigger).kw("ON").name(schema, relation);
    }

    static List<PlannedStatement> create(CreateTrigger c, SafetyFacts f) {
        Table t = c.table();
        return Statements.one(c.trigger().definition(), "Create trigger " + c.trigger().name() + " on " + t.qualifiedName(),
                t.qualifiedName() + "." + c.trigger().name(), f, dropTrigger(c.trigger().name(), t.schema(), t.name()));
    }

    static List<PlannedStatement> drop(DropTrigger c, SafetyFacts f) {
        Table t = c.table();
        return Statements.one(dropTrigger(c.trigger().name(), t.schema(), t.name()),
                "Drop trigger " + c.trigger().name() + " on " + t.qualifiedName(), t.qualifiedName() + "." + c.trigger().name(), f,
                c.trigger().definition());
    }

    static String triggerState(String enabled) {
        return switch (enabled == null ? "O" : enabled.toUpperCase()) {
            case "D", "DISABLED" -> "DISABLE";
            case "R", "REPLICA" -> "ENABLE REPLICA";
            case "A", "ALWAYS" -> "ENABLE ALWAYS";
            default -> "ENABLE";
        };
    }

    /** The state it had is not part of the change: no reverse. */
    static List<PlannedStatement> enable(SetTriggerEnabled c, SafetyFacts f) {
        String state = triggerState(c.trigger().enabled());
        return Statements.one(TableRenderer.alter(c.table()).kw(state).kw("TRIGGER").id(c.trigger().name()),
                state.charAt(0) + state.substring(1).toLowerCase() + " trigger " + c.trigger().name() + " on " + c.table().qualifiedName(),
                c.table().qualifiedName() + "." + c.trigger().name(), f, null);
    }

    private static String roles(List<String> roles) {
        return Sql.join(roles, Sql::role);
    }

    static String createPolicySql(Table t, Policy p) {
        Sql b = Sql.of("CREATE POLICY").id(p.name()).kw("ON").name(t.schema(), t.name());
        if (!p.permissive()) {
            b.kw("AS RESTRICTIVE");
        }
        if (p.command() != null && !p.command().equalsIgnoreCase("ALL")) {
            b.kw("FOR").kw(p.command().toUpperCase());
        }
        if (!p.roles().isEmpty()) {
            b.kw("TO").kw(roles(p.roles()));
        }
        if (p.using() != null) {
            b.kw("USING (" + p.using() + ")");
        }
        if (p.withCheck() != null) {
            b.kw("WITH CHECK (" + p.withCheck() + ")");
        }
        return b.toString();
    }

    private static Sql dropPolicy(Table t, Policy p) {
        return Sql.of("DROP POLICY").id(p.name()).kw("ON").name(t.schema(), t.name());
    }

    static List<PlannedStatement> create(CreatePolicy c, SafetyFacts f) {
        Table t = c.table();
        return Statements.one(createPolicySql(t, c.policy()), "Create policy " + c.policy().name() + " on " + t.qualifiedName(),
                t.qualifiedName() + "." + c.policy().name(), f, dropPolicy(t, c.policy()));
    }

    static List<PlannedStatement> drop(DropPolicy c, SafetyFacts f) {
        Table t = c.table();
        return Statements.one(dropPolicy(t, c.policy()), "Drop policy " + c.policy().name() + " on " + t.qualifiedName(),
                t.qualifiedName() + "." + c.policy().name(), f, createPolicySql(t, c.policy()));
    }

    /** ALTER POLICY cannot remove an expression: then the policy is dropped and created again. */
    private static boolean needsRecreate(Policy from, Policy to) {
        return from.using() != null && to.using() == null || from.withCheck() != null && to.withCheck() == null;
    }

    private static Sql alterSql(Table t, Policy f, Policy p) {
        Sql b = Sql.of("ALTER POLICY").id(p.name()).kw("ON").name(t.schema(), t.name());
        if (!f.roles().equals(p.roles())) {
            b.kw("TO").kw(p.roles().isEmpty() ? "PUBLIC" : roles(p.roles()));
        }
        if (!Objects.equals(f.using(), p.using())) {
            b.kw("USING (" + p.using() + ")");
        }
        if (!Objects.equals(f.withCheck(), p.withCheck())) {
            b.kw("WITH CHECK (" + p.withCheck() + ")");
        }
        return b;
    }

    static List<PlannedStatement> alter(AlterPolicy c, SafetyFacts f) {
        Table t = c.table();
        Policy from = c.from();
        Policy p = c.to();
        String obj = t.qualifiedName() + "." + p.name();
        if (needsRecreate(from, p)) {
            return new Statements()
                    .add(dropPolicy(t, p), "Drop policy " + p.name() + " on " + t.qualifiedName() + " (to recreate it without an expression)",
                            obj, f, createPolicySql(t, from))
                    .add(createPolicySql(t, p), "Create policy " + p.name() + " on " + t.qualifiedName(), obj, f, dropPolicy(t, p))
                    .list();
        }
        return Statements.one(alterSql(t, from, p), "Change policy " + p.name() + " on " + t.qualifiedName(), obj, f,
                needsRecreate(p, from) ? null : alterSql(t, p, from));
    }
}
