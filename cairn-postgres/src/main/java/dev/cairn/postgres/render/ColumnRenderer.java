package dev.cairn.postgres.render;

import dev.cairn.catalog.Column;
import dev.cairn.catalog.Table;
import dev.cairn.diff.Change.AddColumn;
import dev.cairn.diff.Change.AddIdentity;
import dev.cairn.diff.Change.AlterColumnType;
import dev.cairn.diff.Change.AlterIdentity;
import dev.cairn.diff.Change.DropColumn;
import dev.cairn.diff.Change.DropColumnExpression;
import dev.cairn.diff.Change.DropIdentity;
import dev.cairn.diff.Change.RenameColumn;
import dev.cairn.diff.Change.SetColumnDefault;
import dev.cairn.diff.Change.SetColumnNotNull;
import dev.cairn.plan.SafetyFacts;
import dev.cairn.plan.PlannedStatement;
import dev.cairn.postgres.PostgresSafety;
import java.util.List;

/** Columns: add, drop, rename, type, default, NOT NULL, generation and identity. */
final class ColumnRenderer {
    private ColumnRenderer() {}

    private static Sql alterColumn(Table t, String column) {
        return TableRenderer.alter(t).kw("ALTER COLUMN").id(column);
    }

    private static String display(Table t, String column) {
        return t.qualifiedName() + "." + column;
    }

    static List<PlannedStatement> add(AddColumn c, SafetyFacts f) {
        Table t = c.table();
        Column col = c.column();
        String why = "";
        if (PostgresSafety.addColumnRewrites(col)) {
            why = col.identity() != null ? " (identity: every row gets a value)"
                    : col.generatedExpr() != null ? " (stored generated column)" : " (volatile default: every row gets its own value)";
        } else if (col.notNull() && col.defaultExpr() == null && !TableRenderer.notValidNotNull(t, col)) {
            why = " (NOT NULL without default: fails unless the table is empty)";
        }
        return Statements.one(TableRenderer.alter(t).kw("ADD COLUMN").kw(TableRenderer.columnDefinition(t, col)),
                "Add column " + display(t, col.name()) + why, display(t, col.name()), f,
                TableRenderer.alter(t).kw("DROP COLUMN").id(col.name()));
    }

    static List<PlannedStatement> drop(DropColumn c, SafetyFacts f) {
        return Statements.one(TableRenderer.alterOnly(c.table(), c.only()).kw("DROP COLUMN").id(c.column().name()),
                "Drop column " + display(c.table(), c.column().name())
                        + (c.only() ? " (the tables inheriting it keep theirs)" : ""), display(c.table(), c.column().name()), f, null);
    }

    static List<PlannedStatement> rename(RenameColumn c, SafetyFacts f) {
        return Statements.one(TableRenderer.alter(c.table()).kw("RENAME COLUMN").id(c.from()).kw("TO").id(c.to()),
                "Rename column " + display(c.table(), c.from()) + " to " + c.to(), display(c.table(), c.from()), f,
                TableRenderer.alter(c.table()).kw("RENAME COLUMN").id(c.to()).kw("TO").id(c.from()));
    }

    private static Sql type(Table t, Column c, String using) {
        return alterColumn(t, c.name()).kw("TYPE").kw(c.type()).optional("COLLATE", Sql.collation(c.collation())).optional("USING", using);
    }

    /** Reversible when it rewrote nothing (binary coercible, no USING): the way back narrows, failing rather than losing. */
    static List<PlannedStatement> type(AlterColumnType c, SafetyFacts f) {
        Column from = c.from();
        Column to = c.to();
        boolean rewrite = PostgresSafety.alterColumnTypeRewrites(c);
        String what = from.type().equals(to.type()) ? "Change collation of " + display(c.table(), to.name()) + " to " + to.collation()
                : "Change type of " + display(c.table(), to.name()) + " to " + to.type();
        if (!rewrite) {
            what += " (binary coercible: no rewrite)";
        }
        return Statements.one(type(c.table(), to, c.using()), what, display(c.table(), to.name()), f,
                rewrite ? null : type(c.table(), from, null));
    }

