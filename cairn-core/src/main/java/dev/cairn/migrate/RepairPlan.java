package dev.cairn.migrate;

import java.util.List;

/**
 * What {@code cairn repair} would change in the history table: failed rows to delete, and applied rows
 * whose recorded checksum is realigned to the file as it is now.
 */
public record RepairPlan(List<HistoryEntry> failedRows, List<Realignment> realignments) {

    public record Realignment(long rank, String script, String oldChecksum, String newChecksum) {}

    public static RepairPlan of(MigrationDirectory dir, List<HistoryEntry> history) {
        MigrationState state = MigrationState.of(dir, java.util.Optional.empty(), history, MigrationState.Options.DEFAULT);
        List<Realignment> realign = state.applied().stream()
                .flatMap(row -> dir.versioned().stream()
                        .filter(f -> f.version().equals(Version.parse(row.version())) && !f.checksum().equals(row.checksum()))
                        .map(f -> new Realignment(row.rank(), f.name(), row.checksum(), f.checksum())))
                .toList();
        // A run outside a transaction that the next migrate can continue needs no repair, and removing its row
        // would lose the record of which statements completed (the rerun would then start over and trip on them).
        return new RepairPlan(history.stream().filter(r -> !r.success())
                .filter(r -> !state.resumable().containsKey(r.script()) || state.resumable().get(r.script()).rank() != r.rank())
                .toList(), realign);
    }

    public boolean isEmpty() {
        return failedRows.isEmpty() && realignments.isEmpty();
    }

    /** One line per change, for the confirmation prompt and the report. */
    public List<String> describe() {
        List<String> lines = new java.util.ArrayList<>();
        failedRows.forEach(r -> lines.add("remove the failed run of " + r.script() + " (history row " + r.rank()
                + ", " + r.appliedAt() + ")"));
        realignments.forEach(r -> lines.add("record the current checksum of " + r.script() + " ("
                + r.oldChecksum().substring(0, 12) + " -> " + r.newChecksum().substring(0, 12) + ")"));
        return lines;
    }
}
