package dev.cairn.postgres.render;

import dev.cairn.catalog.Column;
import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.Table;
import dev.cairn.diff.Change.AttachPartition;
import dev.cairn.diff.Change.CreateTable;
import dev.cairn.diff.Change.DetachPartition;
import dev.cairn.diff.Change.DropTable;
import dev.cairn.diff.Change.RenameTable;
import dev.cairn.diff.Change.SetForceRowSecurity;
import dev.cairn.diff.Change.SetLogged;
import dev.cairn.diff.Change.SetRowSecurity;
import dev.cairn.plan.SafetyFacts;
import dev.cairn.plan.PlannedStatement;
import dev.cairn.postgres.PostgresNames;
import dev.cairn.postgres.PostgresSafety;
import java.util.ArrayList;
import java.util.List;

/** Tables: create (with their columns), drop, rename, partitions, row level security, logging. */
final class TableRenderer {
    private TableRenderer() {}

    static Sql alter(Table t) {
        return Sql.alterTable(t.schema(), t.name());
    }

    /** {@code ALTER TABLE ONLY schema.table}: the inheriting tables are left as they are. */
    static Sql alterOnly(Table t, boolean only) {
        return only ? Sql.of("ALTER TABLE ONLY").name(t.schema(), t.name()) : alter(t);
    }

    static String columnDefinition(Table table, Column c) {
        StringBuilder b = new StringBuilder(Sql.ident(c.name())).append(' ').append(c.type());
        if (c.collation() != null) {
            b.append(" COLLATE ").append(Sql.collation(c.collation()));
        }
        if (c.generatedExpr() != null) {
            b.append(" GENERATED ALWAYS AS (").append(c.generatedExpr()).append(c.generatedVirtual() ? ") VIRTUAL" : ") STORED");
        }
        if (c.identity() != null) {
            b.append(' ').append(SequenceRenderer.identity(c));
        }
        if (c.defaultExpr() != null) {
            b.append(" DEFAULT ").append(c.defaultExpr());
        }
        Constraint nn = table.constraints().stream()
                .filter(k -> k.type() == Constraint.Type.NOT_NULL && k.columns().equals(List.of(c.name())))
                .findFirst().orElse(null);
        if (c.notNull() && (nn == null || nn.validated())) { // a NOT VALID one is added after (ADD CONSTRAINT … NOT VALID)
            if (nn != null && !PostgresNames.isGeneratedNotNullName(nn.name(), table.name())) {
                b.append(" CONSTRAINT ").append(Sql.ident(nn.name()));
            }
            b.append(" NOT NULL");
            if (nn != null && nn.definition().contains(" NO INHERIT")) {
                b.append(" NO INHERIT");
            }
        }
        return b.toString();
    }

    /** Whether the column's NOT NULL is NOT VALID: then it is added after the column, by ADD CONSTRAINT … NOT VALID. */
    static boolean notValidNotNull(Table table, Column c) {
        return table.constraints().stream().anyMatch(k -> k.type() == Constraint.Type.NOT_NULL
                && k.columns().equals(List.of(c.name())) && !k.validated());
    }

    /** A new table may soon hold rows: dropping it is not data-free, so no reverse. */
    static List<PlannedStatement> create(CreateTable c, SafetyFacts f) {
        Table t = c.table();
        Sql b = Sql.of(t.unlogged() ? "CREATE UNLOGGED TABLE" : "CREATE TABLE").name(t.schema(), t.name());
        List<String> items = new ArrayList<>();
        if (t.partitionOf() == null) {
            // inherited columns come from the parents (the differ alters those that differ from their parent's after)
            t.columns().stream().filter(col -> !col.inherited()).forEach(col -> items.add(columnDefinition(t, col)));
        }
        List<Constraint> later = new ArrayList<>();
        for (Constraint k : c.inlineConstraints()) {
            if (t.partitionOf() == null) {
                items.add("CONSTRAINT " + Sql.ident(k.name()) + " " + k.definition());
            } else {
                later.add(k);
            }
        }
        if (t.partitionOf() != null) {
            b.kw("PARTITION OF").kw(Sql.ref(t.partitionOf(), t.schema())).kw(t.partitionBound());
        } else {
            // no columns of its own (all inherited, or none at all): ()
            b.append(items.isEmpty() ? " ()" : " (\n    " + String.join(",\n    ", items) + "\n)");
        }
        b.optional("INHERITS", InheritanceRenderer.inheritsClause(t));
        b.optional("PARTITION BY", t.partitionKey());
        b.optional("WITH", InheritanceRenderer.withClause(t));
        Statements out = new Statements();
        out.add(b, "Create table " + t.qualifiedName() + (t.partitionOf() != null ? " as a partition of " + t.partitionOf() : ""),
                t.qualifiedName(), t.partitionOf() == null ? SafetyFacts.NONE : PostgresSafety.alterTable(t.partitionOf()));
        later.forEach(k -> ConstraintRenderer.add(out, t, k));
        return out.list();
    }

