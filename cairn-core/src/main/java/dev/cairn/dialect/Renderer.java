package dev.cairn.dialect;

import dev.cairn.diff.ChangeSet;
import dev.cairn.plan.Plan;

/** Turns an ordered change set into the dialect's statements, with their safety facts. */
public interface Renderer {
    Plan render(ChangeSet changes);
}
