package dev.cairn.postgres.render;

import dev.cairn.catalog.Column;
import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.Index;
import dev.cairn.catalog.Policy;
import dev.cairn.catalog.Routine;
import dev.cairn.catalog.SequenceOptions;
import dev.cairn.catalog.Table;
import dev.cairn.catalog.View;
import dev.cairn.diff.Change;
import dev.cairn.diff.ChangeSet;
import dev.cairn.plan.Plan;
import dev.cairn.plan.PlannedStatement;
import java.util.List;

/** Catalog records built by hand, and rendering without a database. */
final class Fixtures {
    private Fixtures() {}

    static Plan render(Change... changes) {
        return PostgresRenderer.render(new ChangeSet(List.of(changes), List.of(), List.of()));
    }

    /** The one statement a change renders. */
    static PlannedStatement one(Change change) {
        List<PlannedStatement> s = render(change).statements();
        if (s.size() != 1) {
            throw new AssertionError("expected one statement, got " + s);
        }
        return s.get(0);
    }

    static Column col(String name, String type) {
        return new Column(name, type, null, false, null, null, null, null);
    }

    static Column withDefault(String name, String type, String defaultExpr) {
        return new Column(name, type, null, false, defaultExpr, null, null, null);
    }

    static Column identity(String name, String type, boolean always, long start) {
        return new Column(name, type, null, true, null,
                new Column.Identity(always, new SequenceOptions(type, start, 1, 1, Long.MAX_VALUE, 1, false)), null, null);
    }

    static Table table(String schema, String name, Column... columns) {
        return new Table(schema, name, false, List.of(columns), List.of(), List.of(), List.of(), List.of(), false, false, null, null,
                null, null, null, List.of());
    }

    static Table partition(String schema, String name, String parent, String bound, Column... columns) {
        return new Table(schema, name, false, List.of(columns), List.of(), List.of(), List.of(), List.of(), false, false, null, parent,
                bound, null, null, List.of());
    }

    static Constraint check(String name, String definition) {
        return new Constraint(name, Constraint.Type.CHECK, definition, List.of(), null, !definition.endsWith("NOT VALID"), null);
    }

    static Constraint fk(String name, String column, String referenced, String definition) {
        return new Constraint(name, Constraint.Type.FOREIGN_KEY, definition, List.of(column), referenced,
                !definition.endsWith("NOT VALID"), null);
    }

    static Index index(String name, String definition) {
        return new Index(name, definition, false, null);
    }

    static Policy policy(String name, String using, String withCheck, String... roles) {
        return new Policy(name, "ALL", true, List.of(roles), using, withCheck, null);
    }

    static Routine function(String schema, String name, String args, String definition) {
        return new Routine(schema, name, args, Routine.Kind.FUNCTION, "sql", "integer", "v", false, definition, null, null, List.of());
    }

    static View view(String schema, String name, String query, String... columns) {
        return new View(schema, name, false, query, List.of(columns), List.of(), List.of(), null, null, List.of());
    }
}
