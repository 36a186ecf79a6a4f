package dev.cairn.postgres.sql;

import static dev.cairn.plan.LockLevel.ACCESS_EXCLUSIVE;
import static dev.cairn.plan.LockLevel.ACCESS_SHARE;
import static dev.cairn.plan.LockLevel.EXCLUSIVE;
import static dev.cairn.plan.LockLevel.NONE;
import static dev.cairn.plan.LockLevel.ROW_EXCLUSIVE;
import static dev.cairn.plan.LockLevel.ROW_SHARE;
import static dev.cairn.plan.LockLevel.SHARE;
import static dev.cairn.plan.LockLevel.SHARE_ROW_EXCLUSIVE;
import static dev.cairn.plan.LockLevel.SHARE_UPDATE_EXCLUSIVE;

import dev.cairn.dialect.StatementShape;
import dev.cairn.dialect.StatementShape.Category;
import dev.cairn.dialect.StatementShape.Setting;
import dev.cairn.plan.LockLevel;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a PostgreSQL statement's {@link StatementShape} from its tokens ({@link SqlLexer}, comments dropped, so words in
 * strings, comments, dollar bodies and quoted identifiers never count). A light classifier, not a parser: it never
 * throws, and what it does not recognise reads as {@link Category#OTHER} / {@code ActionKind.OTHER} with no facts.
 *
 * <p><b>The command</b> is the statement's leading keywords in upper case, single-spaced, without names, without
 * {@code IF [NOT] EXISTS}, {@code OR REPLACE}, {@code CONCURRENTLY} (see {@code concurrently}) and without the
 * modifiers {@code TEMP[ORARY]}, {@code LOCAL}, {@code GLOBAL}, {@code UNLOGGED}, {@code RECURSIVE}, {@code
 * CONSTRAINT} (trigger), {@code TRUSTED}, {@code PROCEDURAL}: for CREATE, ALTER and DROP the verb and the object type
 * ({@code CREATE TABLE}, {@code CREATE UNIQUE INDEX} — UNIQUE is kept —, {@code DROP MATERIALIZED VIEW}, {@code ALTER
 * TABLE}, {@code CREATE VIEW} for CREATE OR REPLACE TEMP VIEW); {@code REFRESH MATERIALIZED VIEW}; {@code VACUUM FULL}
 * when FULL is on (as a word or option), else {@code VACUUM}; the verb alone for everything else ({@code INSERT},
 * {@code SET} — also for SET LOCAL —, {@code RESET}, {@code TRUNCATE}, {@code REINDEX}, {@code CLUSTER}, {@code LOCK},
 * {@code COMMENT}, {@code GRANT}, {@code DO}…; {@code ANALYSE} reads {@code ANALYZE}); a {@code WITH} query takes the
 * command of its main statement ({@code INSERT}, {@code SELECT}…) or, when only a CTE writes, of that CTE;
 * transaction control is named as PostgreSQL names it ({@code START TRANSACTION}, {@code ROLLBACK TO SAVEPOINT}).
 *
 * <p><b>Names</b> are [schema,] name parts, unquoted names folded to lower case, quoted ones kept as written without
 * their quotes; {@code lockedRelation} joins the parts with dots as written ({@code name} or {@code schema.name}).
 * ALTER TABLE … ATTACH/DETACH PARTITION lists the partition as a second object. A SET's value is the text after
 * {@code TO} / {@code =}; a single string literal is given without its quotes ({@code SET lock_timeout = '5s'} → 5s).
 *
 * <p><b>Locks</b> follow PostgreSQL's "Explicit Locking" table and ALTER TABLE page (the strongest mode of the
 * statement's subcommands), measured against a real server by {@code StatementShapesAgainstPostgresTest}. DROP INDEX
 * and REINDEX INDEX name the index as the locked relation (its table is not in the text). Locks on catalogs, types,
 * routines and the tables a type or domain change touches are not modelled ({@link LockLevel#NONE}). {@code
 * referencedRelation} is the table a foreign key (ADD CONSTRAINT, ADD COLUMN … REFERENCES, CREATE TABLE … REFERENCES)
 * points at, which PostgreSQL locks SHARE ROW EXCLUSIVE whatever the statement's own mode. A statement on a table it
 * creates (CREATE TABLE) is marked {@code newRelation}. {@code rewritesTable} of ALTER COLUMN TYPE is true from the
 * text alone (a binary-coercible change does not rewrite: that needs the old type, which the lint knows).
 */
public final class StatementShapes {
    /** Multi-word object types first, so the longest one matches. */
    private static final List<String[]> OBJECT_TYPES = Stream.of("MATERIALIZED VIEW", "FOREIGN DATA WRAPPER",
            "FOREIGN TABLE", "EVENT TRIGGER", "TEXT SEARCH CONFIGURATION", "TEXT SEARCH DICTIONARY",
            "TEXT SEARCH PARSER", "TEXT SEARCH TEMPLATE", "ACCESS METHOD", "USER MAPPING", "OPERATOR CLASS",
            "OPERATOR FAMILY", "DEFAULT PRIVILEGES", "LARGE OBJECT", "UNIQUE INDEX", "TABLE", "INDEX", "VIEW", "SEQUENCE",
            "SCHEMA", "TYPE", "DOMAIN", "FUNCTION", "PROCEDURE", "ROUTINE", "AGGREGATE", "TRIGGER", "POLICY", "RULE",
            "EXTENSION", "DATABASE", "ROLE", "USER", "GROUP", "TABLESPACE", "COLLATION", "CONVERSION", "CAST", "OPERATOR",
            "LANGUAGE", "PUBLICATION", "SUBSCRIPTION", "SERVER", "STATISTICS", "TRANSFORM", "SYSTEM", "OWNED")
            .map(s -> s.split(" ")).toList();
    private static final Set<String> CREATE_MODIFIERS = Set.of("TEMP", "TEMPORARY", "LOCAL", "GLOBAL", "UNLOGGED",
            "RECURSIVE", "CONSTRAINT", "TRUSTED", "PROCEDURAL", "DEFAULT");
    /** Object types not followed by a plain name (ALTER SYSTEM SET, DROP OWNED BY, CREATE CAST (a AS b)…). */
    private static final Set<String> UNNAMED = Set.of("SYSTEM", "OWNED", "DEFAULT PRIVILEGES", "USER MAPPING", "CAST",
            "LARGE OBJECT", "TRANSFORM", "OPERATOR", "OPERATOR CLASS", "OPERATOR FAMILY");
    private static final Set<String> ROUTINES = Set.of("FUNCTION", "PROCEDURE", "ROUTINE", "AGGREGATE");
    /** Relations whose DROP takes ACCESS EXCLUSIVE on them. */
    private static final Set<String> RELATIONS = Set.of("TABLE", "VIEW", "MATERIALIZED VIEW", "FOREIGN TABLE",
            "SEQUENCE", "INDEX");
    /** What DROP loses rows or values of. */
    private static final Set<String> DROPS_DATA = Set.of("TABLE", "SCHEMA", "TYPE", "DOMAIN", "MATERIALIZED VIEW",
            "SEQUENCE", "DATABASE");
    /** Tables CREATE/DROP … ON table names, with the lock it takes there. */
    private static final Map<String, LockLevel> ON_TABLE = Map.of("TRIGGER", SHARE_ROW_EXCLUSIVE, "POLICY",
            ACCESS_EXCLUSIVE, "RULE", ACCESS_EXCLUSIVE);

    private StatementShapes() {}

    public static StatementShape of(SqlStatement statement) {
        Tokens t;
        try {
            t = new Tokens(statement);
        } catch (RuntimeException unlexable) {
            return new ShapeBuilder("", Category.OTHER).build(); // an unterminated string or comment
        }
        try {
            return read(t);
        } catch (RuntimeException unexpected) {
            // A classifier that throws would stop a lint run; a statement it cannot read is just "other".
            return new ShapeBuilder(t.keyword(0), Category.OTHER).build();
        }
    }

    /** Reads lexed tokens without the safety net, so tests can tell that the reading itself is total. */
    static StatementShape read(Tokens t) {
        return new Reader(t).read();
    }

    /** Reads one statement's tokens. */
    private static final class Reader {
        private final Tokens t;
        private ShapeBuilder shape;

        Reader(Tokens t) {
            this.t = t;
        }

        StatementShape read() {
            String first = t.keyword(0);
            shape = new ShapeBuilder(first, Category.OTHER);
            read(0);
            shape.outsideTransaction = StatementClassifier.reason(t) != null;
            return shape.build();
        }

        /** Reads the statement starting at token {@code i} (0, or the main statement of a WITH query). */
        private void read(int i) {
            String first = t.keyword(i);
            switch (first) {
                case "CREATE" -> create(i);
                case "ALTER" -> alter(i);
                case "DROP" -> drop(i);
                case "TRUNCATE" -> truncate(i);
                case "INSERT", "MERGE" -> dml(first, t.word(i + 1, "INTO") ? i + 2 : i + 1);
                case "UPDATE" -> dml(first, i + 1);
                case "DELETE" -> delete(i);
                case "COPY" -> copy(i);
                case "SELECT", "VALUES", "TABLE" -> select(i);
                case "WITH" -> with(i);
                case "SET" -> set(i);
                case "RESET" -> reset(i);
                case "VACUUM", "ANALYZE", "ANALYSE" -> vacuum(i);
                case "CLUSTER" -> cluster(i);
                case "REINDEX" -> reindex(i);
                case "REFRESH" -> refresh(i);
                case "LOCK" -> lock(i);
                case "COMMENT" -> comment(i);
                case "GRANT", "REVOKE", "SECURITY", "IMPORT", "REASSIGN" -> shape.category = Category.DDL;
                case "EXPLAIN", "SHOW" -> shape.category = Category.QUERY;
                case "DISCARD" -> shape.category = Category.SESSION;
                case "CHECKPOINT" -> shape.category = Category.MAINTENANCE;
                case "BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT", "RELEASE", "PREPARE" -> {
                    if (!first.equals("PREPARE") || t.word(i + 1, "TRANSACTION")) {
                        shape.category = Category.TRANSACTION;
                        shape.command = transactionCommand(i);
                    }
                }
                default -> shape.category = Category.OTHER; // DO, CALL, LISTEN, NOTIFY, PREPARE, EXECUTE…
            }
        }

        // ------------------------------------------------------------------ CREATE / ALTER / DROP

        /** The object type starting at {@code i}, as its words, or null. */
        private String[] objectType(int i) {
            for (String[] type : OBJECT_TYPES) {
                if (t.words(i, type)) {
                    return type;
                }
            }
            return null;
        }

        /** Sets {@code <verb> <type>} as the command; returns the index after the type, or -1 for an unknown type. */
        private int verbAndType(String verb, int i) {
            String[] type = objectType(i);
            shape.category = Category.DDL;
            if (type == null) {
                shape.command = t.keyword(i).isEmpty() ? verb : verb + " " + t.keyword(i);
                return -1;
            }
            shape.command = verb + " " + String.join(" ", type);
            return i + type.length;
        }

        private String typeOf() {
            return shape.command.substring(shape.command.indexOf(' ') + 1);
        }

        private int skipIfExists(int i) {
            if (t.words(i, "IF", "NOT", "EXISTS")) {
                return i + 3;
            }
            return t.words(i, "IF", "EXISTS") ? i + 2 : i;
        }

        /** The [schema.]name at {@code i} into {@code out}; the index after it, or -1. */
        private int name(int i, List<String> out) {
            return t.qualifiedName(i, out);
        }

        private void create(int at) {
            int i = at + 1;
            if (t.words(i, "OR", "REPLACE")) {
                i += 2;
            }
            while (CREATE_MODIFIERS.contains(t.keyword(i)) && !t.words(i, "DEFAULT", "PRIVILEGES")) {
                i++;
            }
            i = verbAndType("CREATE", i);
            if (i < 0) {
                return;
            }
            String type = typeOf();
            if (UNNAMED.contains(type)) {
                return;
            }
            if (type.endsWith("INDEX")) {
                createIndex(i);
                return;
            }
            i = skipIfExists(i);
            List<String> name = new ArrayList<>();
            int end = name(i, name);
            if (end < 0) {
                return;
            }
            shape.objects.add(name);
            if (type.equals("TABLE")) {
                createTable(name, end);
            } else if (ON_TABLE.containsKey(type)) {
                onTable(end, ON_TABLE.get(type), type.equals("RULE") ? "TO" : "ON");
            } else if (type.equals("STATISTICS")) {
                onTable(end, SHARE_UPDATE_EXCLUSIVE, "FROM");
            }
        }

        /** CREATE TABLE: a new relation, empty and invisible until commit; PARTITION OF locks its parent. */
        private void createTable(List<String> name, int i) {
            shape.table = name;
            for (int k = i; k < t.size(); k++) {
                if (t.depth(k) == 0 && t.words(k, "PARTITION", "OF")) {
                    List<String> parent = new ArrayList<>();
                    if (name(k + 2, parent) > 0) {
                        shape.lock(ACCESS_EXCLUSIVE, parent);
                        return;
                    }
                }
            }
            shape.lock(ACCESS_EXCLUSIVE, name);
            shape.newRelation = true;
            for (int k = i; k < t.size(); k++) {
                List<String> referenced = new ArrayList<>();
                if (t.word(k, "REFERENCES") && name(k + 1, referenced) > 0 && !referenced.equals(name)) {
                    shape.referenced = ShapeBuilder.qualified(referenced); // its foreign key locks the other table
                    return;
                }
            }
        }

        /** CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] ON [ONLY] table …, from after INDEX. */
        private void createIndex(int i) {
            if (t.word(i, "CONCURRENTLY")) {
                shape.concurrently = true;
                i++;
            }
            i = skipIfExists(i);
            if (!t.word(i, "ON")) {
                List<String> name = new ArrayList<>();
                i = name(i, name);
                if (i < 0) {
                    return;
                }
                shape.objects.add(name);
            }
            if (!t.word(i, "ON")) {
                return;
            }
            i = t.word(i + 1, "ONLY") ? i + 2 : i + 1;
            List<String> table = new ArrayList<>();
            if (name(i, table) > 0) {
                shape.table = table;
                shape.lock(shape.concurrently ? SHARE_UPDATE_EXCLUSIVE : SHARE, table);
                shape.buildsIndex = true;
            }
        }

        /** … name {ON | TO} [ONLY] table: the statement's table, locked in {@code mode}. */
        private void onTable(int from, LockLevel mode, String word) {
            for (int k = from; k < t.size(); k++) {
                if (t.depth(k) == 0 && t.word(k, word)) {
                    int i = t.word(k + 1, "ONLY") ? k + 2 : k + 1;
                    List<String> table = new ArrayList<>();
                    if (name(i, table) > 0) {
                        shape.table = table;
                        shape.lock(mode, table);
                    }
                    return;
                }
            }
        }

        private void alter(int at) {
            int i = verbAndType("ALTER", at + 1);
            if (i < 0) {
                return;
            }
            String type = typeOf();
            if (UNNAMED.contains(type)) {
                return;
            }
            i = skipIfExists(i);
            if (t.words(i, "ALL", "IN")) {
                return; // ALTER TABLE ALL IN TABLESPACE …: every table of a tablespace, none named
            }
            if (t.word(i, "ONLY")) {
                i++;
            }
            List<String> name = new ArrayList<>();
            int end = name(i, name);
            if (end < 0) {
                return;
            }
            shape.objects.add(name);
            if (t.punct(end, '*')) {
                end++;
            }
            AlterActions actions = new AlterActions(t, shape);
            switch (type) {
                case "TABLE", "VIEW", "MATERIALIZED VIEW", "FOREIGN TABLE", "INDEX" -> {
                    shape.locked = name;
                    actions.readAll(end);
                    if (type.equals("TABLE")) {
                        shape.table = name;
                    }
                    if (type.equals("INDEX") && shape.actions.stream().allMatch(a -> a.kind()
                            == StatementShape.ActionKind.RENAME)) {
                        shape.lock = SHARE_UPDATE_EXCLUSIVE; // renaming an index takes the weaker lock
                    }
                }
                case "SEQUENCE" -> {
                    shape.locked = name;
                    // Sequence options take SHARE ROW EXCLUSIVE; RENAME, SET SCHEMA, OWNER TO go through ALTER TABLE.
                    boolean tableForm = Set.of("RENAME", "SET", "OWNER").contains(t.keyword(end));
                    if (tableForm) {
                        actions.readAll(end);
                    }
                    shape.lock = tableForm ? ACCESS_EXCLUSIVE : SHARE_ROW_EXCLUSIVE;
                }
                case "TYPE", "DOMAIN" -> {
                    actions.readAll(end);
                    // Their changes lock no table of their own; a domain's new constraint reads every column of it.
                    shape.lock = NONE;
                    shape.rewrites = false;
                    shape.buildsIndex = false;
                    shape.referenced = null;
                }
                default -> { }
            }
        }

        private void drop(int at) {
            int i = verbAndType("DROP", at + 1);
            if (i < 0) {
                return;
            }
            String type = typeOf();
            if (UNNAMED.contains(type)) {
                return;
            }
            if (t.word(i, "CONCURRENTLY")) {
                shape.concurrently = true;
                i++;
            }
            i = skipIfExists(i);
            i = nameList(i, ROUTINES.contains(type));
            if (shape.objects.isEmpty()) {
                return;
            }
            List<String> first = shape.objects.get(0);
            shape.dataLoss = DROPS_DATA.contains(type);
            if (ON_TABLE.containsKey(type)) {
                onTable(i, ACCESS_EXCLUSIVE, "ON");
            } else if (type.equals("INDEX")) {
                shape.lock(shape.concurrently ? SHARE_UPDATE_EXCLUSIVE : ACCESS_EXCLUSIVE, first);
            } else if (RELATIONS.contains(type)) {
                shape.lock(ACCESS_EXCLUSIVE, first);
                if (type.equals("TABLE")) {
                    shape.table = first;
                }
            }
        }

        /** {@code name [(args)] [*] [, …]} into the objects; returns the index after the list. */
        private int nameList(int i, boolean arguments) {
            while (true) {
                List<String> name = new ArrayList<>();
                int end = name(i, name);
                if (end < 0) {
                    return i;
                }
                shape.objects.add(name);
                if (arguments && t.punct(end, '(')) {
                    end = t.closingParen(end) + 1;
                }
                if (t.punct(end, '*')) {
                    end++;
                }
                if (!t.punct(end, ',')) {
                    return end;
                }
                i = t.word(end + 1, "ONLY") ? end + 2 : end + 1;
            }
        }

        // ------------------------------------------------------------------ data

        private void truncate(int at) {
            shape.category = Category.DDL;
            int i = t.word(at + 1, "TABLE") ? at + 2 : at + 1;
            if (t.word(i, "ONLY")) {
                i++;
            }
            nameList(i, false);
            if (!shape.objects.isEmpty()) {
                shape.table = shape.objects.get(0);
                shape.lock(ACCESS_EXCLUSIVE, shape.table);
            }
            shape.dataLoss = true;
        }

        /** INSERT INTO / UPDATE [ONLY] / MERGE INTO [ONLY] target …: ROW EXCLUSIVE on the target. */
        private void dml(String command, int i) {
            shape.command = command;
            shape.category = Category.DML;
            if (t.word(i, "ONLY")) {
                i++;
            }
            List<String> table = new ArrayList<>();
            if (name(i, table) > 0) {
                shape.table = table;
                shape.lock(ROW_EXCLUSIVE, table);
            }
        }

        /** DELETE FROM [ONLY] t …: without a WHERE every row goes. */
        private void delete(int at) {
            dml("DELETE", t.word(at + 1, "FROM") ? at + 2 : at + 1);
            boolean where = false;
            for (int k = at; k < end(at); k++) {
                where |= t.depth(k) == t.depth(at) && t.word(k, "WHERE");
            }
            shape.dataLoss = !where;
        }

        /** COPY table [(cols)] FROM … writes rows; COPY … TO only reads. */
        private void copy(int at) {
            shape.command = "COPY";
            List<String> table = new ArrayList<>();
            int end = name(at + 1, table);
            if (end < 0) {
                shape.category = Category.QUERY; // COPY (query) TO …
                return;
            }
            if (t.punct(end, '(')) {
                end = t.closingParen(end) + 1;
            }
            boolean from = t.word(end, "FROM");
            shape.category = from ? Category.DML : Category.QUERY;
            shape.table = table;
            shape.lock(from ? ROW_EXCLUSIVE : ACCESS_SHARE, table);
        }

        /** SELECT / VALUES / TABLE: ACCESS SHARE on the first table read (ROW SHARE with FOR UPDATE/SHARE). */
        private void select(int at) {
            shape.command = t.keyword(at);
            shape.category = Category.QUERY;
            boolean forUpdate = false;
            List<String> table = new ArrayList<>();
            if (t.word(at, "TABLE")) {
                name(t.word(at + 1, "ONLY") ? at + 2 : at + 1, table);
            }
            for (int k = at + 1; k < t.size(); k++) {
                if (t.depth(k) != 0) {
                    continue;
                }
                if (t.word(k, "INTO") && shape.command.equals("SELECT")) {
                    shape.category = Category.DML; // SELECT … INTO creates a table
                } else if (t.word(k, "FROM") && table.isEmpty()) {
                    int i = t.word(k + 1, "ONLY") ? k + 2 : k + 1;
                    List<String> from = new ArrayList<>();
                    int end = name(i, from);
                    if (end > 0 && !t.punct(end, '(')) {
                        table = from;
                    }
                } else if (t.word(k, "FOR") && Set.of("UPDATE", "SHARE", "NO", "KEY").contains(t.keyword(k + 1))) {
                    forUpdate = true;
                }
            }
            if (!table.isEmpty()) {
                shape.table = table;
                shape.lock(forUpdate ? ROW_SHARE : ACCESS_SHARE, table);
            }
        }

        /**
         * WITH …: read as its main statement, unless that only reads and a CTE writes ({@code WITH d AS (DELETE …)
         * SELECT …}): then as the first writing CTE, since what it changes is what a lint asks about.
         */
        private void with(int at) {
            Set<String> writes = Set.of("INSERT", "UPDATE", "DELETE", "MERGE");
            int main = -1;
            int writingCte = -1;
            for (int k = at + 1; k < t.size() && main < 0; k++) {
                String word = t.keyword(k);
                if (t.depth(k) == 0 && (writes.contains(word) || Set.of("SELECT", "VALUES", "TABLE").contains(word))) {
                    main = k;
                } else if (writingCte < 0 && t.depth(k) == 1 && t.punct(k - 1, '(') && writes.contains(word)) {
                    writingCte = k;
                }
            }
            if (main >= 0 && (writes.contains(t.keyword(main)) || writingCte < 0)) {
                read(main);
            } else if (writingCte >= 0) {
                read(writingCte);
            } else {
                shape.category = Category.QUERY;
            }
        }

        /** The index after the statement starting at {@code at}: the end, or the parenthesis closing its CTE. */
        private int end(int at) {
            for (int k = at + 1; k < t.size(); k++) {
                if (t.depth(k) < t.depth(at)) {
                    return k;
                }
            }
            return t.size();
        }

        // ------------------------------------------------------------------ session

        /** SET [SESSION | LOCAL] name {TO | =} value, and the special forms (TIME ZONE, ROLE, SCHEMA, NAMES…). */
        private void set(int at) {
            shape.command = "SET";
            shape.category = Category.SESSION;
            int i = at + 1;
            boolean local = false;
            if (t.word(i, "LOCAL")) {
                local = true;
                i++;
            } else if (t.word(i, "SESSION") && !t.word(i + 1, "AUTHORIZATION") && !t.word(i + 1, "CHARACTERISTICS")) {
                i++;
            }
            String name;
            int value;
            if (t.words(i, "TIME", "ZONE")) {
                name = "timezone";
                value = i + 2;
            } else if (t.words(i, "SESSION", "AUTHORIZATION")) {
                name = "session_authorization";
                value = i + 2;
            } else if (t.word(i, "SCHEMA")) {
                name = "search_path";
                value = i + 1;
            } else if (t.word(i, "NAMES")) {
                name = "client_encoding";
                value = i + 1;
            } else {
                List<String> parts = new ArrayList<>();
                value = name(i, parts);
                if (value < 0) {
                    return;
                }
                name = String.join(".", parts).toLowerCase(Locale.ROOT);
                if (t.word(value, "TO") || t.punct(value, '=')) {
                    value++;
                }
            }
            shape.setting = new Setting(name, settingValue(value), local);
        }

        /** The value from token {@code i} to the end, a lone string literal without its quotes. */
        private String settingValue(int i) {
            if (i == t.size() - 1 && t.get(i).kind() == Token.Kind.STRING) {
                return Tokens.unquote(t.get(i));
            }
            return t.text(i, t.size());
        }

        private void reset(int at) {
            shape.command = "RESET";
            shape.category = Category.SESSION;
            String name = t.words(at + 1, "TIME", "ZONE") ? "timezone"
                    : t.words(at + 1, "SESSION", "AUTHORIZATION") ? "session_authorization"
                    : t.text(at + 1, t.size());
            if (name != null) {
                shape.setting = new Setting(name.toLowerCase(Locale.ROOT).replaceAll("\\s+", ""), null, false);
            }
        }

        private String transactionCommand(int at) {
            return switch (t.keyword(at)) {
                case "START" -> "START TRANSACTION";
                case "COMMIT" -> t.word(at + 1, "PREPARED") ? "COMMIT PREPARED" : "COMMIT";
                case "ROLLBACK" -> t.word(at + 1, "PREPARED") ? "ROLLBACK PREPARED"
                        : t.word(at + 1, "TO") || t.word(at + 2, "TO") ? "ROLLBACK TO SAVEPOINT" : "ROLLBACK";
                case "RELEASE" -> "RELEASE SAVEPOINT";
                case "PREPARE" -> "PREPARE TRANSACTION";
                default -> t.keyword(at);
            };
        }

        // ------------------------------------------------------------------ maintenance

        /** VACUUM [FULL] [FREEZE] [VERBOSE] [ANALYZE] [(options)] [table [(cols)], …] and ANALYZE likewise. */
        private void vacuum(int at) {
            boolean vacuum = t.word(at, "VACUUM");
            shape.category = Category.MAINTENANCE;
            int i = at + 1;
            boolean full = false;
            if (t.punct(i, '(')) {
                Map<String, String> options = t.optionList(i);
                full = options.containsKey("full") && !Set.of("false", "off", "0", "no")
                        .contains(options.get("full").toLowerCase(Locale.ROOT));
                i = t.closingParen(i) + 1;
            }
            while (Set.of("FULL", "FREEZE", "VERBOSE", "ANALYZE", "ANALYSE").contains(t.keyword(i))) {
                full |= t.word(i, "FULL");
                i++;
            }
            full &= vacuum;
            shape.command = vacuum ? (full ? "VACUUM FULL" : "VACUUM") : "ANALYZE";
            if (t.word(i, "ONLY")) {
                i++;
            }
            while (true) {
                List<String> table = new ArrayList<>();
                int end = name(i, table);
                if (end < 0) {
                    break;
                }
                shape.objects.add(table);
                if (t.punct(end, '(')) {
                    end = t.closingParen(end) + 1;
                }
                if (!t.punct(end, ',')) {
                    break;
                }
                i = t.word(end + 1, "ONLY") ? end + 2 : end + 1;
            }
            if (!shape.objects.isEmpty()) {
                shape.table = shape.objects.get(0);
                shape.lock(full ? ACCESS_EXCLUSIVE : SHARE_UPDATE_EXCLUSIVE, shape.table);
                shape.rewrites = full;
            }
        }

        /** CLUSTER [VERBOSE | (options)] table [USING index]: rewrites the table in index order. */
        private void cluster(int at) {
            shape.category = Category.MAINTENANCE;
            int i = at + 1;
            if (t.punct(i, '(')) {
                i = t.closingParen(i) + 1;
            }
            if (t.word(i, "VERBOSE")) {
                i++;
            }
            List<String> table = new ArrayList<>();
            if (name(i, table) > 0) {
                shape.table = table;
                shape.objects.add(table);
                shape.lock(ACCESS_EXCLUSIVE, table);
                shape.rewrites = true;
            }
        }

        /** REINDEX [(options)] {INDEX | TABLE | SCHEMA | DATABASE | SYSTEM} [CONCURRENTLY] name. */
        private void reindex(int at) {
            shape.category = Category.MAINTENANCE;
            int i = at + 1;
            if (t.punct(i, '(')) {
                Map<String, String> options = t.optionList(i);
                shape.concurrently = options.containsKey("concurrently") && !Set.of("false", "off", "0", "no")
                        .contains(options.get("concurrently").toLowerCase(Locale.ROOT));
                i = t.closingParen(i) + 1;
            }
            String kind = t.keyword(i);
            i++;
            if (t.word(i, "CONCURRENTLY")) {
                shape.concurrently = true;
                i++;
            }
            List<String> name = new ArrayList<>();
            if (name(i, name) < 0) {
                return;
            }
            shape.objects.add(name);
            shape.buildsIndex = true;
            if (kind.equals("TABLE")) {
                shape.table = name;
                shape.lock(shape.concurrently ? SHARE_UPDATE_EXCLUSIVE : SHARE, name);
            } else if (kind.equals("INDEX")) {
                shape.lock(shape.concurrently ? SHARE_UPDATE_EXCLUSIVE : ACCESS_EXCLUSIVE, name);
            }
        }

        /** REFRESH MATERIALIZED VIEW [CONCURRENTLY] name [WITH [NO] DATA]. */
        private void refresh(int at) {
            shape.category = Category.MAINTENANCE;
            if (!t.words(at + 1, "MATERIALIZED", "VIEW")) {
                return;
            }
            shape.command = "REFRESH MATERIALIZED VIEW";
            int i = at + 3;
            if (t.word(i, "CONCURRENTLY")) {
                shape.concurrently = true;
                i++;
            }
            List<String> name = new ArrayList<>();
            if (name(i, name) > 0) {
                shape.objects.add(name);
                shape.table = name;
                shape.lock(shape.concurrently ? EXCLUSIVE : ACCESS_EXCLUSIVE, name);
                shape.rewrites = !shape.concurrently; // the contents are replaced by a new heap
            }
        }

        /** LOCK [TABLE] [ONLY] name [*] [, …] [IN mode MODE] [NOWAIT]. */
        private void lock(int at) {
            shape.category = Category.OTHER;
            int i = t.word(at + 1, "TABLE") ? at + 2 : at + 1;
            if (t.word(i, "ONLY")) {
                i++;
            }
            int end = nameList(i, false);
            LockLevel mode = ACCESS_EXCLUSIVE;
            if (t.word(end, "IN")) {
                List<String> words = new ArrayList<>();
                for (int k = end + 1; k < t.size() && !t.word(k, "MODE"); k++) {
                    words.add(t.keyword(k));
                }
                try {
                    mode = LockLevel.valueOf(String.join("_", words));
                } catch (IllegalArgumentException unknown) {
                    mode = ACCESS_EXCLUSIVE;
                }
            }
            if (!shape.objects.isEmpty()) {
                shape.table = shape.objects.get(0);
                shape.lock(mode, shape.table);
            }
        }

        /** COMMENT ON kind name IS …: SHARE UPDATE EXCLUSIVE on a commented relation (or a column's table). */
        private void comment(int at) {
            shape.category = Category.DDL;
            if (!t.word(at + 1, "ON")) {
                return;
            }
            String[] type = objectType(at + 2);
            boolean column = t.word(at + 2, "COLUMN");
            if (type == null && !column) {
                return;
            }
            int i = at + 2 + (column ? 1 : type.length);
            List<String> name = new ArrayList<>();
            if (name(i, name) < 0) {
                return;
            }
            shape.objects.add(name);
            String kind = column ? "COLUMN" : String.join(" ", type);
            if (column && name.size() > 1) {
                shape.table = name.subList(0, name.size() - 1);
                shape.lock(SHARE_UPDATE_EXCLUSIVE, shape.table);
            } else if (RELATIONS.contains(kind)) {
                if (!kind.equals("INDEX")) {
                    shape.table = name;
                }
                shape.lock(SHARE_UPDATE_EXCLUSIVE, name);
            }
        }
    }
}
