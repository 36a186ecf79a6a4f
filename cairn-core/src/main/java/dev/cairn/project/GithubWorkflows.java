package dev.cairn.project;

import dev.cairn.config.EnvironmentDefinition;
import dev.cairn.config.CairnConfig;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.project.Git;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code cairn init --ci github}: GitHub Actions workflows that carry a schema change through its life —
 * checks on every pull request, staging on every push to main, production on demand behind an approval.
 * They go to the repository's top-level {@code .github/workflows}; a project in a subfolder is reached with
 * {@code working-directory}. Every step is a Cairn command: the logic stays in Cairn, not in shell.
 */
public final class GithubWorkflows {
    public static final String CHECK = "schema-check.yml";
    public static final String STAGING = "deploy-staging.yml";
    public static final String PRODUCTION = "deploy-production.yml";

    private GithubWorkflows() {}

    /** What was done with one workflow file. */
    public record Written(Path file, boolean created) {}

    /** The result: files, the project's folder relative to the repository, and notes for the user. */
    public record Result(Path workflowsDir, String projectFolder, List<Written> files, List<String> notes) {}

    /**
     * Writes the three workflows unless they exist (an existing file is kept and reported).
     *
     * @param config the project, already initialised
     */
    public static Result write(CairnConfig config) {
        Path project = config.projectDir();
        Path top = Git.in(project).topLevel().orElse(project);
        List<String> notes = new ArrayList<>();
        if (top.equals(project) && Git.in(project).topLevel().isEmpty()) {
            notes.add(project + " is not in a git repository yet: the workflows go to its .github/workflows; move them to"
                    + " the repository's top level if the project ends up in a subfolder.");
        }
        String folder = Git.relativeTo(top, project);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(CHECK, pullRequest(folder));
        files.put(STAGING, deploy(config, folder, "staging", notes));
        files.put(PRODUCTION, deploy(config, folder, "production", notes));
        Path dir = top.resolve(".github").resolve("workflows");
        List<Written> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path file = dir.resolve(f.getKey());
                if (Files.exists(file)) {
                    notes.add(top.relativize(file) + " exists and was kept; delete it and run again to get Cairn's.");
                    written.add(new Written(file, false));
                } else {
                    Files.writeString(file, f.getValue());
                    written.add(new Written(file, true));
                }
            }
        } catch (IOException e) {
            throw new CairnException(ExitCode.USAGE, "Cannot write the workflows in " + dir + ": " + e.getMessage(), e);
        }
        notes.add("Set the repository variable CAIRN_JAR_URL to where CI downloads cairn.jar, and protect the"
                + " 'production' environment with required reviewers (Settings → Environments).");
        return new Result(dir, folder, written, notes);
    }


    static String pullRequest(String folder) {
        StringBuilder y = new StringBuilder();
        y.append("# Written by `cairn init --ci github`. Checks every schema change in a pull request.\n");
        y.append("name: Schema check\n\non:\n  pull_request:\n");
        paths(y, folder, CHECK);
        y.append("\npermissions:\n  contents: read\n\n");
        y.append("jobs:\n  schema:\n    runs-on: ubuntu-latest\n");
        defaults(y, folder);
        y.append("    env:\n");
        y.append("      # Optional: a shared dev database to compare with the migrations (drift). Unset: the step is skipped.\n");
        y.append("      DEV_DATABASE_URL: ${{ secrets.DEV_DATABASE_URL }}\n");
        y.append("    steps:\n");
        setup(y, true);
        step(y, "Offline checks (cairn.sum, schema sources, names)", null, "cairn check");
        step(y, "Replay the migrations on an ephemeral database", null, "cairn check --replay");
        step(y, "Drift against the dev database", "env.DEV_DATABASE_URL != ''", "cairn --url \"$DEV_DATABASE_URL\" drift");
        step(y, "Report (job summary and JUnit XML)", "always()",
                "cairn ci report --base \"origin/$GITHUB_BASE_REF\" --junit cairn-report.xml");
        y.append("      - name: Keep the JUnit report\n        if: always()\n        uses: actions/upload-artifact@v4\n");
        y.append("        with:\n          name: cairn-report\n          path: ").append(prefixed(folder, "cairn-report.xml"))
                .append("\n          if-no-files-found: ignore\n");
        return y.toString();
    }

    static String deploy(CairnConfig config, String folder, String env, List<String> notes) {
        boolean production = env.equals("production");
        String upper = env.toUpperCase(Locale.ROOT);
        List<String> variables;
        EnvironmentDefinition def = config.environments().get(env);
        if (def == null) {
            variables = List.of(upper + "_DATABASE_URL");
            notes.add("cairn.yaml has no '" + env + "' environment yet; add one (url: ${" + upper + "_DATABASE_URL}) and"
                    + " the secret " + upper + "_DATABASE_URL, which " + (production ? PRODUCTION : STAGING) + " passes in.");
        } else {
            variables = def.variablesUsed();
        }
        StringBuilder y = new StringBuilder();
        if (production) {
            y.append("# Written by `cairn init --ci github`. Deploys the schema to production on demand; the job waits\n");
            y.append("# for the 'production' environment's required reviewers (Settings → Environments).\n");
            y.append("name: Deploy schema to production\n\non:\n  workflow_dispatch:\n");
        } else {
            y.append("# Written by `cairn init --ci github`. Deploys the schema to staging on every push to main.\n");
            y.append("name: Deploy schema to staging\n\non:\n  push:\n    branches: [main]\n");
            paths(y, folder, STAGING);
        }
        y.append("\npermissions:\n  contents: read\n\n");
        y.append("concurrency:\n  group: cairn-").append(env).append("\n  cancel-in-progress: false\n\n");
        y.append("jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment: ").append(env).append('\n');
        defaults(y, folder);
        y.append("    env:\n");
        for (String v : variables) {
            y.append("      ").append(v).append(": ${{ secrets.").append(v).append(" }}\n");
        }
        y.append("    steps:\n");
        setup(y, false);
        // One command runs the environment's whole pipeline (checklist, snapshot, migrate, app, canary, drift,
        // rollback on failure); the job's environment gate is the approval, so --approve records who triggered it.
        step(y, "Deploy plan for " + env + " (checks, drift, pending SQL)", null, "cairn --env " + env + " deploy --plan");
        step(y, "Deploy " + env, null, "cairn --env " + env + " deploy --approve --approver \"$GITHUB_ACTOR\""
                + " --report cairn-deploy.md");
        y.append("      - name: Keep the deploy report\n        if: always()\n        uses: actions/upload-artifact@v4\n");
        y.append("        with:\n          name: cairn-deploy-").append(env).append("\n          path: |\n            ")
                .append(prefixed(folder, "cairn-deploy.md")).append("\n            ").append(prefixed(folder, "cairn-deploy.json"))
                .append("\n          if-no-files-found: ignore\n");
        return y.toString();
    }

    private static void paths(StringBuilder y, String folder, String self) {
        if (!folder.equals(".")) {
            y.append("    paths:\n      - '").append(folder).append("/**'\n      - '.github/workflows/").append(self)
                    .append("'\n");
        }
    }

    private static void defaults(StringBuilder y, String folder) {
        y.append("    defaults:\n      run:\n        working-directory: ").append(folder).append('\n');
    }

    private static String prefixed(String folder, String file) {
        return folder.equals(".") ? file : folder + "/" + file;
    }

    private static void setup(StringBuilder y, boolean fullHistory) {
        y.append("      - uses: actions/checkout@v4\n");
        if (fullHistory) {
            y.append("        with:\n          fetch-depth: 0   # the report compares with the pull request's base\n");
        }
        y.append("      - uses: actions/setup-java@v4\n        with:\n          distribution: temurin\n          java-version: '17'\n");
        y.append("      - name: Install Cairn\n        env:\n          CAIRN_JAR_URL: ${{ vars.CAIRN_JAR_URL }}\n");
        y.append("        run: |\n");
        y.append("          mkdir -p \"$RUNNER_TEMP/cairn\"\n");
        y.append("          curl -fsSL \"$CAIRN_JAR_URL\" -o \"$RUNNER_TEMP/cairn/cairn.jar\"\n");
        y.append("          printf '#!/bin/sh\\nexec java -jar \"%s\" \"$@\"\\n' \"$RUNNER_TEMP/cairn/cairn.jar\" > \"$RUNNER_TEMP/cairn/cairn\"\n");
        y.append("          chmod +x \"$RUNNER_TEMP/cairn/cairn\"\n");
        y.append("          echo \"$RUNNER_TEMP/cairn\" >> \"$GITHUB_PATH\"\n");
    }

    private static void step(StringBuilder y, String name, String condition, String run) {
        y.append("      - name: ").append(name).append('\n');
        if (condition != null) {
            y.append("        if: ").append(condition).append('\n');
        }
        y.append("        run: ").append(run).append('\n');
    }
}
