package dev.cairn.catalog;

import java.util.List;

/** A row-level security policy: {@code command} ALL/SELECT/INSERT/UPDATE/DELETE; expressions as {@code pg_get_expr}. */
public record Policy(String name, String command, boolean permissive, List<String> roles, String using,
        String withCheck, String comment) {
    public Policy {
        roles = List.copyOf(roles);
    }
}
