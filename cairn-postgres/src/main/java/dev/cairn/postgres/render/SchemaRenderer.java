package dev.cairn.postgres.render;

import dev.cairn.diff.Change.CreateExtension;
import dev.cairn.diff.Change.CreateSchema;
import dev.cairn.diff.Change.DropExtension;
import dev.cairn.diff.Change.DropSchema;
import dev.cairn.diff.Change.UpdateExtension;
import dev.cairn.plan.SafetyFacts;
import dev.cairn.plan.PlannedStatement;
import java.util.List;

/** Schemas and extensions. */
final class SchemaRenderer {
    private SchemaRenderer() {}

    static List<PlannedStatement> create(CreateSchema c, SafetyFacts f) {
        String n = c.schema().name();
        return Statements.one(Sql.of("CREATE SCHEMA").id(n), "Create schema " + n, n, f, Sql.of("DROP SCHEMA").id(n));
    }

    /** Dropped without CASCADE, so it was empty: creating it again restores it. */
    static List<PlannedStatement> drop(DropSchema c, SafetyFacts f) {
        String n = c.schema().name();
        return Statements.one(Sql.of("DROP SCHEMA").id(n), "Drop schema " + n, n, f, Sql.of("CREATE SCHEMA").id(n));
    }

    static List<PlannedStatement> create(CreateExtension c, SafetyFacts f) {
        String n = c.extension().name();
        Sql sql = Sql.of("CREATE EXTENSION").id(n);
        if (c.extension().schema() != null) {
            sql.kw("SCHEMA").id(c.extension().schema());
        }
        // a version other than the server's default is named; the default is not, so a migration stays valid on
        // another major, whose default it then installs
        if (c.extension().version() != null && Boolean.FALSE.equals(c.extension().defaultVersion())) {
            sql.kw("VERSION").lit(c.extension().version());
        }
        return Statements.one(sql, "Create extension " + n, n, f, Sql.of("DROP EXTENSION").id(n));
    }

    /** An extension may keep configuration rows: no reverse. */
    static List<PlannedStatement> drop(DropExtension c, SafetyFacts f) {
        String n = c.extension().name();
        return Statements.one(Sql.of("DROP EXTENSION").id(n), "Drop extension " + n, n, f, null);
    }

    /** Extensions need not ship a downgrade script: no reverse. */
    static List<PlannedStatement> update(UpdateExtension c, SafetyFacts f) {
        String n = c.to().name();
        return Statements.one(Sql.of("ALTER EXTENSION").id(n).kw("UPDATE TO").lit(c.to().version()),
                "Update extension " + n + " to version " + c.to().version(), n, f, null);
    }
}
