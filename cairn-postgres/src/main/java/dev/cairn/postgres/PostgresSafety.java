package dev.cairn.postgres;

import static dev.cairn.plan.LockLevel.ACCESS_EXCLUSIVE;
import static dev.cairn.plan.LockLevel.SHARE;
import static dev.cairn.plan.LockLevel.SHARE_ROW_EXCLUSIVE;
import static dev.cairn.plan.LockLevel.SHARE_UPDATE_EXCLUSIVE;

import dev.cairn.catalog.Column;
import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.DomainType;
import dev.cairn.catalog.Index;
import dev.cairn.catalog.Table;
import dev.cairn.diff.Change;
import dev.cairn.diff.Change.*;
import dev.cairn.diff.ChangeVisitor;
import dev.cairn.diff.Target;
import dev.cairn.plan.LockLevel;
import dev.cairn.dialect.Safety;
import dev.cairn.plan.SafetyFacts;
import dev.cairn.postgres.sql.VolatileFunctions;
import java.util.Objects;

/**
 * What PostgreSQL does when each change runs (its manual's "Explicit Locking" and ALTER TABLE notes): the table lock
 * taken, whether the table is rewritten, scanned or indexed, data lost. {@link #factsOf} answers per change; a change
 * that renders several statements asks the step methods (public, named after the statement) for each one's facts.
 *
 * <p>Locks on catalogs, types and routines, and the locks a type or domain change takes on the tables that use it, are
 * not modelled: {@link LockLevel#NONE} means "no table lock of its own".
 */
public final class PostgresSafety implements Safety {
    public static final PostgresSafety INSTANCE = new PostgresSafety();

    private PostgresSafety() {}

    @Override
    public SafetyFacts factsOf(Change change) {
        return change.accept(new PerChange());
    }

    /**
     * The relation whose existing rows a change reads, rewrites or indexes (null when none): when the same plan creates
     * it, it is empty and invisible to others, so {@link SafetyFacts#onNewRelation()} applies.
     */
    public static String relationWorkedOn(Change c) {
        if (c instanceof CreateTable t) {
            return t.table().qualifiedName(); // its partition constraints follow it
        } else if (c instanceof CreateIndex i) {
            return i.schema() + "." + i.relation();
        } else if (c instanceof AttachPartition p) {
            return p.partition().qualifiedName();
        } else if (c instanceof AddConstraint a) {
            return a.table().qualifiedName();
        } else if (c instanceof ValidateConstraint v) {
            return v.table().qualifiedName();
        } else if (c instanceof CreateDefined d && d.object().relation() != null) {
            return d.object().relation(); // a rule or statistics object on a table the plan creates locks nobody
        } else if (c instanceof AddColumn a) {
            return a.table().qualifiedName();
        } else if (c instanceof AlterColumnType a) {
            return a.table().qualifiedName();
        } else if (c instanceof SetColumnNotNull n) {
            return n.table().qualifiedName();
        } else if (c instanceof SetLogged l) {
            return l.table().qualifiedName();
        } else if (c instanceof SetColumnExpression e) {
            return e.table().qualifiedName();
        }
        return null;
    }

    // ------------------------------------------------------------ steps of changes that render several statements

    /** Most ALTER TABLE forms: a short ACCESS EXCLUSIVE lock, no work on the rows. */
    public static SafetyFacts alterTable(String relation) {
        return SafetyFacts.locks(ACCESS_EXCLUSIVE, relation);
    }

    /** ALTER COLUMN … TYPE through a conversion every row goes through (a rebuilt enum or domain, text and back). */
    public static SafetyFacts convertColumn(ColumnUse u, boolean dataLoss) {
        return alterTable(u.schema() + "." + u.table()).rewriting(true).losingData(dataLoss);
    }

    /** Dropping the old enum of a rebuild loses values only when no column held them (the conversions report it otherwise). */
    public static SafetyFacts dropRebuiltEnum(RebuildEnum c) {
        return SafetyFacts.NONE.losingData(!c.removedValues().isEmpty() && c.columns().isEmpty());
    }

