package dev.cairn.diff.kind;

import static dev.cairn.diff.DiffWalker.byKey;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Column;
import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.Table;
import dev.cairn.diff.Change.AddColumn;
import dev.cairn.diff.Change.AddConstraint;
import dev.cairn.diff.Change.AddIdentity;
import dev.cairn.diff.Change.AlterColumnType;
import dev.cairn.diff.Change.AlterIdentity;
import dev.cairn.diff.Change.DropColumn;
import dev.cairn.diff.Change.DropColumnExpression;
import dev.cairn.diff.Change.DropIdentity;
import dev.cairn.diff.Change.SetColumnDefault;
import dev.cairn.diff.Change.RenameConstraint;
import dev.cairn.diff.Change.SetColumnExpression;
import dev.cairn.diff.Change.SetColumnNotNull;
import dev.cairn.diff.Change.ValidateConstraint;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.DiffOptions;
import dev.cairn.diff.Keys;
import dev.cairn.diff.RenameCandidate;
import dev.cairn.diff.Warning;
import dev.cairn.diff.order.Rank;
import dev.cairn.sql.Identifiers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The columns of a kept table: added, dropped, and altered (type with the conversion it needs, default,
 * NOT NULL, identity, generation). A column dropped while another is added is reported as a possible rename;
 * a column order the appends cannot reach is warned about (PostgreSQL cannot reorder columns).
 */
final class ColumnDiff {
    private ColumnDiff() {}

