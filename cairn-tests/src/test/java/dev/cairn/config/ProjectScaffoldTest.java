package dev.cairn.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectScaffoldTest {
    @TempDir
    Path dir;

    @Test
    void createsTheProjectAndItLoads() throws IOException {
        var created = ProjectScaffold.init(dir);
        assertThat(created).containsExactly(dir.resolve("cairn.yaml"), dir.resolve("schema"),
                dir.resolve("migrations"), dir.resolve(".gitignore"));
        assertThat(dir.resolve("schema")).isDirectory();
        assertThat(dir.resolve("migrations")).isDirectory();
        assertThat(Files.readString(dir.resolve(".gitignore"))).isEqualTo(".cairn/\n");
        assertThat(Files.readString(dir.resolve("cairn.yaml"))).contains("# Cairn project configuration");
        CairnConfig c = ConfigLoader.load(dir, Map.of());
        assertThat(c.environment("local").embedded()).isTrue();
    }

    @Test
    void refusesToOverwriteAnExistingConfig() throws IOException {
        Files.writeString(dir.resolve("cairn.yaml"), "schema: mine\n");
        assertThatThrownBy(() -> ProjectScaffold.init(dir))
                .isInstanceOf(CairnException.class)
                .satisfies(e -> assertThat(((CairnException) e).exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageContaining("already exists");
        assertThat(Files.readString(dir.resolve("cairn.yaml"))).isEqualTo("schema: mine\n");
        assertThat(dir.resolve("schema")).doesNotExist();
    }

    @Test
    void appendsToAnExistingGitignoreWithoutTheLine() throws IOException {
        Files.writeString(dir.resolve(".gitignore"), "target/\n*.log"); // no trailing newline
        Files.createDirectory(dir.resolve("schema"));
        var created = ProjectScaffold.init(dir);
        assertThat(Files.readString(dir.resolve(".gitignore"))).isEqualTo("target/\n*.log\n.cairn/\n");
        assertThat(created).contains(dir.resolve(".gitignore")).doesNotContain(dir.resolve("schema"));
    }

    @Test
    void leavesAGitignoreThatAlreadyIgnoresCairnAlone() throws IOException {
        Files.writeString(dir.resolve(".gitignore"), "target/\n.cairn/\n");
        var created = ProjectScaffold.init(dir);
        assertThat(Files.readString(dir.resolve(".gitignore"))).isEqualTo("target/\n.cairn/\n");
        assertThat(created).doesNotContain(dir.resolve(".gitignore"));
    }

    @Test
    void neverDuplicatesTheLine() throws IOException {
        ProjectScaffold.init(dir);
        Files.delete(dir.resolve("cairn.yaml"));
        ProjectScaffold.init(dir);
        assertThat(Files.readString(dir.resolve(".gitignore"))).isEqualTo(".cairn/\n");
    }
}
