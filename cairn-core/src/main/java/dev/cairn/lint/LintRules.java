package dev.cairn.lint;

import dev.cairn.lint.rules.*;
import java.util.List;

/** Every static rule, in the order of the docs' rule table: data loss, locks and rewrites, transactions, types. */
public final class LintRules {
    private LintRules() {}

    public static final List<LintRule> ALL = List.of(
            // data loss and broken clients
            new BanDropTable(), new BanDropColumn(), new BanDropSchema(), new BanDropType(), new BanDropDatabase(),
            new BanTruncate(), new NarrowingColumnType(), new RenamingTable(), new RenamingColumn(),
            new AddingRequiredField(), new BanDropNotNull(), new BanDropConstraint(),
            // locks, scans and rewrites
            new ChangingColumnType(), new RequireConcurrentIndexCreation(), new RequireConcurrentIndexDeletion(),
            new ConstraintMissingNotValid(), new SetNotNullWithoutCheck(), new AddingVolatileDefault(),
            new AddingStoredGeneratedColumn(), new UniqueConstraintWithoutIndex(), new RequireLockTimeout(),
            new BanVacuumFull(), new BanCluster(), new RequireConcurrentReindex(), new RequireConcurrentRefresh(),
            new BanCreateDomainWithConstraint(), new BanAlterDomainAddConstraint(),
            // transactions
            new ConcurrentlyInTransaction(), new BackfillWithDdl(), new EnumValueUsedInTransaction(),
            new BanTransactionControl(), new LintIgnoreInvalid(),
            // column types
            new BanCharField(), new PreferTimestamptz(), new PreferJsonb(), new PreferIdentity(), new PreferBigint(),
            new PreferTextField());

    /** The rule with this ID. */
    public static java.util.Optional<LintRule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