    static void alter(DiffContext ctx, Table f, Table t) {
        String key = Keys.relation(t.schema(), t.name());
        String name = t.qualifiedName();
        Map<String, Column> fc = byKey(f.columns(), Column::name);
        Map<String, Column> tc = byKey(t.columns(), Column::name);
        List<String> added = new ArrayList<>();
        List<String> droppedCols = new ArrayList<>();
        Set<String> regenerated = regenerated(f, t, fc);
        List<Column> readded = new ArrayList<>();
        for (Column c : t.columns()) {
            Column o = fc.get(c.name());
            if (o != null && regenerated.contains(c.name())) {
                // PostgreSQL cannot change the type of a column a generated column reads: the generated column
                // is dropped before and added after (its values are computed again, nothing is lost)
                ctx.markChanged(Keys.column(t.schema(), t.name(), c.name()));
                RecreatedColumns.mark(ctx, f, t, c.name());
                ctx.drop(Rank.DROP_COLUMN, key, name + "." + c.name(), new DropColumn(f, o));
                readded.add(c);
                continue;
            }
            if (o == null && Inheritance.addedByParent(ctx, f, t, c)) {
                continue; // the parent's ADD COLUMN reaches this table
            }
            if (o == null && c.identity() != null && !Inheritance.children(ctx.to(), t).isEmpty()) {
                // ADD COLUMN … AS IDENTITY fails on a table others inherit from; no statement rather than a failing one
                ctx.unsupported(name + "." + c.name(), "PostgreSQL cannot add an identity column to a table other tables inherit "
                        + "from: add it by hand (ADD COLUMN without identity, fill the rows, then ALTER TABLE ONLY " + name
                        + " ALTER COLUMN " + c.name() + " ADD GENERATED … AS IDENTITY)");
                continue;
            }
            if (o == null) {
                added.add(c.name());
                ctx.create(Rank.ALTER_TABLE, key, name, new AddColumn(t, c));
                addNotValidNotNull(ctx, t, c);
                continue;
            }
            String ck = Keys.column(t.schema(), t.name(), c.name());
            if (o.inherited() && (!o.type().equals(c.type()) || !Objects.equals(o.collation(), c.collation()))) {
                // a parent's type change reaches it: views, triggers and policies using it are rebuilt around
                ctx.markChanged(ck);
                ctx.markColumnRetyped(name, c.name());
            }
            o = Inheritance.afterParents(ctx, f, t, o); // what the parents' changes do to it already
            if (!Objects.equals(o.generatedExpr(), c.generatedExpr()) || o.generatedVirtual() != c.generatedVirtual()) {
                if (o.generatedExpr() != null && c.generatedExpr() == null && o.type().equals(c.type()) && !o.generatedVirtual()) {
                    if (f.columns().stream().anyMatch(x -> !tc.containsKey(x.name()))) {
                        // a column it reads may be dropped: the expression goes first, in the drop phase
                        ctx.drop(Rank.DROP_COLUMN, key, name + "." + c.name(), new DropColumnExpression(t, o));
                    } else {
                        ctx.create(Rank.ALTER_TABLE, key, name, new DropColumnExpression(t, o));
                    }
                    o = new Column(o.name(), o.type(), o.collation(), o.notNull(), null, null, null, o.comment());
                    ctx.markChanged(ck);
                } else if (expressionSettable(ctx, f, t, o, c)) {
                    // PostgreSQL 17+: computed again in place; indexes and constraints on it are rebuilt by the server,
                    // and views reading it (same name and type) stay
                    SetColumnExpression set = new SetColumnExpression(t, o, c);
                    if (readsDropped(f, tc, o)) {
                        ctx.drop(Rank.DROP_COLUMN, key, name + "." + c.name(), set); // before the column it read goes
                    } else {
                        ctx.create(Rank.ALTER_TABLE, key, name, set);
                    }
                    o = new Column(o.name(), o.type(), o.collation(), o.notNull(), o.defaultExpr(), o.identity(),
                            c.generatedExpr(), o.comment(), o.generatedVirtual(), c.generatedFrom(), o.inherited());
                } else {
                    ctx.markChanged(ck);
                    RecreatedColumns.mark(ctx, f, t, c.name());
                    if (o.generatedExpr() == null) {
                        ctx.dataLoss(name + "." + c.name(), "column becomes generated: it is dropped and added again, its values are recomputed");
                    }
                    ctx.drop(Rank.DROP_COLUMN, key, name + "." + c.name(), new DropColumn(f, o));
                    ctx.create(Rank.ALTER_TABLE, key, name, new AddColumn(t, c));
                    addNotValidNotNull(ctx, t, c);
                    continue;
                }
            }
            alterColumn(ctx, f, t, o, c, key, ck);
        }
        for (Column c : readded) {
            ctx.create(Rank.ALTER_TABLE, key, name, new AddColumn(t, c));
            addNotValidNotNull(ctx, t, c);
        }
        // generated columns first: a column cannot be dropped while a generated column reads it
        List<Column> fromColumns = new ArrayList<>(f.columns().stream().filter(o -> o.generatedExpr() != null).toList());
        fromColumns.addAll(f.columns().stream().filter(o -> o.generatedExpr() == null).toList());
        for (Column o : fromColumns) {
            if (!tc.containsKey(o.name())) {
                droppedCols.add(o.name());
                ctx.markChanged(Keys.column(f.schema(), f.name(), o.name()));
                // a parent's drop leaves the inheriting tables their copy (ONLY); they drop it after, if they lose it too
                ctx.emit(Rank.DROP_COLUMN, name + "." + o.name(), new DropColumn(f, o, Inheritance.dropColumnOnly(ctx, f, o.name())),
                        Inheritance.droppedColumnKeys(f, o.name()), Inheritance.columnDropRequires(ctx, f, o));
                if (o.generatedExpr() == null) {
                    ctx.dataLoss(name + "." + o.name(), "column is dropped with its values" + (added.isEmpty() ? "" : " (if it was renamed, give the rename explicitly)"));
                }
            }
        }
        warnColumnOrder(ctx, f, t, tc);
        for (String d : droppedCols) {
            for (String a : added) {
                ctx.renameCandidate(new RenameCandidate(DiffOptions.Rename.Kind.COLUMN, t.schema(), t.name(), d, a));
                ctx.warn(new Warning(Warning.Kind.POSSIBLE_RENAME, name + "." + d,
                        "dropped while " + name + "." + a + " is added: a rename? (" + name + "." + d + "=" + a + ")"));
            }
        }
    }

