package dev.cairn.postgres.render;
import dev.cairn.plan.Risk;
import dev.cairn.plan.PlannedStatement;
import dev.cairn.plan.Plan;

import static dev.cairn.migrate.Identifiers.literal;
import static dev.cairn.migrate.Identifiers.qualified;
import static dev.cairn.migrate.Identifiers.quoteIfNeeded;

import dev.cairn.catalog.Column;
import dev.cairn.catalog.CompositeType;
import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.DomainType;
import dev.cairn.catalog.ObjectRef;
import dev.cairn.catalog.Policy;
import dev.cairn.catalog.Privilege;
import dev.cairn.catalog.RangeType;
import dev.cairn.catalog.Routine;
import dev.cairn.catalog.SequenceOptions;
import dev.cairn.catalog.Table;
import dev.cairn.catalog.View;
import dev.cairn.diff.Change;
import dev.cairn.diff.Change.*;
import dev.cairn.diff.ChangeSet;
import dev.cairn.diff.Target;
import dev.cairn.postgres.PostgresTypes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Renders a {@link ChangeSet} as PostgreSQL statements with their safety facts. */
public final class PostgresRenderer {
    private PostgresRenderer() {}

    private static final Pattern VOLATILE = Pattern.compile(
            "\\b(nextval|random|clock_timestamp|timeofday|gen_random_uuid|uuid_generate_v1|uuid_generate_v1mc|uuid_generate_v4|uuidv4|uuidv7|txid_current|random_normal)\\s*\\(",
            Pattern.CASE_INSENSITIVE);

    public static Plan render(ChangeSet changes) {
        List<PlannedStatement> out = new ArrayList<>();
        List<String[]> summary = new ArrayList<>();
        boolean routines = changes.changes().stream().anyMatch(c -> c instanceof CreateRoutine || c instanceof ReplaceRoutine);
        if (routines) {
            out.add(new PlannedStatement("SET check_function_bodies = off",
                    "Check routine bodies when they run, not now (they may use objects created later)", Set.of(), null));
        }
        Set<String> created = createdRelations(changes);
        for (Change c : changes.changes()) {
            Emitter e = new Emitter(out);
            int first = out.size();
            render(c, e);
            if (created.contains(relationOf(c))) {
                withoutLockRisks(out, first);
            }
            summary.add(summaryKey(c));
        }
        return new Plan(out, changes.warnings(), Plan.Summary.of(summary));
    }

    /** Lock and scan risks: what waiting readers and writers, or a long read of existing rows, would cost. */
    private static final Set<Risk> LOCK_RISKS = EnumSet.of(Risk.TABLE_REWRITE, Risk.TABLE_SCAN,
            Risk.ACCESS_EXCLUSIVE_LOCK, Risk.BLOCKS_WRITES);

    /** Tables and views (materialized ones take indexes) that the change set creates. */
    private static Set<String> createdRelations(ChangeSet changes) {
        Set<String> created = new java.util.HashSet<>();
        for (Change c : changes.changes()) {
            if (c instanceof CreateTable t) {
                created.add(t.table().qualifiedName());
            } else if (c instanceof CreateView v) {
                created.add(v.view().qualifiedName());
            }
        }
        return created;
    }

    /** The table (or view) whose lock or scan a change's risks are about; null when it has none. */
    private static String relationOf(Change c) {
        if (c instanceof CreateTable t) {
            return t.table().qualifiedName(); // its partition constraints follow it
        } else if (c instanceof CreateIndex i) {
            return name(i.schema(), i.relation());
        } else if (c instanceof AttachPartition p) {
            return p.partition().qualifiedName();
        } else if (c instanceof AddConstraint a) {
            return a.table().qualifiedName();
        } else if (c instanceof ValidateConstraint v) {
            return v.table().qualifiedName();
        } else if (c instanceof AddColumn a) {
            return a.table().qualifiedName();
        } else if (c instanceof AlterColumnType a) {
            return a.table().qualifiedName();
        } else if (c instanceof SetColumnNotNull n) {
            return n.table().qualifiedName();
        } else if (c instanceof SetLogged l) {
            return l.table().qualifiedName();
        }
        return null;
    }

    /**
     * A table created in the same plan is empty and, inside the migration's transaction, invisible to every
     * other session: nothing waits on its locks and there is nothing to scan or rewrite. So the statements
     * from {@code first} on (one change's) keep only their other risks (data loss, usable after commit).
     */
    private static void withoutLockRisks(List<PlannedStatement> out, int first) {
        for (int i = first; i < out.size(); i++) {
            PlannedStatement s = out.get(i);
            Set<Risk> kept = EnumSet.noneOf(Risk.class);
            kept.addAll(s.risks());
            kept.removeAll(LOCK_RISKS);
            out.set(i, new PlannedStatement(s.sql(), s.comment(), kept, s.object()));
        }
    }

    /** Collects the statements of one change. */
    private static final class Emitter {
        final List<PlannedStatement> out;

        Emitter(List<PlannedStatement> out) {
            this.out = out;
        }

        void add(String sql, String comment, String object, Risk... risks) {
            Set<Risk> set = risks.length == 0 ? Set.of() : EnumSet.of(risks[0], risks);
            out.add(new PlannedStatement(sql, comment, set, object));
        }
    }

    static String tbl(Table t) {
        return qualified(t.schema(), t.name());
    }

    static String name(String schema, String name) {
        return schema + "." + name;
    }

    /** {@code schema.table} as the catalog writes it (maybe quoted) to SQL. */
    static String qualifiedRef(String ref, String defaultSchema) {
        List<String> p = PostgresTypes.parts(ref);
        return p.size() >= 2 ? qualified(p.get(p.size() - 2), p.get(p.size() - 1)) : qualified(defaultSchema, p.get(0));
    }

    static String collation(String c) {
        if (c == null) {
            return null;
        }
        if (c.contains("\"")) {
            return c;
        }
        return PostgresTypes.parts(c).stream().map(PostgresRenderer::quoteAlways).collect(Collectors.joining("."));
    }

    private static String quoteAlways(String s) {
        return dev.cairn.migrate.Identifiers.quote(s);
    }

