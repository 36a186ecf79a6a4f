package dev.cairn.diff.corpus;

import dev.cairn.testing.DatabaseTest;
import dev.cairn.testing.Gen;
import dev.cairn.testing.Seeded;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Randomly generated schemas, and random mutations of them, round-trip through the differ. The
 * schema is a small model of our own (only for generating SQL text; Cairn itself never parses DDL):
 * an enum, a sequence, tables of many column types with a primary key, an optional foreign key to an
 * earlier table, unique/check constraints and indexes, and views over them. A mutation changes the
 * model; both models are rendered to SQL and loaded into PostgreSQL. Everything is built from small
 * numbers and short lists, so a failing schema prints small and replays from its seed.
 */
@DatabaseTest
class GeneratedSchemaProperties {

    static final String[] TYPES = {"integer", "bigint", "numeric(10,2)", "text", "varchar(20)", "boolean", "timestamptz",
            "date", "jsonb", "uuid", "bytea", "integer[]", "text[]", "mood"};

    record Col(String name, int type, boolean notNull, boolean withDefault, boolean unique, boolean check, boolean indexed) {}

    record Tab(List<Col> cols, boolean fkToPrevious, int viewCols) {}

    record Model(List<String> moodLabels, int seqIncrement, List<Tab> tables) {
        String sql() {
            StringBuilder b = new StringBuilder();
            if (!moodLabels.isEmpty()) {
                b.append("CREATE TYPE mood AS ENUM (");
                b.append(String.join(", ", moodLabels.stream().map(GeneratedSchemaProperties::lit).toList())).append(");\n");
            }
            if (seqIncrement != 0) {
                b.append("CREATE SEQUENCE counter INCREMENT BY ").append(seqIncrement).append(";\n");
            }
            for (int i = 0; i < tables.size(); i++) {
                Tab t = tables.get(i);
                String tn = "t" + i;
                List<String> parts = new ArrayList<>();
                parts.add("id bigint PRIMARY KEY");
                if (t.fkToPrevious() && i > 0) {
                    parts.add("parent_id bigint REFERENCES t" + (i - 1) + " (id) ON DELETE CASCADE");
                }
                List<String> extra = new ArrayList<>();
                for (Col c : t.cols()) {
                    String type = type(c);
                    StringBuilder col = new StringBuilder(q(c.name()) + " " + type);
                    if (c.notNull()) {
                        col.append(" NOT NULL");
                    }
                    String def = c.withDefault() ? defaultFor(type) : null;
                    if (def != null) {
                        col.append(" DEFAULT ").append(def);
                    }
                    parts.add(col.toString());
                    if (c.unique() && !type.equals("jsonb") && !type.endsWith("[]")) {
                        extra.add("ALTER TABLE " + tn + " ADD CONSTRAINT " + q(tn + "_" + c.name() + "_key") + " UNIQUE (" + q(c.name()) + ");");
                    }
                    if (c.check()) {
                        extra.add("ALTER TABLE " + tn + " ADD CONSTRAINT " + q(tn + "_" + c.name() + "_check") + " CHECK (" + q(c.name()) + " IS NOT NULL);");
                    }
                    if (c.indexed()) {
                        String method = type.equals("jsonb") || type.endsWith("[]") ? " USING gin" : "";
                        extra.add("CREATE INDEX " + q(tn + "_" + c.name() + "_idx") + " ON " + tn + method + " (" + q(c.name()) + ");");
                    }
                }
                b.append("CREATE TABLE ").append(tn).append(" (\n    ").append(String.join(",\n    ", parts)).append("\n);\n");
                extra.forEach(e -> b.append(e).append('\n'));
                if (t.viewCols() > 0) {
                    List<String> vc = new ArrayList<>(List.of("id"));
                    t.cols().stream().limit(t.viewCols()).forEach(c -> vc.add(q(c.name())));
                    b.append("CREATE VIEW ").append(tn).append("_v AS SELECT ").append(String.join(", ", vc))
                            .append(" FROM ").append(tn).append(";\n");
                }
            }
            return b.toString();
        }

