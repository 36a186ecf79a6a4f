package dev.cairn.lint.executed;

import dev.cairn.plan.LockLevel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The user relations of the scratch database at one moment, by oid, with the file each one's data is in
 * ({@code pg_class.relfilenode}): a statement that writes a table anew gives it (its TOAST table and its indexes) a
 * new file, whether or not the table has rows. Read with PostgreSQL's catalogs only, so reading it takes no lock on
 * a user relation.
 */
final class Relations {

    /**
     * One relation.
     *
     * @param kind     {@code pg_class.relkind}: r table, p partitioned table, m materialized view, v view, f foreign
     *                 table, i / I index, t TOAST table, S sequence, c composite type
     * @param filenode 0 for relations without storage (views, partitioned tables)
     * @param owner    the table an index or TOAST table belongs to (its oid), else 0
     */
    record Relation(long oid, String schema, String name, String kind, long filenode, long owner) {
        String qualified() {
            return schema + "." + name;
        }

        /** Relations whose locks people reason about: the things queries name. */
        boolean lockable() {
            return "rpmvf".contains(kind);
        }

        boolean table() {
            return "rpm".contains(kind);
        }

        boolean index() {
            return "iI".contains(kind);
        }
    }

    private static final String READ = "SELECT c.oid::bigint AS oid, n.nspname, c.relname, c.relkind::text AS kind,"
            + " c.relfilenode::bigint AS filenode, coalesce(i.indrelid, t.oid, 0)::bigint AS owner"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_index i ON i.indexrelid = c.oid LEFT JOIN pg_class t ON t.reltoastrelid = c.oid"
            + " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(temp_|toast_temp_)'";

    /** Columns and constraints of user relations, by identity ({@code attrelid:attnum}, constraint oid). */
    private static final String NAMED = "SELECT 'a' || a.attrelid || ':' || a.attnum AS identity, n.nspname || '.'"
            + " || c.relname || '.' || a.attname AS name FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE a.attnum > 0 AND NOT a.attisdropped"
            + " AND c.relkind IN ('r', 'p', 'm', 'v', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
            + " UNION ALL SELECT 'c' || o.oid AS identity, n.nspname || '.' || o.conname AS name FROM pg_constraint o"
            + " JOIN pg_namespace n ON n.oid = o.connamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')";

    private final Map<Long, Relation> byOid;
    /** Every relation, column and constraint by what stays the same when it is renamed: its oid (and number). */
    private final Map<String, String> byIdentity;

    private Relations(Map<Long, Relation> byOid, Map<String, String> byIdentity) {
        this.byOid = byOid;
        this.byIdentity = byIdentity;
    }

