package dev.cairn.plan;

import dev.cairn.catalog.Routine;
import dev.cairn.catalog.View;
import dev.cairn.diff.Change;
import dev.cairn.diff.Change.*;
import dev.cairn.diff.ChangeVisitor;
import dev.cairn.plan.Plan.Summary.Entry;

/** What each change counts as in a plan summary: the kind of object it concerns and whether it creates, alters or drops it. */
public final class ChangeSummaries implements ChangeVisitor<Entry> {
    private static final ChangeSummaries INSTANCE = new ChangeSummaries();

    private ChangeSummaries() {}

    public static Entry of(Change change) {
        return change.accept(INSTANCE);
    }

    private static Entry entry(ChangeKind kind, Verb verb) {
        return new Entry(kind, verb);
    }

    private static ChangeKind view(View v) {
        return v.materialized() ? ChangeKind.MATERIALIZED_VIEW : ChangeKind.VIEW;
    }

    private static ChangeKind routine(Routine r) {
        return switch (r.kind()) {
            case PROCEDURE -> ChangeKind.PROCEDURE;
            case AGGREGATE -> ChangeKind.AGGREGATE;
            default -> ChangeKind.FUNCTION;
        };
    }
    @Override public Entry visit(CreateSchema c) { return entry(ChangeKind.SCHEMA, Verb.CREATE); }
    @Override public Entry visit(DropSchema c) { return entry(ChangeKind.SCHEMA, Verb.DROP); }
    @Override public Entry visit(CreateExtension c) { return entry(ChangeKind.EXTENSION, Verb.CREATE); }
    @Override public Entry visit(DropExtension c) { return entry(ChangeKind.EXTENSION, Verb.DROP); }
    @Override public Entry visit(UpdateExtension c) { return entry(ChangeKind.EXTENSION, Verb.ALTER); }
    @Override public Entry visit(CreateEnum c) { return entry(ChangeKind.TYPE, Verb.CREATE); }
    @Override public Entry visit(DropEnum c) { return entry(ChangeKind.TYPE, Verb.DROP); }
    @Override public Entry visit(AddEnumValue c) { return entry(ChangeKind.TYPE, Verb.ALTER); }
    @Override public Entry visit(RebuildEnum c) { return entry(ChangeKind.TYPE, Verb.ALTER); }
    @Override public Entry visit(CreateDomain c) { return entry(ChangeKind.DOMAIN, Verb.CREATE); }
    @Override public Entry visit(DropDomain c) { return entry(ChangeKind.DOMAIN, Verb.DROP); }
    @Override public Entry visit(AlterDomain c) { return entry(ChangeKind.DOMAIN, Verb.ALTER); }
    @Override public Entry visit(RebuildDomain c) { return entry(ChangeKind.DOMAIN, Verb.ALTER); }
    @Override public Entry visit(ColumnsThroughText c) { return entry(ChangeKind.DOMAIN, Verb.ALTER); }
    @Override public Entry visit(CreateComposite c) { return entry(ChangeKind.TYPE, Verb.CREATE); }
    @Override public Entry visit(DropComposite c) { return entry(ChangeKind.TYPE, Verb.DROP); }
    @Override public Entry visit(AlterComposite c) { return entry(ChangeKind.TYPE, Verb.ALTER); }
    @Override public Entry visit(CreateRange c) { return entry(ChangeKind.TYPE, Verb.CREATE); }
    @Override public Entry visit(DropRange c) { return entry(ChangeKind.TYPE, Verb.DROP); }
    @Override public Entry visit(CreateSequence c) { return entry(ChangeKind.SEQUENCE, Verb.CREATE); }
    @Override public Entry visit(DropSequence c) { return entry(ChangeKind.SEQUENCE, Verb.DROP); }
    @Override public Entry visit(AlterSequence c) { return entry(ChangeKind.SEQUENCE, Verb.ALTER); }
    @Override public Entry visit(SetSequenceOwnedBy c) { return entry(ChangeKind.SEQUENCE, Verb.ALTER); }
    @Override public Entry visit(RenameSequence c) { return entry(ChangeKind.SEQUENCE, Verb.ALTER); }
    @Override public Entry visit(CreateTable c) { return entry(ChangeKind.TABLE, Verb.CREATE); }
    @Override public Entry visit(DropTable c) { return entry(ChangeKind.TABLE, Verb.DROP); }
    @Override public Entry visit(RenameTable c) { return entry(ChangeKind.TABLE, Verb.ALTER); }
    @Override public Entry visit(AttachPartition c) { return entry(ChangeKind.TABLE, Verb.ALTER); }
    @Override public Entry visit(DetachPartition c) { return entry(ChangeKind.TABLE, Verb.ALTER); }
    @Override public Entry visit(SetRowSecurity c) { return entry(ChangeKind.TABLE, Verb.ALTER); }
    @Override public Entry visit(SetForceRowSecurity c) { return entry(ChangeKind.TABLE, Verb.ALTER); }
    @Override public Entry visit(SetLogged c) { return entry(ChangeKind.TABLE, Verb.ALTER); }
    @Override public Entry visit(AddColumn c) { return entry(ChangeKind.COLUMN, Verb.CREATE); }
    @Override public Entry visit(DropColumn c) { return entry(ChangeKind.COLUMN, Verb.DROP); }
    @Override public Entry visit(RenameColumn c) { return entry(ChangeKind.COLUMN, Verb.ALTER); }
    @Override public Entry visit(AlterColumnType c) { return entry(ChangeKind.COLUMN, Verb.ALTER); }
    @Override public Entry visit(SetColumnDefault c) { return entry(ChangeKind.COLUMN, Verb.ALTER); }
    @Override public Entry visit(SetColumnNotNull c) { return entry(ChangeKind.COLUMN, Verb.ALTER); }
    @Override public Entry visit(DropColumnExpression c) { return entry(ChangeKind.COLUMN, Verb.ALTER); }
    @Override public Entry visit(AddIdentity c) { return entry(ChangeKind.COLUMN, Verb.ALTER); }
    @Override public Entry visit(DropIdentity c) { return entry(ChangeKind.COLUMN, Verb.ALTER); }
    @Override public Entry visit(AlterIdentity c) { return entry(ChangeKind.COLUMN, Verb.ALTER); }
    @Override public Entry visit(AddConstraint c) { return entry(ChangeKind.CONSTRAINT, Verb.CREATE); }
    @Override public Entry visit(DropConstraint c) { return entry(ChangeKind.CONSTRAINT, Verb.DROP); }
    @Override public Entry visit(RenameConstraint c) { return entry(ChangeKind.CONSTRAINT, Verb.ALTER); }
    @Override public Entry visit(ValidateConstraint c) { return entry(ChangeKind.CONSTRAINT, Verb.ALTER); }
    @Override public Entry visit(CreateIndex c) { return entry(ChangeKind.INDEX, Verb.CREATE); }
    @Override public Entry visit(DropIndex c) { return entry(ChangeKind.INDEX, Verb.DROP); }
    @Override public Entry visit(RenameIndex c) { return entry(ChangeKind.INDEX, Verb.ALTER); }
    @Override public Entry visit(dev.cairn.diff.Change.AttachIndex c) { return entry(ChangeKind.INDEX, Verb.ALTER); }
    @Override public Entry visit(dev.cairn.diff.Change.NameAttachedIndex c) { return entry(ChangeKind.INDEX, Verb.ALTER); }
    @Override public Entry visit(dev.cairn.diff.Change.SetColumnExpression c) { return entry(ChangeKind.COLUMN, Verb.ALTER); }
    @Override public Entry visit(CreateTrigger c) { return entry(ChangeKind.TRIGGER, Verb.CREATE); }
    @Override public Entry visit(DropTrigger c) { return entry(ChangeKind.TRIGGER, Verb.DROP); }
    @Override public Entry visit(SetTriggerEnabled c) { return entry(ChangeKind.TRIGGER, Verb.ALTER); }
    @Override public Entry visit(CreatePolicy c) { return entry(ChangeKind.POLICY, Verb.CREATE); }
    @Override public Entry visit(DropPolicy c) { return entry(ChangeKind.POLICY, Verb.DROP); }
    @Override public Entry visit(AlterPolicy c) { return entry(ChangeKind.POLICY, Verb.ALTER); }
    @Override public Entry visit(CreateView c) { return entry(view(c.view()), Verb.CREATE); }
    @Override public Entry visit(DropView c) { return entry(view(c.view()), Verb.DROP); }
    @Override public Entry visit(ReplaceView c) { return entry(ChangeKind.VIEW, Verb.ALTER); }
    @Override public Entry visit(SetViewColumnDefault c) { return entry(ChangeKind.VIEW, Verb.ALTER); }
    @Override public Entry visit(CreateViewTrigger c) { return entry(ChangeKind.TRIGGER, Verb.CREATE); }
    @Override public Entry visit(DropViewTrigger c) { return entry(ChangeKind.TRIGGER, Verb.DROP); }
    @Override public Entry visit(CreateRoutine c) { return entry(routine(c.routine()), Verb.CREATE); }
    @Override public Entry visit(DropRoutine c) { return entry(routine(c.routine()), Verb.DROP); }
    @Override public Entry visit(ReplaceRoutine c) { return entry(routine(c.to()), Verb.ALTER); }
    @Override public Entry visit(SetComment c) { return entry(ChangeKind.COMMENT, c.comment() == null ? Verb.DROP : Verb.ALTER); }
    @Override public Entry visit(SetOwner c) { return entry(ChangeKind.OWNER, Verb.ALTER); }
    @Override public Entry visit(Grant c) { return entry(ChangeKind.PRIVILEGE, Verb.CREATE); }
    @Override public Entry visit(Revoke c) { return entry(ChangeKind.PRIVILEGE, Verb.DROP); }
    @Override public Entry visit(SetInheritance c) { return entry(ChangeKind.TABLE, Verb.ALTER); }
    @Override public Entry visit(AlterStorageParameters c) { return entry(ChangeKind.TABLE, Verb.ALTER); }
    @Override public Entry visit(AlterMaterializedViewStorage c) { return entry(ChangeKind.MATERIALIZED_VIEW, Verb.ALTER); }
    @Override public Entry visit(CreateDefined c) { return entry(ChangeKind.ofDefined(c.object().kind()), Verb.CREATE); }
    @Override public Entry visit(DropDefined c) { return entry(ChangeKind.ofDefined(c.object().kind()), Verb.DROP); }
    @Override public Entry visit(SetDefinedSettings c) { return entry(ChangeKind.ofDefined(c.object().kind()), Verb.ALTER); }
    @Override public Entry visit(SetDefinedComment c) { return entry(ChangeKind.COMMENT, Verb.ALTER); }
    @Override public Entry visit(SetDefinedOwner c) { return entry(ChangeKind.OWNER, Verb.ALTER); }
}
