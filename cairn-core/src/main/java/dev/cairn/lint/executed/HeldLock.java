package dev.cairn.lint.executed;

import dev.cairn.plan.LockLevel;

/**
 * A table-level lock a statement took on a relation that existed before it, as {@code pg_locks} showed it on the
 * scratch database: the strongest mode the statement added on that relation.
 *
 * @param relation the qualified name ({@code public.orders})
 * @param mode     the lock mode
 */
public record HeldLock(String relation, LockLevel mode) {

    /** {@code SHARE on public.orders}. */
    @Override
    public String toString() {
        return mode.sql() + " on " + relation;
    }
}
