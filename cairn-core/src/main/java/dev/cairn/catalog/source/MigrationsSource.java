package dev.cairn.catalog.source;

import dev.cairn.dialect.Dialects;
import dev.cairn.CairnException;
import dev.cairn.catalog.Catalog;
import dev.cairn.db.ConnectionSource;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.JdbcConnectionSource;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.dialect.IntrospectOptions;
import dev.cairn.events.EventSink;
import dev.cairn.events.RunEvents;
import dev.cairn.migrate.HistoryTable;
import dev.cairn.migrate.MigrateResult;
import dev.cairn.migrate.MigrationContext;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationState;
import dev.cairn.migrate.Migrator;
import dev.cairn.migrate.RunSettings;
import dev.cairn.migrate.SqlErrors;
import dev.cairn.migrate.Version;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * {@code migrations} or {@code migrations:V}: the schema the migrations build. Replays the directory
 * (up to version {@code target} when given) into a fresh scratch database with the real {@link Migrator}
 * (same validation, transactions and history table as {@code cairn migrate}), then reads the catalog
 * back without the history table.
 *
 * @param target        null for every migration
 * @param history       the history table to write during the replay (left out of the catalog)
 * @param defaultSchema the replay session's {@code search_path}
 * @param major         the PostgreSQL major of the scratch server ({@link DevDatabases#DEFAULT_MAJOR}: the default)
 */
public record MigrationsSource(Path dir, Version target, HistoryTable history,
        String defaultSchema, IntrospectOptions options, int major) implements CatalogSource {

    public MigrationsSource(Path dir, Version target, HistoryTable history, String defaultSchema,
            IntrospectOptions options) {
        this(dir, target, history, defaultSchema, options, DevDatabases.DEFAULT_MAJOR);
    }

    @Override
    public MigrationsSource onMajor(int major) {
        return new MigrationsSource(dir, target, history, defaultSchema, options, major);
    }

    @Override
    public Catalog load() {
        MigrationDirectory directory = MigrationDirectory.scan(dir);
        try (ScratchDatabase db = DevDatabases.createDatabase(major)) {
            JdbcConnectionSource source = new JdbcConnectionSource(db.jdbcUrl(), db.user(), null);
            replay(directory, source);
            return introspect(source);
        }
    }

    /** Applies the directory (up to {@code target}) to an empty database with the real {@link Migrator}. */
    public void replay(MigrationDirectory directory, ConnectionSource source) {
        RunSettings settings = new RunSettings(Duration.ZERO, Duration.ZERO, Duration.ZERO, defaultSchema, "replay",
                "cairn replay");
        Migrator migrator = new Migrator(new MigrationContext(directory, source, history, settings,
                new RunEvents(EventSink.NONE, "replay")));
        MigrateResult result = migrator.migrate(new MigrationState.Options(target, false), false);
        if (result.failure() != null) {
            throw new CairnException(result.failure().exitCode(), "Replaying the migrations into a scratch database"
                    + " failed: " + result.failure().message());
        }
    }

    /** Reads the replayed schema back, without the history table. */
    public Catalog introspect(ConnectionSource source) {
        try (Connection c = source.open()) {
            return Dialects.current().introspector().introspect(c, options.withHistoryTable(history.schema(), history.table()));
        } catch (SQLException e) {
            throw CairnException.database("Reading the replayed migrations failed: " + SqlErrors.describe(e).summary()
                    + ".", e);
        }
    }

    @Override
    public String describe() {
        return target == null ? "migrations" : "migrations:" + target;
    }
}
