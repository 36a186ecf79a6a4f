package dev.cairn.postgres.render;

import dev.cairn.catalog.DefinedObject;
import dev.cairn.catalog.DefinedObject.Setting;
import dev.cairn.diff.Change.CreateDefined;
import dev.cairn.diff.Change.DropDefined;
import dev.cairn.diff.Change.SetDefinedComment;
import dev.cairn.diff.Change.SetDefinedOwner;
import dev.cairn.diff.Change.SetDefinedSettings;
import dev.cairn.plan.PlannedStatement;
import dev.cairn.plan.SafetyFacts;
import dev.cairn.sql.Identifiers;
import java.util.List;

/**
 * Every {@link DefinedObject} kind: the statements are the inspector's canonical text, so this only adds the verbs
 * around the object's {@code address} ({@code DROP <address>}, {@code COMMENT ON <address>}, {@code ALTER <address>
 * OWNER TO}).
 */
final class DefinedRenderer {
    private DefinedRenderer() {}

    static List<PlannedStatement> create(CreateDefined c, SafetyFacts f) {
        DefinedObject o = c.object();
        Statements out = new Statements();
        List<String> create = o.create();
        for (int i = 0; i < create.size(); i++) {
            // the first statement creates it: dropping it undoes them all
            out.add(create.get(i), (i == 0 ? "Create " : "Define ") + o.describe(), object(o), f,
                    i == 0 ? drop(o) : null);
        }
        for (Setting s : o.settings()) {
            if (!s.implied()) {
                out.add(s.set(), "Set " + s.name() + " of " + o.describe(), object(o), f);
            }
        }
        return out.list();
    }

    /** Not undone by creating it again: what depended on it may have gone with it. */
    static List<PlannedStatement> drop(DropDefined c, SafetyFacts f) {
        DefinedObject o = c.object();
        return Statements.one(drop(o), "Drop " + o.describe(), object(o), f, null);
    }

    static List<PlannedStatement> settings(SetDefinedSettings c, SafetyFacts f) {
        DefinedObject o = c.object();
        Statements out = new Statements();
        for (Setting s : c.unset()) {
            out.add(s.unset(), "Remove " + s.name() + " of " + o.describe(), object(o), f, s.set());
        }
        for (Setting s : c.set()) {
            out.add(s.set(), "Set " + s.name() + " of " + o.describe() + " to " + s.value(), object(o), f);
        }
        return out.list();
    }

    static List<PlannedStatement> comment(SetDefinedComment c, SafetyFacts f) {
        DefinedObject o = c.object();
        String sql = "COMMENT ON " + o.address() + " IS " + (c.comment() == null ? "NULL" : Identifiers.literal(c.comment()));
        return Statements.one(sql, (c.comment() == null ? "Remove comment on " : "Comment on ") + o.describe(),
                object(o), f, null);
    }

    static List<PlannedStatement> owner(SetDefinedOwner c, SafetyFacts f) {
        DefinedObject o = c.object();
        String sql = "ALTER " + o.address() + " OWNER TO " + Identifiers.quoteIfNeeded(c.owner());
        return Statements.one(sql, "Change owner of " + o.describe() + " to " + c.owner(), object(o), f, null);
    }

    /**
     * The object a statement concerns, as {@code schema.name} (what a pull groups files by): none for kinds without a
     * schema (casts, event triggers), whose statements then go with the statements before them (their function's).
     */
    private static String object(DefinedObject o) {
        return o.schema() == null ? null : o.qualifiedName();
    }

    private static String drop(DefinedObject o) {
        return "DROP " + o.address();
    }
}
