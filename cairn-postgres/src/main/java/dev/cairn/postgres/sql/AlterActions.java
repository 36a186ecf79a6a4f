package dev.cairn.postgres.sql;

import static dev.cairn.plan.LockLevel.ACCESS_EXCLUSIVE;
import static dev.cairn.plan.LockLevel.SHARE_ROW_EXCLUSIVE;
import static dev.cairn.plan.LockLevel.SHARE_UPDATE_EXCLUSIVE;

import dev.cairn.dialect.StatementShape.Action;
import dev.cairn.dialect.StatementShape.ActionKind;
import dev.cairn.sql.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the subcommands of ALTER TABLE (and of ALTER INDEX / VIEW / MATERIALIZED VIEW / FOREIGN TABLE / DOMAIN /
 * TYPE, which share its grammar) into {@link Action}s, raising the statement's lock to each subcommand's mode from
 * PostgreSQL's ALTER TABLE page: SHARE UPDATE EXCLUSIVE for SET STATISTICS, SET/RESET (options), CLUSTER ON, SET
 * WITHOUT CLUSTER, VALIDATE CONSTRAINT, ATTACH PARTITION and DETACH … CONCURRENTLY; SHARE ROW EXCLUSIVE for ADD
 * FOREIGN KEY and ENABLE/DISABLE TRIGGER; ACCESS EXCLUSIVE for everything else.
 */
final class AlterActions {
    /** Words that end a column's type and start its constraints (ADD COLUMN). */
    private static final Set<String> COLUMN_CONSTRAINT_WORDS = Set.of("CONSTRAINT", "NOT", "NULL", "DEFAULT", "PRIMARY",
            "UNIQUE", "REFERENCES", "CHECK", "GENERATED", "COLLATE", "COMPRESSION", "STORAGE", "DEFERRABLE", "INITIALLY");
    private static final Set<String> TABLE_CONSTRAINT_WORDS = Set.of("CONSTRAINT", "CHECK", "FOREIGN", "UNIQUE",
            "PRIMARY", "EXCLUDE");
    /** Serial types are integers with a {@code nextval} default: volatile. */
    private static final Set<String> SERIAL_TYPES = Set.of("serial", "serial2", "serial4", "serial8", "smallserial",
            "bigserial");

    private final Tokens t;
    private final ShapeBuilder shape;

    AlterActions(Tokens t, ShapeBuilder shape) {
        this.t = t;
        this.shape = shape;
    }

    /** Reads the comma-separated subcommands from token {@code from} to the end of the statement. */
    void readAll(int from) {
        int start = from;
        for (int k = from; k <= t.size(); k++) {
            if (k == t.size() || t.depth(k) == 0 && t.punct(k, ',')) {
                if (k > start) {
                    shape.actions.add(read(start, k));
                }
                start = k + 1;
            }
        }
    }

    /** One subcommand in tokens {@code [s, e)}. */
    Action read(int s, int e) {
        switch (t.keyword(s)) {
            case "ADD":
                if (t.word(s + 1, "COLUMN")) {
                    return addColumn(s + 2, e);
                }
                if (TABLE_CONSTRAINT_WORDS.contains(t.keyword(s + 1))) {
                    return addConstraint(s + 1, e);
                }
                if (t.word(s + 1, "VALUE")) {
                    return addValue(s + 2);
                }
                if (t.word(s + 1, "ATTRIBUTE")) {
                    return other();
                }
                return addColumn(s + 1, e);
            case "DROP":
                return drop(s + 1, e);
            case "ALTER":
                if (t.word(s + 1, "CONSTRAINT") || t.word(s + 1, "ATTRIBUTE")) {
                    return other();
                }
                int col = t.word(s + 1, "COLUMN") ? s + 2 : s + 1;
                return alterColumn(name(col), col + 1, e);
            case "VALIDATE":
                shape.raise(SHARE_UPDATE_EXCLUSIVE);
                shape.scans = true;
                return new Action(ActionKind.VALIDATE_CONSTRAINT, null, name(s + 2), null, null, null, false, false,
                        false, false, null);
            case "RENAME":
                return rename(s + 1);
            case "SET":
                return set(s + 1, e);
            case "RESET":
                shape.raise(SHARE_UPDATE_EXCLUSIVE);
                return Action.of(ActionKind.OTHER, null);
            case "ATTACH":
                return attach(s);
            case "DETACH":
                return detach(s);
            case "ENABLE":
            case "DISABLE":
                return enableDisable(s);
            case "CLUSTER":
                shape.raise(SHARE_UPDATE_EXCLUSIVE);
                return Action.of(ActionKind.OTHER, null);
            default:
                return other();
        }
    }

