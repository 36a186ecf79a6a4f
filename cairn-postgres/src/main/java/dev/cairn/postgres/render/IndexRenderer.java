package dev.cairn.postgres.render;

import dev.cairn.diff.Change.AttachIndex;
import dev.cairn.diff.Change.CreateIndex;
import dev.cairn.diff.Change.NameAttachedIndex;
import dev.cairn.diff.Change.DropIndex;
import dev.cairn.diff.Change.RenameIndex;
import dev.cairn.plan.SafetyFacts;
import dev.cairn.plan.PlannedStatement;
import dev.cairn.sql.Identifiers;
import java.util.List;

/** Indexes not backing a constraint (on tables and materialized views). */
final class IndexRenderer {
    private IndexRenderer() {}

    /**
     * The server's definition. A partitioned table's index keeps {@code ON ONLY} when the differ creates and attaches
     * its partitions' indexes itself (it writes {@code ON} otherwise).
     */
    private static String createSql(CreateIndex c) {
        return c.index().definition();
    }

    private static Sql attachSql(String schema, dev.cairn.catalog.Index index) {
        return Sql.of("ALTER INDEX").kw(index.attachedTo()).kw("ATTACH PARTITION").name(schema, index.name());
    }

    private static Sql dropSql(String schema, dev.cairn.catalog.Index index) {
        // an index built concurrently (generate's online form) is dropped concurrently too
        return Sql.of(index.definition().contains(" CONCURRENTLY ") ? "DROP INDEX CONCURRENTLY" : "DROP INDEX").name(schema, index.name());
    }

    /** A partition's index attached to its partitioned index is attached right after it is created. */
    static List<PlannedStatement> create(CreateIndex c, SafetyFacts f) {
        String index = Sql.display(c.schema(), c.index().name());
        Statements s = new Statements().add(createSql(c), "Create " + (c.index().unique() ? "unique " : "") + "index "
                + index + " on " + Sql.display(c.schema(), c.relation()), index, f, dropSql(c.schema(), c.index()));
        if (c.index().attachedTo() != null) {
            s.add(attachSql(c.schema(), c.index()), "Attach index " + index + " to " + c.index().attachedTo(), index,
                    SafetyFacts.NONE);
        }
        return s.list();
    }

    static List<PlannedStatement> attach(AttachIndex c, SafetyFacts f) {
        String index = Sql.display(c.schema(), c.index().name());
        return Statements.one(attachSql(c.schema(), c.index()), "Attach index " + index + " to " + c.index().attachedTo(),
                index, f, null);
    }

    /**
     * PostgreSQL named the index it created on the new partition for the partitioned index: found through pg_inherits
     * and renamed (a block, since its name is PostgreSQL's choice).
     */
    static List<PlannedStatement> nameAttached(NameAttachedIndex c, SafetyFacts f) {
        String index = Sql.display(c.schema(), c.index().name());
        String partition = Sql.qualified(c.schema(), c.relation());
        String sql = "DO $cairn$\nDECLARE\n    made regclass;\nBEGIN\n"
                + "    SELECT i.inhrelid::regclass INTO made FROM pg_inherits i JOIN pg_index x ON x.indexrelid = i.inhrelid\n"
                + "    WHERE i.inhparent = " + Identifiers.literal(c.index().attachedTo()) + "::regclass AND x.indrelid = "
                + Identifiers.literal(partition) + "::regclass;\n"
                + "    IF (SELECT relname FROM pg_class WHERE oid = made) <> " + Identifiers.literal(c.index().name()) + " THEN\n"
                + "        EXECUTE format('ALTER INDEX %s RENAME TO %I', made, " + Identifiers.literal(c.index().name()) + ");\n"
                + "    END IF;\nEND\n$cairn$";
        return Statements.one(sql, "Name index " + index + ", created with partition " + Sql.display(c.schema(), c.relation())
                + " for " + c.index().attachedTo(), index, f, null);
    }

    static List<PlannedStatement> drop(DropIndex c, SafetyFacts f) {
        return Statements.one(dropSql(c.schema(), c.index()), "Drop index " + Sql.display(c.schema(), c.index().name()),
                Sql.display(c.schema(), c.index().name()), f, c.index().definition().replaceFirst(" ON ONLY ", " ON "));
    }

    static List<PlannedStatement> rename(RenameIndex c, SafetyFacts f) {
        return Statements.one(Sql.of("ALTER INDEX").name(c.schema(), c.from()).kw("RENAME TO").id(c.to()),
                "Rename index " + Sql.display(c.schema(), c.from()) + " to " + c.to(), Sql.display(c.schema(), c.from()), f,
                Sql.of("ALTER INDEX").name(c.schema(), c.to()).kw("RENAME TO").id(c.from()));
    }
}
