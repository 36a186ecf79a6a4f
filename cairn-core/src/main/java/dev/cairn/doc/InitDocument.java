package dev.cairn.doc;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cairn.project.GithubWorkflows;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code cairn init --json}: the files created (relative to {@code dir}), and with {@code --ci} the workflows
 * and notes ({@code workflows} and {@code notes} absent otherwise).
 */
public record InitDocument(boolean ok, String dir, List<String> created,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Workflow> workflows,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> notes) {

    /** A workflow file, and whether it was created (false: it existed and was kept). */
    public record Workflow(String file, boolean created) {}

    /** @param workflows the workflows written, or null when none were asked for */
    public static InitDocument of(Path dir, List<Path> created, GithubWorkflows.Result workflows) {
        return new InitDocument(true, dir.toString(), created.stream().map(p -> dir.relativize(p).toString()).toList(),
                workflows == null ? null : workflows.files().stream()
                        .map(w -> new Workflow(w.file().toString(), w.created())).toList(),
                workflows == null ? null : workflows.notes());
    }
}