    static Relations read(Connection c) throws SQLException {
        Map<Long, Relation> all = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(READ)) {
            while (rs.next()) {
                Relation r = new Relation(rs.getLong("oid"), rs.getString("nspname"), rs.getString("relname"),
                        rs.getString("kind"), rs.getLong("filenode"), rs.getLong("owner"));
                all.put(r.oid(), r);
            }
        }
        // TOAST tables of the system catalogs (pg_toast.pg_toast_1255 …) and their indexes lead to no user table.
        all.values().removeIf(r -> root(all, r) == null);
        Map<String, String> identities = new HashMap<>();
        all.values().forEach(r -> identities.put("r" + r.oid(), r.qualified()));
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(NAMED)) {
            while (rs.next()) {
                identities.put(rs.getString("identity"), rs.getString("name"));
            }
        }
        return new Relations(all, identities);
    }

    /** The user table (or view…) a relation belongs to: itself, the table of an index, of a TOAST table or its index. */
    private static Relation root(Map<Long, Relation> all, Relation r) {
        Relation at = r;
        for (int hops = 0; hops < 3 && at != null; hops++) {
            if (at.owner() == 0) {
                return "pg_toast".equals(at.schema()) ? null : at;
            }
            at = all.get(at.owner());
        }
        return null;
    }

    /**
     * Relations, columns and constraints that are still there in {@code after} under another name (RENAME, SET SCHEMA):
     * old qualified name to new. The catalog, compared by name, sees each as one dropped and one created.
     */
    Map<String, String> renamesUntil(Relations after) {
        Map<String, String> renames = new HashMap<>();
        byIdentity.forEach((identity, name) -> {
            String now = after.byIdentity.get(identity);
            if (now != null && !now.equals(name)) {
                renames.put(name, now);
            }
        });
        return renames;
    }

    /** Names (relations, columns, constraints) in {@code after} whose identity was not here: created. */
    Set<String> appearedUntil(Relations after) {
        Set<String> out = new java.util.HashSet<>();
        after.byIdentity.forEach((identity, name) -> {
            if (!byIdentity.containsKey(identity)) {
                out.add(name);
            }
        });
        return out;
    }

    /** Names here whose identity is gone from {@code after}: dropped. */
    Set<String> disappearedUntil(Relations after) {
        return after.appearedUntil(this);
    }

    private static final String CATALOG_WRITES = "SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)"
            + " FROM pg_stat_xact_sys_tables";

    /**
     * Rows the current transaction has written to the system catalogs so far: unchanged across a statement, the
     * statement changed no object (DML, SELECT, LOCK), so the catalog need not be read again.
     */
    static long catalogWrites(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(CATALOG_WRITES)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    Relation get(long oid) {
        return byOid.get(oid);
    }

    boolean contains(long oid) {
        return byOid.containsKey(oid);
    }

    Set<Long> oids() {
        return byOid.keySet();
    }

    /**
     * What happened to the data files between {@code this} and {@code after}: tables written anew (a changed file of
     * the table or its TOAST table), and indexes rebuilt on their own (a changed file, or an index replaced under the
     * same name as REINDEX CONCURRENTLY does, while its table kept its file).
     */
    Rewrites rewritesUntil(Relations after) {
        Set<String> tables = new TreeSet<>();
        Set<Long> tableOids = new java.util.HashSet<>();
        for (Relation before : byOid.values()) {
            Relation now = after.get(before.oid());
            if (now == null || now.filenode() == before.filenode() || before.filenode() == 0 || before.index()
                    || "S".equals(before.kind())) {
                continue;
            }
            Relation table = root(byOid, before);
            if (table != null && table.table()) {
                tables.add(table.qualified());
                tableOids.add(table.oid());
            }
        }
        Set<String> indexes = new TreeSet<>();
        Map<String, Relation> indexByName = new HashMap<>();
        after.byOid.values().stream().filter(Relation::index).forEach(r -> indexByName.put(r.qualified(), r));
        for (Relation before : byOid.values()) {
            if (!before.index()) {
                continue;
            }
            Relation table = root(byOid, before);
            if (table == null || tableOids.contains(table.oid()) || "pg_toast".equals(before.schema())) {
                continue;
            }
            Relation now = after.get(before.oid());
            Relation same = indexByName.get(before.qualified());
            boolean refiled = now != null && now.filenode() != before.filenode();
            boolean replaced = now == null && same != null && !contains(same.oid());
            if (refiled || replaced) {
                indexes.add(before.qualified());
            }
        }
        return new Rewrites(List.copyOf(tables), List.copyOf(indexes));
    }

    record Rewrites(List<String> tables, List<String> indexes) {}

    // locks

    private static final String LOCKS = "SELECT relation::bigint AS relation, mode FROM pg_locks WHERE locktype = 'relation'"
            + " AND pid = ? AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

    /** The strongest relation lock mode the backend {@code pid} holds or waits for, per relation oid. */
    static Map<Long, LockLevel> locks(Connection c, int pid) throws SQLException {
        Map<Long, LockLevel> modes = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(LOCKS)) {
            s.setInt(1, pid);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    LockLevel mode = mode(rs.getString("mode"));
                    modes.merge(rs.getLong("relation"), mode, LockLevel::max);
                }
            }
        }
        return modes;
    }

    static int backendPid(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** {@code ShareRowExclusiveLock} → {@link LockLevel#SHARE_ROW_EXCLUSIVE}. */
    static LockLevel mode(String pgLocksMode) {
        String bare = pgLocksMode.endsWith("Lock") ? pgLocksMode.substring(0, pgLocksMode.length() - 4) : pgLocksMode;
        return LockLevel.valueOf(bare.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * The locks added between two readings of the same backend's locks, on relations that existed in {@code existing}
     * and that people lock (tables, views…), sorted by relation.
     */
    static List<HeldLock> added(Map<Long, LockLevel> before, Map<Long, LockLevel> after, Relations existing) {
        List<HeldLock> out = new ArrayList<>();
        after.forEach((oid, mode) -> {
            Relation r = existing.get(oid);
            LockLevel had = before.get(oid);
            if (r != null && r.lockable() && (had == null || mode.compareTo(had) > 0)) {
                out.add(new HeldLock(r.qualified(), mode));
            }
        });
        out.sort(java.util.Comparator.comparing(HeldLock::relation));
        return out;
    }

    // scans

    private static final String SCANS = "SELECT relid::bigint AS relid, seq_scan FROM pg_stat_xact_all_tables"
            + " WHERE schemaname NOT IN ('pg_catalog', 'information_schema') AND schemaname !~ '^pg_(toast|temp_|toast_temp_)'"
            + " AND seq_scan > 0";

    /** Sequential scans of each user table so far in the current transaction (the server counts them as it goes). */
    static Map<Long, Long> seqScans(Connection c) throws SQLException {
        Map<Long, Long> scans = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(SCANS)) {
            while (rs.next()) {
                scans.put(rs.getLong("relid"), rs.getLong("seq_scan"));
            }
        }
        return scans;
    }

    /**
     * Existing tables read in full between two readings: their sequential-scan count moved, or an index appeared on
     * them (building it reads every row).
     */
    List<String> scannedUntil(Relations after, Map<Long, Long> scansBefore, Map<Long, Long> scansAfter) {
        Set<String> out = new TreeSet<>();
        scansAfter.forEach((oid, n) -> {
            Relation r = get(oid);
            if (r != null && r.table() && n > scansBefore.getOrDefault(oid, 0L)) {
                out.add(r.qualified());
            }
        });
        for (Relation r : after.byOid.values()) {
            Relation table = r.index() && !contains(r.oid()) ? get(r.owner()) : null;
            if (table != null && table.table()) {
                out.add(table.qualified());
            }
        }
        return List.copyOf(out);
    }

    /** The tables (and views…) a statement names, matched by name against its identifier tokens; indexes lead to their table. */
    List<Relation> named(List<dev.cairn.sql.Token> tokens) {
        Set<String> words = new java.util.HashSet<>();
        for (dev.cairn.sql.Token t : tokens) {
            if (t.kind() == dev.cairn.sql.Token.Kind.WORD) {
                words.add(t.text().toLowerCase(java.util.Locale.ROOT));
            } else if (t.kind() == dev.cairn.sql.Token.Kind.QUOTED_IDENT && t.text().startsWith("\"")) {
                words.add(t.text().substring(1, t.text().length() - 1).replace("\"\"", "\""));
            }
        }
        Map<Long, Relation> found = new java.util.TreeMap<>();
        for (Relation r : byOid.values()) {
            if (!words.contains(r.name())) {
                continue;
            }
            Relation table = r.index() ? get(r.owner()) : r;
            if (table != null && "rp".contains(table.kind())) {
                found.put(table.oid(), table);
            }
        }
        return List.copyOf(found.values());
    }
}