    /**
     * The generated columns kept as they are that read a column whose type or collation changes (found in the
     * expression's text, as {@code pg_get_expr} prints the column's name): they are dropped and added again.
     */
    private static Set<String> regenerated(Table f, Table t, Map<String, Column> fc) {
        List<String> retyped = new ArrayList<>();
        for (Column c : t.columns()) {
            Column o = fc.get(c.name());
            if (o != null && (!o.type().equals(c.type()) || !Objects.equals(o.collation(), c.collation()))) {
                retyped.add(c.name());
            }
        }
        Set<String> out = new HashSet<>();
        if (retyped.isEmpty()) {
            return out;
        }
        for (Column c : t.columns()) {
            Column o = fc.get(c.name());
            if (o == null || o.generatedExpr() == null || !Objects.equals(o.generatedExpr(), c.generatedExpr())
                    || o.generatedVirtual() != c.generatedVirtual() || o.inherited()) {
                continue; // an inherited one is the parent's to rebuild: its drop and add reach this table
            }
            for (String r : retyped) {
                if (!r.equals(c.name()) && GeneratedSources.reads(o, r)) {
                    out.add(c.name());
                }
            }
        }
        return out;
    }

    /**
     * Whether a generated column's new expression can be set in place ({@code SET EXPRESSION}, PostgreSQL 17+): both
     * generated of the same kind and type, and not both reading a column the plan drops and one it adds (the old
     * expression must go before the drop, the new one come after the add).
     */
    private static boolean expressionSettable(DiffContext ctx, Table f, Table t, Column o, Column c) {
        if (!ctx.options().serverAtLeast(17) || o.generatedExpr() == null || c.generatedExpr() == null
                || o.generatedVirtual() != c.generatedVirtual() || !o.type().equals(c.type())
                || !Objects.equals(o.collation(), c.collation())) {
            return false;
        }
        Map<String, Column> fc = byKey(f.columns(), Column::name);
        Map<String, Column> tc = byKey(t.columns(), Column::name);
        boolean readsAdded = t.columns().stream().anyMatch(x -> !fc.containsKey(x.name()) && GeneratedSources.reads(c, x.name()));
        return !(readsAdded && readsDropped(f, tc, o));
    }

    /** Whether a generated column of the source reads a column the target no longer has. */
    private static boolean readsDropped(Table f, Map<String, Column> tc, Column o) {
        return f.columns().stream().anyMatch(x -> !tc.containsKey(x.name()) && GeneratedSources.reads(o, x.name()));
    }

    /** A NOT VALID NOT NULL cannot be written in ADD COLUMN: it is added after the column. */
    private static void addNotValidNotNull(DiffContext ctx, Table t, Column c) {
        Constraint k = NotNullNames.of(t, c.name());
        if (c.notNull() && k != null && !k.validated()) {
            ctx.plain(Rank.ADD_CONSTRAINT, t.qualifiedName() + "." + k.name(), new AddConstraint(t, k));
        }
    }

