package dev.cairn.doc;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cairn.migrate.RevertPlan;
import dev.cairn.migrate.RevertResult;
import dev.cairn.project.TargetLabel;
import java.util.List;

/**
 * {@code cairn rollback --json}. The reverts are {@code planned} (with their SQL) on a dry run and {@code reverted}
 * otherwise, newest first; {@code missing} lists the applied versions that have no revert migration (the run is
 * refused while any is missing).
 */
public record RollbackDocument(boolean ok, int exitCode, String environment, String database, boolean dryRun, String to,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<MigrateDocument.Step> planned,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<MigrateDocument.Step> reverted,
        List<Missing> missing, long durationMs, MigrateDocument.Failure failure, List<ProblemItem> problems,
        List<String> notices) {

    /** An applied migration without a revert, and the U file that would revert it. */
    public record Missing(String version, String migration, String expected) {
        static Missing of(RevertPlan.Missing m) {
            return new Missing(m.version(), m.migration(), m.expected());
        }
    }

    public static RollbackDocument of(TargetLabel target, RevertResult r) {
        List<MigrateDocument.Step> steps = r.steps().stream().map(MigrateDocument.Step::of).toList();
        RevertPlan plan = r.plan();
        return new RollbackDocument(r.failure() == null, r.exitCode().code(), target.environment(), target.database(),
                r.dryRun(), plan == null ? null : plan.to().toString(), r.dryRun() ? steps : null,
                r.dryRun() ? null : steps, plan == null ? List.of() : plan.missing().stream().map(Missing::of).toList(),
                r.durationMs(), MigrateDocument.Failure.of(r.failure()),
                r.state() == null ? List.of() : ProblemItem.of(r.state().problems()),
                r.state() == null ? List.of() : r.state().notices());
    }
}