    private Action other() {
        shape.raise(ACCESS_EXCLUSIVE);
        return Action.of(ActionKind.OTHER, null);
    }

    /** ADD [COLUMN] [IF NOT EXISTS] name type [constraints], from the column name's IF or name. */
    private Action addColumn(int i, int e) {
        shape.raise(ACCESS_EXCLUSIVE);
        if (t.words(i, "IF", "NOT", "EXISTS")) {
            i += 3;
        }
        String column = name(i);
        int typeStart = i + 1;
        int k = typeStart;
        while (k < e && !(t.depth(k) == 0 && COLUMN_CONSTRAINT_WORDS.contains(t.keyword(k)))) {
            k++;
        }
        String type = t.text(typeStart, k);
        String expression = null;
        String constraintName = null;
        String constraintType = null;
        boolean notNull = false;
        boolean volatileDefault = type != null && SERIAL_TYPES.contains(type.toLowerCase(Locale.ROOT));
        while (k < e) {
            switch (t.keyword(k)) {
                case "CONSTRAINT" -> {
                    constraintName = name(k + 1);
                    k += 2;
                }
                case "NOT" -> {
                    if (t.word(k + 1, "NULL")) {
                        notNull = true;
                        constraintType = stronger(constraintType, "NOT NULL");
                    }
                    k += 2;
                }
                case "DEFAULT" -> {
                    int end = k + 1;
                    while (end < e && !(t.depth(end) == 0 && COLUMN_CONSTRAINT_WORDS.contains(t.keyword(end)))) {
                        end++;
                    }
                    expression = t.text(k + 1, end);
                    volatileDefault |= callsVolatile(k + 1, end);
                    k = end;
                }
                case "PRIMARY" -> {
                    notNull = true;
                    constraintType = stronger(constraintType, "PRIMARY KEY");
                    shape.buildsIndex = true;
                    k += 2;
                }
                case "UNIQUE" -> {
                    constraintType = stronger(constraintType, "UNIQUE");
                    shape.buildsIndex = true;
                    k++;
                }
                case "REFERENCES" -> {
                    constraintType = stronger(constraintType, "FOREIGN KEY");
                    List<String> referenced = new ArrayList<>();
                    int end = t.qualifiedName(k + 1, referenced);
                    shape.referenced = ShapeBuilder.qualified(referenced);
                    shape.scans = true;
                    k = end < 0 ? k + 1 : end;
                }
                case "CHECK" -> {
                    constraintType = stronger(constraintType, "CHECK");
                    shape.scans = true;
                    k = t.punct(k + 1, '(') ? t.closingParen(k + 1) + 1 : k + 1;
                }
                case "GENERATED" -> k = generated(k, e);
                default -> k++;
            }
        }
        shape.rewrites |= volatileDefault;
        return new Action(ActionKind.ADD_COLUMN, column, constraintName, constraintType, type, expression, false, false,
                notNull, volatileDefault, null);
    }

    /**
     * {@code GENERATED ALWAYS AS (expr) [STORED | VIRTUAL]} or {@code GENERATED … AS IDENTITY}: a stored expression or
     * an identity gives every existing row its own value, so the table is rewritten; a virtual column (PostgreSQL 18,
     * the default when neither word is written) is computed on read. Returns the index after it.
     */
    private int generated(int k, int e) {
        int as = k + 1;
        while (as < e && !t.word(as, "AS")) {
            as++;
        }
        if (t.word(as + 1, "IDENTITY")) {
            shape.rewrites = true;
            return t.punct(as + 2, '(') ? t.closingParen(as + 2) + 1 : as + 2;
        }
        int after = t.punct(as + 1, '(') ? t.closingParen(as + 1) + 1 : as + 1;
        if (t.word(after, "STORED")) {
            shape.rewrites = true;
            return after + 1;
        }
        return t.word(after, "VIRTUAL") ? after + 1 : after;
    }

