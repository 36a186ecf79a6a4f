package dev.cairn.postgres.render;

import dev.cairn.catalog.Column;
import dev.cairn.catalog.Sequence;
import dev.cairn.catalog.SequenceOptions;
import dev.cairn.diff.Change.AlterSequence;
import dev.cairn.diff.Change.CreateSequence;
import dev.cairn.diff.Change.DropSequence;
import dev.cairn.diff.Change.RenameSequence;
import dev.cairn.diff.Change.SetSequenceOwnedBy;
import dev.cairn.plan.SafetyFacts;
import dev.cairn.plan.PlannedStatement;
import dev.cairn.postgres.PostgresTypes;
import java.util.List;
import java.util.Objects;

/** Sequences, and the sequence options of identity columns (which share their syntax). */
final class SequenceRenderer {
    private SequenceRenderer() {}

    private static Sql alter(Sequence s) {
        return Sql.of("ALTER SEQUENCE").name(s.schema(), s.name());
    }

    private static String display(Sequence s) {
        return Sql.display(s.schema(), s.name());
    }

    static List<PlannedStatement> create(CreateSequence c, SafetyFacts f) {
        Sequence s = c.sequence();
        return Statements.one(Sql.of("CREATE SEQUENCE").name(s.schema(), s.name()).append(options(s.options(), true)),
                "Create sequence " + display(s), display(s), f, Sql.of("DROP SEQUENCE").name(s.schema(), s.name()));
    }

    /** A sequence's position is data: no reverse. */
    static List<PlannedStatement> drop(DropSequence c, SafetyFacts f) {
        Sequence s = c.sequence();
        return Statements.one(Sql.of("DROP SEQUENCE" + (c.ownedByDropped() ? " IF EXISTS" : "")).name(s.schema(), s.name()),
                "Drop sequence " + display(s) + (c.ownedByDropped() ? " (if its owning column did not take it along)" : ""),
                display(s), f, null);
    }

    /** Reversible unless it restarts the sequence (its position would be lost). */
    static List<PlannedStatement> alter(AlterSequence c, SafetyFacts f) {
        String forward = alterOptions(c.from().options(), c.to().options());
        String back = alterOptions(c.to().options(), c.from().options());
        boolean restarts = forward.endsWith(" RESTART") || back.endsWith(" RESTART");
        return Statements.one(alter(c.to()).append(forward), "Change options of sequence " + display(c.to()), display(c.to()), f,
                restarts ? null : alter(c.to()).append(back));
    }

    /** The previous owner is not part of the change: no reverse. */
    static List<PlannedStatement> ownedBy(SetSequenceOwnedBy c, SafetyFacts f) {
        Sequence s = c.sequence();
        return Statements.one(alter(s).kw("OWNED BY").kw(c.ownedBy() == null ? "NONE" : ownedBy(c.ownedBy(), s.schema())),
                c.ownedBy() == null ? "Detach sequence " + display(s) + " from its column"
                        : "Attach sequence " + display(s) + " to column " + c.ownedBy(),
                display(s), f, null);
    }

    static List<PlannedStatement> rename(RenameSequence c, SafetyFacts f) {
        Sequence s = c.from();
        return Statements.one(alter(s).kw("RENAME TO").id(c.to()), "Rename sequence " + display(s) + " to " + c.to(), display(s), f,
                Sql.of("ALTER SEQUENCE").name(s.schema(), c.to()).kw("RENAME TO").id(s.name()));
    }

    static String ownedBy(String ownedBy, String schema) {
        List<String> p = PostgresTypes.parts(ownedBy);
        if (p.size() == 3) {
            return Sql.qualified(p.get(0), p.get(1)) + "." + Sql.ident(p.get(2));
        }
        return Sql.qualified(schema, p.get(0)) + "." + Sql.ident(p.get(1));
    }

    static long typeMax(String type) {
        return switch (type == null ? "bigint" : type) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }

