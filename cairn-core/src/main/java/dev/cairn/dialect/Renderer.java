package dev.cairn.dialect;

import dev.cairn.diff.ChangeSet;
import dev.cairn.plan.Plan;

/** Turns a change set into a dialect's statements, each with its reverse and its safety facts. */
public interface Renderer {
    Plan render(ChangeSet changes);
}
