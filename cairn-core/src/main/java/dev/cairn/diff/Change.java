package dev.cairn.diff;

import dev.cairn.catalog.Column;
import dev.cairn.catalog.CompositeType;
import dev.cairn.catalog.Constraint;
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

    // schemas and extensions
    record CreateSchema(Schema schema) implements Change {}
    record DropSchema(Schema schema) implements Change {}
    record CreateExtension(Extension extension) implements Change {}
    record DropExtension(Extension extension) implements Change {}
    /** {@code ALTER EXTENSION … UPDATE TO} the target version. */
    record UpdateExtension(Extension from, Extension to) implements Change {}

    // types
    record CreateEnum(EnumType type) implements Change {}
    record DropEnum(EnumType type) implements Change {}
    /** {@code ALTER TYPE … ADD VALUE 'value' BEFORE 'before' | AFTER 'after'} (both null: at the end). */
    record AddEnumValue(EnumType type, String value, String before, String after) implements Change {}
    /**
     * Values removed or reordered: rename the old type away, create the new one, convert every column
     * that uses it through text, drop the old type. {@code removedValues} are the values whose rows
     * would fail the conversion.
     */
    record RebuildEnum(EnumType from, EnumType to, List<ColumnUse> columns, List<String> removedValues) implements Change {}
    /** A table column of a type being rebuilt; {@code array} when the column is an array of it. */
    record ColumnUse(String schema, String table, Column column, boolean array) {}
    record CreateDomain(DomainType domain) implements Change {}
    record DropDomain(DomainType domain) implements Change {}
    /** Default, NOT NULL and check changes of a domain whose base type stays. */
    record AlterDomain(DomainType from, DomainType to) implements Change {}
    /**
     * Base type or collation changes: rename the old domain away, create the new one, convert the
     * columns that use it through the new base type, drop the old domain.
     */
    record RebuildDomain(DomainType from, DomainType to, List<ColumnUse> columns) implements Change {}
    /**
     * Columns whose composite type (maybe as an array) contains a domain that gains a check or NOT NULL:
     * PostgreSQL refuses to alter the domain while a column stores it inside a composite, so the columns
     * are converted to text before ({@code back} false) and to their type again after ({@code back} true,
     * which checks the stored values against the new constraint); their defaults are dropped and restored.
     */
    record ColumnsThroughText(List<ColumnUse> columns, boolean back) implements Change {}
    record CreateComposite(CompositeType type) implements Change {}
    record DropComposite(CompositeType type) implements Change {}
    /** ADD / DROP / ALTER ATTRIBUTE. */
    record AlterComposite(CompositeType from, CompositeType to) implements Change {}
    record CreateRange(RangeType type) implements Change {}
    record DropRange(RangeType type) implements Change {}

    // sequences
    /** Created without OWNED BY (the owning column may not exist yet); {@link SetSequenceOwnedBy} follows. */
    record CreateSequence(Sequence sequence) implements Change {}
    /** {@code ownedByDropped}: its owning table or column is dropped in the same change set, which drops it too. */
    record DropSequence(Sequence sequence, boolean ownedByDropped) implements Change {}
    record AlterSequence(Sequence from, Sequence to) implements Change {}
    /** {@code ALTER SEQUENCE … OWNED BY table.column | NONE}. */
    record SetSequenceOwnedBy(Sequence sequence, String ownedBy) implements Change {}
    record RenameSequence(Sequence from, String to) implements Change {}

    // tables
    /** With columns and the non-foreign-key constraints (foreign keys follow as {@link AddConstraint}). */
    record CreateTable(Table table, List<Constraint> inlineConstraints) implements Change {}
    record DropTable(Table table) implements Change {}
    record RenameTable(String schema, String from, String to) implements Change {}
    record AttachPartition(Table partition) implements Change {}
    record DetachPartition(Table partition) implements Change {}
    record SetRowSecurity(Table table, boolean enable) implements Change {}
    record SetForceRowSecurity(Table table, boolean force) implements Change {}
    record SetLogged(Table table, boolean unlogged) implements Change {}

    // columns
    record AddColumn(Table table, Column column) implements Change {}
    record DropColumn(Table table, Column column) implements Change {}
    record RenameColumn(Table table, String from, String to) implements Change {}
    /** {@code using} is the conversion expression, or null when PostgreSQL converts by assignment cast. */
    record AlterColumnType(Table table, Column from, Column to, String using) implements Change {}
    /** {@code defaultExpr} null drops the default. */
    record SetColumnDefault(Table table, Column column, String defaultExpr) implements Change {}
    record SetColumnNotNull(Table table, Column column, boolean notNull) implements Change {}
    /** {@code ALTER COLUMN … DROP EXPRESSION}: a generated column becomes a plain one, keeping its values. */
    record DropColumnExpression(Table table, Column column) implements Change {}
    record AddIdentity(Table table, Column column) implements Change {}
    record DropIdentity(Table table, Column column) implements Change {}
    record AlterIdentity(Table table, Column from, Column to) implements Change {}

    // constraints, indexes, triggers, policies
    record AddConstraint(Table table, Constraint constraint) implements Change {}
    record DropConstraint(Table table, Constraint constraint) implements Change {}
    record RenameConstraint(Table table, String from, String to) implements Change {}
    record ValidateConstraint(Table table, Constraint constraint) implements Change {}
    /** {@code schema}/{@code relation}: the table or materialized view the index is on. */
    record CreateIndex(String schema, String relation, Index index) implements Change {}
    record DropIndex(String schema, String relation, Index index) implements Change {}
    record RenameIndex(String schema, String from, String to) implements Change {}
    record CreateTrigger(Table table, Trigger trigger) implements Change {}
    record DropTrigger(Table table, Trigger trigger) implements Change {}
    /** ENABLE / DISABLE / ENABLE REPLICA / ENABLE ALWAYS. */
    record SetTriggerEnabled(Table table, Trigger trigger) implements Change {}
    record CreatePolicy(Table table, Policy policy) implements Change {}
    record DropPolicy(Table table, Policy policy) implements Change {}
    record AlterPolicy(Table table, Policy from, Policy to) implements Change {}

    // views and routines
    record CreateView(View view) implements Change {}
    record DropView(View view) implements Change {}
    /** {@code CREATE OR REPLACE VIEW}: same columns, maybe new ones appended. */
    record ReplaceView(View from, View to) implements Change {}
    /** A trigger on a view ({@code INSTEAD OF …}): created with the view, dropped with it. */
    record CreateViewTrigger(View view, Trigger trigger) implements Change {}
    record DropViewTrigger(View view, Trigger trigger) implements Change {}
    record CreateRoutine(Routine routine) implements Change {}
    record DropRoutine(Routine routine) implements Change {}
    /** {@code CREATE OR REPLACE} with the target definition (same kind and return type). */
    record ReplaceRoutine(Routine from, Routine to) implements Change {}

    // comments, owners, privileges
    /** {@code comment} null removes it. */
    record SetComment(Target target, String comment) implements Change {}
    record SetOwner(Target target, String owner) implements Change {}
    record Grant(Privilege privilege) implements Change {}
    record Revoke(Privilege privilege) implements Change {}
}