    /** A known volatile function is called (a name followed by a parenthesis) in tokens {@code [from, to)}. */
    private boolean callsVolatile(int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            Token token = t.get(k);
            if (token.kind() == Token.Kind.WORD && t.punct(k + 1, '(') && VolatileFunctions.isVolatile(token.text())) {
                return true;
            }
        }
        return false;
    }

    /** The column constraint that matters most for a lint (index builds first, then scans). */
    private static String stronger(String current, String candidate) {
        List<String> order = List.of("PRIMARY KEY", "UNIQUE", "FOREIGN KEY", "CHECK", "NOT NULL");
        return current == null || order.indexOf(candidate) < order.indexOf(current) ? candidate : current;
    }

    /** ADD [CONSTRAINT name] CHECK | FOREIGN KEY | UNIQUE | PRIMARY KEY | EXCLUDE | NOT NULL …, from CONSTRAINT or the type. */
    private Action addConstraint(int i, int e) {
        String name = null;
        if (t.word(i, "CONSTRAINT")) {
            name = name(i + 1);
            i += 2;
        }
        boolean notValid = false;
        for (int k = i; k + 1 < e; k++) {
            notValid |= t.depth(k) == 0 && t.words(k, "NOT", "VALID");
        }
        String type;
        boolean usingIndex = false;
        String column = null;
        switch (t.keyword(i)) {
            case "FOREIGN" -> {
                type = "FOREIGN KEY";
                shape.raise(SHARE_ROW_EXCLUSIVE);
                for (int k = i; k < e; k++) {
                    if (t.depth(k) == 0 && t.word(k, "REFERENCES")) {
                        List<String> referenced = new ArrayList<>();
                        if (t.qualifiedName(k + 1, referenced) > 0) {
                            shape.referenced = ShapeBuilder.qualified(referenced);
                        }
                        break;
                    }
                }
                shape.scans |= !notValid;
            }
            case "UNIQUE", "PRIMARY", "EXCLUDE" -> {
                type = t.word(i, "PRIMARY") ? "PRIMARY KEY" : t.keyword(i);
                int after = t.word(i, "PRIMARY") ? i + 2 : i + 1;
                usingIndex = !type.equals("EXCLUDE") && t.words(after, "USING", "INDEX");
                shape.raise(ACCESS_EXCLUSIVE);
                // A primary key on an existing index still makes its columns NOT NULL, which reads the rows unless
                // they already are: the schema-aware lint refines it.
                shape.scans |= !usingIndex || type.equals("PRIMARY KEY");
                shape.buildsIndex |= !usingIndex;
            }
            case "NOT" -> {
                type = "NOT NULL"; // PostgreSQL 18: ADD CONSTRAINT name NOT NULL column
                column = name(i + 2);
                shape.raise(ACCESS_EXCLUSIVE);
                shape.scans |= !notValid;
            }
            case "CHECK" -> {
                type = "CHECK";
                shape.raise(ACCESS_EXCLUSIVE);
                shape.scans |= !notValid;
            }
            default -> {
                type = null;
                shape.raise(ACCESS_EXCLUSIVE);
            }
        }
        return new Action(ActionKind.ADD_CONSTRAINT, column, name, type, null, null, notValid, usingIndex, false, false,
                null);
    }

    /** ALTER TYPE … ADD VALUE [IF NOT EXISTS] 'v' [BEFORE | AFTER 'w']: the value is usable once committed. */
    private Action addValue(int i) {
        if (t.words(i, "IF", "NOT", "EXISTS")) {
            i += 3;
        }
        shape.usableAfterCommit = true;
        Token value = t.get(i);
        return new Action(ActionKind.ADD_VALUE, null, null, null, null, null, false, false, false, false,
                value == null ? null : Tokens.unquote(value));
    }

    /** DROP [COLUMN] [IF EXISTS] col | DROP CONSTRAINT [IF EXISTS] name | (domain) DROP NOT NULL / DEFAULT. */
    private Action drop(int i, int e) {
        if (t.word(i, "CONSTRAINT")) {
            shape.raise(ACCESS_EXCLUSIVE);
            int n = t.words(i + 1, "IF", "EXISTS") ? i + 3 : i + 1;
            return new Action(ActionKind.DROP_CONSTRAINT, null, name(n), null, null, null, false, false, false, false,
                    null);
        }
        if (t.word(i, "ATTRIBUTE")) {
            return other();
        }
        if (t.words(i, "NOT", "NULL") || t.word(i, "DEFAULT") || t.word(i, "EXPRESSION") || t.word(i, "IDENTITY")) {
            return alterColumn(null, i - 1, e); // ALTER DOMAIN d DROP NOT NULL / DROP DEFAULT
        }
        int n = t.word(i, "COLUMN") ? i + 1 : i;
        if (t.words(n, "IF", "EXISTS")) {
            n += 2;
        }
        shape.raise(ACCESS_EXCLUSIVE);
        shape.dataLoss = true;
        return Action.of(ActionKind.DROP_COLUMN, name(n));
    }

    /** ALTER [COLUMN] col …, from the word after the column name (also a domain's SET/DROP NOT NULL, DEFAULT). */
    Action alterColumn(String column, int i, int e) {
        String k0 = t.keyword(i);
        String k1 = t.keyword(i + 1);
        if (k0.equals("TYPE") || k0.equals("SET") && k1.equals("DATA") && t.word(i + 2, "TYPE")) {
            int typeStart = k0.equals("TYPE") ? i + 1 : i + 3;
            int k = typeStart;
            while (k < e && !(t.depth(k) == 0 && (t.word(k, "USING") || t.word(k, "COLLATE")))) {
                k++;
            }
            String type = t.text(typeStart, k);
            int using = k;
            while (using < e && !(t.depth(using) == 0 && t.word(using, "USING"))) {
                using++;
            }
            shape.raise(ACCESS_EXCLUSIVE);
            // Whether the type change rewrites depends on the old type (binary coercible or not): without the schema,
            // assume it does; the schema-aware lint refines this.
            shape.rewrites = true;
            return new Action(ActionKind.ALTER_COLUMN_TYPE, column, null, null, type, t.text(using + 1, e), false,
                    false, false, false, null);
        }
        if (k0.equals("SET") && k1.equals("NOT") && t.word(i + 2, "NULL")) {
            shape.raise(ACCESS_EXCLUSIVE);
            shape.scans = true;
            return Action.of(ActionKind.SET_NOT_NULL, column);
        }
        if (k0.equals("DROP") && k1.equals("NOT")) {
            shape.raise(ACCESS_EXCLUSIVE);
            return Action.of(ActionKind.DROP_NOT_NULL, column);
        }
        if (k0.equals("SET") && k1.equals("DEFAULT")) {
            shape.raise(ACCESS_EXCLUSIVE);
            return new Action(ActionKind.SET_DEFAULT, column, null, null, null, t.text(i + 2, e), false, false, false,
                    false, null);
        }
        if (k0.equals("DROP") && k1.equals("DEFAULT")) {
            shape.raise(ACCESS_EXCLUSIVE);
            return Action.of(ActionKind.DROP_DEFAULT, column);
        }
        if (k0.equals("ADD") && k1.equals("GENERATED")) {
            shape.raise(ACCESS_EXCLUSIVE);
            return Action.of(ActionKind.ADD_IDENTITY, column);
        }
        if (k0.equals("SET") && k1.equals("EXPRESSION")) {
            shape.raise(ACCESS_EXCLUSIVE);
            shape.rewrites = true; // every row's stored value is computed anew
            int as = t.word(i + 2, "AS") ? i + 3 : i + 2;
            String expression = t.punct(as, '(') ? t.text(as + 1, t.closingParen(as)) : t.text(as, e);
            return new Action(ActionKind.SET_EXPRESSION, column, null, null, null, expression, false, false, false,
                    false, null);
        }
        if (k0.equals("DROP") && k1.equals("EXPRESSION")) {
            shape.raise(ACCESS_EXCLUSIVE);
            return Action.of(ActionKind.DROP_EXPRESSION, column);
        }
        if (k0.equals("SET") && (k1.equals("STATISTICS") || t.punct(i + 1, '(')) || k0.equals("RESET")) {
            shape.raise(SHARE_UPDATE_EXCLUSIVE);
            return Action.of(ActionKind.OTHER, column);
        }
        shape.raise(ACCESS_EXCLUSIVE); // SET STORAGE, SET COMPRESSION, identity options…
        return Action.of(ActionKind.OTHER, column);
    }

    /** RENAME TO n | RENAME CONSTRAINT a TO b | RENAME VALUE 'a' TO 'b' | RENAME [COLUMN | ATTRIBUTE] a TO b. */
    private Action rename(int i) {
        shape.raise(ACCESS_EXCLUSIVE);
        if (t.word(i, "TO")) {
            return new Action(ActionKind.RENAME, null, null, null, null, null, false, false, false, false, name(i + 1));
        }
        if (t.word(i, "CONSTRAINT")) {
            return new Action(ActionKind.RENAME_CONSTRAINT, null, name(i + 1), null, null, null, false, false, false,
                    false, name(i + 3));
        }
        if (t.word(i, "VALUE")) {
            Token to = t.get(i + 3);
            return new Action(ActionKind.RENAME_VALUE, null, null, null, null, null, false, false, false, false,
                    to == null ? null : Tokens.unquote(to));
        }
        int c = t.word(i, "COLUMN") || t.word(i, "ATTRIBUTE") ? i + 1 : i;
        return new Action(ActionKind.RENAME_COLUMN, name(c), null, null, null, null, false, false, false, false,
                name(c + 2));
    }

    /** SET SCHEMA | LOGGED | UNLOGGED | TABLESPACE | (options) | WITHOUT CLUSTER | ACCESS METHOD | (domain) NOT NULL, DEFAULT. */
    private Action set(int i, int e) {
        switch (t.keyword(i)) {
            case "SCHEMA":
                shape.raise(ACCESS_EXCLUSIVE);
                return new Action(ActionKind.SET_SCHEMA, null, null, null, null, null, false, false, false, false,
                        name(i + 1));
            case "LOGGED":
            case "UNLOGGED":
                shape.raise(ACCESS_EXCLUSIVE);
                shape.rewrites = true; // the heap is copied to or from the WAL-logged form
                return Action.of(t.word(i, "LOGGED") ? ActionKind.SET_LOGGED : ActionKind.SET_UNLOGGED, null);
            case "TABLESPACE":
                shape.raise(ACCESS_EXCLUSIVE);
                shape.rewrites = true; // the files are copied to the new place
                return Action.of(ActionKind.SET_TABLESPACE, null);
            case "WITHOUT":
                shape.raise(t.word(i + 1, "CLUSTER") ? SHARE_UPDATE_EXCLUSIVE : ACCESS_EXCLUSIVE);
                return Action.of(ActionKind.OTHER, null);
            case "ACCESS":
                shape.raise(ACCESS_EXCLUSIVE);
                shape.rewrites = true;
                return Action.of(ActionKind.OTHER, null);
            case "NOT":
            case "DEFAULT":
                return alterColumn(null, i - 1, e);
            default:
                if (t.punct(i, '(')) {
                    shape.raise(SHARE_UPDATE_EXCLUSIVE); // storage parameters (fillfactor, autovacuum_*…)
                    return Action.of(ActionKind.OTHER, null);
                }
                return other();
        }
    }

    /** ATTACH PARTITION p …: SHARE UPDATE EXCLUSIVE on the parent, the partition's rows are checked against its bound. */
    private Action attach(int s) {
        shape.raise(SHARE_UPDATE_EXCLUSIVE);
        shape.scans = true;
        partition(s + 2);
        return Action.of(ActionKind.ATTACH_PARTITION, null);
    }

    /** DETACH PARTITION p [CONCURRENTLY | FINALIZE]. */
    private Action detach(int s) {
        int end = partition(s + 2);
        boolean concurrently = end > 0 && (t.word(end, "CONCURRENTLY") || t.word(end, "FINALIZE"));
        shape.concurrently |= t.word(end, "CONCURRENTLY");
        shape.raise(concurrently ? SHARE_UPDATE_EXCLUSIVE : ACCESS_EXCLUSIVE);
        return Action.of(ActionKind.DETACH_PARTITION, null);
    }

    /** Adds the partition named at {@code i} to the statement's objects; returns the index after its name or -1. */
    private int partition(int i) {
        List<String> parts = new ArrayList<>();
        int end = t.qualifiedName(i, parts);
        if (end > 0) {
            shape.objects.add(parts);
        }
        return end;
    }

    /** ENABLE | DISABLE [REPLICA | ALWAYS] TRIGGER | RULE | ROW LEVEL SECURITY. */
    private Action enableDisable(int s) {
        int i = t.word(s + 1, "REPLICA") || t.word(s + 1, "ALWAYS") ? s + 2 : s + 1;
        if (t.word(i, "TRIGGER")) {
            shape.raise(SHARE_ROW_EXCLUSIVE);
            return Action.of(t.word(s, "ENABLE") ? ActionKind.ENABLE_TRIGGER : ActionKind.DISABLE_TRIGGER, null);
        }
        return other();
    }

    /** The identifier at {@code i} the way PostgreSQL resolves it, or null. */
    private String name(int i) {
        return Tokens.identifier(t.get(i)).orElse(null);
    }
}
