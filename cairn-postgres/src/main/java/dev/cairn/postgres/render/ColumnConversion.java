package dev.cairn.postgres.render;

import dev.cairn.diff.Change.ColumnUse;
import dev.cairn.plan.SafetyFacts;
import dev.cairn.postgres.PostgresSafety;

/**
 * Converting a column that uses a type being rebuilt: its default (which may name the type) is dropped first and set
 * again after the {@code ALTER COLUMN … TYPE}.
 */
final class ColumnConversion {
    private ColumnConversion() {}

    /** {@code schema.table.column}. */
    static String name(ColumnUse u) {
        return Sql.display(u.schema(), u.table()) + "." + u.column().name();
    }

    static Sql alterColumn(ColumnUse u) {
        return Sql.alterTable(u.schema(), u.table()).kw("ALTER COLUMN").id(u.column().name());
    }

    /** Drops the default ({@code why} says while what), runs {@code action}, restores the default. */
    static void convert(Statements out, ColumnUse u, String why, String action, String comment, SafetyFacts facts) {
        dropDefault(out, u, why);
        out.add(alterColumn(u).kw(action), comment, name(u), facts);
        restoreDefault(out, u);
    }

    static void dropDefault(Statements out, ColumnUse u, String why) {
        if (u.column().defaultExpr() != null) {
            out.add(alterColumn(u).kw("DROP DEFAULT"), "Drop default of " + name(u) + " " + why, name(u),
                    PostgresSafety.alterTable(Sql.display(u.schema(), u.table())), alterColumn(u).kw("SET DEFAULT").kw(u.column().defaultExpr()));
        }
    }

    static void restoreDefault(Statements out, ColumnUse u) {
        if (u.column().defaultExpr() != null) {
            out.add(alterColumn(u).kw("SET DEFAULT").kw(u.column().defaultExpr()), "Set default of " + name(u), name(u),
                    PostgresSafety.alterTable(Sql.display(u.schema(), u.table())), alterColumn(u).kw("DROP DEFAULT"));
        }
    }
}
