package dev.cairn.migrate.usecase;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.project.Project;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.Problem;
import dev.cairn.migrate.SumFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code sum}: rewrites {@code migrations/cairn.sum} from the files as they are now.
 *
 * @param file    the sum file written
 * @param written what it now records
 * @param created whether there was no sum file before
 * @param changes what the new file records differently from the old one ({@code sum-…} problems); empty when new
 */
public record SumUpdate(Path file, SumFile written, boolean created, List<Problem> changes) {

    /** @throws CairnException PROBLEMS when the directory has problems that would make the checksums wrong */
    public static SumUpdate write(Project project) {
        MigrationDirectory dir = project.migrations();
        // Transaction control does not make checksums wrong (and may sit in migrations applied long ago).
        List<Problem> blocking = dir.problems().stream()
                .filter(p -> !p.code().equals(MigrationDirectory.TRANSACTION_CONTROL)).toList();
        if (!blocking.isEmpty()) {
            throw new CairnException(ExitCode.PROBLEMS, "cairn.sum was not written, because the"
                    + " directory has problems:" + String.join("", blocking.stream().map(p -> "\n  - " + p.message()).toList()));
        }
        Optional<SumFile> before = SumFile.read(dir);
        List<Problem> changes = before.map(s -> s.verify(dir)).orElse(List.of());
        SumFile written = SumFile.write(dir);
        return new SumUpdate(dir.sumFile(), written, before.isEmpty(), changes);
    }
}
