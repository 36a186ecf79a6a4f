package dev.cairn.postgres.render;

import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.Table;
import dev.cairn.diff.Change.AddConstraint;
import dev.cairn.diff.Change.DropConstraint;
import dev.cairn.diff.Change.RenameConstraint;
import dev.cairn.diff.Change.ValidateConstraint;
import dev.cairn.plan.SafetyFacts;
import dev.cairn.plan.PlannedStatement;
import dev.cairn.postgres.PostgresNames;
import dev.cairn.postgres.PostgresSafety;
import java.util.List;

/** Table constraints. */
final class ConstraintRenderer {
    private ConstraintRenderer() {}

    static String kind(Constraint c) {
        return switch (c.type()) {
            case PRIMARY_KEY -> "primary key";
            case UNIQUE -> "unique constraint";
            case FOREIGN_KEY -> "foreign key";
            case CHECK -> "check constraint";
            case EXCLUSION -> "exclusion constraint";
            case NOT_NULL -> "not-null constraint";
        };
    }

    private static Sql addSql(Table t, Constraint c) {
        if (c.type() == Constraint.Type.NOT_NULL && PostgresNames.isGeneratedNotNullName(c.name(), t.name())) {
            // a generated name follows its column and may be taken (by the column it came from): let PostgreSQL choose
            return TableRenderer.alter(t).kw("ADD").kw(c.definition());
        }
        return TableRenderer.alter(t).kw("ADD CONSTRAINT").id(c.name()).kw(c.definition());
    }

    /** A NOT NULL is dropped by its column (its name may not be the one the catalog had). */
    private static Sql dropSql(Table t, Constraint c) {
        if (c.type() == Constraint.Type.NOT_NULL && c.columns().size() == 1) {
            return TableRenderer.alter(t).kw("ALTER COLUMN").id(c.columns().get(0)).kw("DROP NOT NULL");
        }
        return TableRenderer.alter(t).kw("DROP CONSTRAINT").id(c.name());
    }

    static List<PlannedStatement> add(AddConstraint c) {
        return add(new Statements(), c.table(), c.constraint()).list();
    }

    static Statements add(Statements out, Table t, Constraint c) {
        boolean notValid = c.definition().endsWith("NOT VALID");
        return out.add(addSql(t, c),
                "Add " + kind(c) + " " + c.name() + " on " + t.qualifiedName() + (notValid ? " (not validated: existing rows are not checked)" : ""),
                t.qualifiedName() + "." + c.name(), PostgresSafety.addConstraint(t, c), dropSql(t, c));
    }

    /** Adding it back checks the rows again but needs no data. */
    static List<PlannedStatement> drop(DropConstraint c, SafetyFacts f) {
        Constraint k = c.constraint();
        Sql drop = c.only() ? TableRenderer.alterOnly(c.table(), true).kw("DROP CONSTRAINT").id(k.name()) : dropSql(c.table(), k);
        return Statements.one(drop, "Drop " + kind(k) + " " + k.name() + " on " + c.table().qualifiedName()
                        + (c.only() ? " (the tables inheriting it keep theirs)" : ""),
                c.table().qualifiedName() + "." + k.name(), f, addSql(c.table(), k));
    }

    static List<PlannedStatement> rename(RenameConstraint c, SafetyFacts f) {
        return Statements.one(TableRenderer.alter(c.table()).kw("RENAME CONSTRAINT").id(c.from()).kw("TO").id(c.to()),
                "Rename constraint " + c.from() + " on " + c.table().qualifiedName() + " to " + c.to(), c.table().qualifiedName() + "." + c.from(), f,
                TableRenderer.alter(c.table()).kw("RENAME CONSTRAINT").id(c.to()).kw("TO").id(c.from()));
    }

    /** A validated constraint cannot become NOT VALID again: no reverse. */
    static List<PlannedStatement> validate(ValidateConstraint c, SafetyFacts f) {
        Constraint k = c.constraint();
        return Statements.one(TableRenderer.alter(c.table()).kw("VALIDATE CONSTRAINT").id(k.name()),
                "Validate " + kind(k) + " " + k.name() + " on " + c.table().qualifiedName() + " (existing rows are checked; writes go on)",
                c.table().qualifiedName() + "." + k.name(), f, null);
    }
}
