package dev.cairn.cli;

import dev.cairn.dialect.Dialects;
import dev.cairn.CairnException;
import dev.cairn.Project;
import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.source.CatalogSource;
import dev.cairn.catalog.source.CatalogSources;
import dev.cairn.catalog.source.SchemaFilesSource;
import dev.cairn.config.EnvironmentConfig;
import dev.cairn.diff.DiffOptions.Rename;
import dev.cairn.generate.RenameHints;
import dev.cairn.diff.ChangeSet;
import dev.cairn.diff.DiffOptions;
import dev.cairn.diff.Differ;
import dev.cairn.plan.Plan;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Print the SQL that turns schema FROM into schema TO. Sources: " + CatalogSources.USAGE + ".",
                "Exit 0 when they are equal, 1 when they differ."})
final class DiffCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "FROM", description = "Where the current schema comes from, e.g. migrations or env:staging.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "Where the desired schema comes from, e.g. schema.")
    String to;

    @Option(names = "--rename", paramLabel = "OLD=NEW", description = "A table or column renamed between FROM and TO. Repeatable.")
    List<String> renames = new ArrayList<>();

    @Override
    int execute() {
        Project project = Files.exists(root().dir.resolve("cairn.yaml")) ? project() : null;
        DiffOptions options = DiffOptions.defaults();
        for (String r : renames) {
            try {
                options = options.withRename(r);
            } catch (IllegalArgumentException e) {
                throw CairnException.usage("--rename " + e.getMessage() + ".");
            }
        }
        if (project != null) {
            options = options.withOwnership(project.config().catalog().ownership())
                    .withPrivileges(project.config().catalog().privileges());
        }
        CatalogSource fromSource = CatalogSources.parse(from, project);
        CatalogSource toSource = CatalogSources.parse(to, project);
        Catalog a = fromSource.load();
        Catalog b = toSource.load();
        List<Rename> explicit = options.renames();
        options = options.withRenames(hints(fromSource, toSource, a, b).stream().filter(h -> !explicit.contains(h)).toList());
        ChangeSet changes = Differ.diff(a, b, options);
        Plan plan = Dialects.current().renderer().render(changes);
        if (console().json()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("ok", true);
            doc.put("from", fromSource.describe());
            doc.put("to", toSource.describe());
            doc.put("equal", changes.isEmpty());
            doc.put("summary", plan.summary().byKind());
            doc.put("changes", changes.changes().stream().map(c -> Map.of("change", c.getClass().getSimpleName(), "detail", c)).toList());
            doc.put("statements", plan.statements());
            doc.put("needsCommitSplit", plan.needsCommitSplit());
            doc.put("renames", options.renames().stream().map(Rename::toString).toList());
            doc.put("warnings", changes.warnings());
            doc.put("renameCandidates", changes.renameCandidates());
            console().document(doc);
        } else if (changes.isEmpty()) {
            console().progress("No differences: " + fromSource.describe() + " and " + toSource.describe() + " are the same schema.");
        } else {
            console().line("-- From " + fromSource.describe() + " to " + toSource.describe() + ": " + plan.summary());
            List<Plan> parts = plan.transactions();
            for (int i = 0; i < parts.size(); i++) {
                if (parts.size() > 1) {
                    console().line((i > 0 ? "\n" : "") + "-- Transaction " + (i + 1) + " of " + parts.size()
                            + (i == 0 ? ": new enum values, usable only once committed (cairn generate writes them as a migration of their own)"
                                    : ": the rest, after the values above are committed"));
                }
                console().line(parts.get(i).toSql());
            }
            changes.warnings().forEach(w -> console().progress("warning: " + w.object() + ": " + w.message()));
        }
        return changes.isEmpty() ? 0 : 1;
    }

    /**
     * The schema files' {@code -- cairn:renamed-from} comments that apply between the two catalogs, as
     * {@code cairn generate} reads them (reversed when the schema files are FROM), so that {@code cairn diff
     * migrations schema} shows what generate would write.
     */
    private static List<Rename> hints(CatalogSource from, CatalogSource to, Catalog a, Catalog b) {
        if (to instanceof SchemaFilesSource s) {
            return RenameHints.applicable(RenameHints.read(s), EnvironmentConfig.DEFAULT_SCHEMA, a, b);
        }
        if (from instanceof SchemaFilesSource s) {
            return RenameHints.applicable(RenameHints.read(s), EnvironmentConfig.DEFAULT_SCHEMA, b, a).stream()
                    .map(RenameHints::reverse).toList();
        }
        return List.of();
    }
}
