package dev.cairn.diff;

import dev.cairn.catalog.Catalog;
import dev.cairn.diff.DiffRules;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Finds the user type a column, attribute or base type names. A catalog writes types as the dialect prints them:
 * qualified when the type's schema is not on the search path, bare otherwise; a bare name is taken as the only
 * user type of that name, or the one in {@code public}.
 */
final class TypeKeys {
    private final DiffRules rules;
    private final Map<String, String> keyByName = new HashMap<>();
    /** Tables, views and materialized views, whose row types columns, attributes and domains may use. */
    private final Map<String, String> relationByName = new HashMap<>();
    private final Set<String> relationKeys = new HashSet<>();

    TypeKeys(DiffRules rules, Catalog from, Catalog to) {
        this.rules = rules;
        index(from);
        index(to);
    }

    private void index(Catalog c) {
        Map<String, Set<String>> byName = new HashMap<>();
        BiConsumer<String, String> put = (schema, name) ->
                byName.computeIfAbsent(name, k -> new TreeSet<>()).add(Keys.type(schema, name));
        c.enums().forEach(t -> put.accept(t.schema(), t.name()));
        c.domains().forEach(t -> put.accept(t.schema(), t.name()));
        c.composites().forEach(t -> put.accept(t.schema(), t.name()));
        c.ranges().forEach(t -> put.accept(t.schema(), t.name()));
        byName.forEach((name, keys) -> {
            String key = keys.size() == 1 ? keys.iterator().next()
                    : keys.stream().filter(k -> k.equals(Keys.type("public", name))).findFirst().orElse(null);
            if (key != null) {
                keyByName.putIfAbsent(name, key);
            }
        });
        Map<String, Set<String>> relations = new HashMap<>();
        BiConsumer<String, String> rel = (schema, name) ->
                relations.computeIfAbsent(name, k -> new TreeSet<>()).add(Keys.relation(schema, name));
        c.tables().forEach(t -> rel.accept(t.schema(), t.name()));
        c.views().forEach(v -> rel.accept(v.schema(), v.name()));
        relations.forEach((name, keys) -> {
            relationKeys.addAll(keys);
            String key = keys.size() == 1 ? keys.iterator().next()
                    : keys.stream().filter(k -> k.equals(Keys.relation("public", name))).findFirst().orElse(null);
            if (key != null) {
                relationByName.putIfAbsent(name, key);
            }
        });
    }

    /**
     * What a type name refers to for ordering: the key of a user type as {@link #of}, else the relation
     * ({@code rel:} key) whose row type it is, else null. A domain, attribute or column of a table's row type
     * needs the table created before it and dropped after it.
     */
    String ofOrRowType(String formatType) {
        String key = of(formatType);
        if (formatType == null || (key != null && !key.startsWith(Keys.TYPE))) {
            return key;
        }
        List<String> parts = rules.parts(rules.element(formatType));
        if (parts.size() == 2) {
            String r = Keys.relation(parts.get(0), parts.get(1));
            return relationKeys.contains(r) ? r : key;
        }
        return key != null ? key : relationByName.get(parts.get(0));
    }

    /** The key of the user type a type name refers to (arrays included), or null. */
    String of(String formatType) {
        if (formatType == null) {
            return null;
        }
        List<String> parts = rules.parts(rules.element(formatType));
        if (parts.size() == 2) {
            return Keys.type(parts.get(0), parts.get(1));
        }
        return keyByName.get(parts.get(0));
    }
}
