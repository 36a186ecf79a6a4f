package dev.cairn.diff.corpus;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import dev.cairn.testing.Gen;

/**
 * Random mutations of a schema that is only known as SQL text. The schema is loaded into the
 * sandbox; a few facts are read back from the catalog (which tables, columns, indexes, constraints
 * exist); each {@link Mutation} (a kind and some random numbers, so it prints short and replays from its seed) becomes
 * an ALTER/CREATE/DROP/COMMENT statement against those facts. Statements PostgreSQL refuses (dropping
 * a NOT NULL under a primary key, a unique constraint on a json column…) are left out, so the
 * mutated schema is "schema text + the statements that applied", and it always loads.
 */
public final class SchemaMutator {
    private SchemaMutator() {}

    /** A mutation seed: {@code kind} picks the statement shape, the numbers pick its targets and variants. */
    public record Mutation(int kind, int a, int b, int c) {
        static final int KINDS = 14;
    }

    public static Gen<List<Mutation>> mutations(int max) {
        Gen<Integer> kind = Gen.ints(0, Mutation.KINDS - 1);
        Gen<Integer> n = Gen.ints(0, 1000);
        Gen<Mutation> one = r -> new Mutation(kind.next(r), n.next(r), n.next(r), n.next(r));
        return one.list(1, max);
    }

    /** What the mutated side is: the base schema, then the mutation statements that applied in order. */
    public record Mutated(String base, List<String> applied) {
        public String sql() {
            StringBuilder sb = new StringBuilder(base);
            sb.append("\n-- mutations\n");
            applied.forEach(s -> sb.append(s).append(";\n"));
            return sb.toString();
        }

        @Override
        public String toString() {
            return "mutations applied: " + applied;
        }
    }

    record Column(String table, String name, String dataType, boolean nullable, Integer maxLength) {}

    record Named(String table, String name) {}

    public static Mutated mutate(String baseSql, String baseName, List<Mutation> mutations) {
        List<String> applied = new ArrayList<>();
        SqlLoader.inSandbox(c -> {
            SqlLoader.load(c, baseSql, baseName);
            int serial = 0;
            for (Mutation m : mutations) {
                serial++;
                String sql = render(c, m, serial);
                if (sql == null) {
                    continue;
                }
                Savepoint sp = c.setSavepoint();
                try (Statement s = c.createStatement()) {
                    s.execute(sql);
                    c.releaseSavepoint(sp);
                    applied.add(sql);
                } catch (SQLException refused) {
                    c.rollback(sp);
                }
            }
        });
        return new Mutated(baseSql, applied);
    }

    static String q(String ident) {
        return "\"" + ident.replace("\"", "\"\"") + "\"";
    }

    private static <T> T pick(List<T> items, int n) {
        return items.isEmpty() ? null : items.get(Math.floorMod(n, items.size()));
    }