        private String type(Col c) {
            String type = TYPES[c.type() % TYPES.length];
            return type.equals("mood") && moodLabels.isEmpty() ? "text" : type;
        }

        private String defaultFor(String type) {
            return switch (type) {
                case "integer", "bigint", "numeric(10,2)" -> "0";
                case "text", "varchar(20)" -> "'x'";
                case "boolean" -> "false";
                case "timestamptz" -> "now()";
                case "date" -> "CURRENT_DATE";
                case "jsonb" -> "'{}'::jsonb";
                case "uuid" -> "gen_random_uuid()";
                case "bytea" -> "'\\x00'::bytea";
                case "integer[]", "text[]" -> "'{}'";
                case "mood" -> lit(moodLabels.get(0));
                default -> null;
            };
        }

        @Override
        public String toString() {
            return "\n" + sql();
        }
    }

    static String lit(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    static String q(String ident) {
        return "\"" + ident.replace("\"", "\"\"") + "\"";
    }

    /** A change of the model: {@code kind} picks what, the numbers pick where and how. */
    record Change(int kind, int a, int b) {
        Model apply(Model m) {
            List<Tab> tables = new ArrayList<>(m.tables());
            List<String> labels = new ArrayList<>(m.moodLabels());
            int seq = m.seqIncrement();
            int ti = tables.isEmpty() ? -1 : Math.floorMod(a, tables.size());
            Tab t = ti < 0 ? null : tables.get(ti);
            int ci = t == null || t.cols().isEmpty() ? -1 : Math.floorMod(b, t.cols().size());
            List<Col> cols = t == null ? null : new ArrayList<>(t.cols());
            Col c = ci < 0 ? null : cols.get(ci);
            switch (kind) {
                case 0 -> { if (t != null) cols.add(new Col("added_" + Math.floorMod(b, 100), b, false, b % 2 == 0, false, false, false)); }
                case 1 -> { if (c != null) cols.remove(ci); }
                case 2 -> { if (c != null) cols.set(ci, new Col(c.name(), castableTo(c.type(), a), c.notNull(), false, false, c.check(), false)); }
                case 3 -> { if (c != null) cols.set(ci, new Col(c.name(), c.type(), !c.notNull(), c.withDefault(), c.unique(), c.check(), c.indexed())); }
                case 4 -> { if (c != null) cols.set(ci, new Col(c.name(), c.type(), c.notNull(), !c.withDefault(), c.unique(), c.check(), c.indexed())); }
                case 5 -> { if (c != null) cols.set(ci, new Col(c.name(), c.type(), c.notNull(), c.withDefault(), !c.unique(), c.check(), c.indexed())); }
                case 6 -> { if (c != null) cols.set(ci, new Col(c.name(), c.type(), c.notNull(), c.withDefault(), c.unique(), !c.check(), c.indexed())); }
                case 7 -> { if (c != null) cols.set(ci, new Col(c.name(), c.type(), c.notNull(), c.withDefault(), c.unique(), c.check(), !c.indexed())); }
                case 8 -> { if (t != null) tables.set(ti, new Tab(t.cols(), t.fkToPrevious(), Math.floorMod(b, 3))); }
                case 9 -> { if (t != null) tables.set(ti, new Tab(t.cols(), !t.fkToPrevious(), t.viewCols())); }
                case 10 -> { if (!labels.isEmpty()) labels.add(Math.floorMod(b, labels.size() + 1), "v" + Math.floorMod(a, 1000) + "x"); }
                case 11 -> { if (labels.size() > 1) labels.remove(Math.floorMod(b, labels.size())); }
                case 12 -> seq = seq == 0 ? 1 + Math.floorMod(b, 5) : (b % 2 == 0 ? 0 : seq + 1);
                case 13 -> { if (tables.size() > 1) tables.remove(tables.size() - 1); }
                default -> throw new IllegalArgumentException("change kind " + kind);
            }
            if (cols != null && tables.size() > ti && tables.get(ti) == t) {
                tables.set(ti, new Tab(dedupe(cols), t.fkToPrevious(), t.viewCols()));
            }
            return new Model(List.copyOf(new java.util.LinkedHashSet<>(labels)), seq, tables);
        }

        /**
         * A type the column can be converted to with a direct cast: within integer/bigint/numeric, from
         * anything to text or varchar, from text or varchar to anything. (Casts PostgreSQL does not
         * have, numeric → boolean say, are corpus cases of their own.)
         */
        static int castableTo(int type, int pick) {
            int t = type % TYPES.length;
            int[] targets = t <= 2 ? new int[] {0, 1, 2, 3, 4} : t == 3 || t == 4 ? new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13}
                    : new int[] {3, 4};
            int[] others = java.util.Arrays.stream(targets).filter(x -> x != t).toArray();
            return others[Math.floorMod(pick, others.length)];
        }

        private static List<Col> dedupe(List<Col> cols) {
            java.util.Map<String, Col> byName = new java.util.LinkedHashMap<>();
            cols.forEach(c -> byName.putIfAbsent(c.name(), c));
            return List.copyOf(byName.values());
        }
    }