    /** PostgreSQL appends added columns (and columns dropped and added again); it cannot reorder columns. */
    private static void warnColumnOrder(DiffContext ctx, Table f, Table t, Map<String, Column> tc) {
        List<String> reaching = new ArrayList<>();
        List<String> appended = new ArrayList<>();
        Set<String> recreated = ctx.recreatedColumns(t.qualifiedName());
        for (Column o : f.columns()) {
            if (tc.containsKey(o.name()) && !recreated.contains(o.name())) {
                reaching.add(o.name()); // kept in place (columns dropped and added again are appended)
            }
        }
        for (Column c : t.columns()) {
            if (!reaching.contains(c.name())) {
                appended.add(c.name());
            }
        }
        reaching.addAll(appended);
        List<String> wanted = t.columns().stream().map(Column::name).toList();
        // Warn once, when this change puts a column out of place: an appended column that the schema puts
        // before a column that stays. An order that already differed before (an earlier migration appended
        // a column the schema lists in the middle) is not news on every later change of the table.
        int lastKept = -1;
        for (int i = 0; i < wanted.size(); i++) {
            if (!appended.contains(wanted.get(i))) {
                lastKept = i;
            }
        }
        boolean misplaces = false;
        for (int i = 0; i < lastKept; i++) {
            misplaces |= appended.contains(wanted.get(i));
        }
        if (misplaces) {
            ctx.warn(new Warning(Warning.Kind.COLUMN_ORDER, t.qualifiedName(), "column order differs: new columns are appended;"
                    + " Cairn does not rebuild tables to reorder them (the table gets " + String.join(", ", reaching)
                    + "; the schema says " + String.join(", ", wanted) + ")"));
        }
    }

    private static void alterColumn(DiffContext ctx, Table f, Table t, Column o, Column c, String key, String ck) {
        String name = t.qualifiedName();
        if (o.defaultExpr() != null && ctx.anySequenceRenamed()) {
            o = new Column(o.name(), o.type(), o.collation(), o.notNull(), ctx.withRenamedSequences(o.defaultExpr()),
                    o.identity(), o.generatedExpr(), o.comment(), o.generatedVirtual(), o.generatedFrom(), o.inherited());
        }
        boolean typeChange = !o.type().equals(c.type()) || !Objects.equals(o.collation(), c.collation());
        String using = null;
        if (!o.type().equals(c.type()) && !ctx.rules().assignable(o.type(), c.type())) {
            using = conversion(ctx, name + "." + c.name(), o, c);
        }
        boolean defaultChanges = !Objects.equals(o.defaultExpr(), c.defaultExpr()) && !ctx.isDefaultHandled(ck);
        boolean dropDefaultFirst = o.defaultExpr() != null && (defaultChanges || typeChange && using != null)
                && !ctx.isDefaultHandled(ck);
        if (o.identity() != null && c.identity() == null) {
            ctx.create(Rank.ALTER_TABLE, key, name, new DropIdentity(t, o));
        }
        if (dropDefaultFirst) {
            ctx.create(Rank.ALTER_TABLE, key, name, new SetColumnDefault(t, o, null));
        }
        if (typeChange) {
            ctx.markChanged(ck);
            ctx.markColumnRetyped(name, c.name());
            ctx.create(Rank.ALTER_TABLE, key, name, new AlterColumnType(t, o, c, using));
        }
        notNull(ctx, f, t, o, c, key);
        if (o.identity() == null && c.identity() != null) {
            ctx.create(Rank.ALTER_TABLE, key, name, new AddIdentity(t, c));
        } else if (o.identity() != null && c.identity() != null && !o.identity().equals(c.identity())) {
            ctx.create(Rank.ALTER_TABLE, key, name, new AlterIdentity(t, o, c));
        }
        if (c.defaultExpr() != null && (defaultChanges || dropDefaultFirst)) {
            ctx.create(Rank.ALTER_TABLE, key, name, new SetColumnDefault(t, c, c.defaultExpr()));
        }
    }

    /** The USING expression converting the column's values to the new type, warning where values may be lost. */
    private static String conversion(DiffContext ctx, String column, Column o, Column c) {
        String col = Identifiers.quoteIfNeeded(c.name());
        return switch (ctx.rules().conversion(o.type(), c.type(), castless(ctx, o.type()), castless(ctx, c.type()))) {
            case ARRAY_WRAP -> "ARRAY[" + col + "]";
            case FIRST_ELEMENT -> {
                ctx.dataLoss(column, "array column becomes " + c.type() + ": only each array's first element is kept");
                yield "(" + col + ")[1]";
            }
            case THROUGH_INTEGER -> col + "::integer::" + c.type();
            case THROUGH_TEXT -> {
                ctx.unsupported(column, "PostgreSQL has no cast from " + o.type() + " to " + c.type()
                        + ": the column is converted through its text form, which fails on values that do not read as "
                        + c.type() + "; if that is not what you want, write this conversion by hand");
                yield col + "::text::" + c.type();
            }
            case DIRECT -> col + "::" + c.type();
        };
    }

