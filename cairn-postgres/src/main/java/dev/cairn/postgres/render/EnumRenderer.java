package dev.cairn.postgres.render;

import dev.cairn.catalog.EnumType;
import dev.cairn.diff.Change.AddEnumValue;
import dev.cairn.diff.Change.ColumnUse;
import dev.cairn.diff.Change.CreateEnum;
import dev.cairn.diff.Change.DropEnum;
import dev.cairn.diff.Change.RebuildEnum;
import dev.cairn.plan.SafetyFacts;
import dev.cairn.plan.PlannedStatement;
import dev.cairn.postgres.PostgresSafety;
import java.util.List;

/** Enum types, including the rebuild that removes or reorders values. */
final class EnumRenderer {
    private EnumRenderer() {}

    static String createSql(EnumType t) {
        return Sql.of("CREATE TYPE").name(t.schema(), t.name()).kw("AS ENUM (" + Sql.literals(t.labels()) + ")").toString();
    }

    static List<PlannedStatement> create(CreateEnum c, SafetyFacts f) {
        EnumType t = c.type();
        String obj = Sql.display(t.schema(), t.name());
        return Statements.one(createSql(t), "Create enum " + obj, obj, f, Sql.of("DROP TYPE").name(t.schema(), t.name()));
    }

    static List<PlannedStatement> drop(DropEnum c, SafetyFacts f) {
        EnumType t = c.type();
        String obj = Sql.display(t.schema(), t.name());
        return Statements.one(Sql.of("DROP TYPE").name(t.schema(), t.name()), "Drop enum " + obj, obj, f, createSql(t));
    }

    /** PostgreSQL cannot remove an enum value: no reverse. */
    static List<PlannedStatement> addValue(AddEnumValue c, SafetyFacts f) {
        String obj = Sql.display(c.type().schema(), c.type().name());
        Sql sql = Sql.of("ALTER TYPE").name(c.type().schema(), c.type().name()).kw("ADD VALUE").lit(c.value());
        String where = "";
        if (c.after() != null) {
            sql.kw("AFTER").lit(c.after());
            where = " after '" + c.after() + "'";
        } else if (c.before() != null) {
            sql.kw("BEFORE").lit(c.before());
            where = " before '" + c.before() + "'";
        }
        return Statements.one(sql, "Add value '" + c.value() + "' to enum " + obj + where, obj, f, null);
    }

    /** The name the old type moves to while its replacement is built (within PostgreSQL's 63 characters). */
    static String asideName(String name) {
        return (name.length() > 55 ? name.substring(0, 55) : name) + "__old";
    }

    static List<PlannedStatement> rebuild(RebuildEnum c) {
        String schema = c.to().schema();
        String nm = c.to().name();
        String oldName = asideName(nm);
        String type = Sql.qualified(schema, nm);
        String obj = Sql.display(schema, nm);
        Statements out = new Statements();
        out.add(Sql.of("ALTER TYPE").name(schema, nm).kw("RENAME TO").id(oldName),
                "Rebuild enum " + obj + " (values removed or reordered): move the old type aside", obj, SafetyFacts.NONE);
        out.add(createSql(c.to()), "Rebuild enum " + obj + ": create it with the new values", obj, SafetyFacts.NONE);
        boolean loss = !c.removedValues().isEmpty();
        for (ColumnUse u : c.columns()) {
            String arr = u.array() ? "[]" : "";
            String col = Sql.ident(u.column().name());
            ColumnConversion.convert(out, u, "while its type is rebuilt",
                    "TYPE " + type + arr + " USING " + col + "::text" + arr + "::" + type + arr,
                    "Convert " + ColumnConversion.name(u) + " to the rebuilt enum " + obj
                            + (loss ? " (fails on rows holding " + c.removedValues() + ")" : ""),
                    PostgresSafety.convertColumn(u, loss));
        }
        out.add(Sql.of("DROP TYPE").name(schema, oldName), "Rebuild enum " + obj + ": drop the old type", obj,
                PostgresSafety.dropRebuiltEnum(c));
        return out.list();
    }
}
