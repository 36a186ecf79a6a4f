package dev.cairn.deploy.snapshot;

import dev.cairn.db.ScratchDatabase;
import dev.cairn.events.Event;
import dev.cairn.events.RunEvents;
import dev.cairn.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A project whose local environment points at a scratch database, and SQL helpers for the snapshot tests. */
final class SnapshotDb {
    final ScratchDatabase db;
    final Project.Target target;
    final List<Event> events = new CopyOnWriteArrayList<>();
    final RunEvents runEvents;

    SnapshotDb(Path dir, ScratchDatabase db) throws IOException {
        this.db = db;
        Files.createDirectories(dir.resolve("migrations"));
        Files.createDirectories(dir.resolve("schema"));
        Files.writeString(dir.resolve("cairn.yaml"), "");
        this.target = Project.load(dir, Map.of()).connect("local", db.jdbcUrl());
        this.runEvents = new RunEvents(events::add, "local");
    }

    void exec(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The first column of every row, as text. */
    List<String> column(String sql) throws SQLException {
        return column(db.jdbcUrl(), sql);
    }

    static List<String> column(String url, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** The databases on the scratch server whose name starts with {@code prefix}. */
    List<String> databases(String prefix) throws SQLException {
        return column("SELECT datname FROM pg_database WHERE starts_with(datname, '" + prefix + "') ORDER BY 1");
    }

    List<String> eventTypes() {
        return events.stream().map(Event::type).toList();
    }
}
