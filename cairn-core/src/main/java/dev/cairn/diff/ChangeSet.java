package dev.cairn.diff;

import java.util.List;

/** The ordered changes that turn one catalog into another, with warnings and possible renames to ask about. */
public record ChangeSet(List<Change> changes, List<Warning> warnings, List<RenameCandidate> renameCandidates) {
    public ChangeSet {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
        renameCandidates = List.copyOf(renameCandidates);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public boolean hasDataLoss() {
        return warnings.stream().anyMatch(w -> w.kind() == Warning.Kind.DATA_LOSS);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        changes.forEach(c -> b.append(c).append('\n'));
        warnings.forEach(w -> b.append("warning: ").append(w).append('\n'));
        return b.toString();
    }
}
