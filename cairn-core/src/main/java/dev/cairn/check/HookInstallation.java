package dev.cairn.check;

import dev.cairn.project.Git;
import dev.cairn.CairnException;
import dev.cairn.project.Project;
import java.nio.file.Path;

/** {@code hook install}: installs the pre-commit hook that runs {@code cairn check --staged} for a project. */
public final class HookInstallation {
    private HookInstallation() {}

    /**
     * @param command how the hook starts Cairn (a quoted command line)
     * @throws CairnException USAGE when the project is not inside a git work tree
     */
    public static PreCommitHook.Result install(Project project, String command) {
        Path dir = project.dir();
        if (Git.in(dir).topLevel().isEmpty()) {
            throw CairnException.usage(dir + " is not inside a git work tree, so there is no git hook to"
                    + " install. Run cairn hook install in the project's git repository (git init creates one).");
        }
        return PreCommitHook.install(dir, command);
    }
}
