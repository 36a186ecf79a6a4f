package dev.cairn.doc;

import dev.cairn.diff.Warning;
import dev.cairn.drift.DriftReport;
import java.util.List;
import java.util.Locale;

/** {@code cairn drift --json}. */
public record DriftDocument(boolean ok, String environment, String database, boolean drift, List<DifferenceItem> differences,
        List<ProblemItem> history, List<String> notices, int replayed, String fixSql, List<FixWarning> fixWarnings,
        long durationMs) {

    /** A warning about {@code fixSql}; {@code kind} in lower case ({@code data_loss}). */
    public record FixWarning(String kind, String object, String message) {
        static FixWarning of(Warning w) {
            return new FixWarning(w.kind().name().toLowerCase(Locale.ROOT), w.object(), w.message());
        }
    }

    public static DriftDocument of(DriftReport r) {
        return new DriftDocument(true, r.environment(), r.database(), r.drifted(), DifferenceItem.of(r.differences()),
                ProblemItem.of(r.history()), r.notices(), r.replayed(), r.fixSql(),
                r.fixWarnings().stream().map(FixWarning::of).toList(), r.durationMs());
    }
}
