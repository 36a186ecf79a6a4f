package dev.cairn.diff;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Column;
import dev.cairn.catalog.DomainType;
import dev.cairn.catalog.Routine;
import dev.cairn.catalog.Table;
import dev.cairn.catalog.View;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * Random DDL for the differential property: each step reads the database's current catalog to pick what it
 * changes, so the steps build on each other (views over views over tables, functions returning a view's row
 * type, generated columns over columns of a domain over a domain, partitions with attached and standalone
 * indexes …). A step may be refused by PostgreSQL (a drop something depends on, a cast that fails): the property
 * then skips it, which is how a dependency-rich state is reached without modelling PostgreSQL's rules here.
 */
final class DdlSteps {
    private final SplittableRandom random;
    private int counter;

    DdlSteps(SplittableRandom random) {
        this.random = random;
    }

    private record Step(int weight, BiFunction<DdlSteps, Catalog, String> sql) {}

    private static final List<Step> STEPS = List.of(
            new Step(6, DdlSteps::createTable),
            new Step(5, DdlSteps::addColumn),
            new Step(3, DdlSteps::dropColumn),
            new Step(3, DdlSteps::changeColumnType),
            new Step(4, DdlSteps::addGeneratedColumn),
            new Step(2, DdlSteps::changeGeneratedExpression),
            new Step(5, DdlSteps::createView),
            new Step(2, DdlSteps::replaceView),
            new Step(2, DdlSteps::createMaterializedView),
            new Step(3, DdlSteps::createRowTypeFunction),
            new Step(2, DdlSteps::replaceFunction),
            new Step(3, DdlSteps::createDomain),
            new Step(2, DdlSteps::alterDomain),
            new Step(3, DdlSteps::createIndex),
            new Step(2, DdlSteps::addCheck),
            new Step(2, DdlSteps::addForeignKey),
            new Step(2, DdlSteps::comment),
            new Step(2, DdlSteps::createPartitioned),
            new Step(2, DdlSteps::addPartition),
            new Step(2, DdlSteps::createEnumOrComposite),
            new Step(2, DdlSteps::renameColumn),
            new Step(2, DdlSteps::renameRelation),
            new Step(3, DdlSteps::dropRelation),
            new Step(1, DdlSteps::dropRoutineOrType),
            new Step(2, DdlSteps::sequenceDefault),
            new Step(1, DdlSteps::identityColumn),
            new Step(2, DdlSteps::addEnumValue),
            new Step(3, DdlSteps::functionUse),
            new Step(2, DdlSteps::trigger),
            new Step(2, DdlSteps::policy),
            new Step(1, DdlSteps::rangeType),
            new Step(2, DdlSteps::joinView),
            new Step(3, DdlSteps::columnSetting),
            new Step(1, DdlSteps::uniqueConstraint),
            new Step(1, DdlSteps::matviewIndex),
            new Step(3, DdlSteps::inheritance),
            new Step(2, DdlSteps::collation),
            new Step(1, DdlSteps::statistics),
            new Step(1, DdlSteps::textSearch),
            new Step(1, DdlSteps::rule));

    private static final int TOTAL_WEIGHT = STEPS.stream().mapToInt(Step::weight).sum();

    /** The next step's SQL for a database in state {@code now}; null when the drawn step has nothing to act on. */
    String next(Catalog now) {
        int pick = random.nextInt(TOTAL_WEIGHT);
        for (Step s : STEPS) {
            pick -= s.weight();
            if (pick < 0) {
                return s.sql().apply(this, now);
            }
        }
        throw new IllegalStateException();
    }

    private String name(String prefix) {
        return prefix + (++counter);
    }

