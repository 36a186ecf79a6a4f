package dev.cairn.diff.kind;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Column;
import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.Index;
import dev.cairn.catalog.Table;
import dev.cairn.catalog.Trigger;
import dev.cairn.diff.Change.AddConstraint;
import dev.cairn.diff.Change.AlterStorageParameters;
import dev.cairn.diff.Change.SetColumnDefault;
import dev.cairn.diff.Change.SetColumnNotNull;
import dev.cairn.diff.Change.AttachPartition;
import dev.cairn.diff.Change.CreatePolicy;
import dev.cairn.diff.Change.CreateTable;
import dev.cairn.diff.Change.CreateTrigger;
import dev.cairn.diff.Change.DetachPartition;
import dev.cairn.diff.Change.DropConstraint;
import dev.cairn.diff.Change.DropTable;
import dev.cairn.diff.Change.SetForceRowSecurity;
import dev.cairn.diff.Change.SetLogged;
import dev.cairn.diff.Change.SetRowSecurity;
import dev.cairn.diff.Change.SetTriggerEnabled;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.DiffOptions;
import dev.cairn.diff.Keys;
import dev.cairn.diff.KindDiff;
import dev.cairn.diff.RenameCandidate;
import dev.cairn.diff.Warning;
import dev.cairn.diff.order.Rank;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Tables: created with their inline constraints (then the other constraints, indexes, triggers and policies),
 * dropped, or altered part by part — columns ({@link ColumnDiff}), constraints ({@link ConstraintDiff}), indexes
 * ({@link IndexDiff}), triggers ({@link TriggerDiff}), policies ({@link PolicyDiff}), row security, comments.
 * A table whose partitioning changes is dropped and created again. A table dropped while another is added in
 * its schema is reported as a possible rename. Inheritance ({@code INHERITS}) is {@link Inheritance}'s; storage
 * parameters and logging are altered in place (SET LOGGED / UNLOGGED ordered along foreign keys).
 */
final class TableDiff implements KindDiff<Table> {
    /** Dependency key of a table's SET LOGGED / SET UNLOGGED. */
    private static final String LOGGING = "logging:";
    private Set<String> fromNames;
    private Set<String> toNames;
    private final List<Table> added = new ArrayList<>();
    private final List<Table> dropped = new ArrayList<>();

    @Override
    public List<Table> objects(Catalog catalog) {
        return catalog.tables();
    }

    @Override
    public String key(Table t) {
        return t.qualifiedName();
    }

    @Override
    public void begin(DiffContext ctx, Map<String, Table> from, Map<String, Table> to) {
        fromNames = from.keySet();
        toNames = to.keySet();
    }

    @Override
    public void added(DiffContext ctx, Table table) {
        added.add(table);
        create(ctx, table);
    }

    @Override
    public void changed(DiffContext ctx, Table old, Table table) {
        String name = table.qualifiedName();
        if (TableParts.replaced(old, table)) {
            ctx.unsupported(name, "partitioning changes (" + old.partitionKey() + " -> " + table.partitionKey()
                    + "): the table is dropped and created again");
            drop(ctx, old);
            ctx.dataLoss(name, "table is dropped and created again; its rows are lost");
            create(ctx, table);
        } else {
            alter(ctx, old, table);
        }
    }

    /** A table kept as it is may still have parts rebuilt around other kinds' changes (a rebuilt type, a routine). */
    @Override
    public void unchanged(DiffContext ctx, Table old, Table table) {
        changed(ctx, old, table);
    }

    @Override
    public void removed(DiffContext ctx, Table table) {
        dropped.add(table);
        drop(ctx, table);
        ctx.dataLoss(table.qualifiedName(), "table is dropped with all its rows" + (added.stream().anyMatch(a -> a.schema().equals(table.schema()))
                ? " (if it was renamed, give the rename explicitly)" : ""));
    }

    @Override
    public void end(DiffContext ctx) {
        for (Table d : dropped) {
            for (Table a : added) {
                if (a.schema().equals(d.schema())) {
                    ctx.renameCandidate(new RenameCandidate(DiffOptions.Rename.Kind.TABLE, d.schema(), null, d.name(), a.name()));
                    ctx.warn(new Warning(Warning.Kind.POSSIBLE_RENAME, d.qualifiedName(),
                            "dropped while " + a.qualifiedName() + " is added: a rename? (" + d.qualifiedName() + "=" + a.qualifiedName() + ")"));
                }
            }
        }
    }

