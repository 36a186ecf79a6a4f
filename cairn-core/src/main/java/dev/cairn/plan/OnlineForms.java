package dev.cairn.plan;

import dev.cairn.catalog.Column;
import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.Index;
import dev.cairn.catalog.Table;
import java.util.List;

/**
 * The forms of a change that do not keep an existing table locked while its rows are read: what
 * {@link dev.cairn.plan.OnlinePlanner} asks when {@code cairn generate} writes an online-safe plan. Each method answers
 * null when the dialect (or the server, for that table) has no such form; the planner then keeps the plain change.
 * The answers are catalog values whose definitions the dialect's renderer writes as they are, so the SQL of each form
 * stays in the dialect.
 */
public interface OnlineForms {

    /**
     * The index built without blocking writes ({@code CREATE INDEX CONCURRENTLY}; dropped the same way), or null.
     *
     * @param table the table it is on; null for another relation (a materialized view)
     */
    Index concurrently(Table table, Index index);

    /** The foreign key or check added without reading the existing rows (validated later), or null. */
    Constraint notValid(Table table, Constraint constraint);

    /**
     * The unique index a primary key or unique constraint can be built from concurrently, named like the constraint
     * (null when it cannot: expressions, other options); {@link #usingIndex} then makes it the constraint.
     */
    Index constraintIndex(Table table, Constraint constraint);

    /** The constraint taking over the index {@link #constraintIndex} built (named like it). */
    Constraint usingIndex(Constraint constraint);

    /**
     * A not-validated check that the column holds no null, named so that it clashes with nothing of {@code table}:
     * once validated, it lets SET NOT NULL skip reading the rows. Null when the table cannot have one.
     */
    Constraint notNullCheck(Table table, Column column);

    /**
     * The columns of the referenced table a foreign key points at (names as the catalog has them), or null when not
     * known: a unique key on exactly those columns must exist when the foreign key is added.
     */
    List<String> referencedColumns(Constraint foreignKey);

    /** No online forms: every change stays as the differ wrote it. */
    OnlineForms NONE = new OnlineForms() {
        @Override public Index concurrently(Table table, Index index) { return null; }
        @Override public Constraint notValid(Table table, Constraint constraint) { return null; }
        @Override public Index constraintIndex(Table table, Constraint constraint) { return null; }
        @Override public Constraint usingIndex(Constraint constraint) { return null; }
        @Override public Constraint notNullCheck(Table table, Column column) { return null; }
        @Override public List<String> referencedColumns(Constraint foreignKey) { return null; }
    };
}
