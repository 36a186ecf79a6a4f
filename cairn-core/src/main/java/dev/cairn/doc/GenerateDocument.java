package dev.cairn.doc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.cairn.diff.DiffOptions.Rename;
import dev.cairn.generate.Generator;
import java.util.List;
import java.util.Map;

/**
 * {@code cairn generate --json}. When nothing was generated only {@code ok}, {@code generated} and
 * {@code warnings} are present; otherwise the newest migration's files, summary and statements, the renames,
 * and every migration written ({@code migrations}: two when new enum values get a migration of their own, up to three
 * for an online change; {@code transactional} false for the one cairn migrate runs statement by statement).
 */
public record GenerateDocument(boolean ok, boolean generated,
        @JsonInclude(Include.NON_NULL) String version,
        @JsonInclude(Include.NON_NULL) String migration,
        @JsonInclude(Include.NON_NULL) String revert,
        @JsonInclude(Include.NON_NULL) String snapshot,
        @JsonInclude(Include.NON_NULL) Map<String, PlanItems.KindCounts> summary,
        @JsonInclude(Include.NON_NULL) List<PlanItems.Statement> statements,
        @JsonInclude(Include.NON_NULL) List<String> renames,
        @JsonInclude(Include.NON_NULL) List<Written> migrations,
        List<WarningItem> warnings) {

    /** One migration written, with its revert and snapshot. */
    public record Written(String version, String migration, String revert, String snapshot,
            Map<String, PlanItems.KindCounts> summary, boolean transactional) {
        static Written of(Generator.Written w) {
            return new Written(w.version(), w.migration().toString(), w.revert().toString(), w.snapshot().toString(),
                    PlanItems.summary(w.plan()), w.transactional());
        }
    }

    public static GenerateDocument of(Generator.Result r) {
        if (r.nothingToDo()) {
            return new GenerateDocument(true, false, null, null, null, null, null, null, null, null, WarningItem.of(r.warnings()));
        }
        return new GenerateDocument(true, true, r.version(), r.migration().toString(), r.revert().toString(),
                r.snapshot().toString(), PlanItems.summary(r.plan()), PlanItems.statements(r.plan()),
                r.renames().stream().map(Rename::toString).toList(), r.written().stream().map(Written::of).toList(),
                WarningItem.of(r.warnings()));
    }
}
