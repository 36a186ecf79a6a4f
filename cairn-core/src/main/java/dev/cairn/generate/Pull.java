package dev.cairn.generate;

import dev.cairn.dialect.Dialects;
import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.project.Project;
import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.source.CatalogSources;
import dev.cairn.catalog.source.SchemaFilesSource;
import dev.cairn.config.CairnConfig;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.diff.ChangeSet;
import dev.cairn.migrate.SqlErrors;
import java.sql.Connection;
import java.sql.SQLException;
import dev.cairn.diff.Differ;
import dev.cairn.plan.Plan;
import dev.cairn.plan.PlannedStatement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code cairn pull}: writes a live schema into the schema directory as SQL files that load cleanly in
 * file-name order. The statements are those of an empty → live diff, in its dependency order; they are
 * grouped into one file per schema (or per table), numbered in load order. When objects of different
 * groups depend on each other back and forth, a group continues in a later-numbered file rather than
 * break the order. The written files are loaded into a scratch database and compared with the source
 * before Cairn reports success.
 */
public final class Pull {
    private Pull() {}

    public record Result(List<Path> files, int statements) {}

    /** As {@link #pull(Project, Catalog, int, boolean)} on the default major. */
    public static Result pull(Project project, Catalog live, boolean force) {
        return pull(project, live, DevDatabases.DEFAULT_MAJOR, force);
    }

    /**
     * @param major the major the live catalog was read on: the files are loaded back on a scratch server of it, so
     *              that the comparison is not thrown off by how another major prints the same schema
     */
    public static Result pull(Project project, Catalog live, int major, boolean force) {
        CairnConfig config = project.config();
        Path dir = config.schemaDir();
        clear(dir, force);
        ChangeSet changes = Differ.diff(emptyDatabase(config, major), live);
        Plan plan = Dialects.current().renderer().render(changes);
        boolean byTable = CairnConfig.PULL_BY_TABLE.equals(config.pullLayout());
        Grouping grouping = new Grouping(live, byTable);
        // The compact layout (each group in one file) reads best but may load out of order when groups
        // depend on each other back and forth; the strict layout follows the plan's order exactly.
        List<Path> written = writeFiles(dir, compact(plan.statements(), grouping), plan);
        if (!reloadsTo(project, live, major).isEmpty()) {
            clear(dir, true);
            written = writeFiles(dir, strict(plan.statements(), grouping), plan);
            List<String> differing = reloadsTo(project, live, major);
            if (!differing.isEmpty()) {
                throw new CairnException(ExitCode.DATABASE, "cairn pull wrote " + written.size() + " file(s) to " + dir
                        + ", but loading them back does not give the live schema; what differs:\n  - "
                        + String.join("\n  - ", differing.subList(0, Math.min(20, differing.size())))
                        + (differing.size() > 20 ? "\n  … and " + (differing.size() - 20) + " more" : "")
                        + "\nThis is a bug in Cairn: please report it with the lines above; the files are left in place"
                        + " for inspection.");
            }
        }
        return new Result(written, plan.statements().size());
    }

    /** What a new database already has (the public schema), so that pull does not try to create it. */
    private static Catalog emptyDatabase(CairnConfig config, int major) {
        try (ScratchDatabase db = DevDatabases.createDatabase(major); Connection c = db.connect()) {
            return Dialects.current().introspector().introspect(c, CatalogSources.options(config, null));
        } catch (SQLException e) {
            throw CairnException.database("Could not read an empty scratch database: " + SqlErrors.describe(e).summary(), e);
        }
    }