    static long typeMin(String type) {
        return switch (type == null ? "bigint" : type) {
            case "smallint" -> Short.MIN_VALUE;
            case "integer" -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
    }

    /** Only the options that differ from PostgreSQL's defaults for the data type. */
    static String options(SequenceOptions o, boolean withType) {
        StringBuilder b = new StringBuilder();
        String type = o.dataType() == null ? "bigint" : o.dataType();
        if (withType && !type.equals("bigint")) {
            b.append(" AS ").append(type);
        }
        boolean up = o.increment() > 0;
        long defMin = up ? 1 : typeMin(type);
        long defMax = up ? typeMax(type) : -1;
        if (o.increment() != 1) b.append(" INCREMENT BY ").append(o.increment());
        if (o.minValue() != defMin) b.append(" MINVALUE ").append(o.minValue());
        if (o.maxValue() != defMax) b.append(" MAXVALUE ").append(o.maxValue());
        if (o.start() != (up ? o.minValue() : o.maxValue())) b.append(" START WITH ").append(o.start());
        if (o.cache() != 1) b.append(" CACHE ").append(o.cache());
        if (o.cycle()) b.append(" CYCLE");
        return b.toString();
    }

    static String alterOptions(SequenceOptions f, SequenceOptions t) {
        StringBuilder b = new StringBuilder();
        if (!Objects.equals(f.dataType(), t.dataType())) b.append(" AS ").append(t.dataType() == null ? "bigint" : t.dataType());
        if (f.increment() != t.increment()) b.append(" INCREMENT BY ").append(t.increment());
        if (f.minValue() != t.minValue() || !Objects.equals(f.dataType(), t.dataType())) b.append(" MINVALUE ").append(t.minValue());
        if (f.maxValue() != t.maxValue() || !Objects.equals(f.dataType(), t.dataType())) b.append(" MAXVALUE ").append(t.maxValue());
        if (f.start() != t.start()) b.append(" START WITH ").append(t.start());
        if (f.cache() != t.cache()) b.append(" CACHE ").append(t.cache());
        if (f.cycle() != t.cycle()) b.append(t.cycle() ? " CYCLE" : " NO CYCLE");
        if (f.start() < t.minValue() || f.start() > t.maxValue()) {
            b.append(" RESTART"); // the old range's values do not fit the new one
        }
        return b.toString();
    }

    /** {@code GENERATED ALWAYS|BY DEFAULT AS IDENTITY (options)}. */
    static String identity(Column c) {
        String opts = options(withType(c.identity().options(), c.type()), false).trim();
        return "GENERATED " + (c.identity().always() ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY" + (opts.isEmpty() ? "" : " (" + opts + ")");
    }

    private static SequenceOptions withType(SequenceOptions o, String columnType) {
        return o.dataType() != null ? o : new SequenceOptions(columnType, o.start(), o.increment(), o.minValue(), o.maxValue(), o.cache(), o.cycle());
    }

    /** The {@code SET …} actions of {@code ALTER COLUMN … } that turn identity {@code f} into {@code t}. */
    static String alterIdentity(Column f, Column t) {
        StringBuilder b = new StringBuilder();
        if (f.identity().always() != t.identity().always()) {
            b.append(" SET GENERATED ").append(t.identity().always() ? "ALWAYS" : "BY DEFAULT");
        }
        SequenceOptions a = f.identity().options();
        SequenceOptions o = t.identity().options();
        if (a.increment() != o.increment()) b.append(" SET INCREMENT BY ").append(o.increment());
        if (a.minValue() != o.minValue()) b.append(" SET MINVALUE ").append(o.minValue());
        if (a.maxValue() != o.maxValue()) b.append(" SET MAXVALUE ").append(o.maxValue());
        if (a.start() != o.start()) b.append(" SET START WITH ").append(o.start());
        if (a.cache() != o.cache()) b.append(" SET CACHE ").append(o.cache());
        if (a.cycle() != o.cycle()) b.append(o.cycle() ? " SET CYCLE" : " SET NO CYCLE");
        if (a.start() < o.minValue() || a.start() > o.maxValue()) {
            b.append(" RESTART"); // the old range's values do not fit the new one
        }
        return b.toString();
    }
}
