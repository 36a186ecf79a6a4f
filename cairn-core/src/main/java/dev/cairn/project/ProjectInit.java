package dev.cairn.project;

import dev.cairn.config.CairnConfig;
import dev.cairn.config.ConfigLoader;
import dev.cairn.project.GithubWorkflows;
import dev.cairn.config.ProjectScaffold;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code init}: creates a project (cairn.yaml, schema/, migrations/, a .gitignore line), and optionally the
 * GitHub Actions workflows — in an existing project, only those.
 *
 * @param dir       the project folder
 * @param created   the files created
 * @param workflows the workflows written, or null when none were asked for
 */
public record ProjectInit(Path dir, List<Path> created, GithubWorkflows.Result workflows) {

    /** @param env the environment variables cairn.yaml is interpolated with (the workflows read it) */
    public static ProjectInit run(Path dir, Map<String, String> env, boolean githubWorkflows) {
        Path folder = dir.toAbsolutePath().normalize();
        boolean exists = Files.exists(folder.resolve(CairnConfig.FILE_NAME));
        List<Path> created = githubWorkflows && exists ? List.of() : ProjectScaffold.init(folder);
        GithubWorkflows.Result workflows = null;
        if (githubWorkflows) {
            workflows = GithubWorkflows.write(ConfigLoader.load(folder, env));
        }
        return new ProjectInit(folder, created, workflows);
    }
}