    private static void render(Change change, Emitter e) {
        if (change instanceof CreateSchema c) {
            e.add("CREATE SCHEMA " + quoteIfNeeded(c.schema().name()),
                    "Create schema " + c.schema().name(), c.schema().name());
        } else if (change instanceof DropSchema c) {
            e.add("DROP SCHEMA " + quoteIfNeeded(c.schema().name()),
                    "Drop schema " + c.schema().name(), c.schema().name());
        } else if (change instanceof CreateExtension c) {
            e.add("CREATE EXTENSION " + quoteIfNeeded(c.extension().name())
                            + (c.extension().schema() == null ? "" : " SCHEMA " + quoteIfNeeded(c.extension().schema())),
                    "Create extension " + c.extension().name(), c.extension().name());
        } else if (change instanceof DropExtension c) {
            e.add("DROP EXTENSION " + quoteIfNeeded(c.extension().name()),
                    "Drop extension " + c.extension().name(), c.extension().name());
        } else if (change instanceof UpdateExtension c) {
            e.add("ALTER EXTENSION " + quoteIfNeeded(c.to().name()) + " UPDATE TO " + literal(c.to().version()),
                    "Update extension " + c.to().name() + " to version " + c.to().version(), c.to().name());
        } else if (change instanceof CreateEnum c) {
            e.add("CREATE TYPE " + qualified(c.type().schema(), c.type().name()) + " AS ENUM ("
                            + c.type().labels().stream().map(dev.cairn.migrate.Identifiers::literal).collect(Collectors.joining(", ")) + ")",
                    "Create enum " + name(c.type().schema(), c.type().name()), name(c.type().schema(), c.type().name()));
        } else if (change instanceof DropEnum c) {
            e.add("DROP TYPE " + qualified(c.type().schema(), c.type().name()),
                    "Drop enum " + name(c.type().schema(), c.type().name()), name(c.type().schema(), c.type().name()));
        } else if (change instanceof AddEnumValue c) {
            e.add("ALTER TYPE " + qualified(c.type().schema(), c.type().name()) + " ADD VALUE " + literal(c.value())
                            + (c.after() != null ? " AFTER " + literal(c.after()) : c.before() != null ? " BEFORE " + literal(c.before()) : ""),
                    "Add value '" + c.value() + "' to enum " + name(c.type().schema(), c.type().name())
                            + (c.after() != null ? " after '" + c.after() + "'" : c.before() != null ? " before '" + c.before() + "'" : ""),
                    name(c.type().schema(), c.type().name()), Risk.USABLE_AFTER_COMMIT);
        } else if (change instanceof RebuildEnum c) {
            rebuildEnum(c, e);
        } else if (change instanceof CreateDomain c) {
            e.add(createDomain(c.domain()), "Create domain " + name(c.domain().schema(), c.domain().name()),
                    name(c.domain().schema(), c.domain().name()));
        } else if (change instanceof DropDomain c) {
            e.add("DROP DOMAIN " + qualified(c.domain().schema(), c.domain().name()),
                    "Drop domain " + name(c.domain().schema(), c.domain().name()), name(c.domain().schema(), c.domain().name()));
        } else if (change instanceof RebuildDomain c) {
            rebuildDomain(c, e);
        } else if (change instanceof AlterDomain c) {
            alterDomain(c.from(), c.to(), e);
        } else if (change instanceof ColumnsThroughText c) {
            for (ColumnUse u : c.columns()) {
                String t = qualified(u.schema(), u.table());
                String col = quoteIfNeeded(u.column().name());
                String colName = name(u.schema(), u.table()) + "." + u.column().name();
                if (!c.back()) {
                    if (u.column().defaultExpr() != null) {
                        e.add("ALTER TABLE " + t + " ALTER COLUMN " + col + " DROP DEFAULT",
                                "Drop default of " + colName + " while a domain inside its type changes", colName);
                    }
                    e.add("ALTER TABLE " + t + " ALTER COLUMN " + col + " TYPE text USING " + col + "::text",
                            "Hold " + colName + " as text while a domain inside its type " + u.column().type() + " gains a constraint",
                            colName, Risk.TABLE_REWRITE, Risk.ACCESS_EXCLUSIVE_LOCK);
                } else {
                    e.add("ALTER TABLE " + t + " ALTER COLUMN " + col + " TYPE " + u.column().type()
                                    + (u.column().collation() == null ? "" : " COLLATE " + collation(u.column().collation()))
                                    + " USING " + col + "::" + u.column().type(),
                            "Convert " + colName + " back to " + u.column().type() + " (its values are checked against the domain)",
                            colName, Risk.TABLE_REWRITE, Risk.ACCESS_EXCLUSIVE_LOCK);
                    if (u.column().defaultExpr() != null) {
                        e.add("ALTER TABLE " + t + " ALTER COLUMN " + col + " SET DEFAULT " + u.column().defaultExpr(),
                                "Set default of " + colName, colName);
                    }
                }
            }
        } else if (change instanceof CreateComposite c) {
            e.add(createComposite(c.type()), "Create type " + name(c.type().schema(), c.type().name()),
                    name(c.type().schema(), c.type().name()));
        } else if (change instanceof DropComposite c) {
            e.add("DROP TYPE " + qualified(c.type().schema(), c.type().name()),
                    "Drop type " + name(c.type().schema(), c.type().name()), name(c.type().schema(), c.type().name()));
        } else if (change instanceof AlterComposite c) {
            alterComposite(c.from(), c.to(), e);
        } else if (change instanceof CreateRange c) {
            e.add(createRange(c.type()), "Create range type " + name(c.type().schema(), c.type().name()),
                    name(c.type().schema(), c.type().name()));
        } else if (change instanceof DropRange c) {
            e.add("DROP TYPE " + qualified(c.type().schema(), c.type().name()),
                    "Drop range type " + name(c.type().schema(), c.type().name()), name(c.type().schema(), c.type().name()));
        } else if (change instanceof CreateSequence c) {
            e.add("CREATE SEQUENCE " + qualified(c.sequence().schema(), c.sequence().name())
                            + sequenceOptions(c.sequence().options(), true),
                    "Create sequence " + name(c.sequence().schema(), c.sequence().name()), name(c.sequence().schema(), c.sequence().name()));
        } else if (change instanceof DropSequence c) {
            e.add("DROP SEQUENCE " + (c.ownedByDropped() ? "IF EXISTS " : "")
                            + qualified(c.sequence().schema(), c.sequence().name()),
                    "Drop sequence " + name(c.sequence().schema(), c.sequence().name())
                            + (c.ownedByDropped() ? " (if its owning column did not take it along)" : ""),
                    name(c.sequence().schema(), c.sequence().name()));
        } else if (change instanceof AlterSequence c) {
            e.add("ALTER SEQUENCE " + qualified(c.to().schema(), c.to().name()) + alterSequence(c.from().options(), c.to().options()),
                    "Change options of sequence " + name(c.to().schema(), c.to().name()), name(c.to().schema(), c.to().name()));
        } else if (change instanceof SetSequenceOwnedBy c) {
            e.add("ALTER SEQUENCE " + qualified(c.sequence().schema(), c.sequence().name()) + " OWNED BY "
                            + (c.ownedBy() == null ? "NONE" : ownedBy(c.ownedBy(), c.sequence().schema())),
                    (c.ownedBy() == null ? "Detach sequence " + name(c.sequence().schema(), c.sequence().name()) + " from its column"
                            : "Attach sequence " + name(c.sequence().schema(), c.sequence().name()) + " to column " + c.ownedBy()),
                    name(c.sequence().schema(), c.sequence().name()));
        } else if (change instanceof RenameSequence c) {
            e.add("ALTER SEQUENCE " + qualified(c.from().schema(), c.from().name()) + " RENAME TO " + quoteIfNeeded(c.to()),
                    "Rename sequence " + name(c.from().schema(), c.from().name()) + " to " + c.to(), name(c.from().schema(), c.from().name()));
        } else if (change instanceof CreateTable c) {
            createTable(c, e);
        } else if (change instanceof DropTable c) {
            e.add("DROP TABLE " + tbl(c.table()), "Drop table " + c.table().qualifiedName(),
                    c.table().qualifiedName(), Risk.DATA_LOSS);
        } else if (change instanceof RenameTable c) {
            e.add("ALTER TABLE " + qualified(c.schema(), c.from()) + " RENAME TO " + quoteIfNeeded(c.to()),
                    "Rename table " + name(c.schema(), c.from()) + " to " + c.to(), name(c.schema(), c.from()));
        } else if (change instanceof AttachPartition c) {
            e.add("ALTER TABLE " + qualifiedRef(c.partition().partitionOf(), c.partition().schema())
                            + " ATTACH PARTITION " + tbl(c.partition()) + " " + c.partition().partitionBound(),
                    "Attach partition " + c.partition().qualifiedName() + " to " + c.partition().partitionOf(),
                    c.partition().qualifiedName(), Risk.TABLE_SCAN);
        } else if (change instanceof DetachPartition c) {
            e.add("ALTER TABLE " + qualifiedRef(c.partition().partitionOf(), c.partition().schema())
                            + " DETACH PARTITION " + tbl(c.partition()),
                    "Detach partition " + c.partition().qualifiedName() + " from " + c.partition().partitionOf(),
                    c.partition().qualifiedName());
        } else if (change instanceof SetRowSecurity c) {
            e.add("ALTER TABLE " + tbl(c.table()) + (c.enable() ? " ENABLE" : " DISABLE") + " ROW LEVEL SECURITY",
                    (c.enable() ? "Enable" : "Disable") + " row level security on " + c.table().qualifiedName(), c.table().qualifiedName());
        } else if (change instanceof SetForceRowSecurity c) {
            e.add("ALTER TABLE " + tbl(c.table()) + (c.force() ? " FORCE" : " NO FORCE") + " ROW LEVEL SECURITY",
                    (c.force() ? "Force" : "Stop forcing") + " row level security on " + c.table().qualifiedName(), c.table().qualifiedName());
        } else if (change instanceof SetLogged c) {
            e.add("ALTER TABLE " + tbl(c.table()) + (c.unlogged() ? " SET UNLOGGED" : " SET LOGGED"),
                    "Make table " + c.table().qualifiedName() + (c.unlogged() ? " unlogged" : " logged"), c.table().qualifiedName(),
                    Risk.TABLE_REWRITE, Risk.ACCESS_EXCLUSIVE_LOCK);
        } else if (change instanceof AddColumn c) {
            addColumn(c.table(), c.column(), e);
        } else if (change instanceof DropColumn c) {
            e.add("ALTER TABLE " + tbl(c.table()) + " DROP COLUMN " + quoteIfNeeded(c.column().name()),
                    "Drop column " + c.table().qualifiedName() + "." + c.column().name(), c.table().qualifiedName() + "." + c.column().name(),
                    c.column().generatedExpr() == null ? new Risk[] {Risk.DATA_LOSS} : new Risk[0]);
        } else if (change instanceof RenameColumn c) {
            e.add("ALTER TABLE " + tbl(c.table()) + " RENAME COLUMN " + quoteIfNeeded(c.from()) + " TO " + quoteIfNeeded(c.to()),
                    "Rename column " + c.table().qualifiedName() + "." + c.from() + " to " + c.to(), c.table().qualifiedName() + "." + c.from());
        } else if (change instanceof AlterColumnType c) {
            alterColumnType(c, e);
        } else if (change instanceof SetColumnDefault c) {
            e.add("ALTER TABLE " + tbl(c.table()) + " ALTER COLUMN " + quoteIfNeeded(c.column().name())
                            + (c.defaultExpr() == null ? " DROP DEFAULT" : " SET DEFAULT " + c.defaultExpr()),
                    (c.defaultExpr() == null ? "Drop default of " : "Set default of ") + c.table().qualifiedName() + "." + c.column().name(),
                    c.table().qualifiedName() + "." + c.column().name());
        } else if (change instanceof SetColumnNotNull c) {
                if (c.notNull()) {
                    e.add("ALTER TABLE " + tbl(c.table()) + " ALTER COLUMN " + quoteIfNeeded(c.column().name()) + " SET NOT NULL",
                            "Make " + c.table().qualifiedName() + "." + c.column().name() + " NOT NULL",
                            c.table().qualifiedName() + "." + c.column().name(), Risk.TABLE_SCAN, Risk.ACCESS_EXCLUSIVE_LOCK);
                } else {
                    e.add("ALTER TABLE " + tbl(c.table()) + " ALTER COLUMN " + quoteIfNeeded(c.column().name()) + " DROP NOT NULL",
                            "Allow NULL in " + c.table().qualifiedName() + "." + c.column().name(),
                            c.table().qualifiedName() + "." + c.column().name());
                }
        } else if (change instanceof DropColumnExpression c) {
            e.add("ALTER TABLE " + tbl(c.table()) + " ALTER COLUMN " + quoteIfNeeded(c.column().name()) + " DROP EXPRESSION",
                    "Make generated column " + c.table().qualifiedName() + "." + c.column().name() + " a plain column",
                    c.table().qualifiedName() + "." + c.column().name());
        } else if (change instanceof AddIdentity c) {
            e.add("ALTER TABLE " + tbl(c.table()) + " ALTER COLUMN " + quoteIfNeeded(c.column().name()) + " ADD "
                            + identity(c.column()),
                    "Make " + c.table().qualifiedName() + "." + c.column().name() + " an identity column",
                    c.table().qualifiedName() + "." + c.column().name());
        } else if (change instanceof DropIdentity c) {
            e.add("ALTER TABLE " + tbl(c.table()) + " ALTER COLUMN " + quoteIfNeeded(c.column().name()) + " DROP IDENTITY",
                    "Stop " + c.table().qualifiedName() + "." + c.column().name() + " being an identity column",
                    c.table().qualifiedName() + "." + c.column().name());
        } else if (change instanceof AlterIdentity c) {
            e.add("ALTER TABLE " + tbl(c.table()) + " ALTER COLUMN " + quoteIfNeeded(c.to().name()) + alterIdentity(c.from(), c.to()),
                    "Change identity of " + c.table().qualifiedName() + "." + c.to().name(), c.table().qualifiedName() + "." + c.to().name());
        } else if (change instanceof AddConstraint c) {
            addConstraint(c.table(), c.constraint(), e);
        } else if (change instanceof DropConstraint c) {
            e.add("ALTER TABLE " + tbl(c.table()) + " DROP CONSTRAINT " + quoteIfNeeded(c.constraint().name()),
                    "Drop " + kind(c.constraint()) + " " + c.constraint().name() + " on " + c.table().qualifiedName(),
                    c.table().qualifiedName() + "." + c.constraint().name());
        } else if (change instanceof RenameConstraint c) {
            e.add("ALTER TABLE " + tbl(c.table()) + " RENAME CONSTRAINT " + quoteIfNeeded(c.from()) + " TO " + quoteIfNeeded(c.to()),
                    "Rename constraint " + c.from() + " on " + c.table().qualifiedName() + " to " + c.to(), c.table().qualifiedName() + "." + c.from());
        } else if (change instanceof ValidateConstraint c) {
            e.add("ALTER TABLE " + tbl(c.table()) + " VALIDATE CONSTRAINT " + quoteIfNeeded(c.constraint().name()),
                    "Validate " + kind(c.constraint()) + " " + c.constraint().name() + " on " + c.table().qualifiedName()
                            + " (existing rows are checked; writes go on)",
                    c.table().qualifiedName() + "." + c.constraint().name(), Risk.TABLE_SCAN);
        } else if (change instanceof CreateIndex c) {
            e.add(c.index().definition().replaceFirst(" ON ONLY ", " ON "), "Create " + (c.index().unique() ? "unique " : "") + "index "
                            + name(c.schema(), c.index().name()) + " on " + name(c.schema(), c.relation()),
                    name(c.schema(), c.index().name()), Risk.BLOCKS_WRITES);
        } else if (change instanceof DropIndex c) {
            e.add("DROP INDEX " + qualified(c.schema(), c.index().name()),
                    "Drop index " + name(c.schema(), c.index().name()), name(c.schema(), c.index().name()));
        } else if (change instanceof RenameIndex c) {
            e.add("ALTER INDEX " + qualified(c.schema(), c.from()) + " RENAME TO " + quoteIfNeeded(c.to()),
                    "Rename index " + name(c.schema(), c.from()) + " to " + c.to(), name(c.schema(), c.from()));
        } else if (change instanceof CreateTrigger c) {
            e.add(c.trigger().definition(), "Create trigger " + c.trigger().name() + " on " + c.table().qualifiedName(),
                    c.table().qualifiedName() + "." + c.trigger().name());
        } else if (change instanceof DropTrigger c) {
            e.add("DROP TRIGGER " + quoteIfNeeded(c.trigger().name()) + " ON " + tbl(c.table()),
                    "Drop trigger " + c.trigger().name() + " on " + c.table().qualifiedName(), c.table().qualifiedName() + "." + c.trigger().name());
        } else if (change instanceof SetTriggerEnabled c) {
            e.add("ALTER TABLE " + tbl(c.table()) + " " + triggerState(c.trigger().enabled()) + " TRIGGER " + quoteIfNeeded(c.trigger().name()),
                    triggerState(c.trigger().enabled()).charAt(0) + triggerState(c.trigger().enabled()).substring(1).toLowerCase()
                            + " trigger " + c.trigger().name() + " on " + c.table().qualifiedName(),
                    c.table().qualifiedName() + "." + c.trigger().name());
        } else if (change instanceof CreatePolicy c) {
            e.add(createPolicy(c.table(), c.policy()), "Create policy " + c.policy().name() + " on " + c.table().qualifiedName(),
                    c.table().qualifiedName() + "." + c.policy().name());
        } else if (change instanceof DropPolicy c) {
            e.add("DROP POLICY " + quoteIfNeeded(c.policy().name()) + " ON " + tbl(c.table()),
                    "Drop policy " + c.policy().name() + " on " + c.table().qualifiedName(), c.table().qualifiedName() + "." + c.policy().name());
        } else if (change instanceof AlterPolicy c) {
            alterPolicy(c, e);
        } else if (change instanceof CreateView c) {
            e.add(createView(c.view(), false), "Create " + viewKind(c.view()) + " " + c.view().qualifiedName(),
                    c.view().qualifiedName());
        } else if (change instanceof ReplaceView c) {
            e.add(createView(c.to(), true), "Replace view " + c.to().qualifiedName(), c.to().qualifiedName());
        } else if (change instanceof DropView c) {
            e.add("DROP " + (c.view().materialized() ? "MATERIALIZED VIEW " : "VIEW ") + qualified(c.view().schema(), c.view().name()),
                    "Drop " + viewKind(c.view()) + " " + c.view().qualifiedName(), c.view().qualifiedName());
        } else if (change instanceof CreateViewTrigger c) {
            e.add(c.trigger().definition(), "Create trigger " + c.trigger().name() + " on view " + c.view().qualifiedName(),
                    c.view().qualifiedName() + "." + c.trigger().name());
        } else if (change instanceof DropViewTrigger c) {
            e.add("DROP TRIGGER " + quoteIfNeeded(c.trigger().name()) + " ON " + qualified(c.view().schema(), c.view().name()),
                    "Drop trigger " + c.trigger().name() + " on view " + c.view().qualifiedName(),
                    c.view().qualifiedName() + "." + c.trigger().name());
        } else if (change instanceof CreateRoutine c && c.routine().definition() != null) {
            e.add(c.routine().definition(), "Create " + routineKind(c.routine()) + " " + routineName(c.routine()),
                    routineName(c.routine()));
        } else if (change instanceof ReplaceRoutine c && c.to().definition() != null) {
            e.add(c.to().definition(), "Replace " + routineKind(c.to()) + " " + routineName(c.to()), routineName(c.to()));
        } else if (change instanceof DropRoutine c) {
            e.add("DROP " + routineKind(c.routine()).toUpperCase() + " " + qualified(c.routine().schema(), c.routine().name())
                            + "(" + c.routine().identityArguments() + ")",
                    "Drop " + routineKind(c.routine()) + " " + routineName(c.routine()), routineName(c.routine()));
        } else if (change instanceof SetComment c) {
            e.add("COMMENT ON " + c.target().kind().sql + " " + target(c.target()) + " IS "
                            + (c.comment() == null ? "NULL" : literal(c.comment())),
                    (c.comment() == null ? "Remove comment on " : "Comment on ") + c.target().kind().sql.toLowerCase() + " " + c.target().displayName(),
                    c.target().displayName());
        } else if (change instanceof SetOwner c) {
            e.add("ALTER " + c.target().kind().sql + " " + target(c.target()) + " OWNER TO " + role(c.owner()),
                    "Make " + c.owner() + " owner of " + c.target().kind().sql.toLowerCase() + " " + c.target().displayName(),
                    c.target().displayName());
        } else if (change instanceof Grant c) {
            e.add(grant(c.privilege(), true), "Grant " + c.privilege().privilege() + " on " + c.privilege().object() + " to " + c.privilege().grantee(),
                    c.privilege().object().toString());
        } else if (change instanceof Revoke c) {
            e.add(grant(c.privilege(), false), "Revoke " + c.privilege().privilege() + " on " + c.privilege().object() + " from " + c.privilege().grantee(),
                    c.privilege().object().toString());
        }
    }

