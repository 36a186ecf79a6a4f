package dev.cairn.postgres.render;

import dev.cairn.catalog.DomainType;
import dev.cairn.diff.Change.AlterDomain;
import dev.cairn.diff.Change.ColumnUse;
import dev.cairn.diff.Change.ColumnsThroughText;
import dev.cairn.diff.Change.CreateDomain;
import dev.cairn.diff.Change.DropDomain;
import dev.cairn.diff.Change.RebuildDomain;
import dev.cairn.plan.SafetyFacts;
import dev.cairn.plan.PlannedStatement;
import dev.cairn.postgres.PostgresSafety;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Domains: create, drop, alter in place, rebuild on a new base type, and the columns held as text around a change. */
final class DomainRenderer {
    private DomainRenderer() {}

    static String createSql(DomainType d) {
        Sql b = Sql.of("CREATE DOMAIN").name(d.schema(), d.name()).kw("AS").kw(d.baseType())
                .optional("COLLATE", Sql.collation(d.collation())).optional("DEFAULT", d.defaultExpr());
        if (d.notNull()) {
            b.kw("NOT NULL");
        }
        for (DomainType.Check c : d.checks()) {
            b.kw("CONSTRAINT").id(c.name()).kw(c.definition());
        }
        return b.toString();
    }

    static List<PlannedStatement> create(CreateDomain c, SafetyFacts f) {
        DomainType d = c.domain();
        String obj = Sql.display(d.schema(), d.name());
        return Statements.one(createSql(d), "Create domain " + obj, obj, f, Sql.of("DROP DOMAIN").name(d.schema(), d.name()));
    }

    static List<PlannedStatement> drop(DropDomain c, SafetyFacts f) {
        DomainType d = c.domain();
        String obj = Sql.display(d.schema(), d.name());
        return Statements.one(Sql.of("DROP DOMAIN").name(d.schema(), d.name()), "Drop domain " + obj, obj, f, createSql(d));
    }

    static List<PlannedStatement> rebuild(RebuildDomain c) {
        DomainType d = c.to();
        String nm = d.name();
        String oldName = EnumRenderer.asideName(nm);
        String type = Sql.qualified(d.schema(), nm);
        String obj = Sql.display(d.schema(), nm);
        Statements out = new Statements();
        out.add(Sql.of("ALTER DOMAIN").name(d.schema(), nm).kw("RENAME TO").id(oldName),
                "Rebuild domain " + obj + " (base type or collation changes): move the old domain aside", obj, SafetyFacts.NONE);
        out.add(createSql(d), "Rebuild domain " + obj + ": create it on " + d.baseType(), obj, SafetyFacts.NONE);
        for (ColumnUse u : c.columns()) {
            String arr = u.array() ? "[]" : "";
            String col = Sql.ident(u.column().name());
            ColumnConversion.convert(out, u, "while its domain is rebuilt",
                    "TYPE " + type + arr + " USING " + col + "::" + d.baseType() + arr + "::" + type + arr,
                    "Convert " + ColumnConversion.name(u) + " to the rebuilt domain " + obj, PostgresSafety.convertColumn(u, false));
        }
        out.add(Sql.of("DROP DOMAIN").name(d.schema(), oldName), "Rebuild domain " + obj + ": drop the old domain", obj,
                SafetyFacts.NONE);
        return out.list();
    }

    static List<PlannedStatement> alter(AlterDomain c) {
        DomainType f = c.from();
        DomainType t = c.to();
        String obj = Sql.display(t.schema(), t.name());
        Map<String, DomainType.Check> fc = f.checks().stream().collect(Collectors.toMap(DomainType.Check::name, x -> x));
        Map<String, DomainType.Check> tc = t.checks().stream().collect(Collectors.toMap(DomainType.Check::name, x -> x));
        Statements out = new Statements();
        for (DomainType.Check k : f.checks()) {
            if (!k.equals(tc.get(k.name()))) {
                out.add(alter(t).kw("DROP CONSTRAINT").id(k.name()), "Drop check " + k.name() + " of domain " + obj, obj,
                        SafetyFacts.NONE, alter(t).kw("ADD CONSTRAINT").id(k.name()).kw(k.definition()));
            }
        }
        if (!Objects.equals(f.defaultExpr(), t.defaultExpr())) {
            out.add(setDefault(t, t.defaultExpr()), (t.defaultExpr() == null ? "Drop" : "Set") + " default of domain " + obj, obj,
                    SafetyFacts.NONE, setDefault(t, f.defaultExpr()));
        }
        if (f.notNull() != t.notNull()) {
            out.add(alter(t).kw(t.notNull() ? "SET NOT NULL" : "DROP NOT NULL"),
                    (t.notNull() ? "Make" : "Stop making") + " domain " + obj + " NOT NULL", obj,
                    PostgresSafety.domainNotNull(t.notNull()), alter(t).kw(t.notNull() ? "DROP NOT NULL" : "SET NOT NULL"));
        }
        for (DomainType.Check k : t.checks()) {
            if (!k.equals(fc.get(k.name()))) {
                out.add(alter(t).kw("ADD CONSTRAINT").id(k.name()).kw(k.definition()), "Add check " + k.name() + " to domain " + obj,
                        obj, PostgresSafety.domainCheck(k), alter(t).kw("DROP CONSTRAINT").id(k.name()));
            }
        }
        return out.list();
    }

    private static Sql alter(DomainType d) {
        return Sql.of("ALTER DOMAIN").name(d.schema(), d.name());
    }

    private static Sql setDefault(DomainType d, String expr) {
        return expr == null ? alter(d).kw("DROP DEFAULT") : alter(d).kw("SET DEFAULT").kw(expr);
    }

    /**
     * Before ({@code back} false) a domain inside the columns' composite type gains a constraint, the columns are held
     * as text; after, converted back (which checks the stored values).
     */
    static List<PlannedStatement> throughText(ColumnsThroughText c) {
        Statements out = new Statements();
        for (ColumnUse u : c.columns()) {
            String col = Sql.ident(u.column().name());
            String colName = ColumnConversion.name(u);
            String type = u.column().type();
            if (!c.back()) {
                ColumnConversion.dropDefault(out, u, "while a domain inside its type changes");
                out.add(ColumnConversion.alterColumn(u).kw("TYPE text USING " + col + "::text"),
                        "Hold " + colName + " as text while a domain inside its type " + type + " gains a constraint", colName,
                        PostgresSafety.convertColumn(u, false));
            } else {
                out.add(ColumnConversion.alterColumn(u).kw("TYPE").kw(type).optional("COLLATE", Sql.collation(u.column().collation()))
                                .kw("USING " + col + "::" + type),
                        "Convert " + colName + " back to " + type + " (its values are checked against the domain)", colName,
                        PostgresSafety.convertColumn(u, false));
                ColumnConversion.restoreDefault(out, u);
            }
        }
        return out.list();
    }
}
