package dev.cairn.drift;

import dev.cairn.dialect.Dialects;
import dev.cairn.CairnException;
import dev.cairn.project.Project;
import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.source.CatalogSources;
import dev.cairn.catalog.source.LiveDatabaseSource;
import dev.cairn.config.CairnConfig;
import dev.cairn.config.EnvironmentConfig;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.dialect.IntrospectOptions;
import dev.cairn.diff.ChangeSet;
import dev.cairn.diff.DiffOptions;
import dev.cairn.diff.Differ;
import dev.cairn.migrate.HistoryEntry;
import dev.cairn.migrate.HistoryTable;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationState;
import dev.cairn.migrate.Problem;
import dev.cairn.migrate.SqlErrors;
import dev.cairn.migrate.SumFile;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code cairn drift}: compares a live database with what its own history says it should be. Reads the
 * live schema and history table (in a read-only session), replays exactly the applied migrations into a
 * scratch database ({@link HistoryReplay}), reads that back, leaves out what {@code drift:} ignores, and
 * compares ({@link CatalogComparison}); the fix is the differ's plan from the live schema to the replayed one.
 */
public final class DriftDetector {
    /** The history problems that are about the database rather than the directory alone. */
    static final Set<String> HISTORY_CODES = Set.of("applied-missing", "checksum-mismatch", "failed-partial");

    private DriftDetector() {}

    /**
     * @param envName     the environment (cairn.yaml)
     * @param urlOverride --url, or null
     * @throws CairnException DATABASE when the database cannot be read or an applied migration no longer replays
     */
    public static DriftReport detect(Project project, String envName, String urlOverride) {
        return detect(project, envName, urlOverride, false);
    }

    /**
     * @param alwaysReplay replay the history even when a snapshot written by {@code cairn generate} already
     *     describes it (see {@link SnapshotExpectation})
     */
    public static DriftReport detect(Project project, String envName, String urlOverride, boolean alwaysReplay) {
        long started = System.nanoTime();
        CairnConfig config = project.config();
        MigrationDirectory dir = project.migrations();
        try (Project.Target target = project.connect(envName, urlOverride)) {
            EnvironmentConfig env = target.environment();
            HistoryTable historyTable = project.historyTable(env);
            IntrospectOptions options = CatalogSources.options(config, null)
                    .withHistoryTable(historyTable.schema(), historyTable.table());
            List<HistoryEntry> history;
            Catalog live;
            int major;
            try (Connection c = LiveDatabaseSource.openReadOnly(target.db())) {
                history = historyTable.read(c);
                live = Dialects.current().introspector().introspect(c, options);
                major = Dialects.current().serverMajor(c);
            } catch (SQLException e) {
                throw SqlErrors.connectionFailure(target.db(), e);
            }

            List<String> notices = new ArrayList<>();
            List<Problem> findings = new ArrayList<>();
            java.util.OptionalInt configured = config.postgresVersion(env.name());
            if (configured.isPresent() && configured.getAsInt() != major) {
                notices.add("cairn.yaml sets postgres.version " + configured.getAsInt() + " for '" + env.name() + "', but"
                        + " the server runs PostgreSQL " + major + ": the expected schema is built on " + major + ", the"
                        + " server's own major; correct postgres.version so that generate and check use it too.");
            }
            if (history.isEmpty()) {
                notices.add("The database has no history table " + historyTable.qualifiedName() + " (or it is empty): no"
                        + " migration was applied by Cairn, so every object in it counts as not expected.");
            }
            MigrationState state = MigrationState.of(dir, SumFile.read(dir), history, MigrationState.Options.DEFAULT);
            state.problems().stream().filter(p -> HISTORY_CODES.contains(p.code())).forEach(findings::add);
            state.failed().stream().filter(f -> !f.isPartialFailure()).forEach(f -> notices.add(f.script()
                    + " failed on " + f.appliedAt() + " (rolled back, so it left nothing): run cairn repair to clear it."));
            long pending = state.pending().stream().filter(s -> s.version() != null).count();
            if (pending > 0) {
                notices.add(pending + " migration(s) in the directory are not applied yet (pending); drift compares with"
                        + " what is applied.");
            }

            Catalog expected = null;
            int replayed = 0;
            if (!alwaysReplay && findings.isEmpty()) {
                java.util.Optional<SnapshotExpectation.Found> snapshot = SnapshotExpectation.find(dir, history);
                if (snapshot.isPresent() && snapshot.get().major() != major) {
                    notices.add(project.dir().relativize(snapshot.get().file()) + " was made on PostgreSQL "
                            + snapshot.get().major() + " and the database runs " + major + ": the migrations are replayed"
                            + " on a PostgreSQL " + major + " scratch server instead, to compare like with like.");
                } else if (snapshot.isPresent()) {
                    expected = snapshot.get().catalog();
                    replayed = (int) history.stream().filter(HistoryEntry::success).count();
                    notices.add("The expected schema was read from " + project.dir().relativize(snapshot.get().file())
                            + ", which cairn generate wrote for these migrations, instead of replaying them (--replay"
                            + " replays them).");
                }
            }
            if (expected == null) {
                try (ScratchDatabase scratch = DevDatabases.createDatabase(major); Connection c = scratch.connect()) {
                    HistoryReplay.Result r = HistoryReplay.replay(dir, history, c, env.defaultSchema(), historyTable.schema());
                    notices.addAll(r.notices());
                    replayed = r.replayed();
                    expected = Dialects.current().introspector().introspect(c, options);
                } catch (SQLException e) {
                    throw CairnException.database("The scratch database for the replay failed: "
                            + SqlErrors.describe(e).summary() + ".", e);
                }
            }

            CatalogFilter filter = new CatalogFilter(config.drift());
            Catalog e = filter.apply(expected);
            Catalog a = filter.apply(live);
            List<Difference> differences = CatalogComparison.compare(e, a);
            String fixSql = "";
            List<dev.cairn.diff.Warning> warnings = List.of();
            if (!differences.isEmpty()) {
                ChangeSet fix = Differ.diff(a, e, DiffOptions.defaults().withOwnership(config.catalog().ownership())
                        .withPrivileges(config.catalog().privileges()));
                fixSql = Dialects.current().renderer().render(fix).toSql();
                warnings = fix.warnings();
            }
            return new DriftReport(env.name(), target.db().describe(), differences, findings, notices, fixSql, warnings,
                    replayed, (System.nanoTime() - started) / 1_000_000);
        }
    }
}
