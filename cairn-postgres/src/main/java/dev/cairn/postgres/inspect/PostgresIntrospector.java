package dev.cairn.postgres.inspect;
import dev.cairn.dialect.IntrospectOptions;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Column;
import dev.cairn.catalog.CompositeType;
import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.DomainType;
import dev.cairn.catalog.EnumType;
import dev.cairn.catalog.Extension;
import dev.cairn.catalog.Index;
import dev.cairn.catalog.ObjectRef;
import dev.cairn.catalog.Policy;
import dev.cairn.catalog.Privilege;
import dev.cairn.catalog.RangeType;
import dev.cairn.catalog.Routine;
import dev.cairn.catalog.Schema;
import dev.cairn.catalog.Sequence;
import dev.cairn.catalog.SequenceOptions;
import dev.cairn.catalog.Table;
import dev.cairn.catalog.Trigger;
import dev.cairn.catalog.View;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a PostgreSQL database's schema into a {@link Catalog}, using the server's own canonical text
 * ({@code format_type}, {@code pg_get_expr}, {@code pg_get_*def}) with an empty {@code search_path}, so
 * every name in a definition is schema-qualified exactly as {@code pg_dump} prints it.
 *
 * <p>It runs a fixed number of queries (one per object kind, never one per object: {@link #QUERIES}
 * plus the transaction's start and end), all in one {@code REPEATABLE READ, READ ONLY} transaction so
 * they see one snapshot. Supports PostgreSQL 13 to 18.
 *
 * <p>Left out: system schemas, objects that belong to an extension (they are represented by the
 * {@link Extension}), Cairn's history table (and its schema when nothing else is in it), objects
 * PostgreSQL creates on its own (indexes backing constraints, identity sequences, partitions' copies of
 * their parent's indexes, constraints and triggers, NOT NULL constraints with the name PostgreSQL 18
 * gives them).
 */
public final class PostgresIntrospector {
    /**
     * Statements one introspection executes, whatever the size of the schema: 13 queries plus START
     * TRANSACTION and ROLLBACK (with auto-commit on; inside the caller's transaction, 13 plus one that
     * restores the search_path). Privileges add one query.
     */
    public static final int QUERIES = 16;
    /** The oldest major version supported. */
    public static final int MIN_VERSION = 130000;
    private static final long FIRST_NORMAL_OID = 16384;

    private final IntrospectOptions options;
    private int version;
    private String namespaces; // oid[] literal of the included schemas
    /** "classname:oid" of every object that belongs to an extension, to the extension's name. */
    private final Map<String, String> extensionMembers = new HashMap<>();
    private final Map<Long, TableBuilder> tables = new LinkedHashMap<>();
    private final Map<Long, ViewBuilder> views = new LinkedHashMap<>();
    private final Map<Long, TypeBuilder> types = new LinkedHashMap<>();
    private final Map<Long, TypeBuilder> compositeByRelation = new HashMap<>();
    private final Map<Long, RoutineBuilder> routines = new LinkedHashMap<>();
    private final Map<Long, Sequence> sequences = new LinkedHashMap<>();
    private final List<Schema> schemas = new ArrayList<>();
    private final Map<Long, String> schemaNames = new HashMap<>();
    private final List<Extension> extensions = new ArrayList<>();
    private final List<Privilege> privileges = new ArrayList<>();
    private long historyRelation = -1;
    private String historyRelationSchema;

    private PostgresIntrospector(IntrospectOptions options) {
        this.options = options;
    }

    /**
     * Reads the catalog. Runs in its own read-only transaction when the connection is in auto-commit
     * mode; otherwise inside the caller's transaction (whose {@code search_path} it restores).
     *
     * @throws SQLException when a query fails (lost connection, missing privileges on the catalogs)
     * @throws CairnException (DATABASE) when the server is older than PostgreSQL 13
     */
    public static Catalog introspect(Connection c, IntrospectOptions options) throws SQLException {
        return new PostgresIntrospector(options).read(c);
    }

    private Catalog read(Connection c) throws SQLException {
        boolean ownTransaction = c.getAutoCommit();
        String oldSearchPath = null;
        try {
            if (ownTransaction) {
                execute(c, "START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int,"
                            + " current_setting('search_path'), set_config('search_path', '', true)")) {
                rs.next();
                version = rs.getInt(1);
                oldSearchPath = rs.getString(2);
            }
            if (version < MIN_VERSION) {
                throw new CairnException(ExitCode.DATABASE, "The server runs PostgreSQL " + version / 10000 + ", but Cairn"
                        + " reads schemas from PostgreSQL 13 and later: upgrade the server, or use a newer one as the dev"
                        + " database.");
            }
            readExtensionMembers(c);
            readSchemas(c);
            readExtensions(c);
            readTypes(c);
            readSequences(c);
            readRelations(c);
            readColumns(c);
            readConstraints(c);
            readIndexes(c);
            readTriggers(c);
            readPolicies(c);
            readRoutines(c);
            readDependencies(c);
            if (options.privileges()) {
                readPrivileges(c);
            }
            Catalog catalog = build();
            finish(c, ownTransaction, oldSearchPath);
            return catalog;
        } catch (SQLException | RuntimeException e) {
            try {
                finish(c, ownTransaction, oldSearchPath);
            } catch (SQLException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** Ends the read-only transaction, or gives the caller's transaction its search_path back. */
    private static void finish(Connection c, boolean ownTransaction, String oldSearchPath) throws SQLException {
        if (ownTransaction) {
            execute(c, "ROLLBACK");
        } else if (oldSearchPath != null) {
            try (PreparedStatement ps = c.prepareStatement("SELECT set_config('search_path', ?, true)")) {
                ps.setString(1, oldSearchPath);
                ps.executeQuery().close();
            }
        }
    }

    // ---------------------------------------------------------------- queries

    private void readExtensionMembers(Connection c) throws SQLException {
        query(c, """
                SELECT d.classid::regclass::text, d.objid, e.extname
                FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
                WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
                """, false, rs -> extensionMembers.put(rs.getString(1) + ":" + rs.getLong(2), rs.getString(3)));
    }

    private boolean member(String catalog, long oid) {
        return extensionMembers.containsKey(catalog + ":" + oid);
    }

    private void readSchemas(Connection c) throws SQLException {
        List<Long> oids = new ArrayList<>();
        query(c, """
                SELECT n.oid, n.nspname, d.description, pg_get_userbyid(n.nspowner)
                FROM pg_namespace n
                LEFT JOIN pg_description d ON d.objoid = n.oid AND d.classoid = 'pg_namespace'::regclass AND d.objsubid = 0
                WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
                  AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'
                ORDER BY n.nspname
                """, false, rs -> {
            long oid = rs.getLong(1);
            String name = rs.getString(2);
            if (options.includes(name) && !member("pg_namespace", oid)) {
                oids.add(oid);
                schemaNames.put(oid, name);
                schemas.add(new Schema(name, rs.getString(3), owner(rs.getString(4))));
            }
        });
        namespaces = oids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private void readExtensions(Connection c) throws SQLException {
        query(c, """
                SELECT e.extname, e.extnamespace, e.extversion, d.description
                FROM pg_extension e
                LEFT JOIN pg_description d ON d.objoid = e.oid AND d.classoid = 'pg_extension'::regclass AND d.objsubid = 0
                WHERE e.extnamespace = ANY(?::oid[])
                """, true, rs -> extensions.add(new Extension(rs.getString(1), schemaNames.get(rs.getLong(2)),
                rs.getString(3), rs.getString(4))));
    }

    private void readTypes(Connection c) throws SQLException {
        String multirange = version >= 140000 ? "mt.typname" : "NULL::name";
        String multirangeJoin = version >= 140000 ? "LEFT JOIN pg_type mt ON mt.oid = r.rngmultitypid" : "";
        query(c, """
                SELECT t.oid, t.typnamespace, t.typname, t.typtype, pg_get_userbyid(t.typowner), d.description,
                       CASE WHEN t.typtype = 'e' THEN
                           ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)
                       END,
                       CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END,
                       t.typnotnull,
                       CASE WHEN t.typtype = 'd' THEN pg_get_expr(t.typdefaultbin, 0) END,
                       CASE WHEN t.typtype = 'd' AND t.typcollation <> bt.typcollation THEN %1$s END,
                       CASE WHEN t.typtype = 'r' THEN format_type(r.rngsubtype, NULL) END,
                       CASE WHEN t.typtype = 'r' AND NOT opc.opcdefault THEN quote_ident(opcn.nspname) || '.' || quote_ident(opc.opcname) END,
                       CASE WHEN t.typtype = 'r' AND r.rngcollation <> 0 AND r.rngcollation <> st.typcollation THEN %2$s END,
                       CASE WHEN r.rngcanonical <> 0 THEN r.rngcanonical::regproc::text END,
                       CASE WHEN r.rngsubdiff <> 0 THEN r.rngsubdiff::regproc::text END,
                       %3$s,
                       t.typrelid
                FROM pg_type t
                LEFT JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_type'::regclass AND d.objsubid = 0
                LEFT JOIN pg_type bt ON bt.oid = t.typbasetype
                LEFT JOIN pg_collation co ON co.oid = t.typcollation
                LEFT JOIN pg_namespace con ON con.oid = co.collnamespace
                LEFT JOIN pg_range r ON r.rngtypid = t.oid
                LEFT JOIN pg_type st ON st.oid = r.rngsubtype
                LEFT JOIN pg_opclass opc ON opc.oid = r.rngsubopc
                LEFT JOIN pg_namespace opcn ON opcn.oid = opc.opcnamespace
                LEFT JOIN pg_collation rco ON rco.oid = r.rngcollation
                LEFT JOIN pg_namespace rcon ON rcon.oid = rco.collnamespace
                %4$s
                WHERE t.typnamespace = ANY(?::oid[])
                  AND (t.typtype IN ('e', 'd', 'r')
                       OR (t.typtype = 'c' AND (SELECT k.relkind FROM pg_class k WHERE k.oid = t.typrelid) = 'c'))
                """.formatted(collationName("co", "con"), collationName("rco", "rcon"), multirange, multirangeJoin), true, rs -> {
            long oid = rs.getLong(1);
            if (member("pg_type", oid)) {
                return;
            }
            TypeBuilder t = new TypeBuilder();
            t.schema = schemaNames.get(rs.getLong(2));
            t.name = rs.getString(3);
            t.kind = rs.getString(4).charAt(0);
            t.owner = owner(rs.getString(5));
            t.comment = rs.getString(6);
            t.labels = strings(rs.getArray(7));
            t.baseType = rs.getString(8);
            t.notNull = rs.getBoolean(9);
            t.defaultExpr = rs.getString(10);
            t.collation = rs.getString(11);
            t.subtype = rs.getString(12);
            t.subtypeOpClass = rs.getString(13);
            if (t.kind == 'r') {
                t.collation = rs.getString(14);
            }
            t.canonical = rs.getString(15);
            t.subtypeDiff = rs.getString(16);
            String mr = rs.getString(17);
            t.multirange = mr == null || mr.equals(defaultMultirangeName(t.name)) ? null : mr;
            types.put(oid, t);
            if (t.kind == 'c') {
                compositeByRelation.put(rs.getLong(18), t);
            }
        });
    }

    /** PostgreSQL's name for a range's multirange when none is given (makeMultirangeTypeName). */
    static String defaultMultirangeName(String rangeName) {
        int at = rangeName.indexOf("range");
        String name = at >= 0 ? rangeName.substring(0, at) + "multirange" + rangeName.substring(at + 5)
                : rangeName + "_multirange";
        return truncate(name, 63);
    }

    private void readSequences(Connection c) throws SQLException {
        query(c, """
                SELECT k.oid, k.relnamespace, k.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement,
                       s.seqmin, s.seqmax, s.seqcache, s.seqcycle, dep.deptype, tn.nspname, tc.relname, ta.attname,
                       d.description, pg_get_userbyid(k.relowner)
                FROM pg_class k
                JOIN pg_sequence s ON s.seqrelid = k.oid
                LEFT JOIN pg_depend dep ON dep.classid = 'pg_class'::regclass AND dep.objid = k.oid
                     AND dep.refclassid = 'pg_class'::regclass AND dep.refobjsubid > 0 AND dep.deptype IN ('a', 'i')
                LEFT JOIN pg_class tc ON tc.oid = dep.refobjid
                LEFT JOIN pg_namespace tn ON tn.oid = tc.relnamespace
                LEFT JOIN pg_attribute ta ON ta.attrelid = dep.refobjid AND ta.attnum = dep.refobjsubid
                LEFT JOIN pg_description d ON d.objoid = k.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
                WHERE k.relkind = 'S' AND k.relnamespace = ANY(?::oid[])
                """, true, rs -> {
            long oid = rs.getLong(1);
            if ("i".equals(rs.getString(11)) || member("pg_class", oid)) {
                return; // an identity column's sequence belongs to the column
            }
            String schema = schemaNames.get(rs.getLong(2));
            String ownedBy = null;
            if (rs.getString(13) != null) {
                String table = rs.getString(12).equals(schema) ? rs.getString(13) : rs.getString(12) + "." + rs.getString(13);
                ownedBy = table + "." + rs.getString(14);
            }
            sequences.put(oid, new Sequence(schema, rs.getString(3), sequenceOptions(rs, 4), ownedBy, rs.getString(15),
                    owner(rs.getString(16))));
        });
    }

    private static SequenceOptions sequenceOptions(ResultSet rs, int from) throws SQLException {
        if (rs.getString(from) == null) {
            return null;
        }
        return new SequenceOptions(rs.getString(from), rs.getLong(from + 1), rs.getLong(from + 2), rs.getLong(from + 3),
                rs.getLong(from + 4), rs.getLong(from + 5), rs.getBoolean(from + 6));
    }

    private void readRelations(Connection c) throws SQLException {
        query(c, """
                SELECT k.oid, k.relnamespace, k.relname, k.relkind, k.relpersistence, k.relrowsecurity,
                       k.relforcerowsecurity,
                       CASE WHEN k.relkind = 'p' THEN pg_get_partkeydef(k.oid) END,
                       pn.nspname, pk.relname,
                       CASE WHEN k.relispartition THEN pg_get_expr(k.relpartbound, k.oid) END,
                       CASE WHEN k.relkind IN ('v', 'm') THEN pg_get_viewdef(k.oid, true) END,
                       k.reloptions::text[], d.description, pg_get_userbyid(k.relowner)
                FROM pg_class k
                LEFT JOIN pg_inherits inh ON k.relispartition AND inh.inhrelid = k.oid
                LEFT JOIN pg_class pk ON pk.oid = inh.inhparent
                LEFT JOIN pg_namespace pn ON pn.oid = pk.relnamespace
                LEFT JOIN pg_description d ON d.objoid = k.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
                WHERE k.relkind IN ('r', 'p', 'v', 'm') AND k.relnamespace = ANY(?::oid[])
                """, true, rs -> {
            long oid = rs.getLong(1);
            String schema = schemaNames.get(rs.getLong(2));
            String name = rs.getString(3);
            if (member("pg_class", oid)) {
                return;
            }
            if (options.isHistoryTable(schema, name)) {
                historyRelation = oid;
                historyRelationSchema = schema;
                return;
            }
            char kind = rs.getString(4).charAt(0);
            if (kind == 'v' || kind == 'm') {
                ViewBuilder v = new ViewBuilder();
                v.schema = schema;
                v.name = name;
                v.materialized = kind == 'm';
                v.definition = rs.getString(12);
                v.options = strings(rs.getArray(13));
                v.comment = rs.getString(14);
                v.owner = owner(rs.getString(15));
                views.put(oid, v);
                return;
            }
            TableBuilder t = new TableBuilder();
            t.schema = schema;
            t.name = name;
            t.unlogged = "u".equals(rs.getString(5));
            t.rowSecurity = rs.getBoolean(6);
            t.forceRowSecurity = rs.getBoolean(7);
            t.partitionKey = rs.getString(8);
            if (rs.getString(10) != null) {
                t.partitionOf = rs.getString(9) + "." + rs.getString(10);
                t.dependsOn.add(new ObjectRef(ObjectRef.KIND_TABLE, rs.getString(9), rs.getString(10)));
            }
            t.partitionBound = rs.getString(11);
            t.comment = rs.getString(14);
            t.owner = owner(rs.getString(15));
            tables.put(oid, t);
        });
    }

    private void readColumns(Connection c) throws SQLException {
        query(c, """
                SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod),
                       CASE WHEN a.attcollation <> t.typcollation THEN %s END,
                       a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid), a.attidentity, a.attgenerated,
                       format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
                       d.description
                FROM pg_attribute a
                JOIN pg_class k ON k.oid = a.attrelid
                JOIN pg_type t ON t.oid = a.atttypid
                LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
                LEFT JOIN pg_collation co ON co.oid = a.attcollation
                LEFT JOIN pg_namespace con ON con.oid = co.collnamespace
                LEFT JOIN LATERAL (
                    SELECT sq.* FROM pg_depend idd JOIN pg_sequence sq ON sq.seqrelid = idd.objid
                    WHERE a.attidentity <> '' AND idd.refclassid = 'pg_class'::regclass AND idd.refobjid = a.attrelid
                      AND idd.refobjsubid = a.attnum AND idd.classid = 'pg_class'::regclass AND idd.deptype = 'i'
                ) s ON true
                LEFT JOIN pg_description d ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass
                     AND d.objsubid = a.attnum
                WHERE k.relkind IN ('r', 'p', 'v', 'm', 'c') AND k.relnamespace = ANY(?::oid[])
                  AND a.attnum > 0 AND NOT a.attisdropped
                ORDER BY a.attrelid, a.attnum
                """.formatted(collationName("co", "con")), true, rs -> {
            long rel = rs.getLong(1);
            String name = rs.getString(2);
            TableBuilder table = tables.get(rel);
            if (table != null) {
                String identity = rs.getString(7);
                String generated = rs.getString(8);
                String expr = rs.getString(6);
                boolean isGenerated = generated != null && !generated.isEmpty();
                Column.Identity id = identity == null || identity.isEmpty() ? null
                        : new Column.Identity(identity.equals("a"), sequenceOptions(rs, 9));
                table.columns.add(new Column(name, rs.getString(3), rs.getString(4), rs.getBoolean(5),
                        isGenerated ? null : expr, id, isGenerated ? expr : null, rs.getString(16), "v".equals(generated)));
                return;
            }
            ViewBuilder view = views.get(rel);
            if (view != null) {
                view.columns.add(name);
                return;
            }
            TypeBuilder composite = compositeByRelation.get(rel);
            if (composite != null) {
                composite.attributes.add(new CompositeType.Attribute(name, rs.getString(3), rs.getString(4)));
            }
        });
    }

    private void readConstraints(Connection c) throws SQLException {
        query(c, """
                SELECT co.conrelid, co.contypid, co.conname, co.contype, pg_get_constraintdef(co.oid), co.convalidated,
                       ARRAY(SELECT a.attname::text FROM unnest(co.conkey) WITH ORDINALITY k(num, i)
                             JOIN pg_attribute a ON a.attrelid = co.conrelid AND a.attnum = k.num ORDER BY k.i),
                       fn.nspname, fk.relname, d.description, co.conislocal, co.connoinherit
                FROM pg_constraint co
                LEFT JOIN pg_class fk ON fk.oid = co.confrelid
                LEFT JOIN pg_namespace fn ON fn.oid = fk.relnamespace
                LEFT JOIN pg_description d ON d.objoid = co.oid AND d.classoid = 'pg_constraint'::regclass AND d.objsubid = 0
                WHERE co.connamespace = ANY(?::oid[]) AND co.contype <> 't' AND co.conparentid = 0
                ORDER BY co.conname
                """, true, rs -> {
            char type = rs.getString(4).charAt(0);
            String name = rs.getString(3);
            TypeBuilder domain = types.get(rs.getLong(2));
            if (domain != null) {
                if (type == 'c') {
                    domain.checks.add(new DomainType.Check(name, rs.getString(5)));
                }
                return; // a domain's NOT NULL is DomainType.notNull
            }
            TableBuilder table = tables.get(rs.getLong(1));
            if (table == null || !rs.getBoolean(11)) {
                return; // inherited from a parent: created with the parent's
            }
            boolean validated = rs.getBoolean(6);
            List<String> columns = strings(rs.getArray(7));
            if (type == 'n' && validated && !rs.getBoolean(12) && columns.size() == 1
                    && isDefaultNotNullName(name, table.name, columns.get(0))) {
                return; // PostgreSQL 18 names every NOT NULL; Column.notNull carries the unnamed ones
            }
            Constraint.Type kind = switch (type) {
                case 'p' -> Constraint.Type.PRIMARY_KEY;
                case 'u' -> Constraint.Type.UNIQUE;
                case 'f' -> Constraint.Type.FOREIGN_KEY;
                case 'c' -> Constraint.Type.CHECK;
                case 'x' -> Constraint.Type.EXCLUSION;
                case 'n' -> Constraint.Type.NOT_NULL;
                default -> null;
            };
            if (kind == null) {
                return;
            }
            String referenced = rs.getString(9) == null ? null : rs.getString(8) + "." + rs.getString(9);
            table.constraints.add(new Constraint(name, kind, rs.getString(5), columns, referenced, validated,
                    rs.getString(10)));
        });
    }

    private static final Pattern NOT_NULL_LABEL = Pattern.compile("not_null\\d*$");

    /** Whether PostgreSQL 18 would have chosen this name for a column's NOT NULL (ChooseConstraintName). */
    static boolean isDefaultNotNullName(String name, String table, String column) {
        Matcher m = NOT_NULL_LABEL.matcher(name);
        return m.find() && name.equals(makeObjectName(table, column, m.group()));
    }

    /** PostgreSQL's makeObjectName: name1_name2_label, the longer name shortened to fit 63 bytes. */
    static String makeObjectName(String name1, String name2, String label) {
        byte[] b1 = name1.getBytes(StandardCharsets.UTF_8);
        byte[] b2 = name2.getBytes(StandardCharsets.UTF_8);
        int avail = 63 - (label.length() + 1) - 1;
        int n1 = b1.length;
        int n2 = b2.length;
        while (n1 + n2 > avail) {
            if (n1 > n2) {
                n1--;
            } else {
                n2--;
            }
        }
        return clip(name1, n1) + "_" + clip(name2, n2) + "_" + label;
    }

    private static String truncate(String name, int bytes) {
        return clip(name, Math.min(bytes, name.getBytes(StandardCharsets.UTF_8).length));
    }

    /** The longest prefix of whole characters that fits in {@code bytes} UTF-8 bytes (pg_mbcliplen). */
    private static String clip(String s, int bytes) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (used + len > bytes) {
                break;
            }
            used += len;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    private void readIndexes(Connection c) throws SQLException {
        query(c, """
                SELECT i.indrelid, k.relname, pg_get_indexdef(i.indexrelid), i.indisunique, d.description
                FROM pg_index i
                JOIN pg_class k ON k.oid = i.indexrelid
                LEFT JOIN pg_description d ON d.objoid = k.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
                WHERE k.relnamespace = ANY(?::oid[]) AND NOT k.relispartition
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint co WHERE co.conindid = i.indexrelid
                                  AND co.conrelid = i.indrelid AND co.contype IN ('p', 'u', 'x'))
                ORDER BY k.relname
                """, true, rs -> {
            Index index = new Index(rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5));
            TableBuilder t = tables.get(rs.getLong(1));
            if (t != null) {
                t.indexes.add(index);
            } else if (views.containsKey(rs.getLong(1))) {
                views.get(rs.getLong(1)).indexes.add(index);
            }
        });
    }

    private void readTriggers(Connection c) throws SQLException {
        query(c, """
                SELECT tg.tgrelid, tg.tgname, pg_get_triggerdef(tg.oid), tg.tgconstraint <> 0, tg.tgenabled, d.description
                FROM pg_trigger tg
                JOIN pg_class k ON k.oid = tg.tgrelid
                LEFT JOIN pg_description d ON d.objoid = tg.oid AND d.classoid = 'pg_trigger'::regclass AND d.objsubid = 0
                WHERE NOT tg.tgisinternal AND tg.tgparentid = 0 AND k.relnamespace = ANY(?::oid[])
                ORDER BY tg.tgname
                """, true, rs -> {
            String enabled = switch (rs.getString(5)) {
                case "D" -> "DISABLED";
                case "R" -> "REPLICA";
                case "A" -> "ALWAYS";
                default -> "ENABLED";
            };
            Trigger trigger = new Trigger(rs.getString(2), rs.getString(3), rs.getBoolean(4), enabled, rs.getString(6));
            TableBuilder t = tables.get(rs.getLong(1));
            if (t != null) {
                t.triggers.add(trigger);
            } else if (views.get(rs.getLong(1)) != null) {
                views.get(rs.getLong(1)).triggers.add(trigger); // INSTEAD OF (or statement) triggers on views
            }
        });
    }

    private void readPolicies(Connection c) throws SQLException {
        query(c, """
                SELECT p.polrelid, p.polname, p.polcmd, p.polpermissive,
                       ARRAY(SELECT CASE WHEN r = 0 THEN 'public' ELSE pg_get_userbyid(r)::text END
                             FROM unnest(p.polroles) r ORDER BY 1),
                       pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid), d.description
                FROM pg_policy p
                JOIN pg_class k ON k.oid = p.polrelid
                LEFT JOIN pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_policy'::regclass AND d.objsubid = 0
                WHERE k.relnamespace = ANY(?::oid[])
                ORDER BY p.polname
                """, true, rs -> {
            TableBuilder t = tables.get(rs.getLong(1));
            if (t == null) {
                return;
            }
            String command = switch (rs.getString(3)) {
                case "r" -> "SELECT";
                case "a" -> "INSERT";
                case "w" -> "UPDATE";
                case "d" -> "DELETE";
                default -> "ALL";
            };
            t.policies.add(new Policy(rs.getString(2), command, rs.getBoolean(4), strings(rs.getArray(5)),
                    rs.getString(6), rs.getString(7), rs.getString(8)));
        });
    }

    private void readRoutines(Connection c) throws SQLException {
        query(c, """
                SELECT p.oid, p.pronamespace, p.proname, pg_get_function_identity_arguments(p.oid), p.prokind, l.lanname,
                       CASE WHEN p.prokind <> 'p' THEN pg_get_function_result(p.oid) END,
                       p.provolatile, p.prosecdef,
                       CASE WHEN p.prokind <> 'a' THEN pg_get_functiondef(p.oid) ELSE
                           (SELECT 'CREATE OR REPLACE AGGREGATE ' || quote_ident(an.nspname) || '.' || quote_ident(p.proname) || '('
                                  || pg_get_function_arguments(p.oid) || ') (' || substr(concat(
                                  ', SFUNC = ' || (SELECT quote_ident(fn.nspname) || '.' || quote_ident(fp.proname) FROM pg_proc fp JOIN pg_namespace fn ON fn.oid = fp.pronamespace WHERE fp.oid = a.aggtransfn),
                                  ', STYPE = ' || format_type(a.aggtranstype, NULL),
                                  CASE WHEN a.aggtransspace <> 0 THEN ', SSPACE = ' || a.aggtransspace END,
                                  CASE WHEN a.aggfinalfn <> 0 THEN ', FINALFUNC = ' || (SELECT quote_ident(fn.nspname) || '.' || quote_ident(fp.proname) FROM pg_proc fp JOIN pg_namespace fn ON fn.oid = fp.pronamespace WHERE fp.oid = a.aggfinalfn) END,
                                  CASE WHEN a.aggfinalextra THEN ', FINALFUNC_EXTRA' END,
                                  CASE WHEN a.aggfinalfn <> 0 THEN ', FINALFUNC_MODIFY = ' || CASE a.aggfinalmodify WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE' ELSE 'READ_WRITE' END END,
                                  CASE WHEN a.aggcombinefn <> 0 THEN ', COMBINEFUNC = ' || (SELECT quote_ident(fn.nspname) || '.' || quote_ident(fp.proname) FROM pg_proc fp JOIN pg_namespace fn ON fn.oid = fp.pronamespace WHERE fp.oid = a.aggcombinefn) END,
                                  CASE WHEN a.aggserialfn <> 0 THEN ', SERIALFUNC = ' || (SELECT quote_ident(fn.nspname) || '.' || quote_ident(fp.proname) FROM pg_proc fp JOIN pg_namespace fn ON fn.oid = fp.pronamespace WHERE fp.oid = a.aggserialfn) END,
                                  CASE WHEN a.aggdeserialfn <> 0 THEN ', DESERIALFUNC = ' || (SELECT quote_ident(fn.nspname) || '.' || quote_ident(fp.proname) FROM pg_proc fp JOIN pg_namespace fn ON fn.oid = fp.pronamespace WHERE fp.oid = a.aggdeserialfn) END,
                                  CASE WHEN a.agginitval IS NOT NULL THEN ', INITCOND = ' || quote_literal(a.agginitval) END,
                                  CASE WHEN a.aggmtransfn <> 0 THEN ', MSFUNC = ' || (SELECT quote_ident(fn.nspname) || '.' || quote_ident(fp.proname) FROM pg_proc fp JOIN pg_namespace fn ON fn.oid = fp.pronamespace WHERE fp.oid = a.aggmtransfn) || ', MINVFUNC = ' || (SELECT quote_ident(fn.nspname) || '.' || quote_ident(fp.proname) FROM pg_proc fp JOIN pg_namespace fn ON fn.oid = fp.pronamespace WHERE fp.oid = a.aggminvtransfn) || ', MSTYPE = ' || format_type(a.aggmtranstype, NULL) END,
                                  CASE WHEN a.aggmtransspace <> 0 THEN ', MSSPACE = ' || a.aggmtransspace END,
                                  CASE WHEN a.aggmfinalfn <> 0 THEN ', MFINALFUNC = ' || (SELECT quote_ident(fn.nspname) || '.' || quote_ident(fp.proname) FROM pg_proc fp JOIN pg_namespace fn ON fn.oid = fp.pronamespace WHERE fp.oid = a.aggmfinalfn) END,
                                  CASE WHEN a.aggmfinalextra THEN ', MFINALFUNC_EXTRA' END,
                                  CASE WHEN a.aggmfinalfn <> 0 THEN ', MFINALFUNC_MODIFY = ' || CASE a.aggmfinalmodify WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE' ELSE 'READ_WRITE' END END,
                                  CASE WHEN a.aggminitval IS NOT NULL THEN ', MINITCOND = ' || quote_literal(a.aggminitval) END,
                                  CASE WHEN a.aggsortop <> 0 THEN ', SORTOP = OPERATOR(' || (SELECT quote_ident(on_.nspname) || '.' || o.oprname FROM pg_operator o JOIN pg_namespace on_ ON on_.oid = o.oprnamespace WHERE o.oid = a.aggsortop) || ')' END,
                                  CASE p.proparallel WHEN 's' THEN ', PARALLEL = SAFE' WHEN 'r' THEN ', PARALLEL = RESTRICTED' END,
                                  CASE WHEN a.aggkind = 'h' THEN ', HYPOTHETICAL' END), 3) || ')'
                               FROM pg_aggregate a JOIN pg_namespace an ON an.oid = p.pronamespace WHERE a.aggfnoid = p.oid) END,
                       d.description, pg_get_userbyid(p.proowner)
                FROM pg_proc p
                JOIN pg_language l ON l.oid = p.prolang
                LEFT JOIN pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_proc'::regclass AND d.objsubid = 0
                WHERE p.pronamespace = ANY(?::oid[])
                  AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_proc'::regclass AND x.objid = p.oid
                                  AND x.deptype = 'i')
                """, true, rs -> {
            long oid = rs.getLong(1);
            if (member("pg_proc", oid)) {
                return;
            }
            RoutineBuilder r = new RoutineBuilder();
            r.schema = schemaNames.get(rs.getLong(2));
            r.name = rs.getString(3);
            r.identityArguments = rs.getString(4);
            r.kind = switch (rs.getString(5)) {
                case "p" -> Routine.Kind.PROCEDURE;
                case "a" -> Routine.Kind.AGGREGATE;
                default -> Routine.Kind.FUNCTION;
            };
            r.language = rs.getString(6);
            r.returnType = rs.getString(7);
            r.volatility = switch (rs.getString(8)) {
                case "i" -> "IMMUTABLE";
                case "s" -> "STABLE";
                default -> "VOLATILE";
            };
            r.securityDefiner = rs.getBoolean(9);
            r.definition = rs.getString(10);
            r.comment = rs.getString(11);
            r.owner = owner(rs.getString(12));
            routines.put(oid, r);
        });
    }

    /**
     * One pass over pg_depend's normal dependencies between user objects. The dependent side is folded
     * onto the object Cairn models (a view's rewrite rule onto the view, a default or a check onto its
     * table, an index onto its table…); the referenced side is named in SQL (an array type by its
     * element type, a table's row type by the table).
     */
    private void readDependencies(Connection c) throws SQLException {
        query(c, """
                SELECT CASE WHEN d.classid IN ('pg_proc'::regclass, 'pg_type'::regclass) THEN d.classid::regclass::text
                            WHEN d.classid = 'pg_constraint'::regclass AND co.contypid <> 0 THEN 'pg_type'
                            ELSE 'pg_class' END AS owner_catalog,
                       CASE d.classid WHEN 'pg_rewrite'::regclass THEN rw.ev_class
                                      WHEN 'pg_attrdef'::regclass THEN ad.adrelid
                                      WHEN 'pg_constraint'::regclass THEN CASE WHEN co.contypid <> 0 THEN co.contypid ELSE co.conrelid END
                                      WHEN 'pg_trigger'::regclass THEN tg.tgrelid
                                      WHEN 'pg_policy'::regclass THEN po.polrelid
                                      WHEN 'pg_class'::regclass THEN COALESCE(ix.indrelid, d.objid)
                                      ELSE d.objid END AS owner_oid,
                       CASE WHEN d.refclassid <> 'pg_type'::regclass THEN d.refclassid::regclass::text
                            WHEN rk.oid IS NOT NULL AND rk.relkind <> 'c' THEN 'pg_class'
                            ELSE 'pg_type' END AS ref_catalog,
                       CASE WHEN d.refclassid <> 'pg_type'::regclass THEN d.refobjid
                            WHEN rk.oid IS NOT NULL AND rk.relkind <> 'c' THEN rk.oid
                            ELSE rt.oid END AS ref_oid,
                       COALESCE(rk.relkind, k.relkind)::text,
                       COALESCE(rtn.nspname, rkn.nspname, kn.nspname, pn.nspname),
                       COALESCE(rk.relname, rt.typname, k.relname, p.proname),
                       CASE WHEN p.oid IS NOT NULL THEN pg_get_function_identity_arguments(p.oid) END,
                       ra.attname
                FROM pg_depend d
                LEFT JOIN pg_rewrite rw ON d.classid = 'pg_rewrite'::regclass AND rw.oid = d.objid
                LEFT JOIN pg_attrdef ad ON d.classid = 'pg_attrdef'::regclass AND ad.oid = d.objid
                LEFT JOIN pg_constraint co ON d.classid = 'pg_constraint'::regclass AND co.oid = d.objid
                LEFT JOIN pg_trigger tg ON d.classid = 'pg_trigger'::regclass AND tg.oid = d.objid
                LEFT JOIN pg_policy po ON d.classid = 'pg_policy'::regclass AND po.oid = d.objid
                LEFT JOIN pg_index ix ON d.classid = 'pg_class'::regclass AND ix.indexrelid = d.objid
                LEFT JOIN pg_type t0 ON d.refclassid = 'pg_type'::regclass AND t0.oid = d.refobjid
                LEFT JOIN pg_type rt ON rt.oid = CASE WHEN t0.typcategory = 'A' AND t0.typelem <> 0 THEN t0.typelem ELSE t0.oid END
                LEFT JOIN pg_namespace rtn ON rtn.oid = rt.typnamespace
                LEFT JOIN pg_class rk ON rk.oid = rt.typrelid
                LEFT JOIN pg_namespace rkn ON rkn.oid = rk.relnamespace AND rk.relkind <> 'c'
                LEFT JOIN pg_class k ON d.refclassid = 'pg_class'::regclass AND k.oid = d.refobjid
                LEFT JOIN pg_namespace kn ON kn.oid = k.relnamespace
                LEFT JOIN pg_attribute ra ON k.oid IS NOT NULL AND d.refobjsubid > 0
                     AND ra.attrelid = k.oid AND ra.attnum = d.refobjsubid
                LEFT JOIN pg_proc p ON d.refclassid = 'pg_proc'::regclass AND p.oid = d.refobjid
                LEFT JOIN pg_namespace pn ON pn.oid = p.pronamespace
                WHERE d.deptype = 'n' AND d.refobjid >= %d
                  AND d.classid IN ('pg_class'::regclass, 'pg_rewrite'::regclass, 'pg_attrdef'::regclass,
                                    'pg_constraint'::regclass, 'pg_trigger'::regclass, 'pg_policy'::regclass,
                                    'pg_proc'::regclass, 'pg_type'::regclass)
                  AND d.refclassid IN ('pg_class'::regclass, 'pg_type'::regclass, 'pg_proc'::regclass)
                  AND NOT (d.classid = 'pg_constraint'::regclass AND co.contype = 'f')
                """.formatted(FIRST_NORMAL_OID), false, rs -> {
            String ownerCatalog = rs.getString(1);
            long ownerOid = rs.getLong(2);
            String refCatalog = rs.getString(3);
            long refOid = rs.getLong(4);
            if (ownerCatalog.equals(refCatalog) && ownerOid == refOid) {
                return;
            }
            List<ObjectRef> deps = dependsOnOf(ownerCatalog, ownerOid);
            if (deps == null || rs.getString(7) == null) {
                return;
            }
            String extension = extensionMembers.get(refCatalog + ":" + refOid);
            if (extension != null) {
                deps.add(new ObjectRef(ObjectRef.KIND_EXTENSION, null, extension));
                return;
            }
            if (refCatalog.equals("pg_class") && refOid == historyRelation) {
                return;
            }
            String schema = rs.getString(6);
            String name = rs.getString(7);
            switch (refCatalog) {
                case "pg_proc" -> deps.add(new ObjectRef(ObjectRef.KIND_ROUTINE, schema, name + "(" + rs.getString(8) + ")"));
                case "pg_type" -> deps.add(new ObjectRef(ObjectRef.KIND_TYPE, schema, name));
                default -> {
                    String relkind = rs.getString(5);
                    String kind = switch (relkind) {
                        case "v", "m" -> ObjectRef.KIND_VIEW;
                        case "S" -> ObjectRef.KIND_SEQUENCE;
                        case "c" -> ObjectRef.KIND_TYPE;
                        default -> ObjectRef.KIND_TABLE;
                    };
                    deps.add(new ObjectRef(kind, schema, name));
                    if (rs.getString(9) != null && !kind.equals(ObjectRef.KIND_TYPE)) {
                        deps.add(new ObjectRef(ObjectRef.KIND_COLUMN, schema, name + "." + rs.getString(9)));
                    }
                }
            }
        });
    }

    private List<ObjectRef> dependsOnOf(String catalog, long oid) {
        switch (catalog) {
            case "pg_class" -> {
                if (tables.containsKey(oid)) {
                    return tables.get(oid).dependsOn;
                }
                if (views.containsKey(oid)) {
                    return views.get(oid).dependsOn;
                }
                TypeBuilder composite = compositeByRelation.get(oid);
                return composite == null ? null : composite.dependsOn;
            }
            case "pg_type" -> {
                TypeBuilder t = types.get(oid);
                return t == null ? null : t.dependsOn;
            }
            case "pg_proc" -> {
                RoutineBuilder r = routines.get(oid);
                return r == null ? null : r.dependsOn;
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * Granted privileges, defaults included ({@code acldefault} when the ACL is null, so a revoked
     * default shows as a missing row), without the owner's own.
     */
    private void readPrivileges(Connection c) throws SQLException {
        query(c, """
                SELECT x.kind, x.nsp, x.name, x.member_of, x.oid, x.sub,
                       CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee)::text END,
                       a.privilege_type, a.is_grantable
                FROM (
                    SELECT 'schema' AS kind, NULL::name AS nsp, n.nspname AS name, 'pg_namespace' AS member_of, n.oid,
                           NULL::name AS sub, n.nspowner AS owner, COALESCE(n.nspacl, acldefault('n', n.nspowner)) AS acl
                    FROM pg_namespace n WHERE n.oid = ANY(?::oid[])
                    UNION ALL
                    SELECT CASE k.relkind WHEN 'S' THEN 'sequence' WHEN 'v' THEN 'view' WHEN 'm' THEN 'view' ELSE 'table' END,
                           n.nspname, k.relname, 'pg_class', k.oid, NULL,
                           k.relowner, COALESCE(k.relacl, acldefault(CASE k.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", k.relowner))
                    FROM pg_class k JOIN pg_namespace n ON n.oid = k.relnamespace
                    WHERE k.relkind IN ('r', 'p', 'v', 'm', 'S') AND k.relnamespace = ANY(?::oid[])
                    UNION ALL
                    SELECT 'column', n.nspname, k.relname, 'pg_class', k.oid, a.attname, k.relowner, a.attacl
                    FROM pg_attribute a JOIN pg_class k ON k.oid = a.attrelid JOIN pg_namespace n ON n.oid = k.relnamespace
                    WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped AND k.relnamespace = ANY(?::oid[])
                    UNION ALL
                    SELECT 'routine', n.nspname, p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
                           'pg_proc', p.oid, NULL, p.proowner, COALESCE(p.proacl, acldefault('f', p.proowner))
                    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.pronamespace = ANY(?::oid[])
                    UNION ALL
                    SELECT 'type', n.nspname, t.typname, 'pg_type', t.oid, NULL, t.typowner,
                           COALESCE(t.typacl, acldefault('T', t.typowner))
                    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                    WHERE t.typtype IN ('e', 'd', 'r', 'c') AND t.typnamespace = ANY(?::oid[])
                ) x, aclexplode(x.acl) a
                WHERE a.grantee <> x.owner
                """, 5, rs -> {
            String kind = rs.getString(1);
            String catalog = rs.getString(4);
            long oid = rs.getLong(5);
            boolean known = switch (catalog) {
                case "pg_namespace" -> true;
                case "pg_class" -> tables.containsKey(oid) || views.containsKey(oid) || sequences.containsKey(oid);
                case "pg_proc" -> routines.containsKey(oid);
                default -> types.containsKey(oid);
            };
            if (!known) {
                return;
            }
            String name = kind.equals("column") ? rs.getString(3) + "." + rs.getString(6) : rs.getString(3);
            privileges.add(new Privilege(new ObjectRef(kind, rs.getString(2), name), rs.getString(7), rs.getString(8),
                    rs.getBoolean(9)));
        });
    }

    // ---------------------------------------------------------------- assembly

    private Catalog build() {
        List<EnumType> enums = new ArrayList<>();
        List<DomainType> domains = new ArrayList<>();
        List<CompositeType> composites = new ArrayList<>();
        List<RangeType> ranges = new ArrayList<>();
        for (TypeBuilder t : types.values()) {
            switch (t.kind) {
                case 'e' -> enums.add(new EnumType(t.schema, t.name, t.labels, t.comment, t.owner));
                case 'd' -> domains.add(new DomainType(t.schema, t.name, t.baseType, t.collation, t.notNull, t.defaultExpr,
                        sortedBy(t.checks, DomainType.Check::name), t.comment, t.owner, refs(t.dependsOn)));
                case 'c' -> composites.add(new CompositeType(t.schema, t.name, t.attributes, t.comment, t.owner,
                        refs(t.dependsOn)));
                case 'r' -> ranges.add(new RangeType(t.schema, t.name, t.subtype, t.subtypeOpClass, t.collation, t.canonical,
                        t.subtypeDiff, t.multirange, t.comment, t.owner, refs(t.dependsOn)));
                default -> { }
            }
        }
        Map<String, TableBuilder> byName = new HashMap<>();
        tables.values().forEach(t -> byName.put(t.schema + "." + t.name, t));
        List<Table> tableList = new ArrayList<>();
        for (TableBuilder t : tables.values()) {
            tableList.add(t.build(byName));
        }
        List<View> viewList = views.values().stream().map(v -> new View(v.schema, v.name, v.materialized, v.definition,
                v.columns, v.options, sortedBy(v.indexes, Index::name), v.comment, v.owner, refs(v.dependsOn),
                sortedBy(v.triggers, Trigger::name))).toList();
        List<Routine> routineList = routines.values().stream().map(r -> new Routine(r.schema, r.name, r.identityArguments,
                r.kind, r.language, r.returnType, r.volatility, r.securityDefiner, r.definition, r.comment, r.owner,
                refs(r.dependsOn))).toList();
        List<Schema> schemaList = schemas;
        if (historyRelation >= 0 && options.historySchema() != null && !"public".equals(historyRelationSchema)) {
            // Cairn created this schema for its history table: leave it out when nothing else is in it.
            String s = historyRelationSchema;
            boolean used = tableList.stream().anyMatch(t -> t.schema().equals(s)) || viewList.stream().anyMatch(v -> v.schema().equals(s))
                    || routineList.stream().anyMatch(r -> r.schema().equals(s)) || sequences.values().stream().anyMatch(q -> q.schema().equals(s))
                    || types.values().stream().anyMatch(t -> t.schema.equals(s)) || extensions.stream().anyMatch(e -> e.schema().equals(s));
            if (!used) {
                schemaList = schemas.stream().filter(x -> !x.name().equals(s)).toList();
            }
        }
        return new Catalog(schemaList, extensions, enums, domains, composites, ranges, List.copyOf(sequences.values()),
                tableList, viewList, routineList, privileges);
    }

    private static List<ObjectRef> refs(List<ObjectRef> refs) {
        return List.copyOf(new TreeSet<>(refs));
    }

    private static <T> List<T> sortedBy(List<T> items, java.util.function.Function<T, String> key) {
        return items.stream().sorted(Comparator.comparing(key)).toList();
    }

    // ---------------------------------------------------------------- helpers

    private String owner(String name) {
        return options.ownership() ? name : null;
    }

    /** SQL for a collation's name, qualified unless in pg_catalog, as pg_dump prints it. */
    private static String collationName(String co, String ns) {
        return "CASE WHEN %2$s.nspname = 'pg_catalog' THEN quote_ident(%1$s.collname)"
                .formatted(co, ns) + " ELSE quote_ident(%2$s.nspname) || '.' || quote_ident(%1$s.collname) END".formatted(co, ns);
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String::valueOf).toList();
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(Connection c, String sql, boolean namespaceParameter, RowReader reader) throws SQLException {
        query(c, sql, namespaceParameter ? 1 : 0, reader);
    }

    /** Runs one query; each of its {@code parameters} placeholders receives the included schemas' oids. */
    private void query(Connection c, String sql, int parameters, RowReader reader) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 1; i <= parameters; i++) {
                ps.setString(i, namespaces);
            }
            ps.setFetchSize(2000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    // ---------------------------------------------------------------- builders

    private static final class TypeBuilder {
        String schema;
        String name;
        char kind;
        String owner;
        String comment;
        List<String> labels;
        String baseType;
        boolean notNull;
        String defaultExpr;
        String collation;
        String subtype;
        String subtypeOpClass;
        String canonical;
        String subtypeDiff;
        String multirange;
        final List<DomainType.Check> checks = new ArrayList<>();
        final List<CompositeType.Attribute> attributes = new ArrayList<>();
        final List<ObjectRef> dependsOn = new ArrayList<>();
    }

    private static final class ViewBuilder {
        String schema;
        String name;
        boolean materialized;
        String definition;
        List<String> options;
        String comment;
        String owner;
        final List<String> columns = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<ObjectRef> dependsOn = new ArrayList<>();
        final List<Trigger> triggers = new ArrayList<>();
    }

    private static final class RoutineBuilder {
        String schema;
        String name;
        String identityArguments;
        Routine.Kind kind;
        String language;
        String returnType;
        String volatility;
        boolean securityDefiner;
        String definition;
        String comment;
        String owner;
        final List<ObjectRef> dependsOn = new ArrayList<>();
    }

    private static final class TableBuilder {
        String schema;
        String name;
        boolean unlogged;
        boolean rowSecurity;
        boolean forceRowSecurity;
        String partitionKey;
        String partitionOf;
        String partitionBound;
        String comment;
        String owner;
        final List<Column> columns = new ArrayList<>();
        final List<Constraint> constraints = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<Trigger> triggers = new ArrayList<>();
        final List<Policy> policies = new ArrayList<>();
        final List<ObjectRef> dependsOn = new ArrayList<>();

        Table build(Map<String, TableBuilder> byName) {
            List<Column> cols = columns;
            if (partitionOf != null && cols.stream().anyMatch(col -> col.identity() != null && col.identity().options() == null)) {
                // A partition's identity column draws from its root's sequence (PostgreSQL 17+).
                cols = cols.stream().map(col -> col.identity() == null || col.identity().options() != null ? col
                        : col.withIdentity(new Column.Identity(col.identity().always(), rootIdentity(byName, col.name())))).toList();
            }
            return new Table(schema, name, unlogged, cols, sortedBy(constraints, Constraint::name),
                    sortedBy(indexes, Index::name), sortedBy(triggers, Trigger::name), sortedBy(policies, Policy::name),
                    rowSecurity, forceRowSecurity, partitionKey, partitionOf, partitionBound, comment, owner, refs(dependsOn));
        }

        private SequenceOptions rootIdentity(Map<String, TableBuilder> byName, String column) {
            Set<String> seen = new HashSet<>();
            TableBuilder t = byName.get(partitionOf);
            while (t != null && seen.add(t.name)) {
                for (Column col : t.columns) {
                    if (col.name().equals(column) && col.identity() != null && col.identity().options() != null) {
                        return col.identity().options();
                    }
                }
                t = t.partitionOf == null ? null : byName.get(t.partitionOf);
            }
            return null;
        }
    }
}