    private static void clear(Path dir, boolean force) {
        try {
            Files.createDirectories(dir);
            List<Path> existing;
            try (Stream<Path> files = Files.list(dir)) {
                existing = files.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".sql")).sorted().toList();
            }
            if (!existing.isEmpty() && !force) {
                throw new CairnException(ExitCode.USAGE, dir + " already has " + existing.size() + " SQL file(s) ("
                        + existing.get(0).getFileName() + (existing.size() > 1 ? ", …" : "") + "): cairn pull replaces"
                        + " the schema files, so it needs --force to delete them first (commit them before, to keep a way back).");
            }
            for (Path p : existing) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + dir, e);
        }
    }

    private static List<Path> writeFiles(Path dir, Map<String, List<PlannedStatement>> files, Plan plan) {
        List<Path> written = new ArrayList<>();
        int width = Math.max(2, String.valueOf(files.size()).length());
        int n = 0;
        for (Map.Entry<String, List<PlannedStatement>> f : files.entrySet()) {
            Path file = dir.resolve(String.format("%0" + width + "d_%s.sql", ++n, f.getKey().replaceFirst("#\\d+$", "")));
            write(file, render(f.getValue(), plan));
            written.add(file);
        }
        return written;
    }

    /** What differs between the live schema and the written files loaded back (nothing: they reload to it). */
    private static List<String> reloadsTo(Project project, Catalog live, int major) {
        Catalog reloaded;
        try {
            reloaded = ((SchemaFilesSource) CatalogSources.parse("schema", project)).onMajor(major).load();
        } catch (CairnException e) {
            return List.of("the files do not load: " + e.getMessage());
        }
        ChangeSet changes = Differ.diff(reloaded, live);
        if (changes.isEmpty()) {
            return List.of();
        }
        List<String> lines = dev.cairn.drift.CatalogComparison.compare(live, reloaded).stream()
                .map(dev.cairn.drift.Difference::line).toList();
        return lines.isEmpty() ? List.of("the differ sees a change that the comparison does not name: "
                + changes.changes().get(0)) : lines;
    }

    /** Which file a statement belongs in: its schema, or its table (indexes, constraints, triggers go with their table). */
    private static final class Grouping {
        private final boolean byTable;
        private final Set<String> schemas;
        private final Map<String, String> owners = new java.util.HashMap<>();

        Grouping(Catalog live, boolean byTable) {
            this.byTable = byTable;
            this.schemas = live.schemas().stream().map(s -> s.name()).collect(Collectors.toSet());
            live.tables().forEach(t -> t.indexes().forEach(i -> owners.put(t.schema() + "." + i.name(), t.qualifiedName())));
            live.views().forEach(v -> v.indexes().forEach(i -> owners.put(v.schema() + "." + i.name(), v.qualifiedName())));
        }

        String of(String object) {
            String[] parts = object.split("\\.");
            if (parts.length == 1) {
                return schemas.contains(parts[0]) ? safe(parts[0]) : "extensions";
            }
            if (!byTable) {
                return safe(parts[0]);
            }
            String owner = owners.get(parts[0] + "." + parts[1]);
            return safe(owner != null ? owner : parts[0] + "." + parts[1]);
        }
    }

    /** One file per group in order of first appearance; with a file per table, foreign keys go last. */
    static Map<String, List<PlannedStatement>> compact(List<PlannedStatement> statements, Grouping grouping) {
        Map<String, List<PlannedStatement>> files = new LinkedHashMap<>();
        List<PlannedStatement> foreignKeys = new ArrayList<>();
        String lastGroup = "schema";
        for (PlannedStatement s : statements) {
            if (isSessionSetting(s)) {
                continue;
            }
            String group = s.object() == null ? lastGroup : grouping.of(s.object());
            if (grouping.byTable && s.sql().startsWith("ALTER TABLE") && s.sql().contains("FOREIGN KEY")) {
                foreignKeys.add(s);
            } else {
                files.computeIfAbsent(group, k -> new ArrayList<>()).add(s);
            }
            lastGroup = group;
        }
        if (!foreignKeys.isEmpty()) {
            files.put("foreign_keys", foreignKeys);
        }
        return files;
    }

    /** The plan's exact order; a group continues in a new file when another group came in between. */
    static Map<String, List<PlannedStatement>> strict(List<PlannedStatement> statements, Grouping grouping) {
        Map<String, List<PlannedStatement>> files = new LinkedHashMap<>();
        String lastKey = null;
        String lastGroup = "schema";
        for (PlannedStatement s : statements) {
            if (isSessionSetting(s)) {
                continue;
            }
            String group = s.object() == null ? lastGroup : grouping.of(s.object());
            String key = lastKey != null && lastKey.replaceFirst("#\\d+$", "").equals(group) ? lastKey
                    : files.containsKey(group) ? group + "#" + files.size() : group;
            files.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            lastKey = key;
            lastGroup = group;
        }
        return files;
    }

    private static boolean isSessionSetting(PlannedStatement s) {
        return s.object() == null && s.sql().startsWith("SET ");
    }

    private static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]+", "_");
        return s.isEmpty() ? "objects" : s;
    }

    private static String render(List<PlannedStatement> statements, Plan plan) {
        StringBuilder b = new StringBuilder("-- Written by cairn pull. These files are the desired schema: edit them, then run cairn generate.\n");
        plan.statements().stream().filter(Pull::isSessionSetting).findFirst()
                .ifPresent(set -> b.append(set.sql().strip()).append(";\n"));
        for (PlannedStatement s : statements) {
            b.append('\n').append(s.sql().strip()).append(";\n");
        }
        return b.toString();
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
