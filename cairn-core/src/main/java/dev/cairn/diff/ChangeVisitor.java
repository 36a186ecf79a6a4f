package dev.cairn.diff;

import dev.cairn.diff.Change.*;

/**
 * One method per {@link Change} record, so that a new record does not compile until every visitor handles it
 * (a renderer, the safety facts, the summary). Overloads on the record type: {@code change.accept(visitor)} picks the right one.
 */
public interface ChangeVisitor<R> {
    R visit(CreateSchema c);
    R visit(DropSchema c);
    R visit(CreateExtension c);
    R visit(DropExtension c);
    R visit(UpdateExtension c);
    R visit(CreateEnum c);
    R visit(DropEnum c);
    R visit(AddEnumValue c);
    R visit(RebuildEnum c);
    R visit(CreateDomain c);
    R visit(DropDomain c);
    R visit(AlterDomain c);
    R visit(RebuildDomain c);
    R visit(ColumnsThroughText c);
    R visit(CreateComposite c);
    R visit(DropComposite c);
    R visit(AlterComposite c);
    R visit(CreateRange c);
    R visit(DropRange c);
    R visit(CreateSequence c);
    R visit(DropSequence c);
    R visit(AlterSequence c);
    R visit(SetSequenceOwnedBy c);
    R visit(RenameSequence c);
    R visit(CreateTable c);
    R visit(DropTable c);
    R visit(RenameTable c);
    R visit(AttachPartition c);
    R visit(DetachPartition c);
    R visit(SetRowSecurity c);
    R visit(SetForceRowSecurity c);
    R visit(SetLogged c);
    R visit(AddColumn c);
    R visit(DropColumn c);
    R visit(RenameColumn c);
    R visit(AlterColumnType c);
    R visit(SetColumnDefault c);
    R visit(SetColumnNotNull c);
    R visit(DropColumnExpression c);
    R visit(AddIdentity c);
    R visit(DropIdentity c);
    R visit(AlterIdentity c);
    R visit(AddConstraint c);
    R visit(DropConstraint c);
    R visit(RenameConstraint c);
    R visit(ValidateConstraint c);
    R visit(CreateIndex c);
    R visit(DropIndex c);
    R visit(RenameIndex c);
    R visit(CreateTrigger c);
    R visit(DropTrigger c);
    R visit(SetTriggerEnabled c);
    R visit(CreatePolicy c);
    R visit(DropPolicy c);
    R visit(AlterPolicy c);
    R visit(CreateView c);
    R visit(DropView c);
    R visit(ReplaceView c);
    R visit(SetViewColumnDefault c);
    R visit(CreateViewTrigger c);
    R visit(DropViewTrigger c);
    R visit(CreateRoutine c);
    R visit(DropRoutine c);
    R visit(ReplaceRoutine c);
    R visit(SetComment c);
    R visit(SetOwner c);
    R visit(Grant c);
    R visit(Revoke c);
    R visit(Change.AttachIndex c);
    R visit(Change.NameAttachedIndex c);
    R visit(Change.SetColumnExpression c);
    R visit(SetInheritance c);
    R visit(AlterStorageParameters c);
    R visit(AlterMaterializedViewStorage c);
    R visit(CreateDefined c);
    R visit(DropDefined c);
    R visit(SetDefinedSettings c);
    R visit(SetDefinedComment c);
    R visit(SetDefinedOwner c);
}