    /**
     * NOT NULL of a kept column: set or dropped; validated, or made NOT VALID or NO INHERIT (or back) by dropping and
     * adding it; and, when the target names it itself, renamed (see {@link NotNullNames}: a generated name follows
     * its column and is never compared).
     */
    private static void notNull(DiffContext ctx, Table f, Table t, Column o, Column c, String key) {
        String name = t.qualifiedName();
        Constraint fromNn = NotNullNames.of(f, o.name());
        Constraint toNn = NotNullNames.of(t, c.name());
        if (o.notNull() != c.notNull()) {
            if (c.notNull() && NotNullNames.needsConstraint(ctx, t, toNn)) {
                // PostgreSQL 18: ADD CONSTRAINT name NOT NULL column [NO INHERIT] [NOT VALID] keeps the name and flags
                ctx.plain(Rank.ADD_CONSTRAINT, name + "." + toNn.name(), new AddConstraint(t, toNn));
            } else {
                ctx.create(Rank.ALTER_TABLE, key, name, new SetColumnNotNull(t, c, c.notNull()));
            }
            return;
        }
        if (!c.notNull()) {
            return;
        }
        boolean fromValid = fromNn == null || fromNn.validated();
        boolean toValid = toNn == null || toNn.validated();
        if (fromValid && !toValid || NotNullNames.noInherit(fromNn) != NotNullNames.noInherit(toNn)) {
            // a validated NOT NULL cannot become NOT VALID, nor change NO INHERIT here: drop it and add it as wanted
            Constraint wanted = toNn != null ? toNn : new Constraint(ctx.rules().defaultNotNullName(t.name(), c.name()),
                    Constraint.Type.NOT_NULL, "NOT NULL " + Identifiers.quoteIfNeeded(c.name()), List.of(c.name()), null, true, null);
            ctx.create(Rank.ALTER_TABLE, key, name, new SetColumnNotNull(t, c, false));
            ctx.plain(Rank.ADD_CONSTRAINT, name + "." + wanted.name(), new AddConstraint(t, wanted));
            return;
        }
        String current = NotNullNames.currentName(ctx, f, o.name(), fromNn);
        String wanted = NotNullNames.wantedName(ctx, f, t, c.name(), fromNn, toNn);
        if (wanted != null && current != null && !current.equals(wanted)) {
            ctx.plain(Rank.RENAME_CONSTRAINT, name + "." + current, new RenameConstraint(t, current, wanted));
            current = wanted;
        }
        if (!fromValid && toValid && current != null) {
            ctx.plain(Rank.VALIDATE_CONSTRAINT, name + "." + current, new ValidateConstraint(t, new Constraint(current,
                    Constraint.Type.NOT_NULL, fromNn.definition(), fromNn.columns(), null, true, fromNn.comment())));
        }
    }

    /** Whether a column type is (an array of) an enum, composite or range type: types cast only to and from strings. */
    private static boolean castless(DiffContext ctx, String type) {
        String k = ctx.typeKeyOf(type);
        if (k == null) {
            return false;
        }
        for (Catalog cat : List.of(ctx.from(), ctx.to())) {
            if (cat.enums().stream().anyMatch(e -> k.equals(Keys.type(e.schema(), e.name())))
                    || cat.composites().stream().anyMatch(e -> k.equals(Keys.type(e.schema(), e.name())))
                    || cat.ranges().stream().anyMatch(e -> k.equals(Keys.type(e.schema(), e.name())))) {
                return true;
            }
        }
        return false;
    }
}
