package dev.cairn.lint.executed;

import java.util.List;

/**
 * What one statement did when it ran on the scratch database.
 *
 * @param file           the migration file's name relative to the migrations directory
 * @param line           1-based line of the statement's first token
 * @param statement      the statement as written
 * @param locks          the table locks it added on relations that existed before it (tables, partitioned tables,
 *                       materialized views, views, foreign tables), in relation order; a lock taken by an earlier
 *                       statement of the same transaction is reported there, not again
 * @param rewritten      tables whose data was written anew (their file changed: {@code pg_class.relfilenode}); a
 *                       TRUNCATE's new empty file is not a rewrite
 * @param created        objects the statement created, from comparing the catalog before and after it
 *                       ({@code table public.orders}, {@code index public.orders_user_idx}); in a batch of more than
 *                       40 statements the catalog is compared per migration and each change attributed to the
 *                       statement where its relation, column or constraint appeared, disappeared or was renamed
 * @param dropped        objects it dropped ({@code column public.orders.note})
 * @param altered        objects it changed, with what changed ({@code column public.orders.total: type},
 *                       {@code column public.users.name: renamed to public.users.full_name})
 * @param millis         how long it ran on the (nearly empty) scratch database
 * @param rebuiltIndexes indexes rebuilt without their table being rewritten (REINDEX)
 * @param scanned        existing tables whose every row it read without rewriting them: a sequential scan counted by
 *                       the server's statistics ({@code pg_stat_xact_all_tables}: constraint validation, SET NOT NULL,
 *                       UPDATE without WHERE) or an index built on the table
 * @param note           what could not be measured, or null (a concurrent statement that finished without waiting)
 */
public record Observation(String file, int line, String statement, List<HeldLock> locks, List<String> rewritten,
        List<String> created, List<String> dropped, List<String> altered, long millis, List<String> rebuiltIndexes,
        List<String> scanned, String note) {

    public Observation {
        locks = List.copyOf(locks);
        rewritten = List.copyOf(rewritten);
        created = List.copyOf(created);
        dropped = List.copyOf(dropped);
        altered = List.copyOf(altered);
        rebuiltIndexes = List.copyOf(rebuiltIndexes);
        scanned = List.copyOf(scanned);
    }

    /** {@code V3__idx.sql:4}. */
    public String location() {
        return file + ":" + line;
    }

    /** The mode this statement took on {@code relation}, or null. */
    public dev.cairn.plan.LockLevel lockOn(String relation) {
        return locks.stream().filter(l -> l.relation().equals(relation)).map(HeldLock::mode).findFirst().orElse(null);
    }
}