    private <T> T any(List<T> items) {
        return items.isEmpty() ? null : items.get(random.nextInt(items.size()));
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private List<Table> plainTables(Catalog c) {
        return c.tables().stream().filter(t -> t.partitionKey() == null && t.partitionOf() == null).toList();
    }

    private String columnType(Catalog c) {
        List<String> types = new ArrayList<>(List.of("integer", "bigint", "text", "numeric(10,2)", "jsonb", "boolean",
                "date", "varchar(20)"));
        c.domains().forEach(d -> types.add(d.name()));
        c.enums().forEach(e -> types.add(e.name()));
        // not a composite holding a relation's row type: storing one freezes that relation's columns (a documented limit)
        c.composites().stream().filter(t -> t.attributes().stream().allMatch(a -> a.type().equals("integer") || a.type().equals("text")))
                .forEach(t -> types.add(t.name()));
        return any(types);
    }

    private static String q(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private String createTable(Catalog c) {
        String t = name("t");
        StringBuilder b = new StringBuilder("CREATE TABLE " + t + " (id integer PRIMARY KEY");
        int cols = random.nextInt(0, 4);
        for (int i = 0; i < cols; i++) {
            b.append(", c").append(i).append(' ').append(columnType(c));
        }
        return b.append(')').toString();
    }

    private String addColumn(Catalog c) {
        Table t = any(c.tables().stream().filter(x -> x.partitionOf() == null).toList());
        if (t == null) {
            return null;
        }
        String type = columnType(c);
        String def = type.equals("integer") && chance(50) ? " NOT NULL DEFAULT 7" : type.equals("text") && chance(50) ? " DEFAULT 'x'" : "";
        return "ALTER TABLE " + q(t.name()) + " ADD COLUMN " + name("c") + " " + type + def;
    }

    private String dropColumn(Catalog c) {
        Table t = any(c.tables().stream().filter(x -> x.partitionOf() == null).toList());
        Column col = t == null ? null : any(t.columns().stream().filter(x -> !x.name().equals("id")).toList());
        return col == null ? null : "ALTER TABLE " + q(t.name()) + " DROP COLUMN " + q(col.name()) + (chance(30) ? " CASCADE" : "");
    }

    private String changeColumnType(Catalog c) {
        Table t = any(plainTables(c));
        Column col = t == null ? null : any(t.columns().stream().filter(x -> !x.name().equals("id") && x.generatedExpr() == null).toList());
        if (col == null) {
            return null;
        }
        String to = switch (col.type()) {
            case "integer" -> "bigint";
            case "bigint" -> "numeric(20,0)";
            case "text" -> "varchar(200)";
            default -> "text";
        };
        return "ALTER TABLE " + q(t.name()) + " ALTER COLUMN " + q(col.name()) + " TYPE " + to + " USING " + q(col.name()) + "::" + to;
    }

    private String addGeneratedColumn(Catalog c) {
        Table t = any(plainTables(c));
        Column src = t == null ? null : any(t.columns().stream().filter(x -> x.generatedExpr() == null).toList());
        if (src == null) {
            return null;
        }
        return "ALTER TABLE " + q(t.name()) + " ADD COLUMN " + name("g") + " text GENERATED ALWAYS AS (" + q(src.name())
                + "::text || '" + name("#") + "') STORED";
    }

    private String changeGeneratedExpression(Catalog c) {
        Table t = any(plainTables(c));
        Column g = t == null ? null : any(t.columns().stream().filter(x -> x.generatedExpr() != null).toList());
        if (g == null) {
            return null;
        }
        // Recreated by hand the way a user would: the differ must keep what hangs on it, whatever the server offers.
        return "ALTER TABLE " + q(t.name()) + " DROP COLUMN " + q(g.name()) + ", ADD COLUMN " + q(g.name())
                + " text GENERATED ALWAYS AS ('" + name("v") + "'::text || id::text) STORED";
    }

    private String relationName(Catalog c) {
        List<String> names = new ArrayList<>();
        c.tables().forEach(t -> names.add(t.name()));
        c.views().forEach(v -> names.add(v.name()));
        return any(names);
    }

    private String createView(Catalog c) {
        String from = relationName(c);
        if (from == null) {
            return null;
        }
        String v = name("v");
        return "CREATE VIEW " + v + " AS SELECT *" + (chance(40) ? ", 1 AS " + name("k") : "") + " FROM " + q(from)
                + (chance(30) ? " WHERE true" : "");
    }

    private String replaceView(Catalog c) {
        View v = any(c.views().stream().filter(x -> !x.materialized()).toList());
        if (v == null || v.definition().contains("LIMIT")) {
            return null;
        }
        return "CREATE OR REPLACE VIEW " + q(v.name()) + " AS " + v.definition().strip().replaceAll(";$", "") + " LIMIT "
                + random.nextInt(1, 100);
    }

    private String createMaterializedView(Catalog c) {
        String from = relationName(c);
        return from == null ? null : "CREATE MATERIALIZED VIEW " + name("m") + " AS SELECT * FROM " + q(from)
                + (chance(50) ? " WITH NO DATA" : "");
    }

    private String createRowTypeFunction(Catalog c) {
        String rel = relationName(c);
        if (rel == null) {
            return null;
        }
        String f = name("f");
        return chance(50)
                ? "CREATE FUNCTION " + f + "() RETURNS SETOF " + q(rel) + " LANGUAGE sql STABLE AS 'SELECT * FROM " + q(rel).replace("'", "''") + "'"
                : "CREATE FUNCTION " + f + "(r " + q(rel) + ") RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT r::text'";
    }

    private String replaceFunction(Catalog c) {
        Routine r = any(c.routines().stream().filter(x -> "text".equals(x.returnType())).toList());
        return r == null ? null : "CREATE OR REPLACE FUNCTION " + q(r.name()) + "(r " + r.identityArguments().replaceFirst("^r ", "")
                + ") RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT ''" + name("x") + "'' || r::text'";
    }

    private String createDomain(Catalog c) {
        DomainType base = chance(50) ? any(c.domains()) : null;
        String d = name("d");
        String over = base != null ? q(base.name()) : any(List.of("integer", "text", "numeric(8,2)"));
        String check = chance(50) ? " CHECK (VALUE IS NOT NULL)" : "";
        return "CREATE DOMAIN " + d + " AS " + over + check;
    }

    private String alterDomain(Catalog c) {
        DomainType d = any(c.domains());
        if (d == null) {
            return null;
        }
        return chance(50) ? "ALTER DOMAIN " + q(d.name()) + " ADD CONSTRAINT " + name("dk") + " CHECK (VALUE IS DISTINCT FROM NULL)"
                : "COMMENT ON DOMAIN " + q(d.name()) + " IS '" + name("note") + "'";
    }

    private String createIndex(Catalog c) {
        Table t = any(c.tables());
        Column col = t == null ? null : any(t.columns().stream().filter(x -> !x.type().equals("jsonb") && !x.type().contains("[]")).toList());
        return col == null ? null : "CREATE INDEX " + name("i") + " ON " + q(t.name()) + " (" + q(col.name()) + ")";
    }

    private String addCheck(Catalog c) {
        Table t = any(plainTables(c));
        Column col = t == null ? null : any(t.columns());
        return col == null ? null : "ALTER TABLE " + q(t.name()) + " ADD CONSTRAINT " + name("ck") + " CHECK (" + q(col.name())
                + " IS NOT NULL OR id > 0)" + (chance(30) ? " NOT VALID" : "");
    }

    private String addForeignKey(Catalog c) {
        Table from = any(plainTables(c));
        Table to = any(plainTables(c));
        if (from == null || to == null) {
            return null;
        }
        Column col = any(from.columns().stream().filter(x -> x.type().equals("integer")).toList());
        return col == null ? null : "ALTER TABLE " + q(from.name()) + " ADD CONSTRAINT " + name("fk") + " FOREIGN KEY ("
                + q(col.name()) + ") REFERENCES " + q(to.name()) + " (id)" + (chance(50) ? " ON DELETE CASCADE" : "");
    }

    private String comment(Catalog c) {
        Table t = any(c.tables());
        if (t != null && chance(60)) {
            Column col = any(t.columns());
            return "COMMENT ON COLUMN " + q(t.name()) + "." + q(col.name()) + " IS '" + name("about") + "'";
        }
        View v = any(c.views());
        return v == null ? null : "COMMENT ON " + (v.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + q(v.name()) + " IS '" + name("about") + "'";
    }

    private String createPartitioned(Catalog c) {
        String p = name("p");
        return "CREATE TABLE " + p + " (id integer NOT NULL, k integer NOT NULL, note text) PARTITION BY RANGE (k); "
                + "CREATE INDEX " + name("pi") + " ON " + p + " (k); "
                + "CREATE TABLE " + p + "_a PARTITION OF " + p + " FOR VALUES FROM (0) TO (100)";
    }

    private String addPartition(Catalog c) {
        Table parent = any(c.tables().stream().filter(t -> t.partitionKey() != null).toList());
        if (parent == null) {
            return null;
        }
        int from = 100 * random.nextInt(1, 50);
        String part = name(parent.name() + "_");
        String sql = "CREATE TABLE " + part + " PARTITION OF " + q(parent.name()) + " FOR VALUES FROM (" + from + ") TO (" + (from + 100) + ")";
        return chance(50) ? sql + "; CREATE INDEX " + name("si") + " ON " + part + " (k)" : sql;
    }

    private String createEnumOrComposite(Catalog c) {
        if (chance(50)) {
            return "CREATE TYPE " + name("e") + " AS ENUM ('a', 'b'" + (chance(50) ? ", 'c'" : "") + ")";
        }
        String rel = relationName(c);
        return "CREATE TYPE " + name("ct") + " AS (x integer, y " + (rel != null && chance(40) ? q(rel) : "text") + ")";
    }

    private String renameColumn(Catalog c) {
        Table t = any(plainTables(c));
        Column col = t == null ? null : any(t.columns().stream().filter(x -> !x.name().equals("id")).toList());
        return col == null ? null : "ALTER TABLE " + q(t.name()) + " RENAME COLUMN " + q(col.name()) + " TO " + name("r");
    }

    private String renameRelation(Catalog c) {
        Table t = any(plainTables(c));
        return t == null ? null : "ALTER TABLE " + q(t.name()) + " RENAME TO " + name("t");
    }

    private String dropRelation(Catalog c) {
        String cascade = chance(40) ? " CASCADE" : "";
        if (chance(50)) {
            View v = any(c.views());
            return v == null ? null : "DROP " + (v.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + q(v.name()) + cascade;
        }
        Table t = any(c.tables());
        return t == null ? null : "DROP TABLE " + q(t.name()) + cascade;
    }

    private String dropRoutineOrType(Catalog c) {
        if (chance(50)) {
            Routine r = any(c.routines());
            return r == null ? null : "DROP FUNCTION " + q(r.name()) + "(" + r.identityArguments() + ")" + (chance(40) ? " CASCADE" : "");
        }
        DomainType d = any(c.domains());
        return d == null ? null : "DROP DOMAIN " + q(d.name()) + (chance(40) ? " CASCADE" : "");
    }

    private String sequenceDefault(Catalog c) {
        Table t = any(plainTables(c));
        if (t == null) {
            return null;
        }
        String seq = name("s");
        return "CREATE SEQUENCE " + seq + (chance(50) ? " INCREMENT BY 5" : "") + "; ALTER TABLE " + q(t.name()) + " ADD COLUMN "
                + name("c") + " bigint DEFAULT nextval('" + seq + "')" + (chance(50) ? "; ALTER SEQUENCE " + seq + " OWNED BY "
                + q(t.name()) + ".id" : "");
    }

    /** Not on a table others inherit from: PostgreSQL cannot add one there, the differ warns (a documented limit). */
    private String identityColumn(Catalog c) {
        Table t = any(plainTables(c).stream().filter(x -> !hasChildren(c, x)).toList());
        return t == null ? null : "ALTER TABLE " + q(t.name()) + " ADD COLUMN " + name("c") + " bigint GENERATED "
                + (chance(50) ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY";
    }

    private String addEnumValue(Catalog c) {
        var e = any(c.enums());
        return e == null ? null : "ALTER TYPE " + q(e.name()) + " ADD VALUE '" + name("z") + "'" + (chance(30) ? " BEFORE 'a'" : "");
    }

    /** A function used by a default, a check or an index expression, or one of those functions' bodies changed. */
    private String functionUse(Catalog c) {
        Routine existing = any(c.routines().stream().filter(r -> r.name().startsWith("fn")).toList());
        if (existing != null && chance(40)) {
            return "CREATE OR REPLACE FUNCTION " + q(existing.name()) + "(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT x + "
                    + random.nextInt(1, 9) + "'";
        }
        Table t = any(plainTables(c));
        if (t == null) {
            return null;
        }
        String fn = existing != null && chance(50) ? q(existing.name()) : name("fn");
        String create = fn.startsWith("\"") ? "" : "CREATE FUNCTION " + fn + "(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT x + 1'; ";
        return create + switch (random.nextInt(3)) {
            case 0 -> "ALTER TABLE " + q(t.name()) + " ADD COLUMN " + name("c") + " integer DEFAULT " + fn + "(1)";
            case 1 -> "ALTER TABLE " + q(t.name()) + " ADD CONSTRAINT " + name("ck") + " CHECK (" + fn + "(id) > 0)";
            default -> "CREATE INDEX " + name("fi") + " ON " + q(t.name()) + " ((" + fn + "(id)))";
        };
    }

    private String trigger(Catalog c) {
        Table t = any(plainTables(c));
        if (t == null) {
            return null;
        }
        String fn = name("trg");
        return "CREATE FUNCTION " + fn + "() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$; CREATE TRIGGER "
                + name("tr") + " BEFORE INSERT OR UPDATE ON " + q(t.name()) + " FOR EACH ROW EXECUTE FUNCTION " + fn + "()";
    }

    private String policy(Catalog c) {
        Table t = any(plainTables(c));
        return t == null ? null : "ALTER TABLE " + q(t.name()) + " ENABLE ROW LEVEL SECURITY; CREATE POLICY " + name("pol") + " ON "
                + q(t.name()) + " USING (id > " + random.nextInt(0, 5) + ")";
    }

    private String rangeType(Catalog c) {
        String r = name("rg");
        Table t = any(plainTables(c));
        return "CREATE TYPE " + r + " AS RANGE (subtype = integer)"
                + (t == null ? "" : "; ALTER TABLE " + q(t.name()) + " ADD COLUMN " + name("c") + " " + r);
    }

    private String joinView(Catalog c) {
        Table a = any(plainTables(c));
        String b = relationName(c);
        if (a == null || b == null) {
            return null;
        }
        return "CREATE VIEW " + name("jv") + " AS SELECT x.id, y.* FROM " + q(a.name()) + " x JOIN " + q(b) + " y ON true";
    }

    private String columnSetting(Catalog c) {
        Table t = any(plainTables(c));
        Column col = t == null ? null : any(t.columns().stream().filter(x -> !x.name().equals("id") && x.generatedExpr() == null
                && x.identity() == null).toList());
        if (col == null) {
            return null;
        }
        String alter = "ALTER TABLE " + q(t.name()) + " ALTER COLUMN " + q(col.name());
        return switch (random.nextInt(4)) {
            case 0 -> alter + (col.notNull() ? " DROP NOT NULL" : " SET NOT NULL");
            case 1 -> alter + (col.defaultExpr() != null ? " DROP DEFAULT" : " SET DEFAULT NULL");
            case 2 -> alter + " SET STATISTICS " + random.nextInt(10, 500);
            default -> alter + " SET DEFAULT " + (col.type().equals("integer") || col.type().equals("bigint") ? "42" : "NULL");
        };
    }

    private String uniqueConstraint(Catalog c) {
        Table t = any(plainTables(c));
        Column col = t == null ? null : any(t.columns().stream().filter(x -> !x.type().equals("jsonb")).toList());
        return col == null ? null : "ALTER TABLE " + q(t.name()) + " ADD CONSTRAINT " + name("uq") + " UNIQUE" + (chance(30)
                ? " NULLS NOT DISTINCT" : "") + " (" + q(col.name()) + ")";
    }

    private String matviewIndex(Catalog c) {
        View m = any(c.views().stream().filter(View::materialized).toList());
        return m == null || m.columns().isEmpty() ? null : "CREATE INDEX " + name("mi") + " ON " + q(m.name()) + " (" + q(m.columns().get(0)) + ")";
    }

    /** A child inheriting from a table (with a column of its own), or a child leaving or joining a parent. */
    private String inheritance(Catalog c) {
        Table child = any(plainTables(c).stream().filter(t -> !t.inherits().isEmpty()).toList());
        if (child != null && chance(30)) {
            String parent = child.inherits().get(0);
            return "ALTER TABLE " + q(child.name()) + " NO INHERIT " + parent;
        }
        // not under a table with an identity column: re-adding that column later is the documented limit above
        Table parent = any(plainTables(c).stream().filter(x -> x.columns().stream().noneMatch(col -> col.identity() != null)).toList());
        if (parent == null) {
            return null;
        }
        return "CREATE TABLE " + name("ch") + " (" + name("own") + " text" + (chance(30) ? ", CHECK (id > 0) NO INHERIT" : "")
                + ") INHERITS (" + q(parent.name()) + ")";
    }

    private static boolean hasChildren(Catalog c, Table t) {
        return c.tables().stream().anyMatch(x -> x.inherits().contains(t.schema() + "." + t.name()));
    }

    private String collation(Catalog c) {
        Table t = any(plainTables(c));
        String coll = name("co");
        return "CREATE COLLATION " + coll + " (provider = icu, locale = 'und-u-ks-level2', deterministic = false)"
                + (t == null ? "" : "; ALTER TABLE " + q(t.name()) + " ADD COLUMN " + name("c") + " text COLLATE " + coll);
    }

    private String statistics(Catalog c) {
        Table t = any(plainTables(c).stream().filter(x -> x.columns().size() >= 2).toList());
        return t == null ? null : "CREATE STATISTICS " + name("st") + " (ndistinct) ON " + q(t.columns().get(0).name()) + ", "
                + q(t.columns().get(1).name()) + " FROM " + q(t.name());
    }

    private String textSearch(Catalog c) {
        Table t = any(plainTables(c).stream().filter(x -> x.columns().stream().anyMatch(col -> col.type().equals("text"))).toList());
        String cfg = name("ts");
        String create = "CREATE TEXT SEARCH CONFIGURATION " + cfg + " (COPY = english)";
        if (t == null) {
            return create;
        }
        Column col = t.columns().stream().filter(x -> x.type().equals("text")).findFirst().orElseThrow();
        return create + "; CREATE INDEX " + name("tsi") + " ON " + q(t.name()) + " USING gin (to_tsvector('" + cfg + "', "
                + q(col.name()) + "))";
    }

    private String rule(Catalog c) {
        Table t = any(plainTables(c));
        return t == null ? null : "CREATE RULE " + name("ru") + " AS ON DELETE TO " + q(t.name()) + " WHERE old.id < 0 DO INSTEAD NOTHING";
    }
}
