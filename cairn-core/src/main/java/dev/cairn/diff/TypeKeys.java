package dev.cairn.diff;

import dev.cairn.catalog.Catalog;
import dev.cairn.diff.DiffRules;
import java.util.HashMap;
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