    // ---------------------------------------------------------------- types

    private static void rebuildEnum(RebuildEnum c, Emitter e) {
        String schema = c.to().schema();
        String nm = c.to().name();
        String oldName = (nm.length() > 55 ? nm.substring(0, 55) : nm) + "__old";
        String type = qualified(schema, nm);
        String obj = name(schema, nm);
        e.add("ALTER TYPE " + type + " RENAME TO " + quoteIfNeeded(oldName),
                "Rebuild enum " + obj + " (values removed or reordered): move the old type aside", obj);
        e.add("CREATE TYPE " + type + " AS ENUM ("
                        + c.to().labels().stream().map(dev.cairn.migrate.Identifiers::literal).collect(Collectors.joining(", ")) + ")",
                "Rebuild enum " + obj + ": create it with the new values", obj);
        for (ColumnUse u : c.columns()) {
            String t = qualified(u.schema(), u.table());
            String col = quoteIfNeeded(u.column().name());
            String colName = name(u.schema(), u.table()) + "." + u.column().name();
            if (u.column().defaultExpr() != null) {
                e.add("ALTER TABLE " + t + " ALTER COLUMN " + col + " DROP DEFAULT", "Drop default of " + colName + " while its type is rebuilt", colName);
            }
            Set<Risk> risks = EnumSet.of(Risk.TABLE_REWRITE, Risk.ACCESS_EXCLUSIVE_LOCK);
            if (!c.removedValues().isEmpty()) {
                risks.add(Risk.DATA_LOSS);
            }
            String arr = u.array() ? "[]" : "";
            e.out.add(new PlannedStatement("ALTER TABLE " + t + " ALTER COLUMN " + col + " TYPE " + type + arr + " USING " + col + "::text" + arr + "::" + type + arr,
                    "Convert " + colName + " to the rebuilt enum " + obj + (c.removedValues().isEmpty() ? "" : " (fails on rows holding " + c.removedValues() + ")"),
                    risks, colName));
            if (u.column().defaultExpr() != null) {
                e.add("ALTER TABLE " + t + " ALTER COLUMN " + col + " SET DEFAULT " + u.column().defaultExpr(), "Set default of " + colName, colName);
            }
        }
        e.add("DROP TYPE " + qualified(schema, oldName), "Rebuild enum " + obj + ": drop the old type", obj,
                c.removedValues().isEmpty() || !c.columns().isEmpty() ? new Risk[0] : new Risk[] {Risk.DATA_LOSS});
    }

