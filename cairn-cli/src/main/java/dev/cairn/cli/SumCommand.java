package dev.cairn.cli;

import dev.cairn.doc.SumDocument;
import dev.cairn.migrate.usecase.SumUpdate;
import picocli.CommandLine.Command;

@Command(name = "sum", mixinStandardHelpOptions = true,
        description = {"Rewrite migrations/cairn.sum from the files as they are now.",
                "Run it after a deliberate edit; Cairn's own commands keep it up to date otherwise."})
final class SumCommand extends BaseCommand {

    @Override
    int execute() {
        SumUpdate u = SumUpdate.write(project());
        if (console().json()) {
            console().document(SumDocument.of(u));
        } else {
            console().line("Wrote " + u.file() + ": " + u.written().entries().size() + " file(s)"
                    + (u.created() ? " (new)." : u.changes().isEmpty() ? ", unchanged." : ", recording:"));
            u.changes().forEach(p -> console().line("  " + p.code().replace("sum-", "") + "  " + p.subject()));
        }
        return 0;
    }
}
