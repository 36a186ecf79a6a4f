package dev.cairn.drift;

import dev.cairn.project.Project;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.events.EventSink;
import dev.cairn.events.RunEvents;
import dev.cairn.migrate.MigrateResult;
import dev.cairn.migrate.MigrationState;
import dev.cairn.migrate.Migrator;
import dev.cairn.postgres.sql.ScriptSplitter;
import dev.cairn.sql.SqlStatement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Stream;

/** Test helpers: copy a project, migrate it into a scratch database, run SQL on it, detect drift. */
final class DriftFixture {
    private DriftFixture() {}

    static Path copyExample(Path to) throws IOException {
        copyTree(Path.of("..", "examples", "shop"), to);
        return to;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                String rel = from.relativize(p).toString();
                if (rel.startsWith(".cairn")) {
                    continue;
                }
                Path target = to.resolve(rel);
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    static Project project(Path dir) {
        return Project.load(dir, Map.of());
    }

    static void migrate(Project project, ScratchDatabase db) {
        try (Project.Target t = project.connect("local", db.jdbcUrl())) {
            MigrateResult r = t.migrator(new RunEvents(EventSink.NONE, "local")).migrate(MigrationState.Options.DEFAULT, false);
            Migrator.throwIfFailed(r);
        }
    }

    static ScratchDatabase migrated(Project project) {
        ScratchDatabase db = DevDatabases.createDatabase();
        migrate(project, db);
        return db;
    }

    static void run(ScratchDatabase db, String sql) {
        try (Connection c = db.connect()) {
            for (SqlStatement st : ScriptSplitter.split(sql, "test.sql")) {
                try (Statement s = c.createStatement()) {
                    s.execute(st.sql());
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("SQL failed: " + e.getMessage() + "\n" + sql, e);
        }
    }

    static DriftReport drift(Project project, ScratchDatabase db) {
        return DriftDetector.detect(project, "local", db.jdbcUrl());
    }
}