    private static void rebuildDomain(RebuildDomain c, Emitter e) {
        DomainType d = c.to();
        String nm = d.name();
        String oldName = (nm.length() > 55 ? nm.substring(0, 55) : nm) + "__old";
        String type = qualified(d.schema(), nm);
        String obj = name(d.schema(), nm);
        e.add("ALTER DOMAIN " + type + " RENAME TO " + quoteIfNeeded(oldName),
                "Rebuild domain " + obj + " (base type or collation changes): move the old domain aside", obj);
        e.add(createDomain(d), "Rebuild domain " + obj + ": create it on " + d.baseType(), obj);
        for (ColumnUse u : c.columns()) {
            String t = qualified(u.schema(), u.table());
            String col = quoteIfNeeded(u.column().name());
            String colName = name(u.schema(), u.table()) + "." + u.column().name();
            if (u.column().defaultExpr() != null) {
                e.add("ALTER TABLE " + t + " ALTER COLUMN " + col + " DROP DEFAULT", "Drop default of " + colName + " while its domain is rebuilt", colName);
            }
            String arr = u.array() ? "[]" : "";
            e.add("ALTER TABLE " + t + " ALTER COLUMN " + col + " TYPE " + type + arr + " USING " + col + "::" + d.baseType() + arr + "::" + type + arr,
                    "Convert " + colName + " to the rebuilt domain " + obj, colName, Risk.TABLE_REWRITE, Risk.ACCESS_EXCLUSIVE_LOCK);
            if (u.column().defaultExpr() != null) {
                e.add("ALTER TABLE " + t + " ALTER COLUMN " + col + " SET DEFAULT " + u.column().defaultExpr(), "Set default of " + colName, colName);
            }
        }
        e.add("DROP DOMAIN " + qualified(d.schema(), oldName), "Rebuild domain " + obj + ": drop the old domain", obj);
    }

