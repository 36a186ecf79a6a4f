package dev.cairn.plan;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Column;
import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.Index;
import dev.cairn.catalog.Table;
import dev.cairn.diff.Change;
import dev.cairn.diff.Change.AddConstraint;
import dev.cairn.diff.Change.CreateIndex;
import dev.cairn.diff.Change.CreateTable;
import dev.cairn.diff.Change.CreateView;
import dev.cairn.diff.Change.DropConstraint;
import dev.cairn.diff.Change.DropIndex;
import dev.cairn.diff.Change.SetColumnNotNull;
import dev.cairn.diff.Change.SetComment;
import dev.cairn.diff.Change.ValidateConstraint;
import dev.cairn.diff.ChangeSet;
import dev.cairn.diff.Target;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a change set into its online-safe form: the changes that would keep an existing table locked while its rows
 * are read become three consecutive parts, each run as a migration of its own.
 *
 * <ol>
 * <li>{@link OnlinePlan#main()}: everything else, in one transaction, with foreign keys and checks on existing tables
 * added {@code NOT VALID} (no scan) and, for a column becoming NOT NULL, a not-validated {@code CHECK (col IS NOT NULL)};</li>
 * <li>{@link OnlinePlan#indexes()}: indexes on existing tables (and the unique indexes of new primary keys and unique
 * constraints) built concurrently, outside any transaction;</li>
 * <li>{@link OnlinePlan#validations()}: {@code VALIDATE CONSTRAINT} (writes go on while it reads), {@code SET NOT NULL}
 * (its scan skipped thanks to the validated check, which is then dropped) and {@code ADD CONSTRAINT … USING INDEX}.</li>
 * </ol>
 *
 * Validating in the transaction that adds the constraint would keep the strong lock of the add for the whole scan,
 * hence a part of its own after the adds are committed. Tables and views the change set creates are empty: their
 * changes stay as they are. A unique index or key on a table that a foreign key of the change set references stays
 * too, since the foreign key needs it when it is added. What the dialect has no online form for stays as well.
 */
public final class OnlinePlanner {
    private OnlinePlanner() {}

    /** The three parts, in the order they run; {@link #split()} false when the change set had nothing to make online. */
    public record OnlinePlan(ChangeSet main, ChangeSet indexes, ChangeSet validations) {
        public boolean split() {
            return !indexes.isEmpty() || !validations.isEmpty();
        }
    }

    /**
     * @param desired the catalog the change set leads to (the tables the indexes are on)
     */
    public static OnlinePlan plan(ChangeSet changes, Catalog desired, OnlineForms forms) {
        Set<String> created = created(changes);
        Set<String> referenced = referenced(changes, null);
        Set<String> referencedKeys = referenced(changes, forms);
        List<Change> main = new ArrayList<>();
        List<Change> indexes = new ArrayList<>();
        List<Change> validations = new ArrayList<>();
        Set<String> later = new HashSet<>(); // objects that exist only after the index part: their comments wait for it
        for (Change c : changes.changes()) {
            if (c instanceof CreateIndex i && !created.contains(i.schema() + "." + i.relation())
                    && !(i.index().unique() && referenced.contains(i.schema() + "." + i.relation()))) {
                Index online = forms.concurrently(desired.table(i.schema(), i.relation()).orElse(null), i.index());
                if (online != null) {
                    indexes.add(new CreateIndex(i.schema(), i.relation(), online));
                    later.add(key(Target.Kind.INDEX, i.schema(), null, i.index().name()));
                    continue;
                }
            } else if (c instanceof AddConstraint a && !created.contains(a.table().qualifiedName()) && a.constraint().validated()) {
                if (addOnline(a, referencedKeys, forms, main, indexes, validations)) {
                    if (a.constraint().type() == Constraint.Type.UNIQUE || a.constraint().type() == Constraint.Type.PRIMARY_KEY) {
                        later.add(key(Target.Kind.CONSTRAINT, a.table().schema(), a.table().name(), a.constraint().name()));
                    }
                    continue;
                }
            } else if (c instanceof SetColumnNotNull n && n.notNull() && !created.contains(n.table().qualifiedName())) {
                if (throughCheck(n.table(), n.column(), c, forms, main, validations)) {
                    continue;
                }
            } else if (c instanceof SetComment s && later.contains(key(s.target().kind(), s.target().schema(),
                    s.target().kind() == Target.Kind.CONSTRAINT ? s.target().table() : null, s.target().name()))) {
                validations.add(c);
                continue;
            }
            main.add(c);
        }
        return new OnlinePlan(new ChangeSet(main, changes.warnings(), changes.renameCandidates()),
                new ChangeSet(indexes, List.of(), List.of()), new ChangeSet(validations, List.of(), List.of()));
    }

    /**
     * The revert of an index part, {@code reached → before}: its index drops made concurrent too, so that going back
     * does not block writes either.
     */
    public static ChangeSet concurrentDrops(ChangeSet revert, Catalog reached, OnlineForms forms) {
        List<Change> out = new ArrayList<>();
        for (Change c : revert.changes()) {
            if (c instanceof DropIndex d) {
                Index online = forms.concurrently(reached.table(d.schema(), d.relation()).orElse(null), d.index());
                out.add(online == null ? c : new DropIndex(d.schema(), d.relation(), online));
            } else {
                out.add(c);
            }
        }
        return new ChangeSet(out, revert.warnings(), revert.renameCandidates());
    }

    private static boolean addOnline(AddConstraint a, Set<String> referencedKeys, OnlineForms forms, List<Change> main,
            List<Change> indexes, List<Change> validations) {
        Table t = a.table();
        Constraint k = a.constraint();
        switch (k.type()) {
            case FOREIGN_KEY, CHECK -> {
                Constraint notValid = forms.notValid(t, k);
                if (notValid == null) {
                    return false;
                }
                main.add(new AddConstraint(t, notValid));
                validations.add(new ValidateConstraint(t, k));
                return true;
            }
            case PRIMARY_KEY, UNIQUE -> {
                boolean referenced = referencedKeys.contains(t.qualifiedName()) || referencedKeys.contains(keyOf(t.qualifiedName(), k.columns()));
                Index index = referenced ? null : forms.constraintIndex(t, k);
                if (index == null) {
                    return false;
                }
                indexes.add(new CreateIndex(t.schema(), t.name(), index));
                validations.add(new AddConstraint(t, forms.usingIndex(k)));
                return true;
            }
            case NOT_NULL -> {
                // PostgreSQL 18 writes a named NOT NULL as a constraint: the same check stands in while the rows are read
                Column column = k.columns().size() != 1 ? null
                        : t.columns().stream().filter(col -> col.name().equals(k.columns().get(0))).findFirst().orElse(null);
                return column != null && throughCheck(t, column, a, forms, main, validations);
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * A column becoming NOT NULL: a not-validated check first, then validate it, make the column NOT NULL (no scan:
     * the validated check proves it) and drop the check.
     */
    private static boolean throughCheck(Table t, Column column, Change notNull, OnlineForms forms, List<Change> main,
            List<Change> validations) {
        Constraint check = forms.notNullCheck(t, column);
        if (check == null) {
            return false;
        }
        main.add(new AddConstraint(t, check));
        validations.add(new ValidateConstraint(t, check));
        validations.add(notNull);
        validations.add(new DropConstraint(t, check));
        return true;
    }

    private static Set<String> created(ChangeSet changes) {
        Set<String> out = new HashSet<>();
        for (Change c : changes.changes()) {
            if (c instanceof CreateTable t) {
                out.add(t.table().qualifiedName());
            } else if (c instanceof CreateView v) {
                out.add(v.view().qualifiedName());
            }
        }
        return out;
    }

    /**
     * What the foreign keys the change set adds reference, whose unique index must exist when they are added: without
     * {@code forms}, the tables; with it, each table and its referenced columns ({@link #keyOf}), or the table alone when
     * the dialect does not know the columns.
     */
    private static Set<String> referenced(ChangeSet changes, OnlineForms forms) {
        Set<String> out = new HashSet<>();
        for (Change c : changes.changes()) {
            if (c instanceof AddConstraint a && a.constraint().referencedTable() != null) {
                List<String> columns = forms == null ? null : forms.referencedColumns(a.constraint());
                out.add(columns == null ? a.constraint().referencedTable() : keyOf(a.constraint().referencedTable(), columns));
            }
        }
        return out;
    }

    private static String keyOf(String table, List<String> columns) {
        return table + "\u0000" + new java.util.TreeSet<>(columns);
    }

    private static String key(Target.Kind kind, String schema, String table, String name) {
        return kind + "\u0000" + schema + "\u0000" + table + "\u0000" + name;
    }
}
