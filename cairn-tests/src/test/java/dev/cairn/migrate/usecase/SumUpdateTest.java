package dev.cairn.migrate.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.project.Project;
import dev.cairn.doc.Documents;
import dev.cairn.doc.SumDocument;
import dev.cairn.migrate.Problem;
import dev.cairn.project.ProjectInit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sum use case as a Java caller makes it: no CLI, no database. */
class SumUpdateTest {
    @TempDir
    Path dir;

    @Test
    void writesTheSumFileAndReportsWhatItRecordsDifferently() throws Exception {
        ProjectInit init = ProjectInit.run(dir, Map.of(), false);
        assertThat(init.created()).isNotEmpty();
        assertThat(init.workflows()).isNull();
        Path migrations = dir.resolve("migrations");
        Files.writeString(migrations.resolve("V1__users.sql"), "CREATE TABLE users (id int);\n");

        SumUpdate first = SumUpdate.write(Project.load(dir, Map.of()));
        assertThat(first.created()).isTrue();
        assertThat(first.changes()).isEmpty();
        assertThat(first.written().entries()).containsOnlyKeys("V1__users.sql");

        Files.writeString(migrations.resolve("V1__users.sql"), "CREATE TABLE users (id bigint);\n");
        SumUpdate second = SumUpdate.write(Project.load(dir, Map.of()));
        assertThat(second.created()).isFalse();
        assertThat(second.changes()).extracting(Problem::subject).containsExactly("V1__users.sql");

        SumDocument doc = SumDocument.of(second);
        assertThat(doc.files()).isEqualTo(1);
        assertThat(doc.file()).isEqualTo(second.file().toString());
        assertThat(Documents.json(doc)).contains("\"total\" : \"" + second.written().total() + "\"");
    }

    @Test
    void refusesWhenTheDirectoryHasProblems() throws Exception {
        ProjectInit.run(dir, Map.of(), false);
        Files.writeString(dir.resolve("migrations/V1__a.sql"), "SELECT 1;\n");
        Files.writeString(dir.resolve("migrations/V1__b.sql"), "SELECT 2;\n");

        assertThatThrownBy(() -> SumUpdate.write(Project.load(dir, Map.of())))
                .isInstanceOfSatisfying(CairnException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.PROBLEMS))
                .hasMessageContaining("cairn.sum was not written");
        assertThat(dir.resolve("migrations/cairn.sum")).doesNotExist();
    }
}
