package dev.cairn.deploy.snapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes, lists, restores and deletes snapshots of one environment's database. Errors are {@link dev.cairn.CairnException}s
 * whose message says what failed, on which snapshot and database, why, and what to do; an unknown id lists the known ones.
 */
public interface SnapshotProvider {

    /** The {@code snapshot.provider} name: template, pg_dump, neon, command. */
    String provider();

    /** Takes a snapshot of the database now. {@code label} (nullable) is kept with it where the provider can. */
    Snapshot create(String label);

    /** The snapshots Cairn made of this environment, newest first; never anything else on the server. */
    List<Snapshot> list();

    /** Replaces the database with the snapshot's content. The snapshot stays. */
    void restore(String id);

    /** Deletes the snapshot. */
    void delete(String id);

    /** Whether {@link #delete} can work: false for a command provider without a delete command. */
    default boolean canDelete() {
        return true;
    }

    /**
     * Deletes the snapshots Cairn made of this environment beyond the newest {@code keep}; {@code keep} 0 keeps them
     * all; a provider that cannot delete ({@link #canDelete()} false) keeps them all too.
     *
     * @return the snapshots deleted, newest first
     */
    default List<Snapshot> prune(int keep) {
        List<Snapshot> deleted = new ArrayList<>();
        if (keep <= 0 || !canDelete()) {
            return deleted;
        }
        List<Snapshot> all = list();
        for (Snapshot s : all.subList(Math.min(keep, all.size()), all.size())) {
            delete(s.id());
            deleted.add(s);
        }
        return deleted;
    }
}