    private static void create(DiffContext ctx, Table table) {
        String key = Keys.relation(table.schema(), table.name());
        String name = table.qualifiedName();
        Table parent = TableParts.parentOf(ctx.rules(), ctx.to(), table);
        List<Constraint> inline = new ArrayList<>();
        for (Constraint c : table.constraints()) {
            if (c.inherited()) {
                continue; // comes with INHERITS
            }
            if (c.type() == Constraint.Type.NOT_NULL && !c.validated() && !TableParts.inheritedConstraint(parent, c)) {
                ctx.plain(Rank.ADD_CONSTRAINT, name + "." + c.name(), new AddConstraint(table, c)); // NOT VALID cannot be written inline
            }
            if (c.type() == Constraint.Type.NOT_NULL || TableParts.inheritedConstraint(parent, c)) {
                continue;
            }
            if (c.type() != Constraint.Type.FOREIGN_KEY && c.validated()) {
                inline.add(c);
            } else {
                ctx.plain(ConstraintDiff.addRank(c), name + "." + c.name(), new AddConstraint(table, c));
            }
        }
        for (Constraint c : duplicateKeys(inline)) {
            inline.remove(c);
            ctx.plain(Rank.ADD_CONSTRAINT, name + "." + c.name(), new AddConstraint(table, c));
        }
        ctx.create(Rank.CREATE_TABLE, key, name, new CreateTable(table, inline));
        inheritedColumnSettings(ctx, table);
        for (Index i : table.indexes()) {
            if (i.attachedTo() == null) {
                PartitionIndexes.create(ctx, table, i);
            } else if (!PartitionIndexes.parentCreated(ctx, i)) {
                // CREATE TABLE … PARTITION OF creates it for the kept partitioned index
                PartitionIndexes.named(ctx, table, i);
            }
        }
        for (Trigger tr : table.triggers()) {
            if (!TableParts.inheritedTrigger(parent, tr)) {
                ctx.plain(Rank.CREATE_TRIGGER, name + "." + tr.name(), new CreateTrigger(table, tr));
                if (tr.enabled() != null && !tr.enabled().equals("O")) {
                    ctx.plain(Rank.CREATE_TRIGGER, name + "." + tr.name(), new SetTriggerEnabled(table, tr));
                }
            }
        }
        table.policies().forEach(p -> ctx.plain(Rank.CREATE_POLICY, name + "." + p.name(), new CreatePolicy(table, p)));
        if (table.rowSecurity()) {
            ctx.plain(Rank.ROW_SECURITY, name, new SetRowSecurity(table, true));
        }
        if (table.forceRowSecurity()) {
            ctx.plain(Rank.ROW_SECURITY, name, new SetForceRowSecurity(table, true));
        }
        CommentsAndOwners.ofTable(ctx, null, table);
    }

    /**
     * A new table's inherited columns are not in its CREATE TABLE: they come from the parents with the first parent's
     * default and NOT NULL; where the table's own differ, they are set after.
     */
    private static void inheritedColumnSettings(DiffContext ctx, Table table) {
        String key = Keys.relation(table.schema(), table.name());
        for (Column c : table.columns()) {
            if (!c.inherited() || table.partitionOf() != null) {
                continue;
            }
            Column p = table.inherits().stream().map(ref -> Inheritance.table(ctx, ctx.to(), ref)).filter(Objects::nonNull)
                    .map(x -> TableParts.column(x, c.name())).filter(Objects::nonNull).findFirst().orElse(null);
            if (p == null) {
                continue;
            }
            boolean parentsNotNull = table.inherits().stream().map(ref -> Inheritance.table(ctx, ctx.to(), ref))
                    .filter(Objects::nonNull).map(x -> TableParts.column(x, c.name())).anyMatch(x -> x != null && x.notNull());
            if (!Objects.equals(p.defaultExpr(), c.defaultExpr())) {
                ctx.create(Rank.ALTER_TABLE, key, table.qualifiedName(), new SetColumnDefault(table, c, c.defaultExpr()));
            }
            if (c.notNull() && !parentsNotNull) {
                ctx.create(Rank.ALTER_TABLE, key, table.qualifiedName(), new SetColumnNotNull(table, c, true));
            }
        }
    }

    private void drop(DiffContext ctx, Table table) {
        String key = Keys.relation(table.schema(), table.name());
        for (Constraint c : table.constraints()) {
            if (c.type() == Constraint.Type.FOREIGN_KEY && c.referencedTable() != null
                    && !c.referencedTable().equals(table.qualifiedName()) && fromNames.contains(c.referencedTable())
                    && (!toNames.contains(c.referencedTable()) || referencedKeyChanges(ctx, c.referencedTable()))) {
                ctx.plain(Rank.DROP_FOREIGN_KEY, table.qualifiedName() + "." + c.name(), new DropConstraint(table, c));
            }
        }
        ctx.drop(Rank.DROP_TABLE, key, table.qualifiedName(), new DropTable(table));
        ctx.markChanged(key);
    }

