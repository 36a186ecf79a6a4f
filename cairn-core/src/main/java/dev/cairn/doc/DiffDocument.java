package dev.cairn.doc;

import dev.cairn.diff.Change;
import dev.cairn.diff.DiffOptions.Rename;
import dev.cairn.generate.SchemaDiff;
import java.util.List;
import java.util.Map;

/**
 * {@code cairn diff --json}: the two sources, whether they are equal, the changes (each with its class name and
 * its fields), the statements, the renames applied, the differ's warnings and the possible renames it saw, and
 * notices on how the two were made comparable (the server major).
 */
public record DiffDocument(boolean ok, String from, String to, boolean equal, Map<String, PlanItems.KindCounts> summary,
        List<ChangeItem> changes, List<PlanItems.Statement> statements, boolean needsCommitSplit, List<String> renames,
        List<WarningItem> warnings, List<RenameCandidateItem> renameCandidates, List<String> notices) {

    /** A change: {@code change} names its type ({@code AddColumn}), {@code detail} holds its fields. */
    public record ChangeItem(String change, Change detail) {}

    public static DiffDocument of(SchemaDiff d) {
        return new DiffDocument(true, d.from(), d.to(), d.changes().isEmpty(), PlanItems.summary(d.plan()),
                d.changes().changes().stream().map(c -> new ChangeItem(c.getClass().getSimpleName(), c)).toList(),
                PlanItems.statements(d.plan()), d.plan().needsCommitSplit(),
                d.renames().stream().map(Rename::toString).toList(), WarningItem.of(d.changes().warnings()),
                RenameCandidateItem.of(d.changes().renameCandidates()), d.notices());
    }
}
