package dev.cairn.postgres.render;

import dev.cairn.catalog.CompositeType;
import dev.cairn.catalog.RangeType;
import dev.cairn.diff.Change.AlterComposite;
import dev.cairn.diff.Change.CreateComposite;
import dev.cairn.diff.Change.CreateRange;
import dev.cairn.diff.Change.DropComposite;
import dev.cairn.diff.Change.DropRange;
import dev.cairn.plan.SafetyFacts;
import dev.cairn.plan.PlannedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Composite and range types. */
final class CompositeRenderer {
    private CompositeRenderer() {}

    private static String attribute(CompositeType.Attribute a) {
        return Sql.ident(a.name()) + " " + a.type() + (a.collation() == null ? "" : " COLLATE " + Sql.collation(a.collation()));
    }

    static String createSql(CompositeType t) {
        return Sql.of("CREATE TYPE").name(t.schema(), t.name()).kw("AS (" + Sql.join(t.attributes(), CompositeRenderer::attribute) + ")")
                .toString();
    }

    private static Sql dropType(String schema, String name) {
        return Sql.of("DROP TYPE").name(schema, name);
    }

    static List<PlannedStatement> create(CreateComposite c, SafetyFacts f) {
        CompositeType t = c.type();
        String obj = Sql.display(t.schema(), t.name());
        return Statements.one(createSql(t), "Create type " + obj, obj, f, dropType(t.schema(), t.name()));
    }

    static List<PlannedStatement> drop(DropComposite c, SafetyFacts f) {
        CompositeType t = c.type();
        String obj = Sql.display(t.schema(), t.name());
        return Statements.one(dropType(t.schema(), t.name()), "Drop type " + obj, obj, f, createSql(t));
    }

    /**
     * The attribute actions that turn {@code f} into {@code t}: drops first, then type changes and adds. ADD ATTRIBUTE
     * appends, so the attributes kept from the first one out of the target's order on are dropped and added again.
     */
    private static List<String> actions(CompositeType f, CompositeType t) {
        List<String> actions = new ArrayList<>();
        Map<String, CompositeType.Attribute> fa = f.attributes().stream().collect(Collectors.toMap(CompositeType.Attribute::name, x -> x));
        int inPlace = f.attributesInPlace(t);
        Set<String> kept = t.attributes().subList(0, inPlace).stream().map(CompositeType.Attribute::name).collect(Collectors.toSet());
        for (CompositeType.Attribute a : f.attributes()) {
            if (!kept.contains(a.name())) {
                actions.add("DROP ATTRIBUTE " + Sql.ident(a.name()));
            }
        }
        for (CompositeType.Attribute a : t.attributes()) {
            CompositeType.Attribute o = fa.get(a.name());
            if (!kept.contains(a.name())) {
                actions.add("ADD ATTRIBUTE " + attribute(a));
            } else if (!o.equals(a)) {
                actions.add("ALTER ATTRIBUTE " + Sql.ident(a.name()) + " TYPE " + a.type()
                        + (a.collation() == null ? "" : " COLLATE " + Sql.collation(a.collation())));
            }
        }
        return actions;
    }

    /** Attributes the type loses take their values in stored rows with them: no reverse then. */
    static List<PlannedStatement> alter(AlterComposite c, SafetyFacts f) {
        CompositeType t = c.to();
        List<String> actions = actions(c.from(), t);
        boolean dropsAttributes = actions.stream().anyMatch(a -> a.startsWith("DROP "));
        String reverse = dropsAttributes ? null : Sql.of("ALTER TYPE").name(t.schema(), t.name())
                .kw(String.join(", ", actions(t, c.from()))).toString();
        return Statements.one(Sql.of("ALTER TYPE").name(t.schema(), t.name()).kw(String.join(", ", actions)),
                "Change attributes of type " + Sql.display(t.schema(), t.name()), Sql.display(t.schema(), t.name()), f, reverse);
    }

    static String createSql(RangeType r) {
        List<String> parts = new ArrayList<>();
        parts.add("SUBTYPE = " + r.subtype());
        if (r.subtypeOpClass() != null) parts.add("SUBTYPE_OPCLASS = " + r.subtypeOpClass());
        if (r.collation() != null) parts.add("COLLATION = " + Sql.collation(r.collation()));
        if (r.canonical() != null) parts.add("CANONICAL = " + r.canonical());
        if (r.subtypeDiff() != null) parts.add("SUBTYPE_DIFF = " + r.subtypeDiff());
        if (r.multirangeTypeName() != null) parts.add("MULTIRANGE_TYPE_NAME = " + Sql.ref(r.multirangeTypeName(), r.schema()));
        return Sql.of("CREATE TYPE").name(r.schema(), r.name()).kw("AS RANGE (" + String.join(", ", parts) + ")").toString();
    }

    static List<PlannedStatement> create(CreateRange c, SafetyFacts f) {
        RangeType r = c.type();
        String obj = Sql.display(r.schema(), r.name());
        return Statements.one(createSql(r), "Create range type " + obj, obj, f, dropType(r.schema(), r.name()));
    }

    static List<PlannedStatement> drop(DropRange c, SafetyFacts f) {
        RangeType r = c.type();
        String obj = Sql.display(r.schema(), r.name());
        return Statements.one(dropType(r.schema(), r.name()), "Drop range type " + obj, obj, f, createSql(r));
    }
}
