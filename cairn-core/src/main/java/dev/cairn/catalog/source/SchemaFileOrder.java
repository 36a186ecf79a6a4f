package dev.cairn.catalog.source;

import dev.cairn.CairnException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The load order of the schema directory's files, from their names alone (no disk access, no database):
 * the files {@code schemaFiles:} lists first, in that order, then every other {@code .sql} file in
 * file-name order; files in hidden folders are skipped. Shared by {@link SchemaFilesSource} and the
 * offline checks, which read the files from the work tree or from the git index.
 */
public final class SchemaFileOrder {
    private SchemaFileOrder() {}

    /**
     * @param dir     the schema directory, for messages
     * @param listed  {@code schemaFiles:} (relative paths), maybe empty
     * @param present every file under the directory, relative with forward slashes
     * @throws CairnException (USAGE) when a listed file is not present
     */
    public static List<String> of(Path dir, List<String> listed, Collection<String> present) {
        Set<String> result = new LinkedHashSet<>();
        for (String name : listed) {
            String normal = Path.of(name).normalize().toString().replace('\\', '/');
            if (!present.contains(normal)) {
                throw CairnException.usage("cairn.yaml lists " + name + " under schemaFiles, but " + dir.resolve(normal)
                        + " does not exist: fix the name, or remove it from schemaFiles.");
            }
            result.add(normal);
        }
        present.stream().filter(SchemaFileOrder::isSchemaFile).sorted().forEach(result::add);
        return List.copyOf(result);
    }

    /** A {@code .sql} file outside hidden folders (relative name, forward slashes). */
    public static boolean isSchemaFile(String name) {
        if (!name.toLowerCase(Locale.ROOT).endsWith(".sql")) {
            return false;
        }
        for (String part : name.split("/")) {
            if (part.startsWith(".")) {
                return false;
            }
        }
        return true;
    }
}
