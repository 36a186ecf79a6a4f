package dev.cairn.generate;

import dev.cairn.catalog.source.SameMajor;
import dev.cairn.db.DevDatabases;

import dev.cairn.dialect.Dialects;
import dev.cairn.project.Project;
import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.source.CatalogSource;
import dev.cairn.catalog.source.CatalogSources;
import dev.cairn.catalog.source.SchemaFilesSource;
import dev.cairn.config.EnvironmentConfig;
import dev.cairn.diff.ChangeSet;
import dev.cairn.diff.DiffOptions;
import dev.cairn.diff.DiffOptions.Rename;
import dev.cairn.diff.Differ;
import dev.cairn.plan.Plan;
import java.util.List;

/**
 * {@code diff}: the changes and the plan that turn schema {@code from} into schema {@code to}, each given as a
 * source ({@link CatalogSources#USAGE}). Writes nothing.
 *
 * @param from    the first source, described
 * @param to      the second source, described
 * @param changes what differs, with the differ's warnings and rename candidates
 * @param plan    the SQL that applies the changes
 * @param renames every rename applied: the given ones, then the schema files' {@code -- cairn:renamed-from} hints
 * @param notices how the two were made comparable (the server major used), one sentence each
 */
public record SchemaDiff(String from, String to, ChangeSet changes, Plan plan, List<Rename> renames,
        List<String> notices) {

    /**
     * @param project the project the sources are read in, or null outside one (then only sources that need no
     *                project, such as {@code url:}, can be used, with default options)
     * @param renames tables or columns renamed between the two
     */
    public static SchemaDiff compare(Project project, String from, String to, List<Rename> renames) {
        DiffOptions options = DiffOptions.defaults().withRenames(renames);
        if (project != null) {
            options = options.withOwnership(project.config().catalog().ownership())
                    .withPrivileges(project.config().catalog().privileges());
        }
        CatalogSource fromSource = CatalogSources.parse(from, project);
        CatalogSource toSource = CatalogSources.parse(to, project);
        SameMajor pair = SameMajor.load(fromSource, toSource, project == null ? DevDatabases.DEFAULT_MAJOR
                : project.scratchMajor());
        Catalog a = pair.from();
        Catalog b = pair.to();
        List<Rename> explicit = options.renames();
        options = options.withRenames(hints(fromSource, toSource, a, b).stream().filter(h -> !explicit.contains(h)).toList());
        ChangeSet changes = Differ.diff(a, b, options.withServerMajor(pair.major()));
        Plan plan = Dialects.current().renderer().render(changes);
        return new SchemaDiff(fromSource.describe(), toSource.describe(), changes, plan, options.renames(),
                pair.notices());
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
