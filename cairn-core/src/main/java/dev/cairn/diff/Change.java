package dev.cairn.diff;

import dev.cairn.catalog.Column;
import dev.cairn.catalog.CompositeType;
import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.DefinedObject;
import dev.cairn.catalog.DomainType;
import dev.cairn.catalog.EnumType;
import dev.cairn.catalog.Extension;
import dev.cairn.catalog.Index;
import dev.cairn.catalog.Policy;
import dev.cairn.catalog.Privilege;
import dev.cairn.catalog.RangeType;
import dev.cairn.catalog.Routine;
import dev.cairn.catalog.Schema;
import dev.cairn.catalog.Sequence;
import dev.cairn.catalog.Table;
import dev.cairn.catalog.Trigger;
import dev.cairn.catalog.View;
import java.util.List;

/**
 * One schema change, dialect-neutral in shape; the dialect's {@link dev.cairn.dialect.Renderer} turns each into
 * SQL. Changes that concern a table carry the table as it is at that point of the change set (the
 * target catalog's table for changes after a rename).
 */
public sealed interface Change {

    /** Calls the visitor's method for this change's record (the visitor must handle every record). */
    <R> R accept(ChangeVisitor<R> visitor);

    // schemas and extensions
    record CreateSchema(Schema schema) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record DropSchema(Schema schema) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record CreateExtension(Extension extension) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record DropExtension(Extension extension) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /** {@code ALTER EXTENSION … UPDATE TO} the target version. */
    record UpdateExtension(Extension from, Extension to) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }

    // types
    record CreateEnum(EnumType type) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record DropEnum(EnumType type) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /** {@code ALTER TYPE … ADD VALUE 'value' BEFORE 'before' | AFTER 'after'} (both null: at the end). */
    record AddEnumValue(EnumType type, String value, String before, String after) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /**
     * Values removed or reordered: rename the old type away, create the new one, convert every column
     * that uses it through text, drop the old type. {@code removedValues} are the values whose rows
     * would fail the conversion.
     */
    record RebuildEnum(EnumType from, EnumType to, List<ColumnUse> columns, List<String> removedValues) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /** A table column of a type being rebuilt; {@code array} when the column is an array of it. */
    record ColumnUse(String schema, String table, Column column, boolean array) {}
    record CreateDomain(DomainType domain) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record DropDomain(DomainType domain) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /** Default, NOT NULL and check changes of a domain whose base type stays. */
    record AlterDomain(DomainType from, DomainType to) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /**
     * Base type or collation changes: rename the old domain away, create the new one, convert the
     * columns that use it through the new base type, drop the old domain.
     */
    record RebuildDomain(DomainType from, DomainType to, List<ColumnUse> columns) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /**
     * Columns whose composite type (maybe as an array) contains a domain that gains a check or NOT NULL:
     * PostgreSQL refuses to alter the domain while a column stores it inside a composite, so the columns
     * are converted to text before ({@code back} false) and to their type again after ({@code back} true,
     * which checks the stored values against the new constraint); their defaults are dropped and restored.
     */
    record ColumnsThroughText(List<ColumnUse> columns, boolean back) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record CreateComposite(CompositeType type) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record DropComposite(CompositeType type) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /** ADD / DROP / ALTER ATTRIBUTE. */
    record AlterComposite(CompositeType from, CompositeType to) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record CreateRange(RangeType type) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record DropRange(RangeType type) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }

    // sequences
    /** Created without OWNED BY (the owning column may not exist yet); {@link SetSequenceOwnedBy} follows. */
    record CreateSequence(Sequence sequence) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /** {@code ownedByDropped}: its owning table or column is dropped in the same change set, which drops it too. */
    record DropSequence(Sequence sequence, boolean ownedByDropped) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record AlterSequence(Sequence from, Sequence to) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /** {@code ALTER SEQUENCE … OWNED BY table.column | NONE}. */
    record SetSequenceOwnedBy(Sequence sequence, String ownedBy) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record RenameSequence(Sequence from, String to) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }

    // tables
    /** With columns and the non-foreign-key constraints (foreign keys follow as {@link AddConstraint}). */
    record CreateTable(Table table, List<Constraint> inlineConstraints) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record DropTable(Table table) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record RenameTable(String schema, String from, String to) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record AttachPartition(Table partition) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record DetachPartition(Table partition) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record SetRowSecurity(Table table, boolean enable) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record SetForceRowSecurity(Table table, boolean force) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record SetLogged(Table table, boolean unlogged) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }

    // columns
    record AddColumn(Table table, Column column) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /**
     * {@code only}: {@code ALTER TABLE ONLY}, for a table other tables inherit the column from: they keep it as their
     * own (and drop it themselves when they lose it too), rather than losing it with the parent.
     */
    record DropColumn(Table table, Column column, boolean only) implements Change {
        public DropColumn(Table table, Column column) {
            this(table, column, false);
        }
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record RenameColumn(Table table, String from, String to) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /** {@code using} is the conversion expression, or null when PostgreSQL converts by assignment cast. */
    record AlterColumnType(Table table, Column from, Column to, String using) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /** {@code defaultExpr} null drops the default. */
    record SetColumnDefault(Table table, Column column, String defaultExpr) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record SetColumnNotNull(Table table, Column column, boolean notNull) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /** {@code ALTER COLUMN … DROP EXPRESSION}: a generated column becomes a plain one, keeping its values. */
    record DropColumnExpression(Table table, Column column) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record AddIdentity(Table table, Column column) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record DropIdentity(Table table, Column column) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record AlterIdentity(Table table, Column from, Column to) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }

    // constraints, indexes, triggers, policies
    record AddConstraint(Table table, Constraint constraint) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /** {@code only}: {@code ALTER TABLE ONLY}, as for {@link DropColumn}: inheriting tables keep their copy. */
    record DropConstraint(Table table, Constraint constraint, boolean only) implements Change {
        public DropConstraint(Table table, Constraint constraint) {
            this(table, constraint, false);
        }
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record RenameConstraint(Table table, String from, String to) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record ValidateConstraint(Table table, Constraint constraint) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /** {@code schema}/{@code relation}: the table or materialized view the index is on. */
    record CreateIndex(String schema, String relation, Index index) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record DropIndex(String schema, String relation, Index index) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record RenameIndex(String schema, String from, String to) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record CreateTrigger(Table table, Trigger trigger) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record DropTrigger(Table table, Trigger trigger) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /** ENABLE / DISABLE / ENABLE REPLICA / ENABLE ALWAYS. */
    record SetTriggerEnabled(Table table, Trigger trigger) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record CreatePolicy(Table table, Policy policy) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record DropPolicy(Table table, Policy policy) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record AlterPolicy(Table table, Policy from, Policy to) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }

    // views and routines
    record CreateView(View view) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record DropView(View view) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /** {@code CREATE OR REPLACE VIEW}: same columns, maybe new ones appended. */
    record ReplaceView(View from, View to) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /** {@code ALTER VIEW … ALTER COLUMN … SET/DROP DEFAULT}: {@code from} the default it had (null when none or new). */
    record SetViewColumnDefault(View view, String column, String from, String to) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /** A trigger on a view ({@code INSTEAD OF …}): created with the view, dropped with it. */
    record CreateViewTrigger(View view, Trigger trigger) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record DropViewTrigger(View view, Trigger trigger) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record CreateRoutine(Routine routine) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record DropRoutine(Routine routine) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /** {@code CREATE OR REPLACE} with the target definition (same kind and return type). */
    record ReplaceRoutine(Routine from, Routine to) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }

    // comments, owners, privileges
    /** {@code comment} null removes it. */
    record SetComment(Target target, String comment) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record SetOwner(Target target, String owner) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record Grant(Privilege privilege) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record Revoke(Privilege privilege) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }

    // indexes of partitions attached to their parent's partitioned index
    /** {@code ALTER INDEX <index.attachedTo> ATTACH PARTITION schema.<index.name>}: an existing index of the partition. */
    record AttachIndex(String schema, String relation, Index index) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /**
     * The index PostgreSQL created on a new partition {@code schema.relation} for the partitioned index
     * {@code index.attachedTo} (under a name it chose) is renamed to {@code index.name}.
     */
    record NameAttachedIndex(String schema, String relation, Index index) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /** {@code ALTER COLUMN … SET EXPRESSION AS (…)} (PostgreSQL 17+): a generated column computed anew, kept in place. */
    record SetColumnExpression(Table table, Column from, Column to) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    // table inheritance and storage
    /** {@code ALTER TABLE … INHERIT parent} ({@code inherit}) or {@code NO INHERIT parent}; {@code parent} is {@code schema.table}. */
    record SetInheritance(Table table, String parent, boolean inherit) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /** A table's storage parameters ({@code name=value}, {@code toast.name=value}) go from {@code from} to {@code to}. */
    record AlterStorageParameters(Table table, List<String> from, List<String> to) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /** A materialized view's storage parameters go from {@code from} to {@code to} (it is not recreated). */
    record AlterMaterializedViewStorage(View view, List<String> from, List<String> to) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    // defined objects (collations, casts, rules, statistics, event triggers, text search objects...)
    /** Runs the object's {@code create} statements, then the settings {@code create} does not imply. */
    record CreateDefined(DefinedObject object) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record DropDefined(DefinedObject object) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /** Runs {@code set}'s statements and {@code unset}'s removals (settings of the source the target lacks). */
    record SetDefinedSettings(DefinedObject object, List<DefinedObject.Setting> set, List<DefinedObject.Setting> unset)
            implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    /** {@code comment} null removes it. */
    record SetDefinedComment(DefinedObject object, String comment) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
    record SetDefinedOwner(DefinedObject object, String owner) implements Change {
        @Override public <R> R accept(ChangeVisitor<R> v) { return v.visit(this); }
    }
}
