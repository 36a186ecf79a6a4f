package dev.cairn.check;

import dev.cairn.project.Project;

/**
 * {@code check}: the offline checks on the work tree or the git index, and optionally the replay on a scratch
 * database (the CI check).
 *
 * @param offline the offline checks
 * @param replay  the replay's report, or null when none was asked for
 */
public record ProjectCheck(CheckReport offline, ReplayReport replay) {

    /** Which files the offline checks judge. */
    public enum Files {
        /** The files on disk. */
        WORK_TREE,
        /** What the git index holds: what {@code git commit} would record (the pre-commit hook). */
        GIT_INDEX
    }

    /** @param replay also replay the migrations (only with {@link Files#WORK_TREE}: the replay reads the work tree) */
    public static ProjectCheck run(Project project, Files files, boolean replay) {
        if (replay && files != Files.WORK_TREE) {
            throw new IllegalArgumentException("the replay runs the work tree's migrations, not the git index's");
        }
        ProjectFiles judged = files == Files.GIT_INDEX ? ProjectFiles.gitIndex(project.config())
                : ProjectFiles.workTree(project.config());
        CheckReport report = OfflineCheck.run(project.config(), judged, true);
        return new ProjectCheck(report, replay ? ReplayCheck.run(project) : null);
    }

    public boolean ok() {
        return offline.ok() && (replay == null || replay.ok());
    }
}