    /** ALTER DOMAIN … SET NOT NULL reads every column of the domain. */
    public static SafetyFacts domainNotNull(boolean notNull) {
        return SafetyFacts.NONE.scanning(notNull);
    }

    /** ALTER DOMAIN … ADD CONSTRAINT reads every column of the domain unless NOT VALID. */
    public static SafetyFacts domainCheck(DomainType.Check check) {
        return SafetyFacts.NONE.scanning(!check.definition().endsWith("NOT VALID"));
    }

    /**
     * ADD CONSTRAINT: a foreign key takes SHARE ROW EXCLUSIVE on both tables and (unless NOT VALID) reads the rows; a
     * check or NOT NULL takes ACCESS EXCLUSIVE and (unless NOT VALID) reads the rows; a primary key, unique or exclusion
     * constraint builds its index under ACCESS EXCLUSIVE.
     */
    public static SafetyFacts addConstraint(Table t, Constraint c) {
        boolean validated = !c.definition().endsWith("NOT VALID");
        return switch (c.type()) {
            case FOREIGN_KEY -> SafetyFacts.locks(SHARE_ROW_EXCLUSIVE, t.qualifiedName())
                    .referencing(Objects.requireNonNullElse(c.referencedTable(), t.qualifiedName())).scanning(validated);
            case CHECK, NOT_NULL -> alterTable(t.qualifiedName()).scanning(validated);
            // USING INDEX adopts an index built before (concurrently): nothing is read or built
            case PRIMARY_KEY, UNIQUE, EXCLUSION -> PostgresOnlineForms.usesIndex(c.definition()) ? alterTable(t.qualifiedName())
                    : alterTable(t.qualifiedName()).scanning(true).buildingIndex(true);
        };
    }

    /** ADD COLUMN rewrites the table when every row needs its own value: stored generated, identity, volatile default. */
    public static SafetyFacts addColumn(Table t, Column c) {
        return alterTable(t.qualifiedName()).rewriting(addColumnRewrites(c));
    }

    public static boolean addColumnRewrites(Column c) {
        return c.generatedExpr() != null && !c.generatedVirtual() || c.identity() != null
                || VolatileFunctions.calledIn(c.defaultExpr());
    }

    /**
     * ALTER COLUMN TYPE rewrites unless the old type is binary coercible to the new one and no USING changes the
     * values; even then indexes on the column may be rebuilt, under ACCESS EXCLUSIVE.
     */
    public static SafetyFacts alterColumnType(AlterColumnType c) {
        return alterTable(c.table().qualifiedName()).buildingIndex(true).rewriting(alterColumnTypeRewrites(c));
    }

    public static boolean alterColumnTypeRewrites(AlterColumnType c) {
        return c.using() != null || !PostgresTypes.binaryCoercible(c.from().type(), c.to().type());
    }

    /** CREATE INDEX reads the table under SHARE (writes wait); CONCURRENTLY under SHARE UPDATE EXCLUSIVE, outside a transaction. */
    public static SafetyFacts createIndex(String relation, Index index) {
        boolean concurrently = index.definition().contains(" CONCURRENTLY ");
        return SafetyFacts.locks(concurrently ? SHARE_UPDATE_EXCLUSIVE : SHARE, relation).buildingIndex(true)
                .outsideTransaction(concurrently);
    }

    /** DROP INDEX takes ACCESS EXCLUSIVE on the table; CONCURRENTLY (an index generate built so) SHARE UPDATE EXCLUSIVE, outside a transaction. */
    public static SafetyFacts dropIndex(String relation, Index index) {
        boolean concurrently = index.definition().contains(" CONCURRENTLY ");
        return concurrently ? SafetyFacts.locks(SHARE_UPDATE_EXCLUSIVE, relation).outsideTransaction(true) : alterTable(relation);
    }

    /** Owners of relations change under ACCESS EXCLUSIVE; other objects take no table lock. */
    private static SafetyFacts setOwner(Target t) {
        return switch (t.kind()) {
            case TABLE, VIEW, MATERIALIZED_VIEW, SEQUENCE -> alterTable(t.schema() + "." + t.name());
            default -> SafetyFacts.NONE;
        };
    }

