package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code bin/cairn} launcher's first-use build, in a copy of the checkout's layout, with a stand-in
 * {@code mvn} on the PATH that writes what Maven 3.8 writes even in batch mode: bare colour resets.
 */
class LauncherTest {
    @TempDir
    Path tmp;

    private Path checkout(String mvnScript) throws Exception {
        Path root = tmp.resolve("cairn");
        Files.createDirectories(root.resolve("bin"));
        Files.copy(Path.of("..", "bin", "cairn"), root.resolve("bin/cairn"));
        for (String dir : new String[] {"cairn-core/src/main", "cairn-cli/src/main"}) {
            Files.createDirectories(root.resolve(dir));
        }
        for (String pom : new String[] {"pom.xml", "cairn-core/pom.xml", "cairn-cli/pom.xml"}) {
            Files.writeString(root.resolve(pom), "<project/>\n");
        }
        Path fakeBin = Files.createDirectories(tmp.resolve("fake-bin"));
        Files.writeString(fakeBin.resolve("mvn"), "#!/usr/bin/env bash\n" + mvnScript);
        Files.setPosixFilePermissions(fakeBin.resolve("mvn"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(root.resolve("bin/cairn"), PosixFilePermissions.fromString("rwxr-xr-x"));
        return root;
    }

    private CliRun launch(Path root) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(root.resolve("bin/cairn").toString(), "--version");
        pb.environment().put("PATH", tmp.resolve("fake-bin") + ":" + System.getenv("PATH"));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new CliRun(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void theFirstBuildLeaksNoColourCodes() throws Exception {
        // builds "a jar" (not a real one: the point is what reaches the terminal while building)
        Path root = checkout("printf '\\033[0m\\033[0m'; printf '\\033[0m\\033[0m' >&2\n"
                + "mkdir -p cairn-cli/target && echo not-a-jar > cairn-cli/target/cairn.jar\n");
        CliRun r = launch(root);
        assertThat(r.err()).contains("cairn: building the jar");
        assertThat(r.all()).as("no escape codes from Maven").doesNotContain("\u001b");
    }

    @Test
    void aFailedBuildShowsMavensOutputWithoutColourCodes() throws Exception {
        Path root = checkout("printf '\\033[0m\\033[1;31m[ERROR]\\033[m boom in pom.xml\\n' >&2; exit 1\n");
        CliRun r = launch(root);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("[ERROR] boom in pom.xml").contains("the build failed").doesNotContain("\u001b");
    }
}
