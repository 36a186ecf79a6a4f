package dev.cairn.drift;

import dev.cairn.diff.Warning;
import dev.cairn.migrate.Problem;
import java.util.List;

/**
 * What {@code cairn drift} found: how the live database differs from what its applied migrations build,
 * and what its history table says that the directory does not.
 *
 * @param environment  the environment's name
 * @param database     the database, described without credentials
 * @param differences  live ({@code actual}) against the replayed history ({@code expected}), sorted
 * @param history      history findings: {@code applied-missing}, {@code checksum-mismatch}, {@code failed-partial}
 * @param notices      what could not be replayed exactly, pending migrations, ignored objects…
 * @param fixSql       the SQL that turns the live schema back into the expected one (empty when none)
 * @param fixWarnings  the differ's warnings about {@code fixSql} (data loss…)
 * @param replayed     how many history rows were replayed
 * @param durationMs   wall time of the whole check
 */
public record DriftReport(String environment, String database, List<Difference> differences, List<Problem> history,
        List<String> notices, String fixSql, List<Warning> fixWarnings, int replayed, long durationMs) {

    public DriftReport {
        differences = List.copyOf(differences);
        history = List.copyOf(history);
        notices = List.copyOf(notices);
        fixWarnings = List.copyOf(fixWarnings);
    }

    /** Drift: any schema difference or history finding. */
    public boolean drifted() {
        return !differences.isEmpty() || !history.isEmpty();
    }
}