    /** Dropping restores the old default (the change carries the column as it was); setting one does not say what it replaced. */
    static List<PlannedStatement> setDefault(SetColumnDefault c, SafetyFacts f) {
        Column col = c.column();
        Sql sql = alterColumn(c.table(), col.name());
        sql = c.defaultExpr() == null ? sql.kw("DROP DEFAULT") : sql.kw("SET DEFAULT").kw(c.defaultExpr());
        Sql reverse = c.defaultExpr() == null && col.defaultExpr() != null
                ? alterColumn(c.table(), col.name()).kw("SET DEFAULT").kw(col.defaultExpr()) : null;
        return Statements.one(sql, (c.defaultExpr() == null ? "Drop default of " : "Set default of ") + display(c.table(), col.name()),
                display(c.table(), col.name()), f, reverse);
    }

    static List<PlannedStatement> notNull(SetColumnNotNull c, SafetyFacts f) {
        String name = c.column().name();
        return Statements.one(alterColumn(c.table(), name).kw(c.notNull() ? "SET NOT NULL" : "DROP NOT NULL"),
                c.notNull() ? "Make " + display(c.table(), name) + " NOT NULL" : "Allow NULL in " + display(c.table(), name),
                display(c.table(), name), f, alterColumn(c.table(), name).kw(c.notNull() ? "DROP NOT NULL" : "SET NOT NULL"));
    }

    /** The column keeps its values but forgets how they were computed: no reverse (SET EXPRESSION would recompute them). */
    static List<PlannedStatement> dropExpression(DropColumnExpression c, SafetyFacts f) {
        String name = c.column().name();
        return Statements.one(alterColumn(c.table(), name).kw("DROP EXPRESSION"),
                "Make generated column " + display(c.table(), name) + " a plain column", display(c.table(), name), f, null);
    }

    /** Reversed by setting the old expression again. */
    static List<PlannedStatement> setExpression(dev.cairn.diff.Change.SetColumnExpression c, SafetyFacts f) {
        String name = c.to().name();
        return Statements.one(alterColumn(c.table(), name).kw("SET EXPRESSION AS (" + c.to().generatedExpr() + ")"),
                "Compute generated column " + display(c.table(), name) + " by a new expression", display(c.table(), name), f,
                alterColumn(c.table(), name).kw("SET EXPRESSION AS (" + c.from().generatedExpr() + ")"));
    }

    static List<PlannedStatement> addIdentity(AddIdentity c, SafetyFacts f) {
        String name = c.column().name();
        return Statements.one(alterColumn(c.table(), name).kw("ADD").kw(SequenceRenderer.identity(c.column())),
                "Make " + display(c.table(), name) + " an identity column", display(c.table(), name), f,
                alterColumn(c.table(), name).kw("DROP IDENTITY"));
    }

    /** The identity's sequence position is lost: adding it again starts over, so no reverse. */
    static List<PlannedStatement> dropIdentity(DropIdentity c, SafetyFacts f) {
        String name = c.column().name();
        return Statements.one(alterColumn(c.table(), name).kw("DROP IDENTITY"),
                "Stop " + display(c.table(), name) + " being an identity column", display(c.table(), name), f, null);
    }

    /** Reversible unless either direction restarts the sequence. */
    static List<PlannedStatement> alterIdentity(AlterIdentity c, SafetyFacts f) {
        String forward = SequenceRenderer.alterIdentity(c.from(), c.to());
        String back = SequenceRenderer.alterIdentity(c.to(), c.from());
        boolean restarts = forward.endsWith(" RESTART") || back.endsWith(" RESTART");
        return Statements.one(alterColumn(c.table(), c.to().name()).append(forward), "Change identity of " + display(c.table(), c.to().name()),
                display(c.table(), c.to().name()), f, restarts ? null : alterColumn(c.table(), c.to().name()).append(back));
    }
}