    private static SafetyFacts union(Iterable<SafetyFacts> facts) {
        SafetyFacts all = SafetyFacts.NONE;
        for (SafetyFacts f : facts) {
            all = all.and(f);
        }
        return all;
    }

    /** The facts of each change as a whole. */
    private static final class PerChange implements ChangeVisitor<SafetyFacts> {
        private static final SafetyFacts NONE = SafetyFacts.NONE;

        @Override public SafetyFacts visit(CreateSchema c) { return NONE; }
        @Override public SafetyFacts visit(DropSchema c) { return NONE; }
        @Override public SafetyFacts visit(CreateExtension c) { return NONE; }
        @Override public SafetyFacts visit(DropExtension c) { return NONE; }
        @Override public SafetyFacts visit(UpdateExtension c) { return NONE; }
        @Override public SafetyFacts visit(CreateEnum c) { return NONE; }
        @Override public SafetyFacts visit(DropEnum c) { return NONE; }
        @Override public SafetyFacts visit(AddEnumValue c) { return NONE.usableAfterCommit(true); }
        @Override public SafetyFacts visit(RebuildEnum c) {
            boolean loss = !c.removedValues().isEmpty();
            return union(c.columns().stream().map(u -> convertColumn(u, loss)).toList()).and(dropRebuiltEnum(c));
        }
        @Override public SafetyFacts visit(CreateDomain c) { return NONE; }
        @Override public SafetyFacts visit(DropDomain c) { return NONE; }
        @Override public SafetyFacts visit(AlterDomain c) {
            SafetyFacts f = domainNotNull(!c.from().notNull() && c.to().notNull());
            for (DomainType.Check k : c.to().checks()) {
                if (!c.from().checks().contains(k)) {
                    f = f.and(domainCheck(k));
                }
            }
            return f;
        }
        @Override public SafetyFacts visit(RebuildDomain c) { return union(c.columns().stream().map(u -> convertColumn(u, false)).toList()); }
        @Override public SafetyFacts visit(ColumnsThroughText c) { return union(c.columns().stream().map(u -> convertColumn(u, false)).toList()); }
        @Override public SafetyFacts visit(CreateComposite c) { return NONE; }
        @Override public SafetyFacts visit(DropComposite c) { return NONE; }
        @Override public SafetyFacts visit(AlterComposite c) { return NONE; }
        @Override public SafetyFacts visit(CreateRange c) { return NONE; }
        @Override public SafetyFacts visit(DropRange c) { return NONE; }
        @Override public SafetyFacts visit(CreateSequence c) { return NONE; }
        @Override public SafetyFacts visit(DropSequence c) { return alterTable(c.sequence().schema() + "." + c.sequence().name()); }
        // ALTER SEQUENCE blocks nextval (SHARE ROW EXCLUSIVE) since PostgreSQL 10
        @Override public SafetyFacts visit(AlterSequence c) { return SafetyFacts.locks(SHARE_ROW_EXCLUSIVE, c.to().schema() + "." + c.to().name()); }
        @Override public SafetyFacts visit(SetSequenceOwnedBy c) {
            return SafetyFacts.locks(SHARE_ROW_EXCLUSIVE, c.sequence().schema() + "." + c.sequence().name());
        }
        @Override public SafetyFacts visit(RenameSequence c) { return alterTable(c.from().schema() + "." + c.from().name()); }
        @Override public SafetyFacts visit(CreateTable c) {
            Table t = c.table();
            SafetyFacts f = t.partitionOf() == null ? NONE : alterTable(t.partitionOf()); // PARTITION OF locks the parent
            for (Constraint k : c.inlineConstraints()) {
                if (t.partitionOf() != null) {
                    f = f.and(addConstraint(t, k)); // added after the partition
                }
            }
            return f;
        }
        @Override public SafetyFacts visit(DropTable c) { return alterTable(c.table().qualifiedName()).losingData(true); }
        @Override public SafetyFacts visit(RenameTable c) { return alterTable(c.schema() + "." + c.from()); }
        // SHARE UPDATE EXCLUSIVE on the parent (PostgreSQL 12+); the attached table's rows are read to check the bound
        @Override public SafetyFacts visit(AttachPartition c) {
            return SafetyFacts.locks(SHARE_UPDATE_EXCLUSIVE, c.partition().partitionOf()).scanning(true);
        }
        @Override public SafetyFacts visit(DetachPartition c) { return alterTable(c.partition().partitionOf()); }
        @Override public SafetyFacts visit(SetRowSecurity c) { return alterTable(c.table().qualifiedName()); }
        @Override public SafetyFacts visit(SetForceRowSecurity c) { return alterTable(c.table().qualifiedName()); }
        @Override public SafetyFacts visit(SetLogged c) { return alterTable(c.table().qualifiedName()).rewriting(true); }
        @Override public SafetyFacts visit(SetInheritance c) { return alterTable(c.table().qualifiedName()); }
        // most storage parameters take SHARE UPDATE EXCLUSIVE, some ACCESS EXCLUSIVE: the stronger is named; no rewrite
        @Override public SafetyFacts visit(AlterStorageParameters c) { return alterTable(c.table().qualifiedName()); }
        @Override public SafetyFacts visit(AlterMaterializedViewStorage c) { return alterTable(c.view().qualifiedName()); }
        @Override public SafetyFacts visit(AddColumn c) { return addColumn(c.table(), c.column()); }
        // a generated column's values come back from its expression
        @Override public SafetyFacts visit(DropColumn c) {
            return alterTable(c.table().qualifiedName()).losingData(c.column().generatedExpr() == null);
        }
        @Override public SafetyFacts visit(RenameColumn c) { return alterTable(c.table().qualifiedName()); }
        @Override public SafetyFacts visit(AlterColumnType c) { return alterColumnType(c); }
        @Override public SafetyFacts visit(SetColumnDefault c) { return alterTable(c.table().qualifiedName()); }
        @Override public SafetyFacts visit(SetColumnNotNull c) { return alterTable(c.table().qualifiedName()).scanning(c.notNull()); }
        @Override public SafetyFacts visit(DropColumnExpression c) { return alterTable(c.table().qualifiedName()); }
        @Override public SafetyFacts visit(AddIdentity c) { return alterTable(c.table().qualifiedName()); }
        @Override public SafetyFacts visit(DropIdentity c) { return alterTable(c.table().qualifiedName()); }
        @Override public SafetyFacts visit(AlterIdentity c) { return alterTable(c.table().qualifiedName()); }
        @Override public SafetyFacts visit(AddConstraint c) { return addConstraint(c.table(), c.constraint()); }
        @Override public SafetyFacts visit(DropConstraint c) { return alterTable(c.table().qualifiedName()); }
        @Override public SafetyFacts visit(RenameConstraint c) { return alterTable(c.table().qualifiedName()); }
        // VALIDATE CONSTRAINT reads the rows under SHARE UPDATE EXCLUSIVE: writes go on
        @Override public SafetyFacts visit(ValidateConstraint c) {
            return SafetyFacts.locks(SHARE_UPDATE_EXCLUSIVE, c.table().qualifiedName()).scanning(true);
        }
        @Override public SafetyFacts visit(CreateIndex c) { return createIndex(c.schema() + "." + c.relation(), c.index()); }
        @Override public SafetyFacts visit(DropIndex c) { return dropIndex(c.schema() + "." + c.relation(), c.index()); }
        @Override public SafetyFacts visit(RenameIndex c) { return SafetyFacts.locks(SHARE_UPDATE_EXCLUSIVE, c.schema() + "." + c.from()); }
        // attaching takes SHARE UPDATE EXCLUSIVE on the partition and its index, ACCESS EXCLUSIVE on neither
        @Override public SafetyFacts visit(dev.cairn.diff.Change.AttachIndex c) {
            return SafetyFacts.locks(SHARE_UPDATE_EXCLUSIVE, c.schema() + "." + c.relation());
        }
        // a stored column's values are computed again, every row rewritten; indexes on it are rebuilt
        @Override public SafetyFacts visit(dev.cairn.diff.Change.SetColumnExpression c) {
            return alterTable(c.table().qualifiedName()).buildingIndex(true).rewriting(!c.to().generatedVirtual());
        }
        @Override public SafetyFacts visit(dev.cairn.diff.Change.NameAttachedIndex c) {
            return SafetyFacts.locks(SHARE_UPDATE_EXCLUSIVE, c.schema() + "." + c.index().name());
        }
        @Override public SafetyFacts visit(CreateTrigger c) { return SafetyFacts.locks(SHARE_ROW_EXCLUSIVE, c.table().qualifiedName()); }
        @Override public SafetyFacts visit(DropTrigger c) { return alterTable(c.table().qualifiedName()); }
        @Override public SafetyFacts visit(SetTriggerEnabled c) { return SafetyFacts.locks(SHARE_ROW_EXCLUSIVE, c.table().qualifiedName()); }
        @Override public SafetyFacts visit(CreatePolicy c) { return alterTable(c.table().qualifiedName()); }
        @Override public SafetyFacts visit(DropPolicy c) { return alterTable(c.table().qualifiedName()); }
        @Override public SafetyFacts visit(AlterPolicy c) { return alterTable(c.table().qualifiedName()); }
        @Override public SafetyFacts visit(CreateView c) { return NONE; }
        @Override public SafetyFacts visit(DropView c) { return alterTable(c.view().qualifiedName()); }
        @Override public SafetyFacts visit(ReplaceView c) { return alterTable(c.to().qualifiedName()); }
        @Override public SafetyFacts visit(SetViewColumnDefault c) { return alterTable(c.view().qualifiedName()); }
        @Override public SafetyFacts visit(CreateViewTrigger c) { return SafetyFacts.locks(SHARE_ROW_EXCLUSIVE, c.view().qualifiedName()); }
        @Override public SafetyFacts visit(DropViewTrigger c) { return alterTable(c.view().qualifiedName()); }
        @Override public SafetyFacts visit(CreateRoutine c) { return NONE; }
        @Override public SafetyFacts visit(DropRoutine c) { return NONE; }
        @Override public SafetyFacts visit(ReplaceRoutine c) { return NONE; }
        @Override public SafetyFacts visit(SetComment c) { return NONE; }
        @Override public SafetyFacts visit(SetOwner c) { return setOwner(c.target()); }
        @Override public SafetyFacts visit(Grant c) { return NONE; }
        @Override public SafetyFacts visit(Revoke c) { return NONE; }
        // catalog-only changes, but a rule locks its relation like ALTER TABLE, a statistics object like ANALYZE
        @Override public SafetyFacts visit(CreateDefined c) { return onRelation(c.object(), ACCESS_EXCLUSIVE); }
        @Override public SafetyFacts visit(DropDefined c) { return onRelation(c.object(), ACCESS_EXCLUSIVE); }
        // ALTER TABLE … ENABLE/DISABLE RULE, like a trigger's
        @Override public SafetyFacts visit(SetDefinedSettings c) { return onRelation(c.object(), SHARE_ROW_EXCLUSIVE); }
        @Override public SafetyFacts visit(SetDefinedComment c) { return NONE; }
        @Override public SafetyFacts visit(SetDefinedOwner c) { return NONE; }
    }

    /**
     * The lock a defined object's statement takes on its relation (no scan, no rewrite): {@code ruleLock} for a rule,
     * SHARE UPDATE EXCLUSIVE for a statistics object (as ANALYZE); none for objects on no relation.
     */
    private static SafetyFacts onRelation(dev.cairn.catalog.DefinedObject o, LockLevel ruleLock) {
        if (o.relation() == null) {
            return SafetyFacts.NONE;
        }
        return SafetyFacts.locks(o.kind() == dev.cairn.catalog.DefinedKind.STATISTICS ? SHARE_UPDATE_EXCLUSIVE : ruleLock,
                o.relation());
    }
}
