package dev.cairn.doc;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cairn.check.CheckReport;
import dev.cairn.check.CheckResult;
import dev.cairn.check.ReplayReport;
import java.util.List;

/**
 * {@code cairn check --json}: the offline checks, and with {@code --replay} the replay's report ({@code replay},
 * absent otherwise; {@code ok} then covers both).
 */
public record CheckDocument(boolean ok, String source, List<Check> checks, List<ProblemItem> problems, List<String> notices,
        @JsonInclude(JsonInclude.Include.NON_NULL) Replay replay) {

    /** One offline check: {@code status} is passed, failed or skipped. */
    public record Check(String id, String title, String status, String summary, List<ProblemItem> problems) {
        static Check of(CheckResult c) {
            return new Check(c.id(), c.title(), c.status().label(), c.summary(), ProblemItem.of(c.problems()));
        }
    }

    /** The replay on a scratch database, against the newest snapshot and the schema files. */
    public record Replay(boolean ok, String snapshot, String snapshotVersion, List<DifferenceItem> snapshotDifferences,
            boolean schemaChecked, List<DifferenceItem> schemaDifferences, String replayFailure, List<String> problems,
            List<String> notes, long durationMs) {
        static Replay of(ReplayReport r) {
            return new Replay(r.ok(), r.snapshot(), r.snapshotVersion(), DifferenceItem.of(r.snapshotDifferences()),
                    r.schemaChecked(), DifferenceItem.of(r.schemaDifferences()), r.replayFailure(), r.lines(), r.notes(),
                    r.durationMs());
        }
    }

    /** @param replay the replay's report, or null when none ran */
    public static CheckDocument of(CheckReport report, ReplayReport replay) {
        boolean ok = report.ok() && (replay == null || replay.ok());
        return new CheckDocument(ok, report.origin(), report.checks().stream().map(Check::of).toList(),
                ProblemItem.of(report.problems()), report.notices(), replay == null ? null : Replay.of(replay));
    }
}
