package dev.cairn.generate;

import dev.cairn.catalog.source.LiveDatabaseSource;

import dev.cairn.project.Project;
import dev.cairn.catalog.source.CatalogSource;
import dev.cairn.catalog.source.CatalogSources;
import dev.cairn.project.TargetSelection;
import java.nio.file.Path;

/**
 * {@code pull}: writes the selected database's schema into the project's schema directory as SQL files.
 *
 * @param source    the database read, described without credentials
 * @param schemaDir the directory written
 * @param result    the files written and how many statements they hold
 */
public record SchemaPull(String source, Path schemaDir, Pull.Result result) {

    /** @param force replace the SQL files already in the schema directory */
    public static SchemaPull run(Project project, TargetSelection selection, boolean force) {
        String spec = selection.url() != null ? "url:" + selection.url() : "env:" + selection.environment();
        LiveDatabaseSource source = (LiveDatabaseSource) CatalogSources.parse(spec, project);
        LiveDatabaseSource.Live live = source.loadLive();
        Pull.Result result = Pull.pull(project, live.catalog(), live.major(), force);
        return new SchemaPull(source.describe(), project.config().schemaDir(), result);
    }
}
