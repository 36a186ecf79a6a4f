package dev.cairn.project;

import dev.cairn.project.Project;
import java.util.Objects;

/**
 * Which database a use case works on: an environment of {@code cairn.yaml}, and optionally a URL that
 * replaces the environment's own (the CLI's {@code --url}).
 *
 * @param environment the environment's name (never null: the caller resolves its default)
 * @param url         the URL override, or null for the environment's own
 */
public record TargetSelection(String environment, String url) {
    public TargetSelection {
        Objects.requireNonNull(environment, "environment");
    }

    public static TargetSelection of(String environment) {
        return new TargetSelection(environment, null);
    }

    /** Opens the selected database; close the target to stop a local database started for it. */
    public Project.Target open(Project project) {
        return project.connect(environment, url);
    }

    /** How documents and people name the opened target (see {@link TargetLabel}). */
    public TargetLabel label(Project.Target target) {
        String database = target.db().describe();
        // With a URL override the environment's name would be wrong: a person is shown the database instead.
        return new TargetLabel(target.environment().name(), database, url != null ? database : target.environment().name());
    }
}
