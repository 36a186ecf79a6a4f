package dev.cairn.diff.kind;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Column;
import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.Index;
import dev.cairn.catalog.ObjectRef;
import dev.cairn.catalog.Policy;
import dev.cairn.catalog.Routine;
import dev.cairn.catalog.Sequence;
import dev.cairn.catalog.Table;
import dev.cairn.catalog.Trigger;
import dev.cairn.catalog.View;
import dev.cairn.diff.Change.DropColumn;
import dev.cairn.diff.Change.RenameColumn;
import dev.cairn.diff.Change.RenameTable;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.DiffOptions;
import dev.cairn.diff.Keys;
import dev.cairn.diff.order.Rank;
import dev.cairn.sql.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The renames the user gave (never guessed): tables first, then columns (named by the table's old or new name).
 * The source catalog is rewritten as if the renames had run — the table or column under its new name in every
 * definition, reference, dependency and sequence owner that names it — so that the kinds compare like with like.
 */
final class ExplicitRenames {
    private ExplicitRenames() {}

    /** Applies the explicit renames to the source catalog, emitting them; returns the renamed source catalog. */
    static Catalog apply(DiffContext ctx) {
        Catalog from = ctx.from();
        Catalog to = ctx.to();
        DiffOptions options = ctx.options();
        List<Table> tables = new ArrayList<>(from.tables());
        List<Sequence> sequences = new ArrayList<>(from.sequences());
        List<View> views = new ArrayList<>(from.views());
        List<Routine> routines = new ArrayList<>(from.routines());
        for (DiffOptions.Rename r : options.renames()) {
            if (r.kind() != DiffOptions.Rename.Kind.TABLE) {
                continue;
            }
            int i = indexOf(tables, r.schema(), r.table());
            if (i < 0) {
                throw new IllegalArgumentException("rename " + r + ": there is no table " + r.schema() + "." + r.table() + " to rename");
            }
            if (to.table(r.schema(), r.to()).isEmpty()) {
                throw new IllegalArgumentException("rename " + r + ": the desired schema has no table " + r.schema() + "." + r.to());
            }
            String oldQ = Identifiers.qualified(r.schema(), r.table());
            String newQ = Identifiers.qualified(r.schema(), r.to());
            Function<String, String> fix = text -> replaceQualified(text, oldQ, newQ);
            Table t = tables.get(i);
            tables.set(i, new Table(t.schema(), r.to(), t.unlogged(), t.columns(), t.constraints(),
                    t.indexes().stream().map(x -> new Index(x.name(), fix.apply(x.definition()), x.unique(), x.comment(), x.attachedTo())).toList(),
                    t.triggers().stream().map(x -> new Trigger(x.name(), fix.apply(x.definition()), x.constraintTrigger(), x.enabled(), x.comment())).toList(),
                    t.policies(), t.rowSecurity(), t.forceRowSecurity(), t.partitionKey(), t.partitionOf(),
                    t.partitionBound(), t.comment(), t.owner(), t.dependsOn()).withExtrasOf(t));
            String oldRef = r.schema() + "." + r.table();
            String newRef = r.schema() + "." + r.to();
            for (int j = 0; j < tables.size(); j++) {
                Table x = tables.get(j);
                tables.set(j, withConstraints(x, x.constraints().stream().map(c -> oldRef.equals(c.referencedTable())
                        ? new Constraint(c.name(), c.type(), fix.apply(c.definition()), c.columns(), newRef, c.validated(), c.comment(), c.inherited())
                        : c).toList(), renameRefs(x.dependsOn(), r.schema(), r.table(), r.to(), null, null),
                        oldRef.equals(x.partitionOf()) ? newRef : x.partitionOf())
                        .withInherits(x.inherits().stream().map(p -> p.equals(oldQ) ? newQ : p).toList()));
            }
            sequences.replaceAll(s -> s.ownedBy() != null && (s.ownedBy().startsWith(oldRef + ".") || s.ownedBy().startsWith(r.table() + "."))
                    ? new Sequence(s.schema(), s.name(), s.options(), s.ownedBy().startsWith(oldRef + ".") ? newRef + s.ownedBy().substring(oldRef.length()) : r.to() + s.ownedBy().substring(r.table().length()), s.comment(), s.owner())
                    : s);
            views.replaceAll(v -> new View(v.schema(), v.name(), v.materialized(), v.definition(), v.columns(), v.options(),
                    v.indexes(), v.comment(), v.owner(), renameRefs(v.dependsOn(), r.schema(), r.table(), r.to(), null, null),
                    v.triggers(), v.columnSettings(), v.withNoData(), v.readsItself(), v.columnTypes()));
            routines.replaceAll(x -> new Routine(x.schema(), x.name(), x.identityArguments(), x.kind(), x.language(), x.returnType(),
                    x.volatility(), x.securityDefiner(), x.definition(), x.comment(), x.owner(),
                    renameRefs(x.dependsOn(), r.schema(), r.table(), r.to(), null, null)));
            ctx.plain(Rank.RENAME_TABLE, r.schema() + "." + r.table(), new RenameTable(r.schema(), r.table(), r.to()));
        }
        for (DiffOptions.Rename r : options.renames()) {
            if (r.kind() != DiffOptions.Rename.Kind.COLUMN) {
                continue;
            }
            String tableName = r.table();
            int i = indexOf(tables, r.schema(), tableName);
            if (i < 0) { // named by its old name
                for (DiffOptions.Rename tr : options.renames()) {
                    if (tr.kind() == DiffOptions.Rename.Kind.TABLE && tr.schema().equals(r.schema()) && tr.table().equals(tableName)) {
                        tableName = tr.to();
                    }
                }
                i = indexOf(tables, r.schema(), tableName);
            }
            if (i < 0) {
                throw new IllegalArgumentException("rename " + r + ": there is no table " + r.schema() + "." + r.table());
            }
            Table t = tables.get(i);
            if (t.columns().stream().noneMatch(c -> c.name().equals(r.column()))) {
                throw new IllegalArgumentException("rename " + r + ": table " + t.qualifiedName() + " has no column " + r.column());
            }
            String tn = tableName;
            if (to.table(r.schema(), tn).map(x -> x.columns().stream().noneMatch(c -> c.name().equals(r.to()))).orElse(true)) {
                throw new IllegalArgumentException("rename " + r + ": the desired table " + r.schema() + "." + tn + " has no column " + r.to());
            }
            if (options.renames().stream().noneMatch(o -> o.kind() == DiffOptions.Rename.Kind.COLUMN && o.schema().equals(r.schema())
                    && (o.table().equals(r.table()) || o.table().equals(tn)) && o.column().equals(r.to()))) {
                t = dropTakenName(ctx, t, r.to());
            }
            Function<String, String> fix = text -> replaceIdent(text, r.column(), r.to());
            tables.set(i, renameColumn(t, r.column(), r.to(), fix));
            // PostgreSQL renames the column in every table inheriting it (they get no rename of their own)
            renameInherited(tables, Identifiers.qualified(r.schema(), tn), r.column(), r.to(), fix);
            String ref = r.schema() + "." + tn;
            for (int j = 0; j < tables.size(); j++) {
                Table x = tables.get(j);
                tables.set(j, withConstraints(x, x.constraints().stream().map(c -> ref.equals(c.referencedTable())
                        ? new Constraint(c.name(), c.type(), fixReferencedColumns(c.definition(), fix), c.columns(), c.referencedTable(), c.validated(), c.comment(), c.inherited())
                        : c).toList(), renameRefs(x.dependsOn(), r.schema(), tn, tn, r.column(), r.to()), x.partitionOf()));
            }
            sequences.replaceAll(s -> s.ownedBy() != null && (s.ownedBy().equals(ref + "." + r.column()) || s.ownedBy().equals(tn + "." + r.column()))
                    ? new Sequence(s.schema(), s.name(), s.options(), s.ownedBy().substring(0, s.ownedBy().length() - r.column().length()) + r.to(), s.comment(), s.owner())
                    : s);
            views.replaceAll(v -> new View(v.schema(), v.name(), v.materialized(), v.definition(), v.columns(), v.options(),
                    v.indexes(), v.comment(), v.owner(), renameRefs(v.dependsOn(), r.schema(), tn, tn, r.column(), r.to()),
                    v.triggers(), v.columnSettings(), v.withNoData(), v.readsItself(), v.columnTypes()));
            routines.replaceAll(x -> new Routine(x.schema(), x.name(), x.identityArguments(), x.kind(), x.language(), x.returnType(),
                    x.volatility(), x.securityDefiner(), x.definition(), x.comment(), x.owner(),
                    renameRefs(x.dependsOn(), r.schema(), tn, tn, r.column(), r.to())));
            ctx.markChanged(Keys.column(r.schema(), tn, r.to()));
            ctx.plain(Rank.RENAME_COLUMN, ref + "." + r.column(), new RenameColumn(tables.get(i), r.column(), r.to()));
        }
        return new Catalog(from.schemas(), from.extensions(), from.enums(), from.domains(), from.composites(),
                from.ranges(), sequences, tables, views, routines, from.privileges(), from.defined());
    }

    /**
     * A column renamed to a name another column of the source table has (the revert of "rename id to x, add a new
     * id"): that other column is not in the target under its name, so it is dropped, before the rename (the drop
     * phase precedes the renames), with the constraints and indexes on it, which PostgreSQL drops with it.
     */
    private static Table dropTakenName(DiffContext ctx, Table t, String name) {
        Column taken = t.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        if (taken == null) {
            return t;
        }
        ctx.markChanged(Keys.column(t.schema(), t.name(), name));
        // ordered by its rank (the dependency graph is built after the renames): the drop phase, before the renames
        ctx.plain(Rank.DROP_COLUMN, t.qualifiedName() + "." + name, new DropColumn(t, taken));
        if (taken.generatedExpr() == null) {
            ctx.dataLoss(t.qualifiedName() + "." + name, "column is dropped with its values: a renamed column takes its name");
        }
        return new Table(t.schema(), t.name(), t.unlogged(), t.columns().stream().filter(c -> c != taken).toList(),
                t.constraints().stream().filter(c -> !c.columns().contains(name)).toList(),
                t.indexes().stream().filter(x -> !TableParts.mentions(x.definition().substring(Math.max(0, x.definition().indexOf(" USING "))), name)).toList(),
                t.triggers(), t.policies(), t.rowSecurity(), t.forceRowSecurity(), t.partitionKey(), t.partitionOf(),
                t.partitionBound(), t.comment(), t.owner(), t.dependsOn()).withExtrasOf(t);
    }

    /** The table with its column {@code column} named {@code to} in its columns, constraints, indexes and policies. */
    private static Table renameColumn(Table t, String column, String to, Function<String, String> fix) {
        return new Table(t.schema(), t.name(), t.unlogged(),
                t.columns().stream().map(c -> renamedSource(c.name().equals(column) ? new Column(to, c.type(), c.collation(), c.notNull(), c.defaultExpr(), c.identity(), c.generatedExpr(), c.comment(), c.generatedVirtual(), c.generatedFrom(), c.inherited()) : c, column, to)).toList(),
                t.constraints().stream().map(c -> new Constraint(c.name(), c.type(), fixOwnColumns(c.definition(), fix), c.columns().stream().map(n -> n.equals(column) ? to : n).toList(), c.referencedTable(), c.validated(), c.comment(), c.inherited())).toList(),
                t.indexes().stream().map(x -> new Index(x.name(), fixIndexColumns(x.definition(), fix), x.unique(), x.comment(), x.attachedTo())).toList(),
                t.triggers(), t.policies().stream().map(p -> new Policy(p.name(), p.command(), p.permissive(), p.roles(), p.using() == null ? null : fix.apply(p.using()), p.withCheck() == null ? null : fix.apply(p.withCheck()), p.comment())).toList(),
                t.rowSecurity(), t.forceRowSecurity(), t.partitionKey(), t.partitionOf(), t.partitionBound(), t.comment(), t.owner(), t.dependsOn())
                .withExtrasOf(t);
    }

    /** Renames the inherited column in the tables inheriting from {@code parent}, and in theirs. */
    private static void renameInherited(List<Table> tables, String parent, String column, String to, Function<String, String> fix) {
        for (int j = 0; j < tables.size(); j++) {
            Table x = tables.get(j);
            if (x.inherits().contains(parent) && x.columns().stream().anyMatch(c -> c.name().equals(column) && c.inherited())) {
                tables.set(j, renameColumn(x, column, to, fix));
                renameInherited(tables, Identifiers.qualified(x.schema(), x.name()), column, to, fix);
            }
        }
    }

    private static int indexOf(List<Table> tables, String schema, String name) {
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).schema().equals(schema) && tables.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static Table withConstraints(Table t, List<Constraint> constraints, List<ObjectRef> dependsOn, String partitionOf) {
        return new Table(t.schema(), t.name(), t.unlogged(), t.columns(), constraints, t.indexes(), t.triggers(),
                t.policies(), t.rowSecurity(), t.forceRowSecurity(), t.partitionKey(), partitionOf,
                t.partitionBound(), t.comment(), t.owner(), dependsOn).withExtrasOf(t);
    }

    private static List<ObjectRef> renameRefs(List<ObjectRef> refs, String schema, String table, String newTable, String column, String newColumn) {
        return refs.stream().map(r -> {
            if (!Objects.equals(schema, r.schema())) {
                return r;
            }
            if (column == null && r.name().equals(table) && !r.kind().equals(ObjectRef.KIND_COLUMN)
                    && !r.kind().equals(ObjectRef.KIND_ROUTINE) && !r.kind().equals(ObjectRef.KIND_TYPE)) {
                return new ObjectRef(r.kind(), schema, newTable);
            }
            if (r.kind().equals(ObjectRef.KIND_COLUMN)) {
                if (column == null && r.name().startsWith(table + ".")) {
                    return new ObjectRef(r.kind(), schema, newTable + r.name().substring(table.length()));
                }
                if (column != null && r.name().equals(table + "." + column)) {
                    return new ObjectRef(r.kind(), schema, table + "." + newColumn);
                }
            }
            return r;
        }).toList();
    }

    private static String replaceQualified(String text, String oldQ, String newQ) {
        if (text == null) {
            return null;
        }
        return text.replaceAll("(?<![\\w\".])" + Pattern.quote(oldQ) + "(?![\\w\"])", Matcher.quoteReplacement(newQ));
    }

    private static String replaceIdent(String text, String old, String neu) {
        if (text == null) {
            return null;
        }
        String oldQ = Identifiers.quoteIfNeeded(old);
        String newQ = Identifiers.quoteIfNeeded(neu);
        return text.replaceAll("(?<![\\w\".])" + Pattern.quote(oldQ) + "(?![\\w\"])", Matcher.quoteReplacement(newQ));
    }

    /** Column names in a constraint definition, not in its REFERENCES part. */
    private static String fixOwnColumns(String def, Function<String, String> fix) {
        int ref = def.indexOf(" REFERENCES ");
        return ref < 0 ? fix.apply(def) : fix.apply(def.substring(0, ref)) + def.substring(ref);
    }

    private static String fixReferencedColumns(String def, Function<String, String> fix) {
        int ref = def.indexOf(" REFERENCES ");
        return ref < 0 ? def : def.substring(0, ref) + fix.apply(def.substring(ref));
    }

    private static String fixIndexColumns(String def, Function<String, String> fix) {
        int using = def.indexOf(" USING ");
        return using < 0 ? def : def.substring(0, using) + fix.apply(def.substring(using));
    }

    /** A generated column reading the renamed column reads it under its new name. */
    private static Column renamedSource(Column c, String from, String to) {
        if (c.generatedFrom() == null || !c.generatedFrom().contains(from)) {
            return c;
        }
        return new Column(c.name(), c.type(), c.collation(), c.notNull(), c.defaultExpr(), c.identity(), c.generatedExpr(),
                c.comment(), c.generatedVirtual(), c.generatedFrom().stream().map(n -> n.equals(from) ? to : n).toList(), c.inherited());
    }
}