    static Gen<Model> models() {
        Gen<String> names = Gen.of("a", "b", "c", "d", "e", "Mixed Case", "select");
        Gen<Integer> types = Gen.ints(0, TYPES.length - 1);
        Gen<Boolean> flag = Gen.bool();
        Gen<Col> col = r -> new Col(names.next(r), types.next(r), flag.next(r), flag.next(r), flag.next(r), flag.next(r),
                flag.next(r));
        Gen<List<Col>> cols = col.uniqueList(0, 5, Col::name);
        Gen<Integer> viewCols = Gen.ints(0, 2);
        Gen<Tab> tab = r -> new Tab(cols.next(r), flag.next(r), viewCols.next(r));
        Gen<List<String>> labels = Gen.of("red", "green", "blue", "it's", "Grün").uniqueList(0, 4, l -> l);
        Gen<Integer> increments = Gen.ints(0, 3);
        Gen<List<Tab>> tables = tab.list(1, 4);
        return r -> new Model(labels.next(r), increments.next(r), tables.next(r));
    }

    static Gen<List<Change>> changes() {
        Gen<Integer> kind = Gen.ints(0, 13);
        Gen<Integer> n = Gen.ints(0, 50);
        Gen<Change> change = r -> new Change(kind.next(r), n.next(r), n.next(r));
        return change.list(1, 4);
    }

    /** A schema and the changes that carry it to its mutation. */
    record ChangedModel(Model model, List<Change> changes) {
        Model mutated() {
            Model m = model;
            for (Change c : changes) {
                m = c.apply(m);
            }
            return m;
        }
    }

    // Seeds are pinned so CI is reproducible while the differ still has the bugs the corpus reports
    // (each failure found so far is a hand-written case in diff-cases). Explore with fresh randomness
    // with -Dcairn.seed=N (and -Dcairn.tries=N); a failure prints its schema and the seed to replay it.

    /** Empty → generated schema → empty. */
    @Test
    void generatedSchemaRoundTripsFromEmpty() {
        Seeded.forAll("generated schema round-trips from empty", -1_632_685_548_515_397_639L, 30, models(), model -> {
            SqlLoader.checkLoads(model.sql(), "generated");
            DifferOracle.check("", model.sql());
        });
    }

    /** Generated schema → the same schema mutated → back. */
    @Test
    void generatedSchemaRoundTripsToMutation() {
        Gen<Model> models = models();
        Gen<List<Change>> changes = changes();
        Seeded.forAll("generated schema round-trips to a mutation", -7_158_223_309_068_646_980L, 40,
                r -> new ChangedModel(models.next(r), changes.next(r)), m -> {
                    Model mutated = m.mutated();
                    SqlLoader.checkLoads(m.model().sql(), "generated");
                    SqlLoader.checkLoads(mutated.sql(), "generated, mutated");
                    DifferOracle.checkIgnoringColumnOrder(m.model().sql(), mutated.sql());
                });
    }
}
