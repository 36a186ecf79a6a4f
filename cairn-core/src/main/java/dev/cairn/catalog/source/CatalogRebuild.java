package dev.cairn.catalog.source;

import dev.cairn.CairnException;
import dev.cairn.catalog.Catalog;
import dev.cairn.db.DevDatabases;
import dev.cairn.db.ScratchDatabase;
import dev.cairn.diff.Differ;
import dev.cairn.dialect.Dialects;
import dev.cairn.dialect.IntrospectOptions;
import dev.cairn.exec.Deadline;
import dev.cairn.exec.Outcome;
import dev.cairn.exec.Script;
import dev.cairn.exec.ScriptRunner;
import dev.cairn.migrate.SqlErrors;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A catalog read on one server major, as another major prints it: the SQL that creates it (the plan from an empty
 * database) runs on a scratch server of the other major, which is then read back. Snapshots keep server-printed
 * text (view queries, defaults, routine bodies) of the major they were made on; this is how one is compared with
 * a database of another major.
 */
public final class CatalogRebuild {
    private CatalogRebuild() {}

    /**
     * @param what names the catalog in an error, e.g. {@code the snapshot migrations/.snapshots/V3.json}
     * @throws CairnException DATABASE when the other major refuses the SQL (naming the statement)
     */
    public static Catalog onMajor(Catalog catalog, int major, IntrospectOptions options, String what) {
        try (ScratchDatabase db = DevDatabases.createDatabase(major); Connection c = db.connect()) {
            Catalog empty = Dialects.current().introspector().introspect(c, options);
            String sql = Dialects.current().renderer().render(Differ.diff(empty, catalog)).toSql();
            Script script = new Script(what, Dialects.current().statements().split(sql, what));
            Outcome outcome = new ScriptRunner(c, Deadline.NONE).autocommit(script);
            if (!outcome.done()) {
                throw CairnException.database("Rebuilding " + what + " on PostgreSQL " + major + " failed at the"
                        + " statement '" + outcome.statement().firstLine() + "': " + SqlErrors.describe(outcome.error())
                        .summary() + ". It was made on another major; regenerate it on " + major + " (set postgres.version"
                        + " in cairn.yaml), or compare with a database of the major it was made on.", outcome.error());
            }
            return Dialects.current().introspector().introspect(c, options);
        } catch (SQLException e) {
            throw CairnException.database("The scratch database for rebuilding " + what + " on PostgreSQL " + major
                    + " failed: " + SqlErrors.describe(e).summary() + ".", e);
        }
    }
}
