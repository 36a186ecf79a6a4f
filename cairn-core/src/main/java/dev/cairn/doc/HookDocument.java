package dev.cairn.doc;

import dev.cairn.check.PreCommitHook;
import java.util.Locale;

/** {@code cairn hook install --json}: what happened to the hook, where, and the command it runs. */
public record HookDocument(boolean ok, String outcome, String hook, String chained, String project, String command) {
    public static HookDocument of(PreCommitHook.Result r) {
        return new HookDocument(true, r.outcome().name().toLowerCase(Locale.ROOT), r.hook().toString(),
                r.chained() == null ? null : r.chained().toString(), r.dir(), r.command());
    }
}
