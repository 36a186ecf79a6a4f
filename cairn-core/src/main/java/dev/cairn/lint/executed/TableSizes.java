package dev.cairn.lint.executed;

import dev.cairn.CairnException;
import dev.cairn.db.ConnectionSource;
import dev.cairn.migrate.SqlErrors;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How big each table of a target database is, to rank executed findings: a rewrite of an empty table is harmless, of a
 * 48 GB one an outage. Read once, read-only, without waiting on anyone.
 */
public final class TableSizes {
    /** No target named: findings say what happens, not how long it takes. */
    public static final TableSizes NONE = new TableSizes(Map.of(), false);

    /** A table no bigger than this (in bytes, indexes and TOAST included) counts as small. */
    static final long SMALL_BYTES = 10L * 1024 * 1024;
    /** A table with fewer rows than this counts as small. */
    static final long SMALL_ROWS = 10_000;
    /**
     * Above this many tables, sizes come from the catalog's page counts alone: {@code pg_total_relation_size} takes an
     * ACCESS SHARE lock on every table and index it measures, held to the end of the transaction, and thousands of them
     * would fill a production server's shared lock table.
     */
    static final int EXACT_LIMIT = 200;

    /**
     * One table's size.
     *
     * @param bytes the table with its indexes and TOAST data
     * @param rows  the planner's row estimate ({@code reltuples}), -1 when the table was never analysed
     */
    public record Size(long bytes, long rows) {
        /** Small enough that holding any lock on it is over in moments. */
        public boolean small() {
            return bytes <= SMALL_BYTES && rows < SMALL_ROWS;
        }

        /** {@code 48 GB, 310 M rows}; {@code 8.0 kB, rows unknown}. */
        @Override
        public String toString() {
            return Figures.bytes(bytes) + ", " + (rows < 0 ? "rows unknown" : Figures.rows(rows));
        }
    }

    private final Map<String, Size> sizes;
    private final boolean known;

    private TableSizes(Map<String, Size> sizes, boolean known) {
        this.sizes = Map.copyOf(sizes);
        this.known = known;
    }

    /** Given sizes, by qualified table name ({@code public.orders}). */
    public static TableSizes of(Map<String, Size> sizes) {
        return new TableSizes(sizes, true);
    }

    /** Whether these are a target's sizes (false for {@link #NONE}). */
    public boolean known() {
        return known;
    }

    /** The size of a table by qualified name, when the target has it. */
    public Optional<Size> of(String table) {
        return Optional.ofNullable(sizes.get(table));
    }

    /** Every table's size, by qualified name. */
    public Map<String, Size> all() {
        return new TreeMap<>(sizes);
    }

    private static final String COUNT = "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
            + " AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'";

    /** Exact sizes: locks each table and index in ACCESS SHARE (what a SELECT takes), bounded by lock_timeout. */
    private static final String EXACT = "SELECT n.nspname, c.relname, CASE WHEN c.relkind = 'p'"
            + " THEN (SELECT coalesce(sum(pg_total_relation_size(t.relid)), 0) FROM pg_partition_tree(c.oid) t)"
            + " ELSE pg_total_relation_size(c.oid) END AS bytes, c.reltuples::bigint AS rows, c.relkind::text AS kind"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'm')"
            + " AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'";

    /**
     * Estimated sizes from the catalog alone, without touching any table: pages as VACUUM and ANALYZE last counted them,
     * of the table, its TOAST table and its indexes.
     */
    private static final String ESTIMATE = "SELECT n.nspname, c.relname, (c.relpages::bigint"
            + " + coalesce((SELECT t.relpages FROM pg_class t WHERE t.oid = c.reltoastrelid), 0)"
            + " + coalesce((SELECT sum(i.relpages) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
            + " WHERE x.indrelid = c.oid), 0)) * current_setting('block_size')::bigint AS bytes,"
            + " c.reltuples::bigint AS rows, c.relkind::text AS kind"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'm')"
            + " AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'";

    /**
     * Reads every table's size from {@code target} in a read-only transaction with a short statement and lock timeout;
     * when a table is locked (a migration is running) or there are many tables, the sizes are the catalog's estimates.
     * A partitioned table's size is the sum of its partitions'.
     *
     * @throws CairnException DATABASE when the target cannot be reached or read
     */
    public static TableSizes read(ConnectionSource target) {
        try (Connection c = target.open()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (Statement s = c.createStatement()) {
                s.execute("SET TRANSACTION READ ONLY");
                s.execute("SET LOCAL statement_timeout = '10s'");
                s.execute("SET LOCAL lock_timeout = '1s'");
                long tables;
                try (ResultSet rs = s.executeQuery(COUNT)) {
                    rs.next();
                    tables = rs.getLong(1);
                }
                s.execute("SAVEPOINT sizes");
                Map<String, Size> sizes;
                try {
                    sizes = query(s, tables <= EXACT_LIMIT ? EXACT : ESTIMATE);
                } catch (SQLException e) {
                    if (!"55P03".equals(e.getSQLState()) && !"57014".equals(e.getSQLState())) {
                        throw e;
                    }
                    s.execute("ROLLBACK TO SAVEPOINT sizes");
                    sizes = query(s, ESTIMATE);
                }
                return of(sizes);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw CairnException.database("Reading the table sizes of " + target.describe() + " failed: "
                    + SqlErrors.describe(e).summary() + ".", e);
        }
    }

    private static Map<String, Size> query(Statement s, String sql) throws SQLException {
        Map<String, Size> sizes = new TreeMap<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                long rows = rs.getLong("rows");
                sizes.put(rs.getString("nspname") + "." + rs.getString("relname"), new Size(rs.getLong("bytes"),
                        "p".equals(rs.getString("kind")) || rows < 0 ? -1 : rows));
            }
        }
        return sizes;
    }
}
