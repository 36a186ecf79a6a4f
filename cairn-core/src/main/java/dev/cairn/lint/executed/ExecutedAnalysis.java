package dev.cairn.lint.executed;

import dev.cairn.CairnException;
import dev.cairn.db.ConnectionSource;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.JdbcConnectionSource;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationKind;
import dev.cairn.migrate.MigrationScript;
import dev.cairn.migrate.SqlErrors;
import dev.cairn.migrate.Version;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The executed layer of lint: what no linter reading text can know. The migrations before the linted ones are replayed
 * into a scratch database of the target's major; then each linted statement runs there, in order, as {@code cairn
 * migrate} would run it (a migration's statements in one transaction, a statement that refuses one on its own), and
 * the server itself says what it did: the table locks it took ({@code pg_locks}), the tables it wrote anew (their
 * {@code relfilenode} changed), the tables it read in full ({@code pg_stat_xact_all_tables}), and the objects it
 * created, dropped and altered (the catalog before and after, compared). Findings are drawn from those observations
 * and ranked by the target's table sizes when known. See {@code docs/lint/executed.md}.
 *
 * <p>The scratch tables are empty: what depends on rows (an ADD COLUMN … NOT NULL without a default fails on a table
 * with rows, a unique index fails on duplicates, a long UPDATE takes long) is not seen; locks and rewrites are the same
 * on an empty table.
 */
public final class ExecutedAnalysis {
    private ExecutedAnalysis() {}

    /**
     * Replays {@code dir}'s versioned migrations older than the first of {@code scripts} (and not among them) into a
     * scratch database of {@code major}, then runs each statement of {@code scripts} in order and measures it.
     *
     * @param major the PostgreSQL major ({@link DevDatabases#DEFAULT_MAJOR}: the default one)
     * @param sizes the target's table sizes, or {@link TableSizes#NONE}
     * @throws CairnException DATABASE when the scratch database cannot be created or is lost
     */
    public static ExecutedReport analyse(MigrationDirectory dir, List<MigrationScript> scripts, int major,
            TableSizes sizes) {
        if (scripts.isEmpty()) {
            return ExecutedReport.EMPTY;
        }
        int resolved = DevDatabases.resolve(major);
        try (ScratchDatabase db = DevDatabases.createDatabase(resolved)) {
            ConnectionSource scratch = new JdbcConnectionSource(db.jdbcUrl(), db.user(), null);
            try (Connection a = scratch.open()) {
                return new ExecutedRun(scratch, a, resolved, sizes == null ? TableSizes.NONE : sizes)
                        .run(before(dir, scripts), scripts);
            }
        } catch (SQLException e) {
            throw CairnException.database("The executed analysis lost its scratch database: "
                    + SqlErrors.describe(e).summary() + ".", e);
        }
    }

    /** The versioned migrations the analysed ones build on: older than the first analysed version, not analysed. */
    static List<MigrationScript> before(MigrationDirectory dir, List<MigrationScript> scripts) {
        Set<String> analysed = scripts.stream().map(MigrationScript::name).collect(Collectors.toSet());
        Version first = scripts.stream().map(MigrationScript::version).filter(Objects::nonNull).findFirst().orElse(null);
        return dir.versioned().stream().filter(s -> s.kind() == MigrationKind.VERSIONED)
                .filter(s -> !analysed.contains(s.name()))
                .filter(s -> first == null || s.version().compareTo(first) < 0).toList();
    }
}
