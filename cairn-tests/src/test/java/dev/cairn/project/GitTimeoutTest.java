package dev.cairn.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A git that never answers (a hook, a prompt, a stuck file system) must not hang Cairn (issue 7, item 8). */
class GitTimeoutTest {
    @TempDir
    Path dir;

    @Test
    void aHungGitIsStoppedAfterTheTimeoutWithASentence() throws Exception {
        Path hung = dir.resolve("hung-git");
        Files.writeString(hung, "#!/bin/sh\nsleep 120\n");
        Files.setPosixFilePermissions(hung, PosixFilePermissions.fromString("rwxr-xr-x"));
        Git git = new Git(dir, hung.toString(), Duration.ofSeconds(1));
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> git.stagedFiles(List.of("migrations")))
                .isInstanceOf(CairnException.class)
                .hasMessageContaining("git ls-files")
                .hasMessageContaining("did not finish within 1 s");
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(10_000);
    }

    @Test
    void realGitStillAnswers() throws Exception {
        assertThat(new Git(dir, "git", Duration.ofSeconds(30)).run(null, "--version").text()).startsWith("git version");
    }
}
