package dev.cairn.dialect;

import dev.cairn.plan.SafetyFacts;
import java.util.List;

/**
 * What the dialect's light classifier reads from one statement's tokens: its command, the objects it names, the
 * subcommands of an ALTER, and the {@link SafetyFacts} the dialect knows it has (lock mode from the server's locking
 * table, rewrite, scan, index build, data loss, transaction needs). Lint rules read this instead of the SQL text. Facts
 * that depend on the schema (whether a type change rewrites, whether a table is new) are refined by whoever knows it.
 *
 * @param command   the leading keywords without names or IF [NOT] EXISTS: {@code ALTER TABLE}, {@code CREATE UNIQUE
 *                  INDEX}, {@code DROP TABLE}, {@code INSERT}, {@code SET}, {@code VACUUM FULL}…
 * @param category  what kind of statement it is
 * @param objects   the objects it creates, alters or drops, each as [schema,] name parts (several for {@code DROP
 *                  TABLE a, b}); for CREATE INDEX the index (empty when unnamed)
 * @param table     the relation it works on, as [schema,] name parts, or empty: the ALTER TABLE target, the table of
 *                  CREATE INDEX / CREATE TRIGGER / CREATE POLICY, the first table of TRUNCATE, the target of INSERT /
 *                  UPDATE / DELETE / COPY, the table of VACUUM / CLUSTER / REINDEX TABLE / LOCK
 * @param concurrently the statement says CONCURRENTLY (CREATE/DROP INDEX, REINDEX, REFRESH, DETACH PARTITION)
 * @param actions   the subcommands of ALTER TABLE / ALTER TYPE / ALTER DOMAIN, in order; empty otherwise
 * @param setting   for SET / RESET / SET LOCAL: the parameter name (lower case) and value as written; null otherwise
 * @param facts     the dialect's facts for the statement as written, without schema knowledge
 */
public record StatementShape(String command, Category category, List<List<String>> objects, List<String> table,
        boolean concurrently, List<Action> actions, Setting setting, SafetyFacts facts) {

    public StatementShape {
        objects = objects.stream().map(List::copyOf).toList();
        table = List.copyOf(table);
        actions = List.copyOf(actions);
        facts = facts == null ? SafetyFacts.NONE : facts;
    }

    /** The kinds of statement rules tell apart (mixing data changes and DDL, session settings, maintenance). */
    public enum Category {
        /** CREATE, ALTER, DROP, COMMENT, GRANT, REVOKE, TRUNCATE… */
        DDL,
        /** INSERT, UPDATE, DELETE, MERGE, COPY FROM, SELECT that writes (SELECT INTO). */
        DML,
        /** SELECT, VALUES, EXPLAIN, SHOW and other statements that only read. */
        QUERY,
        /** SET, RESET, SET LOCAL, SET ROLE… */
        SESSION,
        /** VACUUM, ANALYZE, CLUSTER, REINDEX, REFRESH MATERIALIZED VIEW, CHECKPOINT. */
        MAINTENANCE,
        /** BEGIN, COMMIT, ROLLBACK, SAVEPOINT… */
        TRANSACTION,
        /** DO blocks, CALL, LOCK, anything else. */
        OTHER
    }

    /** A {@code SET} / {@code RESET}: {@code value} is null for RESET; {@code local} for SET LOCAL. */
    public record Setting(String name, String value, boolean local) {}

    /**
     * One subcommand of an ALTER.
     *
     * @param kind           what it does
     * @param column         the column it concerns (ADD/DROP/ALTER/RENAME COLUMN), else null
     * @param constraint     the constraint name it concerns, else null
     * @param constraintType for ADD CONSTRAINT (named or not) and column constraints of ADD COLUMN: {@code PRIMARY KEY},
     *                       {@code UNIQUE}, {@code FOREIGN KEY}, {@code CHECK}, {@code EXCLUDE}, {@code NOT NULL}; else null
     * @param type           the new type of ALTER COLUMN TYPE, the type of ADD COLUMN, as written; else null
     * @param expression     the default of ADD COLUMN / SET DEFAULT, the USING of ALTER COLUMN TYPE, as written; else null
     * @param notValid       ADD CONSTRAINT … NOT VALID
     * @param usingIndex     ADD CONSTRAINT … USING INDEX
     * @param notNull        ADD COLUMN … NOT NULL (or PRIMARY KEY)
     * @param volatileDefault the default of ADD COLUMN calls a volatile function (every row is written anew)
     * @param newName        the new name of RENAME / RENAME COLUMN / RENAME CONSTRAINT / RENAME VALUE, the new schema
     *                       of SET SCHEMA, the value of ADD VALUE; else null
     */
    public record Action(ActionKind kind, String column, String constraint, String constraintType, String type,
            String expression, boolean notValid, boolean usingIndex, boolean notNull, boolean volatileDefault,
            String newName) {

        /** An action that carries nothing but its kind (and perhaps its column). */
        public static Action of(ActionKind kind, String column) {
            return new Action(kind, column, null, null, null, null, false, false, false, false, null);
        }
    }

    /** The subcommands rules tell apart; {@link #OTHER} for the rest. */
    public enum ActionKind {
        ADD_COLUMN, DROP_COLUMN, ALTER_COLUMN_TYPE, SET_NOT_NULL, DROP_NOT_NULL, SET_DEFAULT, DROP_DEFAULT,
        ADD_CONSTRAINT, DROP_CONSTRAINT, VALIDATE_CONSTRAINT, RENAME, RENAME_COLUMN, RENAME_CONSTRAINT, SET_SCHEMA,
        ATTACH_PARTITION, DETACH_PARTITION, SET_LOGGED, SET_UNLOGGED, SET_TABLESPACE, ADD_IDENTITY, SET_EXPRESSION,
        DROP_EXPRESSION, ENABLE_TRIGGER, DISABLE_TRIGGER,
        /** ALTER TYPE … ADD VALUE: {@code newName} is the value. */
        ADD_VALUE,
        /** ALTER TYPE … RENAME VALUE. */
        RENAME_VALUE,
        OTHER
    }

    /** The first table name part list's last part (the relation's name without schema), or null. */
    public String tableName() {
        return table.isEmpty() ? null : table.get(table.size() - 1);
    }

    public boolean isCommand(String leading) {
        return command.equals(leading);
    }
}
