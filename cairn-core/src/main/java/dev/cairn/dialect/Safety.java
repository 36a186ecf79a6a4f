package dev.cairn.dialect;

import dev.cairn.diff.Change;
import dev.cairn.plan.SafetyFacts;

/** A dialect's knowledge of what each change costs when it runs: locks, rewrites, scans, data loss. */
public interface Safety {
    /** The facts of the change as a whole (when it renders several statements, what all of them together do). */
    SafetyFacts factsOf(Change change);
}