    private static String render(Connection c, Mutation m, int serial) throws SQLException {
        List<String> tables = strings(c, """
                SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
                AND NOT c.relispartition ORDER BY 1""");
        String table = pick(tables, m.a());
        if (table == null) {
            return m.kind() == 13 ? "CREATE TABLE mut_t" + serial + " (id bigint PRIMARY KEY, note text)" : null;
        }
        List<Column> columns = columns(c, table);
        Column col = pick(columns, m.b());
        Column col2 = pick(columns, m.c());
        String t = q(table);
        switch (m.kind()) {
            case 0: {
                String[] types = {"integer", "bigint", "text", "varchar(40)", "boolean", "timestamptz", "numeric(10,2)", "jsonb", "uuid", "date"};
                String type = types[Math.floorMod(m.b(), types.length)];
                String def = literalFor(type);
                boolean notNull = m.c() % 2 == 0 && def != null;
                return "ALTER TABLE " + t + " ADD COLUMN mut_c" + serial + " " + type
                        + (notNull ? " NOT NULL DEFAULT " + def : "");
            }
            case 1:
                return col == null ? null : "ALTER TABLE " + t + " DROP COLUMN " + q(col.name()) + " CASCADE";
            case 2:
                return col == null ? null : "ALTER TABLE " + t + " ALTER COLUMN " + q(col.name()) + " TYPE " + changedType(col, m.c());
            case 3:
                return col == null ? null : "ALTER TABLE " + t + " ALTER COLUMN " + q(col.name())
                        + (col.nullable() ? " SET NOT NULL" : " DROP NOT NULL");
            case 4: {
                if (col == null) {
                    return null;
                }
                String def = literalFor(col.dataType());
                return "ALTER TABLE " + t + " ALTER COLUMN " + q(col.name())
                        + (def == null || m.c() % 3 == 0 ? " DROP DEFAULT" : " SET DEFAULT " + def);
            }
            case 5: {
                if (col == null) {
                    return null;
                }
                String cols = q(col.name()) + (col2 != null && !col2.equals(col) && m.c() % 2 == 0 ? ", " + q(col2.name()) : "");
                String where = m.c() % 3 == 0 ? " WHERE " + q(col.name()) + " IS NOT NULL" : "";
                String desc = m.c() % 5 == 0 ? " DESC" : "";
                return "CREATE INDEX mut_i" + serial + " ON " + t + " (" + cols + desc + ")" + where;
            }
            case 6: {
                Named idx = pick(named(c, """
                        SELECT i.indrelid::regclass::text, ic.relname FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
                        WHERE ic.relnamespace = 'public'::regnamespace
                        AND NOT EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = i.indexrelid) ORDER BY 2"""), m.b());
                return idx == null ? null : "DROP INDEX " + q(idx.name());
            }
            case 7:
                return col == null ? null : "ALTER TABLE " + t + " ADD CONSTRAINT mut_ck" + serial + " CHECK (" + q(col.name()) + " IS NOT NULL)";
            case 8:
                return col == null ? null : "ALTER TABLE " + t + " ADD CONSTRAINT mut_uq" + serial + " UNIQUE (" + q(col.name()) + ")";
            case 9: {
                Named con = pick(named(c, """
                        SELECT conrelid::regclass::text, conname FROM pg_constraint
                        WHERE connamespace = 'public'::regnamespace AND contype IN ('p', 'u', 'f', 'c', 'x') ORDER BY 2, 1"""), m.b());
                return con == null ? null : "ALTER TABLE " + q(stripQuotes(con.table())) + " DROP CONSTRAINT " + q(con.name()) + " CASCADE";
            }
            case 10: {
                if (col == null) {
                    return null;
                }
                String cols = q(col.name()) + (col2 != null && !col2.equals(col) ? ", " + q(col2.name()) : "");
                return "CREATE VIEW mut_v" + serial + " AS SELECT " + cols + " FROM " + t
                        + (m.c() % 2 == 0 ? " WHERE " + q(col.name()) + " IS NOT NULL" : "");
            }
            case 11:
                return col == null || m.c() % 2 == 0
                        ? "COMMENT ON TABLE " + t + " IS 'mutated " + serial + "'"
                        : "COMMENT ON COLUMN " + t + "." + q(col.name()) + " IS 'mutated ''" + serial + "'''";
            case 12:
                return "DROP TABLE " + t + " CASCADE";
            case 13:
                return "CREATE TABLE mut_t" + serial + " (id bigint PRIMARY KEY, " + (col == null ? "note text" : "ref_" + serial + " text")
                        + ")";
            default:
                throw new IllegalArgumentException("mutation kind " + m.kind());
        }
    }

    private static String stripQuotes(String regclassText) {
        return regclassText.startsWith("\"") ? regclassText.substring(1, regclassText.length() - 1).replace("\"\"", "\"")
                : regclassText;
    }

    private static String changedType(Column col, int variant) {
        return switch (col.dataType()) {
            case "smallint" -> "integer";
            case "integer" -> variant % 2 == 0 ? "bigint" : "numeric(12,0)";
            case "bigint" -> variant % 2 == 0 ? "numeric(20,0)" : "integer";
            case "character varying" -> variant % 2 == 0 ? "text" : "varchar(" + ((col.maxLength() == null ? 10 : col.maxLength()) + 10 + variant % 90) + ")";
            case "character" -> "varchar(" + ((col.maxLength() == null ? 1 : col.maxLength()) + 5) + ")";
            case "text" -> variant % 2 == 0 ? "varchar(255)" : "integer USING " + q(col.name()) + "::integer";
            case "timestamp without time zone" -> "timestamptz";
            case "timestamp with time zone" -> "timestamp";
            case "boolean" -> "text";
            case "numeric" -> "numeric(18,4)";
            default -> "text";
        };
    }

    static String literalFor(String type) {
        String base = type.replaceAll("\\(.*", "").strip();
        return switch (base) {
            case "smallint", "integer", "bigint", "numeric", "real", "double precision" -> "0";
            case "text", "varchar", "character varying", "character", "char" -> "'x'";
            case "boolean" -> "false";
            case "timestamptz", "timestamp with time zone", "timestamp", "timestamp without time zone" -> "now()";
            case "date" -> "CURRENT_DATE";
            case "jsonb" -> "'{}'::jsonb";
            case "uuid" -> "gen_random_uuid()";
            case "bytea" -> "'\\x00'::bytea";
            default -> null;
        };
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static List<Named> named(Connection c, String sql) throws SQLException {
        List<Named> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new Named(rs.getString(1), rs.getString(2)));
            }
        }
        return out;
    }

    private static List<Column> columns(Connection c, String table) throws SQLException {
        List<Column> out = new ArrayList<>();
        try (var ps = c.prepareStatement("""
                SELECT column_name, data_type, is_nullable = 'YES', character_maximum_length FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position""")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int len = rs.getInt(4);
                    out.add(new Column(table, rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.wasNull() ? null : len));
                }
            }
        }
        return out;
    }
}
