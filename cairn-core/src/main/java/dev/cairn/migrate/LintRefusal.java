package dev.cairn.migrate;

import dev.cairn.ExitCode;
import dev.cairn.events.RunEvents;
import dev.cairn.lint.Finding;
import dev.cairn.lint.LintGate;
import java.util.List;

/** The lint gate's refusal of a run: a {@code lint.blocked} event per blocking finding, and the run's failure. */
final class LintRefusal {
    private LintRefusal() {}

    /** Nothing was applied: exit 1 (problems), pointing at the first blocking finding. */
    static MigrateResult.Failure of(RunEvents events, List<Finding> blocking) {
        for (Finding f : blocking) {
            events.emit("lint.blocked", "script", f.file(), "line", f.line(), "rule", f.rule(), "object", f.object(),
                    "message", f.message());
        }
        Finding first = blocking.get(0);
        return new MigrateResult.Failure(ExitCode.PROBLEMS, first.file(), first.line(), null, null, null,
                LintGate.refusal("Migrate refused", blocking));
    }
}
