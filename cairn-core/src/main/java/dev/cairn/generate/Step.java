package dev.cairn.generate;

import dev.cairn.catalog.Catalog;
import dev.cairn.plan.Plan;

/**
 * One migration file that generate writes, with the way to its revert.
 *
 * @param name     the file name's description
 * @param note     comment lines (each ending in a newline) saying why the change is split, for both files; empty when not
 * @param target   the catalog the migration must give, or null for a part whose result only the scratch database knows
 *                 (an online plan's intermediate parts: NOT VALID constraints, indexes not yet made constraints)
 * @param plan     the migration's statements
 * @param reverter its revert, made from the catalog the migration reached and the one before it
 */
record Step(String name, String note, Catalog target, Plan plan, Reverter reverter) {

    /** The revert from the catalog reached back to the one before. */
    @FunctionalInterface
    interface Reverter {
        Plan revert(Catalog reached, Catalog before);
    }

    /** A step whose revert is known in advance. */
    static Step of(String name, String note, Catalog target, Plan plan, Plan revert) {
        return new Step(name, note, target, plan, (reached, before) -> revert);
    }
}