    static List<PlannedStatement> drop(DropTable c, SafetyFacts f) {
        return Statements.one(Sql.of("DROP TABLE").name(c.table().schema(), c.table().name()), "Drop table " + c.table().qualifiedName(),
                c.table().qualifiedName(), f, null);
    }

    static List<PlannedStatement> rename(RenameTable c, SafetyFacts f) {
        return Statements.one(Sql.alterTable(c.schema(), c.from()).kw("RENAME TO").id(c.to()),
                "Rename table " + Sql.display(c.schema(), c.from()) + " to " + c.to(), Sql.display(c.schema(), c.from()), f,
                Sql.alterTable(c.schema(), c.to()).kw("RENAME TO").id(c.from()));
    }

    private static Sql parent(Table partition) {
        return Sql.of("ALTER TABLE").kw(Sql.ref(partition.partitionOf(), partition.schema()));
    }

    static List<PlannedStatement> attach(AttachPartition c, SafetyFacts f) {
        Table p = c.partition();
        return Statements.one(parent(p).kw("ATTACH PARTITION").name(p.schema(), p.name()).kw(p.partitionBound()),
                "Attach partition " + p.qualifiedName() + " to " + p.partitionOf(), p.qualifiedName(), f,
                parent(p).kw("DETACH PARTITION").name(p.schema(), p.name()));
    }

    static List<PlannedStatement> detach(DetachPartition c, SafetyFacts f) {
        Table p = c.partition();
        return Statements.one(parent(p).kw("DETACH PARTITION").name(p.schema(), p.name()),
                "Detach partition " + p.qualifiedName() + " from " + p.partitionOf(), p.qualifiedName(), f,
                parent(p).kw("ATTACH PARTITION").name(p.schema(), p.name()).kw(p.partitionBound()));
    }

    static List<PlannedStatement> rowSecurity(SetRowSecurity c, SafetyFacts f) {
        return Statements.one(alter(c.table()).kw(rls(c.enable())),
                (c.enable() ? "Enable" : "Disable") + " row level security on " + c.table().qualifiedName(), c.table().qualifiedName(), f,
                alter(c.table()).kw(rls(!c.enable())));
    }

    private static String rls(boolean enable) {
        return (enable ? "ENABLE" : "DISABLE") + " ROW LEVEL SECURITY";
    }

    private static String forceRls(boolean force) {
        return (force ? "FORCE" : "NO FORCE") + " ROW LEVEL SECURITY";
    }

    static List<PlannedStatement> forceRowSecurity(SetForceRowSecurity c, SafetyFacts f) {
        return Statements.one(alter(c.table()).kw(forceRls(c.force())),
                (c.force() ? "Force" : "Stop forcing") + " row level security on " + c.table().qualifiedName(), c.table().qualifiedName(), f,
                alter(c.table()).kw(forceRls(!c.force())));
    }

    static List<PlannedStatement> logged(SetLogged c, SafetyFacts f) {
        return Statements.one(alter(c.table()).kw(c.unlogged() ? "SET UNLOGGED" : "SET LOGGED"),
                "Make table " + c.table().qualifiedName() + (c.unlogged() ? " unlogged" : " logged"), c.table().qualifiedName(), f,
                alter(c.table()).kw(c.unlogged() ? "SET LOGGED" : "SET UNLOGGED"));
    }
}
