package dev.cairn.plan;

/**
 * What running one statement does to the database beyond its purpose: which table lock it takes and on what, whether it
 * rewrites or reads the whole table, whether data is lost, and how it must be run. A dialect's {@link Safety} states them
 * per change; lint rules and deploy gates read them instead of re-parsing SQL.
 *
 * @param lock               the strongest table lock the statement takes, held until its transaction ends
 * @param lockedRelation     qualified name of the relation {@code lock} is taken on; null for {@link LockLevel#NONE}
 * @param referencedRelation a foreign key's referenced table, locked SHARE ROW EXCLUSIVE (the same mode as {@code lock}
 *                           for ADD CONSTRAINT; weaker than ADD COLUMN … REFERENCES' ACCESS EXCLUSIVE), else null
 * @param rewritesTable      every row is written anew (and every index rebuilt)
 * @param scansTable         every row is read to check a constraint, bound or uniqueness (no rewrite)
 * @param buildsIndex        an index is built (or may be rebuilt) by reading the whole table
 * @param dataLoss           rows or values are lost
 * @param outsideTransaction the statement refuses to run inside a transaction block
 * @param usableAfterCommit  what it adds (a new enum value) cannot be used before its transaction commits
 * @param newRelation        the relation is created earlier in the same plan: empty and invisible to other sessions
 *                           until commit, so nobody waits on its lock and nothing is scanned or rewritten
 */
public record SafetyFacts(LockLevel lock, String lockedRelation, String referencedRelation, boolean rewritesTable,
        boolean scansTable, boolean buildsIndex, boolean dataLoss, boolean outsideTransaction, boolean usableAfterCommit,
        boolean newRelation) {

    public SafetyFacts {
        if (lock == null) {
            lock = LockLevel.NONE;
        }
    }

    /** Nothing to say: no table lock, no rewrite, no loss. */
    public static final SafetyFacts NONE = new SafetyFacts(LockLevel.NONE, null, null, false, false, false, false, false,
            false, false);

    /** Takes {@code lock} on {@code relation} and nothing else worth saying. */
    public static SafetyFacts locks(LockLevel lock, String relation) {
        return NONE.withLock(lock, relation);
    }

    public SafetyFacts withLock(LockLevel lock, String relation) {
        return new SafetyFacts(lock, relation, referencedRelation, rewritesTable, scansTable, buildsIndex, dataLoss,
                outsideTransaction, usableAfterCommit, newRelation);
    }

    public SafetyFacts referencing(String relation) {
        return new SafetyFacts(lock, lockedRelation, relation, rewritesTable, scansTable, buildsIndex, dataLoss,
                outsideTransaction, usableAfterCommit, newRelation);
    }

    public SafetyFacts rewriting(boolean rewrites) {
        return new SafetyFacts(lock, lockedRelation, referencedRelation, rewrites, scansTable, buildsIndex || rewrites,
                dataLoss, outsideTransaction, usableAfterCommit, newRelation);
    }

    public SafetyFacts scanning(boolean scans) {
        return new SafetyFacts(lock, lockedRelation, referencedRelation, rewritesTable, scans, buildsIndex, dataLoss,
                outsideTransaction, usableAfterCommit, newRelation);
    }

    public SafetyFacts buildingIndex(boolean builds) {
        return new SafetyFacts(lock, lockedRelation, referencedRelation, rewritesTable, scansTable, builds, dataLoss,
                outsideTransaction, usableAfterCommit, newRelation);
    }

    public SafetyFacts losingData(boolean loses) {
        return new SafetyFacts(lock, lockedRelation, referencedRelation, rewritesTable, scansTable, buildsIndex, loses,
                outsideTransaction, usableAfterCommit, newRelation);
    }

    public SafetyFacts outsideTransaction(boolean outside) {
        return new SafetyFacts(lock, lockedRelation, referencedRelation, rewritesTable, scansTable, buildsIndex, dataLoss,
                outside, usableAfterCommit, newRelation);
    }

    public SafetyFacts usableAfterCommit(boolean afterCommit) {
        return new SafetyFacts(lock, lockedRelation, referencedRelation, rewritesTable, scansTable, buildsIndex, dataLoss,
                outsideTransaction, afterCommit, newRelation);
    }

    /** The same statement on a relation the plan itself creates: no rows to rewrite, scan or index, nobody waiting. */
    public SafetyFacts onNewRelation() {
        return new SafetyFacts(lock, lockedRelation, referencedRelation, false, false, false, dataLoss, outsideTransaction,
                usableAfterCommit, true);
    }

    /** Readers or writers of an existing table wait while the statement reads or rewrites it. */
    public boolean holdsLockWhileWorking() {
        return !newRelation && (rewritesTable || scansTable || buildsIndex);
    }

    /** Both statements' facts: the stronger lock (and its relation), every effect of either. */
    public SafetyFacts and(SafetyFacts o) {
        boolean mine = lock.compareTo(o.lock) >= 0;
        return new SafetyFacts(mine ? lock : o.lock, mine ? lockedRelation : o.lockedRelation,
                referencedRelation != null ? referencedRelation : o.referencedRelation, rewritesTable || o.rewritesTable,
                scansTable || o.scansTable, buildsIndex || o.buildsIndex, dataLoss || o.dataLoss,
                outsideTransaction || o.outsideTransaction, usableAfterCommit || o.usableAfterCommit,
                newRelation && o.newRelation);
    }
}
