package dev.cairn.diff.kind;

import dev.cairn.catalog.Catalog;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.KindDiff;
import dev.cairn.diff.KindRegistry;
import java.util.List;

/**
 * The object kinds the differ compares, in the order it compares them. A kind may read what the kinds before
 * it recorded in the context (types record the columns they rebuild before tables are compared; routines and
 * views are compared after tables, which record the columns that change; triggers follow the routines they call;
 * privileges come last, knowing what is recreated). Adding a kind is adding it here.
 */
public final class DiffKinds implements KindRegistry {

    @Override
    public Catalog applyRenames(DiffContext ctx) {
        return ExplicitRenames.apply(ctx);
    }

    @Override
    public List<KindDiff<?>> kinds() {
        return List.of(
                new SchemaDiff(),
                new ExtensionDiff(),
                new EnumDiff(),
                new DomainDiff(),
                new CompositeDiff(),
                new RangeDiff(),
                new SequenceDiff(),
                new TableDiff(),
                new ForeignTableChanges(),
                new RoutineDiff(),
                new ViewDiff(),
                new RecreatedFunctionTriggers(),
                new PrivilegeDiff(),
                new DefinedDiff(),
                new UnmodelledUses(),
                new SecretOptions());
    }
}
