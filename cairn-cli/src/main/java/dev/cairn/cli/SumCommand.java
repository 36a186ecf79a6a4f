package dev.cairn.cli;

import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.Problem;
import dev.cairn.migrate.SumFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;

@Command(name = "sum", mixinStandardHelpOptions = true,
        description = {"Rewrite migrations/cairn.sum from the files as they are now.",
                "Run it after a deliberate edit; Cairn's own commands keep it up to date otherwise."})
final class SumCommand extends BaseCommand {

    @Override
    int execute() {
        MigrationDirectory dir = project().migrations();
        // Transaction control does not make checksums wrong (and may sit in migrations applied long ago).
        List<Problem> blocking = dir.problems().stream()
                .filter(p -> !p.code().equals(MigrationDirectory.TRANSACTION_CONTROL)).toList();
        if (!blocking.isEmpty()) {
            throw new dev.cairn.CairnException(dev.cairn.ExitCode.PROBLEMS, "cairn.sum was not written, because the"
                    + " directory has problems:" + String.join("", blocking.stream().map(p -> "\n  - " + p.message()).toList()));
        }
        Optional<SumFile> before = SumFile.read(dir);
        List<Problem> changes = before.map(s -> s.verify(dir)).orElse(List.of());
        SumFile written = SumFile.write(dir);
        if (console().json()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("ok", true);
            doc.put("file", dir.sumFile().toString());
            doc.put("files", written.entries().size());
            doc.put("total", written.total());
            doc.put("changes", changes);
            console().document(doc);
        } else {
            console().line("Wrote " + dir.sumFile() + ": " + written.entries().size() + " file(s)"
                    + (before.isEmpty() ? " (new)." : changes.isEmpty() ? ", unchanged." : ", recording:"));
            changes.forEach(p -> console().line("  " + p.code().replace("sum-", "") + "  " + p.subject()));
        }
        return 0;
    }
}
