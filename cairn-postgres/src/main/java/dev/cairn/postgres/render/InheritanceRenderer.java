package dev.cairn.postgres.render;

import dev.cairn.catalog.Table;
import dev.cairn.catalog.View;
import dev.cairn.diff.Change.AlterMaterializedViewStorage;
import dev.cairn.diff.Change.AlterStorageParameters;
import dev.cairn.diff.Change.SetInheritance;
import dev.cairn.plan.PlannedStatement;
import dev.cairn.plan.SafetyFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** Table inheritance ({@code INHERITS}, {@code INHERIT}, {@code NO INHERIT}) and storage parameters ({@code WITH (…)}, {@code SET}, {@code RESET}). */
final class InheritanceRenderer {
    /** A value PostgreSQL reads as it is in a reloption list: a number or a plain word; anything else is quoted. */
    private static final Pattern PLAIN_VALUE = Pattern.compile("-?[0-9]+(\\.[0-9]+)?|[a-z_][a-z0-9_]*");

    private InheritanceRenderer() {}

    /** {@code INHERITS (parent, …)}, or null for a table without parents. */
    static String inheritsClause(Table t) {
        if (t.inherits().isEmpty() || t.partitionOf() != null) {
            return null;
        }
        return "(" + Sql.join(t.inherits(), p -> Sql.ref(p, t.schema())) + ")";
    }

    /** {@code (fillfactor=70, toast.autovacuum_enabled=false)}, or null without storage parameters. */
    static String withClause(Table t) {
        return t.storageParameters().isEmpty() ? null : "(" + Sql.join(t.storageParameters(), InheritanceRenderer::parameter) + ")";
    }

    private static String parameter(String nameValue) {
        int eq = nameValue.indexOf('=');
        if (eq < 0) {
            return nameValue;
        }
        String value = nameValue.substring(eq + 1);
        return nameValue.substring(0, eq) + "=" + (PLAIN_VALUE.matcher(value).matches() ? value : Sql.literal(value));
    }

    static List<PlannedStatement> inheritance(SetInheritance c, SafetyFacts f) {
        Table t = c.table();
        String parent = Sql.ref(c.parent(), t.schema());
        return Statements.one(TableRenderer.alter(t).kw(c.inherit() ? "INHERIT" : "NO INHERIT").kw(parent),
                (c.inherit() ? "Make table " + t.qualifiedName() + " inherit from " : "Stop table " + t.qualifiedName() + " inheriting from ")
                        + c.parent(), t.qualifiedName(), f,
                TableRenderer.alter(t).kw(c.inherit() ? "NO INHERIT" : "INHERIT").kw(parent));
    }

    static List<PlannedStatement> storage(AlterStorageParameters c, SafetyFacts f) {
        Table t = c.table();
        return Statements.one(alterSql(TableRenderer.alter(t), c.from(), c.to()), "Set storage parameters of " + t.qualifiedName(),
                t.qualifiedName(), f, alterSql(TableRenderer.alter(t), c.to(), c.from()));
    }

    static List<PlannedStatement> storage(AlterMaterializedViewStorage c, SafetyFacts f) {
        View v = c.view();
        return Statements.one(alterSql(Sql.of("ALTER MATERIALIZED VIEW").name(v.schema(), v.name()), c.from(), c.to()),
                "Set storage parameters of materialized view " + v.qualifiedName(), v.qualifiedName(), f,
                alterSql(Sql.of("ALTER MATERIALIZED VIEW").name(v.schema(), v.name()), c.to(), c.from()));
    }

    /** {@code ALTER TABLE … SET (…)} for new and changed parameters, then {@code RESET (…)} for removed ones, in one statement. */
    private static Sql alterSql(Sql alter, List<String> from, List<String> to) {
        Map<String, String> before = byName(from);
        Map<String, String> after = byName(to);
        List<String> set = new ArrayList<>();
        after.forEach((n, v) -> {
            if (!Objects.equals(before.get(n), v)) {
                set.add(parameter(n + "=" + v));
            }
        });
        List<String> reset = before.keySet().stream().filter(n -> !after.containsKey(n)).toList();
        List<String> actions = new ArrayList<>();
        if (!set.isEmpty()) {
            actions.add("SET (" + String.join(", ", set) + ")");
        }
        if (!reset.isEmpty()) {
            actions.add("RESET (" + String.join(", ", reset) + ")");
        }
        return alter.kw(String.join(", ", actions));
    }

    private static Map<String, String> byName(List<String> parameters) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : parameters) {
            int eq = p.indexOf('=');
            out.put(eq < 0 ? p : p.substring(0, eq), eq < 0 ? "true" : p.substring(eq + 1));
        }
        return out;
    }
}
