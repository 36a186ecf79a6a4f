package dev.cairn.plan;

/**
 * PostgreSQL's table-level lock modes ("Explicit Locking" in its manual), weakest first, plus {@link #NONE} for a
 * statement that takes no lock on a table of its own. Each mode conflicts with the modes named in its javadoc; the two
 * questions a migration author asks of a lock are answered by {@link #blocksReads()} and {@link #blocksWrites()}.
 */
public enum LockLevel {
    /** No table lock (schemas, types, routines, comments…). */
    NONE,
    /** SELECT. Conflicts only with ACCESS EXCLUSIVE. */
    ACCESS_SHARE,
    /** SELECT FOR UPDATE / SHARE. Conflicts with EXCLUSIVE and ACCESS EXCLUSIVE. */
    ROW_SHARE,
    /** INSERT, UPDATE, DELETE. Conflicts with SHARE and stronger. */
    ROW_EXCLUSIVE,
    /** VACUUM, CREATE INDEX CONCURRENTLY, VALIDATE CONSTRAINT, ATTACH PARTITION (on the parent). Conflicts with itself and stronger. */
    SHARE_UPDATE_EXCLUSIVE,
    /** CREATE INDEX (without CONCURRENTLY). Conflicts with ROW EXCLUSIVE, SHARE UPDATE EXCLUSIVE and the modes above SHARE. */
    SHARE,
    /** CREATE TRIGGER, ADD FOREIGN KEY (on both tables). Conflicts with ROW EXCLUSIVE and stronger, itself included. */
    SHARE_ROW_EXCLUSIVE,
    /** REFRESH MATERIALIZED VIEW CONCURRENTLY. Conflicts with ROW SHARE and stronger. */
    EXCLUSIVE,
    /** Most ALTER TABLE forms, DROP, TRUNCATE, REFRESH MATERIALIZED VIEW. Conflicts with every mode. */
    ACCESS_EXCLUSIVE;

    /** Plain SELECTs on the table wait while the lock is held. */
    public boolean blocksReads() {
        return this == ACCESS_EXCLUSIVE;
    }

    /** INSERT, UPDATE and DELETE on the table wait while the lock is held. */
    public boolean blocksWrites() {
        return compareTo(SHARE) >= 0;
    }

    /** The stronger of two modes. */
    public LockLevel max(LockLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** {@code SHARE ROW EXCLUSIVE}: how PostgreSQL's manual and {@code pg_locks} (with "Lock" appended) name it. */
    public String sql() {
        return name().replace('_', ' ');
    }
}
