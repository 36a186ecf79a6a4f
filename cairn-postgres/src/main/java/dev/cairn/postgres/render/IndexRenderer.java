package dev.cairn.postgres.render;

import dev.cairn.diff.Change.CreateIndex;
import dev.cairn.diff.Change.DropIndex;
import dev.cairn.diff.Change.RenameIndex;
import dev.cairn.plan.SafetyFacts;
import dev.cairn.plan.PlannedStatement;
import java.util.List;

/** Indexes not backing a constraint (on tables and materialized views). */
final class IndexRenderer {
    private IndexRenderer() {}

    /** The server's definition; {@code ON ONLY} (a partitioned table's own index) becomes {@code ON} to cover its partitions. */
    private static String createSql(CreateIndex c) {
        return c.index().definition().replaceFirst(" ON ONLY ", " ON ");
    }

    private static Sql dropSql(String schema, String index) {
        return Sql.of("DROP INDEX").name(schema, index);
    }

    static List<PlannedStatement> create(CreateIndex c, SafetyFacts f) {
        return Statements.one(createSql(c), "Create " + (c.index().unique() ? "unique " : "") + "index "
                        + Sql.display(c.schema(), c.index().name()) + " on " + Sql.display(c.schema(), c.relation()),
                Sql.display(c.schema(), c.index().name()), f, dropSql(c.schema(), c.index().name()));
    }

    static List<PlannedStatement> drop(DropIndex c, SafetyFacts f) {
        return Statements.one(dropSql(c.schema(), c.index().name()), "Drop index " + Sql.display(c.schema(), c.index().name()),
                Sql.display(c.schema(), c.index().name()), f, c.index().definition().replaceFirst(" ON ONLY ", " ON "));
    }

    static List<PlannedStatement> rename(RenameIndex c, SafetyFacts f) {
        return Statements.one(Sql.of("ALTER INDEX").name(c.schema(), c.from()).kw("RENAME TO").id(c.to()),
                "Rename index " + Sql.display(c.schema(), c.from()) + " to " + c.to(), Sql.display(c.schema(), c.from()), f,
                Sql.of("ALTER INDEX").name(c.schema(), c.to()).kw("RENAME TO").id(c.from()));
    }
}
