package dev.cairn.doc;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cairn.migrate.MigrateResult;
import dev.cairn.project.TargetLabel;
import java.util.List;

/**
 * {@code cairn migrate --json} (and {@code cairn local reset --json}). The steps are {@code planned} on a
 * dry run and {@code applied} otherwise; the other of the two is absent. {@code lint} holds the lint gate's findings
 * over the pending migrations (absent when there are none).
 */
public record MigrateDocument(boolean ok, int exitCode, String environment, String database, boolean dryRun,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Step> planned,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Step> applied,
        long durationMs, Failure failure, List<ProblemItem> problems, List<String> notices,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LintItem> lint) {

    public MigrateDocument {
        lint = lint == null ? List.of() : List.copyOf(lint); // absent from the JSON when empty: read back as empty
    }

    /** One migration applied or planned; {@code sql} only on a dry run. */
    public record Step(String script, String version, String description, String type, boolean transactional,
            long executionMs, String sql) {
        static Step of(MigrateResult.Step s) {
            return new Step(s.script(), s.version(), s.description(), s.type(), s.transactional(), s.executionMs(), s.sql());
        }
    }

    /** Why the run stopped: {@code exitCode} is the number, as the document's own (never the enum's name). */
    public record Failure(int exitCode, String script, Integer line, Integer column, String statement, String sqlState,
            String message) {
        static Failure of(MigrateResult.Failure f) {
            return f == null ? null : new Failure(f.exitCode().code(), f.script(), f.line(), f.column(), f.statement(),
                    f.sqlState(), f.message());
        }
    }

    public static MigrateDocument of(TargetLabel target, MigrateResult r) {
        List<Step> steps = r.steps().stream().map(Step::of).toList();
        return new MigrateDocument(r.failure() == null, r.exitCode().code(), target.environment(), target.database(),
                r.dryRun(), r.dryRun() ? steps : null, r.dryRun() ? null : steps, r.durationMs(), Failure.of(r.failure()),
                r.state() == null ? List.of() : ProblemItem.of(r.state().problems()),
                r.state() == null ? List.of() : r.state().notices(), LintItem.of(r.lint().findings()));
    }
}
