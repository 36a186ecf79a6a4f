package dev.cairn.cli;

import dev.cairn.CairnException;
import dev.cairn.diff.DiffOptions.Rename;
import dev.cairn.diff.Warning;
import dev.cairn.doc.GenerateDocument;
import dev.cairn.generate.Generator;
import dev.cairn.project.Project;
import dev.cairn.project.ScratchMajor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write the next migration from the difference between the schema files and what the migrations build:"
                + " V<n>__<name>.sql, its revert U<n>__<name>.sql, a snapshot, and the updated cairn.sum.",
                "Both are proven on a scratch database first. Renames are never guessed."})
final class GenerateCommand extends BaseCommand {
    @Option(names = "--name", paramLabel = "NAME", description = "Describes the migration in its file name (default: schema_change).")
    String name;

    @Option(names = "--rename", paramLabel = "OLD=NEW",
            description = "A table or column was renamed, keep its data: schema.table=newtable or schema.table.column=newcolumn. Repeatable.")
    List<String> renames = new ArrayList<>();

    @Option(names = "--allow-data-loss", description = "Write the migration even though it drops tables or columns or narrows types.")
    boolean allowDataLoss;

    @Option(names = "--fast", description = "One migration with the plain statements, even for indexes, constraints and NOT NULL on"
            + " existing tables (default: their online forms, split into up to three migrations). For empty tables.")
    boolean fast;

    @Override
    int execute() {
        List<Rename> parsed = new ArrayList<>();
        for (String r : renames) {
            try {
                parsed.add(Rename.parse(r));
            } catch (IllegalArgumentException e) {
                throw CairnException.usage("--rename " + e.getMessage() + ".");
            }
        }
        java.io.Console tty = System.console();
        Generator.RenameChooser chooser = tty == null || console().json() ? Generator.RenameChooser.NEVER
                : c -> {
                    String answer = tty.readLine("%s: was it renamed? (no = drop and add, losing its data) [y/N] ", c.describe());
                    return answer != null && answer.trim().toLowerCase(Locale.ROOT).startsWith("y");
                };
        Project project = project();
        int major = ScratchMajor.of(project, chosenTarget(), console()::notice);
        Generator.Result r = Generator.generate(project, new Generator.Options(name, parsed, allowDataLoss, chooser, fast), major);
        if (console().json()) {
            console().document(GenerateDocument.of(r));
            return 0;
        }
        if (r.nothingToDo()) {
            console().line("Nothing to generate: the migrations already build the schema in the schema files.");
            return 0;
        }
        Console c = console();
        java.nio.file.Path dir = project().dir();
        if (r.written().size() > 1) {
            boolean enums = r.written().stream().anyMatch(w -> w.migration().getFileName().toString().matches(".*_enum_values(_removed)?\\.sql"));
            c.line(c.green("Generated") + " " + r.written().size() + " migrations, versions " + r.written().get(0).version()
                    + " to " + r.version() + (enums ? " (PostgreSQL cannot use a new enum value in the transaction that adds it,"
                    + " so the values are added by a migration of their own):" : " (an online change: existing tables are not"
                    + " locked while their rows are read; --fast writes one migration):"));
        }
        for (Generator.Written w : r.written()) {
            c.line((r.written().size() > 1 ? "Version " : c.green("Generated") + " version ") + w.version() + ": " + w.plan().summary()
                    + (w.transactional() ? "" : " (runs outside a transaction, statement by statement)"));
            c.line("  " + dir.relativize(w.migration()));
            c.line("  " + dir.relativize(w.revert()) + "  (revert)");
            c.line("  " + dir.relativize(w.snapshot()) + "  (snapshot)");
        }
        r.renames().forEach(rn -> c.line("  rename " + rn));
        for (Warning w : r.warnings()) {
            c.line(c.yellow("warning: ") + w.object() + ": " + w.message());
        }
        c.line(r.written().size() > 1 ? "All were checked on a scratch database: the migrations give the desired schema and the reverts undo them."
                : "Both were checked on a scratch database: the migration gives the desired schema and the revert undoes it.");
        return 0;
    }
}