    private static String createDomain(DomainType d) {
        StringBuilder b = new StringBuilder("CREATE DOMAIN ").append(qualified(d.schema(), d.name())).append(" AS ").append(d.baseType());
        if (d.collation() != null) {
            b.append(" COLLATE ").append(collation(d.collation()));
        }
        if (d.defaultExpr() != null) {
            b.append(" DEFAULT ").append(d.defaultExpr());
        }
        if (d.notNull()) {
            b.append(" NOT NULL");
        }
        for (DomainType.Check c : d.checks()) {
            b.append(" CONSTRAINT ").append(quoteIfNeeded(c.name())).append(' ').append(c.definition());
        }
        return b.toString();
    }

    private static void alterDomain(DomainType f, DomainType t, Emitter e) {
        String d = "ALTER DOMAIN " + qualified(t.schema(), t.name());
        String obj = name(t.schema(), t.name());
        Map<String, DomainType.Check> fc = f.checks().stream().collect(Collectors.toMap(DomainType.Check::name, x -> x));
        Map<String, DomainType.Check> tc = t.checks().stream().collect(Collectors.toMap(DomainType.Check::name, x -> x));
        for (DomainType.Check c : f.checks()) {
            if (!c.equals(tc.get(c.name()))) {
                e.add(d + " DROP CONSTRAINT " + quoteIfNeeded(c.name()), "Drop check " + c.name() + " of domain " + obj, obj);
            }
        }
        if (!Objects.equals(f.defaultExpr(), t.defaultExpr())) {
            e.add(d + (t.defaultExpr() == null ? " DROP DEFAULT" : " SET DEFAULT " + t.defaultExpr()),
                    (t.defaultExpr() == null ? "Drop" : "Set") + " default of domain " + obj, obj);
        }
        if (f.notNull() != t.notNull()) {
            e.add(d + (t.notNull() ? " SET NOT NULL" : " DROP NOT NULL"), (t.notNull() ? "Make" : "Stop making") + " domain " + obj + " NOT NULL",
                    obj, t.notNull() ? new Risk[] {Risk.TABLE_SCAN} : new Risk[0]);
        }
        for (DomainType.Check c : t.checks()) {
            if (!c.equals(fc.get(c.name()))) {
                e.add(d + " ADD CONSTRAINT " + quoteIfNeeded(c.name()) + " " + c.definition(), "Add check " + c.name() + " to domain " + obj, obj,
                        c.definition().endsWith("NOT VALID") ? new Risk[0] : new Risk[] {Risk.TABLE_SCAN});
            }
        }
    }

    private static String attribute(CompositeType.Attribute a) {
        return quoteIfNeeded(a.name()) + " " + a.type() + (a.collation() == null ? "" : " COLLATE " + collation(a.collation()));
    }

    private static String createComposite(CompositeType t) {
        return "CREATE TYPE " + qualified(t.schema(), t.name()) + " AS ("
                + t.attributes().stream().map(PostgresRenderer::attribute).collect(Collectors.joining(", ")) + ")";
    }

    private static void alterComposite(CompositeType f, CompositeType t, Emitter e) {
        List<String> actions = new ArrayList<>();
        Map<String, CompositeType.Attribute> fa = f.attributes().stream().collect(Collectors.toMap(CompositeType.Attribute::name, x -> x));
        Map<String, CompositeType.Attribute> ta = t.attributes().stream().collect(Collectors.toMap(CompositeType.Attribute::name, x -> x));
        for (CompositeType.Attribute a : f.attributes()) {
            if (!ta.containsKey(a.name())) {
                actions.add("DROP ATTRIBUTE " + quoteIfNeeded(a.name()));
            }
        }
        for (CompositeType.Attribute a : t.attributes()) {
            CompositeType.Attribute o = fa.get(a.name());
            if (o == null) {
                actions.add("ADD ATTRIBUTE " + attribute(a));
            } else if (!o.equals(a)) {
                actions.add("ALTER ATTRIBUTE " + quoteIfNeeded(a.name()) + " TYPE " + a.type()
                        + (a.collation() == null ? "" : " COLLATE " + collation(a.collation())));
            }
        }
        e.add("ALTER TYPE " + qualified(t.schema(), t.name()) + " " + String.join(", ", actions),
                "Change attributes of type " + name(t.schema(), t.name()), name(t.schema(), t.name()));
    }

