package dev.cairn.postgres.render;

import dev.cairn.diff.Change;
import dev.cairn.diff.Change.*;
import dev.cairn.diff.ChangeVisitor;
import dev.cairn.plan.SafetyFacts;
import dev.cairn.plan.PlannedStatement;
import dev.cairn.postgres.PostgresSafety;
import java.util.List;

/**
 * Dispatch only: hands each change to its family's renderer, with the change's {@link PostgresSafety} facts (changes
 * that render several statements ask for each statement's facts themselves).
 */
final class ChangeRenderer implements ChangeVisitor<List<PlannedStatement>> {
    static final ChangeRenderer INSTANCE = new ChangeRenderer();

    private ChangeRenderer() {}

    static List<PlannedStatement> render(Change change) {
        return change.accept(INSTANCE);
    }

    private static SafetyFacts f(Change c) {
        return PostgresSafety.INSTANCE.factsOf(c);
    }

    @Override public List<PlannedStatement> visit(CreateSchema c) { return SchemaRenderer.create(c, f(c)); }
    @Override public List<PlannedStatement> visit(DropSchema c) { return SchemaRenderer.drop(c, f(c)); }
    @Override public List<PlannedStatement> visit(CreateExtension c) { return SchemaRenderer.create(c, f(c)); }
    @Override public List<PlannedStatement> visit(DropExtension c) { return SchemaRenderer.drop(c, f(c)); }
    @Override public List<PlannedStatement> visit(UpdateExtension c) { return SchemaRenderer.update(c, f(c)); }
    @Override public List<PlannedStatement> visit(CreateEnum c) { return EnumRenderer.create(c, f(c)); }
    @Override public List<PlannedStatement> visit(DropEnum c) { return EnumRenderer.drop(c, f(c)); }
    @Override public List<PlannedStatement> visit(AddEnumValue c) { return EnumRenderer.addValue(c, f(c)); }
    @Override public List<PlannedStatement> visit(RebuildEnum c) { return EnumRenderer.rebuild(c); }
    @Override public List<PlannedStatement> visit(CreateDomain c) { return DomainRenderer.create(c, f(c)); }
    @Override public List<PlannedStatement> visit(DropDomain c) { return DomainRenderer.drop(c, f(c)); }
    @Override public List<PlannedStatement> visit(AlterDomain c) { return DomainRenderer.alter(c); }
    @Override public List<PlannedStatement> visit(RebuildDomain c) { return DomainRenderer.rebuild(c); }
    @Override public List<PlannedStatement> visit(ColumnsThroughText c) { return DomainRenderer.throughText(c); }
    @Override public List<PlannedStatement> visit(CreateComposite c) { return CompositeRenderer.create(c, f(c)); }
    @Override public List<PlannedStatement> visit(DropComposite c) { return CompositeRenderer.drop(c, f(c)); }
    @Override public List<PlannedStatement> visit(AlterComposite c) { return CompositeRenderer.alter(c, f(c)); }
    @Override public List<PlannedStatement> visit(CreateRange c) { return CompositeRenderer.create(c, f(c)); }
    @Override public List<PlannedStatement> visit(DropRange c) { return CompositeRenderer.drop(c, f(c)); }
    @Override public List<PlannedStatement> visit(CreateSequence c) { return SequenceRenderer.create(c, f(c)); }
    @Override public List<PlannedStatement> visit(DropSequence c) { return SequenceRenderer.drop(c, f(c)); }
    @Override public List<PlannedStatement> visit(AlterSequence c) { return SequenceRenderer.alter(c, f(c)); }
    @Override public List<PlannedStatement> visit(SetSequenceOwnedBy c) { return SequenceRenderer.ownedBy(c, f(c)); }
    @Override public List<PlannedStatement> visit(RenameSequence c) { return SequenceRenderer.rename(c, f(c)); }
    @Override public List<PlannedStatement> visit(CreateTable c) { return TableRenderer.create(c, f(c)); }
    @Override public List<PlannedStatement> visit(DropTable c) { return TableRenderer.drop(c, f(c)); }
    @Override public List<PlannedStatement> visit(RenameTable c) { return TableRenderer.rename(c, f(c)); }
    @Override public List<PlannedStatement> visit(AttachPartition c) { return TableRenderer.attach(c, f(c)); }
    @Override public List<PlannedStatement> visit(DetachPartition c) { return TableRenderer.detach(c, f(c)); }
    @Override public List<PlannedStatement> visit(SetRowSecurity c) { return TableRenderer.rowSecurity(c, f(c)); }
    @Override public List<PlannedStatement> visit(SetForceRowSecurity c) { return TableRenderer.forceRowSecurity(c, f(c)); }
    @Override public List<PlannedStatement> visit(SetLogged c) { return TableRenderer.logged(c, f(c)); }
    @Override public List<PlannedStatement> visit(AddColumn c) { return ColumnRenderer.add(c, f(c)); }
    @Override public List<PlannedStatement> visit(DropColumn c) { return ColumnRenderer.drop(c, f(c)); }
    @Override public List<PlannedStatement> visit(RenameColumn c) { return ColumnRenderer.rename(c, f(c)); }
    @Override public List<PlannedStatement> visit(AlterColumnType c) { return ColumnRenderer.type(c, f(c)); }
    @Override public List<PlannedStatement> visit(SetColumnDefault c) { return ColumnRenderer.setDefault(c, f(c)); }
    @Override public List<PlannedStatement> visit(SetColumnNotNull c) { return ColumnRenderer.notNull(c, f(c)); }
    @Override public List<PlannedStatement> visit(DropColumnExpression c) { return ColumnRenderer.dropExpression(c, f(c)); }
    @Override public List<PlannedStatement> visit(AddIdentity c) { return ColumnRenderer.addIdentity(c, f(c)); }
    @Override public List<PlannedStatement> visit(DropIdentity c) { return ColumnRenderer.dropIdentity(c, f(c)); }
    @Override public List<PlannedStatement> visit(AlterIdentity c) { return ColumnRenderer.alterIdentity(c, f(c)); }
    @Override public List<PlannedStatement> visit(AddConstraint c) { return ConstraintRenderer.add(c); }
    @Override public List<PlannedStatement> visit(DropConstraint c) { return ConstraintRenderer.drop(c, f(c)); }
    @Override public List<PlannedStatement> visit(RenameConstraint c) { return ConstraintRenderer.rename(c, f(c)); }
    @Override public List<PlannedStatement> visit(ValidateConstraint c) { return ConstraintRenderer.validate(c, f(c)); }
    @Override public List<PlannedStatement> visit(CreateIndex c) { return IndexRenderer.create(c, f(c)); }
    @Override public List<PlannedStatement> visit(DropIndex c) { return IndexRenderer.drop(c, f(c)); }
    @Override public List<PlannedStatement> visit(RenameIndex c) { return IndexRenderer.rename(c, f(c)); }
    @Override public List<PlannedStatement> visit(dev.cairn.diff.Change.AttachIndex c) { return IndexRenderer.attach(c, f(c)); }
    @Override public List<PlannedStatement> visit(dev.cairn.diff.Change.NameAttachedIndex c) { return IndexRenderer.nameAttached(c, f(c)); }
    @Override public List<PlannedStatement> visit(dev.cairn.diff.Change.SetColumnExpression c) { return ColumnRenderer.setExpression(c, f(c)); }
    @Override public List<PlannedStatement> visit(CreateTrigger c) { return TriggerPolicyRenderer.create(c, f(c)); }
    @Override public List<PlannedStatement> visit(DropTrigger c) { return TriggerPolicyRenderer.drop(c, f(c)); }
    @Override public List<PlannedStatement> visit(SetTriggerEnabled c) { return TriggerPolicyRenderer.enable(c, f(c)); }
    @Override public List<PlannedStatement> visit(CreatePolicy c) { return TriggerPolicyRenderer.create(c, f(c)); }
    @Override public List<PlannedStatement> visit(DropPolicy c) { return TriggerPolicyRenderer.drop(c, f(c)); }
    @Override public List<PlannedStatement> visit(AlterPolicy c) { return TriggerPolicyRenderer.alter(c, f(c)); }
    @Override public List<PlannedStatement> visit(CreateView c) { return ViewRenderer.create(c, f(c)); }
    @Override public List<PlannedStatement> visit(DropView c) { return ViewRenderer.drop(c, f(c)); }
    @Override public List<PlannedStatement> visit(ReplaceView c) { return ViewRenderer.replace(c, f(c)); }
    @Override public List<PlannedStatement> visit(SetViewColumnDefault c) { return ViewRenderer.setDefault(c, f(c)); }
    @Override public List<PlannedStatement> visit(CreateViewTrigger c) { return ViewRenderer.createTrigger(c, f(c)); }
    @Override public List<PlannedStatement> visit(DropViewTrigger c) { return ViewRenderer.dropTrigger(c, f(c)); }
    @Override public List<PlannedStatement> visit(CreateRoutine c) { return RoutineRenderer.create(c, f(c)); }
    @Override public List<PlannedStatement> visit(DropRoutine c) { return RoutineRenderer.drop(c, f(c)); }
    @Override public List<PlannedStatement> visit(ReplaceRoutine c) { return RoutineRenderer.replace(c, f(c)); }
    @Override public List<PlannedStatement> visit(SetComment c) { return AccessRenderer.comment(c, f(c)); }
    @Override public List<PlannedStatement> visit(SetOwner c) { return AccessRenderer.owner(c, f(c)); }
    @Override public List<PlannedStatement> visit(Grant c) { return AccessRenderer.grant(c, f(c)); }
    @Override public List<PlannedStatement> visit(Revoke c) { return AccessRenderer.revoke(c, f(c)); }
    @Override public List<PlannedStatement> visit(SetInheritance c) { return InheritanceRenderer.inheritance(c, f(c)); }
    @Override public List<PlannedStatement> visit(AlterStorageParameters c) { return InheritanceRenderer.storage(c, f(c)); }
    @Override public List<PlannedStatement> visit(AlterMaterializedViewStorage c) { return InheritanceRenderer.storage(c, f(c)); }
    @Override public List<PlannedStatement> visit(CreateDefined c) { return DefinedRenderer.create(c, f(c)); }
    @Override public List<PlannedStatement> visit(DropDefined c) { return DefinedRenderer.drop(c, f(c)); }
    @Override public List<PlannedStatement> visit(SetDefinedSettings c) { return DefinedRenderer.settings(c, f(c)); }
    @Override public List<PlannedStatement> visit(SetDefinedComment c) { return DefinedRenderer.comment(c, f(c)); }
    @Override public List<PlannedStatement> visit(SetDefinedOwner c) { return DefinedRenderer.owner(c, f(c)); }
}
