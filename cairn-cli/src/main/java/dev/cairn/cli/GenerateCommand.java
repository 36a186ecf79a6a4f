package dev.cairn.cli;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.diff.DiffOptions.Rename;
import dev.cairn.diff.Warning;
import dev.cairn.generate.Generator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        Generator.Result r = Generator.generate(project(), new Generator.Options(name, parsed, allowDataLoss, chooser));
        if (console().json()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("ok", true);
            doc.put("generated", !r.nothingToDo());
            if (!r.nothingToDo()) {
                doc.put("version", r.version());
                doc.put("migration", r.migration().toString());
                doc.put("revert", r.revert().toString());
                doc.put("snapshot", r.snapshot().toString());
                doc.put("summary", r.plan().summary().byKind());
                doc.put("statements", r.plan().statements());
                doc.put("renames", r.renames().stream().map(Rename::toString).toList());
                // every migration written: two when new enum values get a migration of their own
                doc.put("migrations", r.written().stream().map(w -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("version", w.version());
                    m.put("migration", w.migration().toString());
                    m.put("revert", w.revert().toString());
                    m.put("snapshot", w.snapshot().toString());
                    m.put("summary", w.plan().summary().byKind());
                    return m;
                }).toList());
            }
            doc.put("warnings", r.warnings());
            console().document(doc);
            return 0;
        }
        if (r.nothingToDo()) {
            console().line("Nothing to generate: the migrations already build the schema in the schema files.");
            return 0;
        }
        Console c = console();
        java.nio.file.Path dir = project().dir();
        if (r.written().size() > 1) {
            c.line(c.green("Generated") + " " + r.written().size() + " migrations, versions " + r.written().get(0).version()
                    + " to " + r.version() + " (PostgreSQL cannot use a new enum value in the transaction that adds it,"
                    + " so the values are added by a migration of their own):");
        }
        for (Generator.Written w : r.written()) {
            c.line((r.written().size() > 1 ? "Version " : c.green("Generated") + " version ") + w.version() + ": " + w.plan().summary());
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