    private static String createRange(RangeType r) {
        List<String> parts = new ArrayList<>();
        parts.add("SUBTYPE = " + r.subtype());
        if (r.subtypeOpClass() != null) parts.add("SUBTYPE_OPCLASS = " + r.subtypeOpClass());
        if (r.collation() != null) parts.add("COLLATION = " + collation(r.collation()));
        if (r.canonical() != null) parts.add("CANONICAL = " + r.canonical());
        if (r.subtypeDiff() != null) parts.add("SUBTYPE_DIFF = " + r.subtypeDiff());
        if (r.multirangeTypeName() != null) parts.add("MULTIRANGE_TYPE_NAME = " + qualifiedRef(r.multirangeTypeName(), r.schema()));
        return "CREATE TYPE " + qualified(r.schema(), r.name()) + " AS RANGE (" + String.join(", ", parts) + ")";
    }

    // ---------------------------------------------------------------- sequences and identity

    static long typeMax(String type) {
        return switch (type == null ? "bigint" : type) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }

    static long typeMin(String type) {
        return switch (type == null ? "bigint" : type) {
            case "smallint" -> Short.MIN_VALUE;
            case "integer" -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
    }

    /** Only the options that differ from PostgreSQL's defaults for the data type. */
    static String sequenceOptions(SequenceOptions o, boolean withType) {
        StringBuilder b = new StringBuilder();
        String type = o.dataType() == null ? "bigint" : o.dataType();
        if (withType && !type.equals("bigint")) {
            b.append(" AS ").append(type);
        }
        boolean up = o.increment() > 0;
        long defMin = up ? 1 : typeMin(type);
        long defMax = up ? typeMax(type) : -1;
        if (o.increment() != 1) b.append(" INCREMENT BY ").append(o.increment());
        if (o.minValue() != defMin) b.append(" MINVALUE ").append(o.minValue());
        if (o.maxValue() != defMax) b.append(" MAXVALUE ").append(o.maxValue());
        if (o.start() != (up ? o.minValue() : o.maxValue())) b.append(" START WITH ").append(o.start());
        if (o.cache() != 1) b.append(" CACHE ").append(o.cache());
        if (o.cycle()) b.append(" CYCLE");
        return b.toString();
    }

    static String alterSequence(SequenceOptions f, SequenceOptions t) {
        StringBuilder b = new StringBuilder();
        if (!Objects.equals(f.dataType(), t.dataType())) b.append(" AS ").append(t.dataType() == null ? "bigint" : t.dataType());
        if (f.increment() != t.increment()) b.append(" INCREMENT BY ").append(t.increment());
        if (f.minValue() != t.minValue() || !Objects.equals(f.dataType(), t.dataType())) b.append(" MINVALUE ").append(t.minValue());
        if (f.maxValue() != t.maxValue() || !Objects.equals(f.dataType(), t.dataType())) b.append(" MAXVALUE ").append(t.maxValue());
        if (f.start() != t.start()) b.append(" START WITH ").append(t.start());
        if (f.cache() != t.cache()) b.append(" CACHE ").append(t.cache());
        if (f.cycle() != t.cycle()) b.append(t.cycle() ? " CYCLE" : " NO CYCLE");
        if (f.start() < t.minValue() || f.start() > t.maxValue()) {
            b.append(" RESTART"); // the old range's values do not fit the new one
        }
        return b.toString();
    }

    static String identity(Column c) {
        String opts = sequenceOptions(withType(c.identity().options(), c.type()), false).trim();
        return "GENERATED " + (c.identity().always() ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY" + (opts.isEmpty() ? "" : " (" + opts + ")");
    }

    private static SequenceOptions withType(SequenceOptions o, String columnType) {
        return o.dataType() != null ? o : new SequenceOptions(columnType, o.start(), o.increment(), o.minValue(), o.maxValue(), o.cache(), o.cycle());
    }

    static String alterIdentity(Column f, Column t) {
        StringBuilder b = new StringBuilder();
        if (f.identity().always() != t.identity().always()) {
            b.append(" SET GENERATED ").append(t.identity().always() ? "ALWAYS" : "BY DEFAULT");
        }
        SequenceOptions a = f.identity().options();
        SequenceOptions o = t.identity().options();
        if (a.increment() != o.increment()) b.append(" SET INCREMENT BY ").append(o.increment());
        if (a.minValue() != o.minValue()) b.append(" SET MINVALUE ").append(o.minValue());
        if (a.maxValue() != o.maxValue()) b.append(" SET MAXVALUE ").append(o.maxValue());
        if (a.start() != o.start()) b.append(" SET START WITH ").append(o.start());
        if (a.cache() != o.cache()) b.append(" SET CACHE ").append(o.cache());
        if (a.cycle() != o.cycle()) b.append(o.cycle() ? " SET CYCLE" : " SET NO CYCLE");
        if (a.start() < o.minValue() || a.start() > o.maxValue()) {
            b.append(" RESTART"); // the old range's values do not fit the new one
        }
        return b.toString();
    }

    static String ownedBy(String ownedBy, String schema) {
        List<String> p = PostgresTypes.parts(ownedBy);
        if (p.size() == 3) {
            return qualified(p.get(0), p.get(1)) + "." + quoteIfNeeded(p.get(2));
        }
        return qualified(schema, p.get(0)) + "." + quoteIfNeeded(p.get(1));
    }

    // ---------------------------------------------------------------- tables and columns

    static String columnDefinition(Table table, Column c) {
        StringBuilder b = new StringBuilder(quoteIfNeeded(c.name())).append(' ').append(c.type());
        if (c.collation() != null) {
            b.append(" COLLATE ").append(collation(c.collation()));
        }
        if (c.generatedExpr() != null) {
            b.append(" GENERATED ALWAYS AS (").append(c.generatedExpr()).append(c.generatedVirtual() ? ") VIRTUAL" : ") STORED");
        }
        if (c.identity() != null) {
            b.append(' ').append(identity(c));
        }
        if (c.defaultExpr() != null) {
            b.append(" DEFAULT ").append(c.defaultExpr());
        }
        boolean notValid = table.constraints().stream()
                .anyMatch(k -> k.type() == Constraint.Type.NOT_NULL && k.columns().equals(List.of(c.name())) && !k.validated());
        if (c.notNull() && !notValid) { // a NOT VALID one is added after the table (ADD CONSTRAINT … NOT VALID)
            String named = table.constraints().stream()
                    .filter(k -> k.type() == Constraint.Type.NOT_NULL && k.columns().equals(List.of(c.name())))
                    .map(Constraint::name).findFirst().orElse(null);
            if (named != null && !named.equals(defaultNotNullName(table.name(), c.name()))) {
                b.append(" CONSTRAINT ").append(quoteIfNeeded(named));
            }
            b.append(" NOT NULL");
        }
        return b.toString();
    }

    static String defaultNotNullName(String table, String column) {
        String n = table + "_" + column + "_not_null";
        return n.length() > 63 ? null : n;
    }

    private static void createTable(CreateTable c, Emitter e) {
        Table t = c.table();
        StringBuilder b = new StringBuilder("CREATE ");
        if (t.unlogged()) {
            b.append("UNLOGGED ");
        }
        b.append("TABLE ").append(tbl(t));
        List<String> items = new ArrayList<>();
        if (t.partitionOf() == null) {
            t.columns().forEach(col -> items.add(columnDefinition(t, col)));
        }
        List<Constraint> later = new ArrayList<>();
        for (Constraint k : c.inlineConstraints()) {
            if (t.partitionOf() == null) {
                items.add("CONSTRAINT " + quoteIfNeeded(k.name()) + " " + k.definition());
            } else {
                later.add(k);
            }
        }
        if (t.partitionOf() != null) {
            b.append(" PARTITION OF ").append(qualifiedRef(t.partitionOf(), t.schema()));
            b.append(' ').append(t.partitionBound());
        } else {
            b.append(" (\n    ").append(String.join(",\n    ", items)).append("\n)");
        }
        if (t.partitionKey() != null) {
            b.append(" PARTITION BY ").append(t.partitionKey());
        }
        e.add(b.toString(), "Create table " + t.qualifiedName() + (t.partitionOf() != null ? " as a partition of " + t.partitionOf() : ""),
                t.qualifiedName());
        later.forEach(k -> addConstraint(t, k, e));
    }

    private static void addColumn(Table t, Column c, Emitter e) {
        Set<Risk> risks = EnumSet.noneOf(Risk.class);
        String why = "";
        if (c.generatedExpr() != null && !c.generatedVirtual() || c.identity() != null) {
            risks.add(Risk.TABLE_REWRITE);
            why = c.identity() != null ? " (identity: every row gets a value)" : " (stored generated column)";
        } else if (c.defaultExpr() != null && VOLATILE.matcher(c.defaultExpr()).find()) {
            risks.add(Risk.TABLE_REWRITE);
            why = " (volatile default: every row gets its own value)";
        } else if (c.notNull() && c.defaultExpr() == null) {
            why = " (NOT NULL without default: fails unless the table is empty)";
        }
        if (risks.contains(Risk.TABLE_REWRITE)) {
            risks.add(Risk.ACCESS_EXCLUSIVE_LOCK);
        }
        e.out.add(new PlannedStatement("ALTER TABLE " + tbl(t) + " ADD COLUMN " + columnDefinition(t, c),
                "Add column " + t.qualifiedName() + "." + c.name() + why, risks, t.qualifiedName() + "." + c.name()));
    }

    private static void alterColumnType(AlterColumnType c, Emitter e) {
        Column f = c.from();
        Column t = c.to();
        String sql = "ALTER TABLE " + tbl(c.table()) + " ALTER COLUMN " + quoteIfNeeded(t.name()) + " TYPE " + t.type()
                + (t.collation() == null ? "" : " COLLATE " + collation(t.collation()))
                + (c.using() == null ? "" : " USING " + c.using());
        boolean rewrite = c.using() != null || !PostgresTypes.binaryCoercible(f.type(), t.type());
        Set<Risk> risks = EnumSet.of(Risk.ACCESS_EXCLUSIVE_LOCK);
        if (rewrite) {
            risks.add(Risk.TABLE_REWRITE);
        }
        String what = f.type().equals(t.type()) ? "Change collation of " + c.table().qualifiedName() + "." + t.name() + " to " + t.collation()
                : "Change type of " + c.table().qualifiedName() + "." + t.name() + " to " + t.type();
        if (!rewrite) {
            what += " (binary coercible: no rewrite)";
        }
        e.out.add(new PlannedStatement(sql, what, risks, c.table().qualifiedName() + "." + t.name()));
    }

    static String kind(Constraint c) {
        return switch (c.type()) {
            case PRIMARY_KEY -> "primary key";
            case UNIQUE -> "unique constraint";
            case FOREIGN_KEY -> "foreign key";
            case CHECK -> "check constraint";
            case EXCLUSION -> "exclusion constraint";
            case NOT_NULL -> "not-null constraint";
        };
    }

    private static void addConstraint(Table t, Constraint c, Emitter e) {
        boolean notValid = c.definition().endsWith("NOT VALID");
        List<Risk> risks = new ArrayList<>();
        switch (c.type()) {
            case FOREIGN_KEY -> {
                if (!notValid) {
                    risks.add(Risk.TABLE_SCAN);
                }
                risks.add(Risk.BLOCKS_WRITES);
            }
            case CHECK, NOT_NULL -> {
                if (!notValid) {
                    risks.add(Risk.TABLE_SCAN);
                    risks.add(Risk.ACCESS_EXCLUSIVE_LOCK);
                }
            }
            default -> {
                risks.add(Risk.TABLE_SCAN);
                risks.add(Risk.ACCESS_EXCLUSIVE_LOCK);
            }
        }
        e.add("ALTER TABLE " + tbl(t) + " ADD CONSTRAINT " + quoteIfNeeded(c.name()) + " " + c.definition(),
                "Add " + kind(c) + " " + c.name() + " on " + t.qualifiedName() + (notValid ? " (not validated: existing rows are not checked)" : ""),
                t.qualifiedName() + "." + c.name(), risks.toArray(new Risk[0]));
    }

    static String triggerState(String enabled) {
        return switch (enabled == null ? "O" : enabled.toUpperCase()) {
            case "D", "DISABLED" -> "DISABLE";
            case "R", "REPLICA" -> "ENABLE REPLICA";
            case "A", "ALWAYS" -> "ENABLE ALWAYS";
            default -> "ENABLE";
        };
    }

    static String role(String r) {
        return r.equalsIgnoreCase("public") ? "PUBLIC" : r.equals("CURRENT_USER") || r.equals("SESSION_USER") ? r : quoteIfNeeded(r);
    }

    private static String createPolicy(Table t, Policy p) {
        StringBuilder b = new StringBuilder("CREATE POLICY ").append(quoteIfNeeded(p.name())).append(" ON ").append(tbl(t));
        if (!p.permissive()) {
            b.append(" AS RESTRICTIVE");
        }
        if (p.command() != null && !p.command().equalsIgnoreCase("ALL")) {
            b.append(" FOR ").append(p.command().toUpperCase());
        }
        if (!p.roles().isEmpty()) {
            b.append(" TO ").append(p.roles().stream().map(PostgresRenderer::role).collect(Collectors.joining(", ")));
        }
        if (p.using() != null) {
            b.append(" USING (").append(p.using()).append(')');
        }
        if (p.withCheck() != null) {
            b.append(" WITH CHECK (").append(p.withCheck()).append(')');
        }
        return b.toString();
    }

    private static void alterPolicy(AlterPolicy c, Emitter e) {
        Policy f = c.from();
        Policy p = c.to();
        String obj = c.table().qualifiedName() + "." + p.name();
        if (f.using() != null && p.using() == null || f.withCheck() != null && p.withCheck() == null) {
            // ALTER POLICY cannot remove an expression
            e.add("DROP POLICY " + quoteIfNeeded(p.name()) + " ON " + tbl(c.table()), "Drop policy " + p.name() + " on "
                    + c.table().qualifiedName() + " (to recreate it without an expression)", obj);
            e.add(createPolicy(c.table(), p), "Create policy " + p.name() + " on " + c.table().qualifiedName(), obj);
            return;
        }
        StringBuilder b = new StringBuilder("ALTER POLICY ").append(quoteIfNeeded(p.name())).append(" ON ").append(tbl(c.table()));
        if (!f.roles().equals(p.roles())) {
            b.append(" TO ").append(p.roles().isEmpty() ? "PUBLIC" : p.roles().stream().map(PostgresRenderer::role).collect(Collectors.joining(", ")));
        }
        if (!Objects.equals(f.using(), p.using())) {
            b.append(" USING (").append(p.using()).append(')');
        }
        if (!Objects.equals(f.withCheck(), p.withCheck())) {
            b.append(" WITH CHECK (").append(p.withCheck()).append(')');
        }
        e.add(b.toString(), "Change policy " + p.name() + " on " + c.table().qualifiedName(), obj);
    }

    // ---------------------------------------------------------------- views, routines

    static String viewKind(View v) {
        return v.materialized() ? "materialized view" : "view";
    }

    static String viewQuery(View v) {
        String q = v.definition().strip();
        while (q.endsWith(";")) {
            q = q.substring(0, q.length() - 1).strip();
        }
        return q;
    }

    private static String createView(View v, boolean replace) {
        String checkOption = null;
        List<String> opts = new ArrayList<>();
        for (String o : v.options()) {
            if (o.startsWith("check_option=") && !v.materialized()) {
                checkOption = o.substring("check_option=".length());
            } else {
                opts.add(o);
            }
        }
        return (replace ? "CREATE OR REPLACE " : "CREATE ") + (v.materialized() ? "MATERIALIZED VIEW " : "VIEW ")
                + qualified(v.schema(), v.name())
                + (opts.isEmpty() ? "" : " WITH (" + String.join(", ", opts) + ")")
                + " AS\n" + viewQuery(v)
                + (checkOption == null ? "" : "\n  WITH " + checkOption.toUpperCase() + " CHECK OPTION");
    }

    static String routineKind(Routine r) {
        return switch (r.kind()) {
            case PROCEDURE -> "procedure";
            case AGGREGATE -> "aggregate";
            default -> "function";
        };
    }

    static String routineName(Routine r) {
        return r.schema() + "." + r.signature();
    }

    static String target(Target t) {
        return switch (t.kind()) {
            case SCHEMA, EXTENSION -> quoteIfNeeded(t.name());
            case COLUMN -> qualified(t.schema(), t.table()) + "." + quoteIfNeeded(t.name());
            case CONSTRAINT, TRIGGER, POLICY -> quoteIfNeeded(t.name()) + " ON " + qualified(t.schema(), t.table());
            case FUNCTION, PROCEDURE, AGGREGATE -> qualified(t.schema(), t.name()) + "(" + t.args() + ")";
            default -> qualified(t.schema(), t.name());
        };
    }

    private static String grant(Privilege p, boolean grant) {
        ObjectRef o = p.object();
        String on;
        String cols = "";
        switch (o.kind()) {
            case ObjectRef.KIND_SCHEMA -> on = "SCHEMA " + quoteIfNeeded(o.name());
            case ObjectRef.KIND_SEQUENCE -> on = "SEQUENCE " + qualified(o.schema(), o.name());
            case ObjectRef.KIND_TYPE -> on = "TYPE " + qualified(o.schema(), o.name());
            case ObjectRef.KIND_ROUTINE -> {
                int paren = o.name().indexOf('(');
                on = "ROUTINE " + qualified(o.schema(), paren < 0 ? o.name() : o.name().substring(0, paren))
                        + (paren < 0 ? "()" : o.name().substring(paren));
            }
            case ObjectRef.KIND_COLUMN -> {
                int dot = o.name().lastIndexOf('.');
                on = "TABLE " + qualified(o.schema(), o.name().substring(0, dot));
                cols = " (" + quoteIfNeeded(o.name().substring(dot + 1)) + ")";
            }
            default -> on = "TABLE " + qualified(o.schema(), o.name());
        }
        return grant ? "GRANT " + p.privilege() + cols + " ON " + on + " TO " + role(p.grantee()) + (p.grantable() ? " WITH GRANT OPTION" : "")
                : "REVOKE " + p.privilege() + cols + " ON " + on + " FROM " + role(p.grantee());
    }

    // ---------------------------------------------------------------- summary

    private static String[] summaryKey(Change c) {
        if (c instanceof CreateView x) return new String[] {viewKind(x.view()), "create"};
        if (c instanceof DropView x) return new String[] {viewKind(x.view()), "drop"};
        if (c instanceof CreateRoutine x) return new String[] {routineKind(x.routine()), "create"};
        if (c instanceof DropRoutine x) return new String[] {routineKind(x.routine()), "drop"};
        if (c instanceof ReplaceRoutine x) return new String[] {routineKind(x.to()), "alter"};
        if (c instanceof SetComment x) return new String[] {"comment", x.comment() == null ? "drop" : "alter"};
        String n = c.getClass().getSimpleName();
        String verb = n.startsWith("Create") || n.startsWith("Add") && !n.equals("AddEnumValue") && !n.equals("AddIdentity") || n.equals("Grant")
                ? "create" : n.startsWith("Drop") && !n.equals("DropIdentity") && !n.equals("DropColumnExpression") || n.equals("Revoke") ? "drop" : "alter";
        String kind = switch (n) {
            case "CreateEnum", "DropEnum", "AddEnumValue", "RebuildEnum", "CreateComposite", "DropComposite", "AlterComposite",
                    "CreateRange", "DropRange" -> "type";
            case "CreateDomain", "DropDomain", "AlterDomain", "RebuildDomain", "ColumnsThroughText" -> "domain";
            case "CreateSchema", "DropSchema" -> "schema";
            case "CreateExtension", "DropExtension", "UpdateExtension" -> "extension";
            case "CreateSequence", "DropSequence", "AlterSequence", "SetSequenceOwnedBy", "RenameSequence" -> "sequence";
            case "CreateTable", "DropTable", "RenameTable", "AttachPartition", "DetachPartition", "SetRowSecurity",
                    "SetForceRowSecurity", "SetLogged" -> "table";
            case "AddConstraint", "DropConstraint", "RenameConstraint", "ValidateConstraint" -> "constraint";
            case "CreateIndex", "DropIndex", "RenameIndex" -> "index";
            case "CreateTrigger", "DropTrigger", "SetTriggerEnabled", "CreateViewTrigger", "DropViewTrigger" -> "trigger";
            case "CreatePolicy", "DropPolicy", "AlterPolicy" -> "policy";
            case "ReplaceView" -> "view";
            case "SetOwner" -> "owner";
            case "Grant", "Revoke" -> "privilege";
            default -> "column";
        };
        return new String[] {kind, verb};
    }
}