    /**
     * Whether a kept table loses or changes one of its keys (primary key, unique, exclusion constraints or unique
     * indexes): a foreign key of a dropped table may depend on it, so that foreign key is dropped first.
     */
    private static boolean referencedKeyChanges(DiffContext ctx, String qualifiedTable) {
        List<String> p = ctx.rules().parts(qualifiedTable);
        if (p.size() != 2) {
            return true;
        }
        Table f = ctx.from().table(p.get(0), p.get(1)).orElse(null);
        Table t = ctx.to().table(p.get(0), p.get(1)).orElse(null);
        if (f == null || t == null) {
            return true;
        }
        for (Constraint c : f.constraints()) {
            if (c.type() == Constraint.Type.PRIMARY_KEY || c.type() == Constraint.Type.UNIQUE
                    || c.type() == Constraint.Type.EXCLUSION) {
                if (t.constraints().stream().noneMatch(x -> x.name().equals(c.name()) && TableParts.sameConstraint(x, c))) {
                    return true;
                }
            }
        }
        for (Index i : f.indexes()) {
            if (i.unique() && t.indexes().stream().noneMatch(x -> x.definition().equals(i.definition()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A logged table cannot reference an unlogged one by a foreign key (kept on both sides): a table becoming unlogged
     * waits for the tables referencing it to become unlogged, a table becoming logged for the tables it references.
     */
    private static Set<String> loggingRequires(DiffContext ctx, Table t) {
        Set<String> req = new HashSet<>(ctx.requirementsOf(Keys.relation(t.schema(), t.name())));
        for (Catalog c : List.of(ctx.from(), ctx.to())) {
            for (Table x : c.tables()) {
                for (Constraint k : x.constraints()) {
                    if (k.type() != Constraint.Type.FOREIGN_KEY || x.qualifiedName().equals(k.referencedTable())) {
                        continue;
                    }
                    if (t.unlogged() && t.qualifiedName().equals(k.referencedTable())) {
                        req.add(LOGGING + x.qualifiedName());
                    } else if (!t.unlogged() && x.qualifiedName().equals(t.qualifiedName()) && k.referencedTable() != null) {
                        req.add(LOGGING + k.referencedTable());
                    }
                }
            }
        }
        return req;
    }

    private static void alter(DiffContext ctx, Table f, Table t) {
        String key = Keys.relation(t.schema(), t.name());
        String name = t.qualifiedName();
        boolean partition = f.partitionOf() != null && t.partitionOf() != null;
        boolean repartitioned = !Objects.equals(f.partitionOf(), t.partitionOf()) || !Objects.equals(f.partitionBound(), t.partitionBound());
        if (repartitioned && f.partitionOf() != null) {
            ctx.plain(Rank.DETACH_PARTITION, name, new DetachPartition(f));
        }
        if (f.unlogged() != t.unlogged()) {
            ctx.emit(Rank.ALTER_TABLE, name, new SetLogged(t, t.unlogged()), Set.of(key, LOGGING + name), loggingRequires(ctx, t));
        }
        if (!f.storageParameters().equals(t.storageParameters())) {
            ctx.create(Rank.ALTER_TABLE, key, name, new AlterStorageParameters(t, f.storageParameters(), t.storageParameters()));
        }
        Inheritance.leave(ctx, f, t);
        if (!partition) {
            StoredRowTypes.check(ctx, f, t);
            ColumnDiff.alter(ctx, f, t);
        }
        if (repartitioned && t.partitionOf() != null) {
            ctx.create(Rank.ALTER_TABLE, key, name, new AttachPartition(t));
        }
        Table parent = TableParts.parentOf(ctx.rules(), ctx.to(), t);
        Table fromParent = TableParts.parentOf(ctx.rules(), ctx.from(), f);
        ConstraintDiff.alter(ctx, f, t, fromParent, parent);
        IndexDiff.alter(ctx, f, t);
        Inheritance.join(ctx, f, t); // after the columns and constraints PostgreSQL requires the table to have
        TriggerDiff.alter(ctx, f, t, fromParent, parent);
        PolicyDiff.alter(ctx, f, t);
        if (f.rowSecurity() != t.rowSecurity()) {
            ctx.plain(Rank.ROW_SECURITY, name, new SetRowSecurity(t, t.rowSecurity()));
        }
        if (f.forceRowSecurity() != t.forceRowSecurity()) {
            ctx.plain(Rank.ROW_SECURITY, name, new SetForceRowSecurity(t, t.forceRowSecurity()));
        }
        CommentsAndOwners.ofTable(ctx, f, t);
    }

    /**
     * Unique constraints CREATE TABLE would silently leave out: PostgreSQL drops one that repeats the primary key or
     * an earlier unique constraint of the same statement (same columns and options), so those are added afterwards.
     */
    private static List<Constraint> duplicateKeys(List<Constraint> inline) {
        Set<String> seen = new HashSet<>();
        inline.stream().filter(c -> c.type() == Constraint.Type.PRIMARY_KEY).forEach(c -> seen.add(keyShape(c)));
        return inline.stream().filter(c -> c.type() == Constraint.Type.UNIQUE && !seen.add(keyShape(c))).toList();
    }

    private static String keyShape(Constraint c) {
        return c.definition().replaceFirst("^(PRIMARY KEY|UNIQUE)", "");
    }
}
