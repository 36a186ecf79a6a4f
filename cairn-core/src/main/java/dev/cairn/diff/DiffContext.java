package dev.cairn.diff;

import dev.cairn.catalog.Catalog;
import dev.cairn.diff.DiffRules;
import dev.cairn.diff.order.ChangeOrder;
import dev.cairn.diff.order.Rank;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What one comparison of two catalogs shares between the object kinds: the catalogs, options and dialect rules,
 * the dependency maps, what kinds found out about each other's objects (changed, rebuilt, recreated), the
 * changes found so far and the warnings.
 *
 * <p>Kinds run in the order {@link Differ} registers them; a kind reads only what kinds before it recorded.
 */
public final class DiffContext {
    private final Catalog to;
    private final DiffOptions options;
    private final DiffRules rules;
    private final TypeKeys typeKeys;
    private Catalog from; // after explicit renames
    private Map<String, Set<String>> fromDeps;
    private Map<String, Set<String>> fromDependents;
    private Map<String, Set<String>> toDeps;

    private final ChangeOrder<Change> order = new ChangeOrder<>();
    private final List<Warning> warnings = new ArrayList<>();
    private final List<RenameCandidate> candidates = new ArrayList<>();

    /** Keys of objects that change in a way their dependents must be rebuilt around. */
    private final Set<String> changed = new HashSet<>();
    /** Views and routines that depend on something changed and are dropped and created again. */
    private final Set<String> dependentRebuilds = new HashSet<>();
    /** Views and routines dropped and created again (comments, owners and grants to restore). */
    private final Set<String> recreated = new HashSet<>();
    /** Column keys whose default is already set by a type rebuild. */
    private final Set<String> defaultHandled = new HashSet<>();
    /** Renamed sequences as they appear in defaults: {@code 'public.old_seq'} to {@code 'public.new_seq'}. */
    private final Map<String, String> sequenceRenames = new HashMap<>();
    /** Triggers ({@code table.trigger}) dropped and created again. */
    private final Set<String> recreatedTriggers = new HashSet<>();
    /** Constraints and indexes ({@code table.name}, {@code schema.index}) dropped and created again around a column change. */
    private final Set<String> recreatedAround = new HashSet<>();
    /**
     * Columns converted by a type rebuild (enum, domain), by qualified table name: PostgreSQL re-reads the
     * checks and index expressions on them with the old type's constants, so those are dropped and created again.
     */
    private final Map<String, Set<String>> rebuiltColumns = new HashMap<>();
    /** Keys of the types being rebuilt. */
    private final Set<String> rebuiltTypes = new HashSet<>();
    /** Policies ({@code table.policy}) dropped and created again around a column change. */
    private final Set<String> recreatedPolicies = new HashSet<>();
    /** Columns dropped and added again, by qualified table name. */
    private final Map<String, Set<String>> recreatedColumns = new HashMap<>();
    /** Columns whose type changes, by qualified table name. */
    private final Map<String, List<String>> retypedColumns = new HashMap<>();

    DiffContext(Catalog from, Catalog to, DiffOptions options, DiffRules rules) {
        this.from = from;
        this.to = to;
        this.options = options;
        this.rules = rules;
        this.typeKeys = new TypeKeys(rules, from, to);
    }

    /** Starts comparing {@code renamedFrom} (the source catalog with the explicit renames applied) to the target. */
    void compareFrom(Catalog renamedFrom) {
        from = renamedFrom;
        fromDeps = Dependencies.of(from, typeKeys, rules);
        toDeps = Dependencies.of(to, typeKeys, rules);
        fromDependents = Dependencies.dependents(fromDeps);
    }

    ChangeSet result() {
        return new ChangeSet(order.ordered(), warnings, candidates);
    }

    // ---------------------------------------------------------------- inputs

    /** The source catalog (after explicit renames, once they are applied). */
    public Catalog from() {
        return from;
    }

    public Catalog to() {
        return to;
    }

    public DiffOptions options() {
        return options;
    }

    public DiffRules rules() {
        return rules;
    }

    /** The key of the user type a type name refers to (arrays included), or null. */
    public String typeKeyOf(String type) {
        return typeKeys.of(type);
    }

    /** What the object {@code key} needs in the target catalog. */
    public Set<String> requirementsOf(String key) {
        return toDeps.getOrDefault(key, Set.of());
    }

    /**
     * The rank to drop the object {@code key} of the source catalog in when it uses a relation's row type (or
     * reads a relation), else {@code otherwise}: its drop must run before the relation's, in the same phase so
     * the dependency orders them: {@link Rank#DROP_VIEW_ROW_TYPE_USE} for views and materialized views (dropped
     * in {@link dev.cairn.diff.order.Phase#PRE_DROP}), {@code tableRank} for tables.
     */
    public Rank dropRankByRowTypes(String key, Rank tableRank, Rank otherwise) {
        Set<String> deps = fromDeps.getOrDefault(key, Set.of());
        if (from.views().stream().anyMatch(v -> deps.contains(Keys.relation(v.schema(), v.name())))) {
            return Rank.DROP_VIEW_ROW_TYPE_USE;
        }
        return deps.stream().anyMatch(d -> d.startsWith(Keys.RELATION)) ? tableRank : otherwise;
    }

    /** The key of the relation of the source catalog whose row type the type name is, or null. */
    public String rowTypeRelationOf(String type) {
        String key = typeKeys.ofOrRowType(type);
        return key != null && key.startsWith(Keys.RELATION) && fromDeps.containsKey(key) ? key : null;
    }

    /**
     * The rank to drop type {@code key} of the source catalog in: {@link Rank#DROP_TABLE_ROW_TYPE_USE} (the drop phase,
     * where the dependency orders it after the tables and columns using it and before the table or view whose row type
     * it uses) when it uses a relation's row type, directly or through other types (a domain over a composite over a
     * view's row type, a range over a table's row type); else {@link Rank#DROP_TYPE}, with the types, last.
     */
    public Rank dropRankOfType(String key) {
        Set<String> seen = new HashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(fromDeps.getOrDefault(key, Set.of()));
        while (!todo.isEmpty()) {
            String d = todo.pop();
            if (d.startsWith(Keys.RELATION)) {
                return Rank.DROP_TABLE_ROW_TYPE_USE;
            }
            if (d.startsWith(Keys.TYPE) && seen.add(d)) {
                todo.addAll(fromDeps.getOrDefault(d, Set.of()));
            }
        }
        return Rank.DROP_TYPE;
    }

    /**
     * Whether view {@code key} of the source catalog is to be dropped in the drop phase rather than before it: a type
     * uses its row type (dropped in the drop phase, see {@link #dropRankOfType}, after the tables using it), or a view
     * that is so reads it.
     */
    public boolean viewDroppedLate(String key) {
        Set<String> seen = new HashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(key));
        while (!todo.isEmpty()) {
            String k = todo.pop();
            for (String d : fromDependents.getOrDefault(k, Set.of())) {
                if (d.startsWith(Keys.TYPE)) {
                    return true;
                }
                if (d.startsWith(Keys.RELATION) && seen.add(d) && from.views().stream()
                        .anyMatch(v -> d.equals(Keys.relation(v.schema(), v.name())))) {
                    todo.add(d);
                }
            }
        }
        return false;
    }

    /** Whether the object {@code key} exists in both catalogs. */
    public boolean existsOnBothSides(String key) {
        return fromDeps.containsKey(key) && toDeps.containsKey(key);
    }

    /** What depends on the object {@code key} in the source catalog. */
    public Set<String> dependentsOf(String key) {
        return fromDependents.getOrDefault(key, Set.of());
    }

    /** Whether the object {@code key} exists in the source catalog only (the plan drops it). */
    public boolean goesAway(String key) {
        return fromDeps.containsKey(key) && !toDeps.containsKey(key);
    }

    // ---------------------------------------------------------------- changes and warnings

    public void emit(Rank rank, String name, Change change, Set<String> provides, Set<String> requires) {
        order.add(rank, name, change, provides, requires);
    }

    /** A creation or alteration: needs what the object needs in the target catalog. */
    public void create(Rank rank, String key, String name, Change change) {
        emit(rank, name, change, Set.of(key), requirementsOf(key));
    }

    /** A drop: after whatever depends on the object in the source catalog is dropped. */
    public void drop(Rank rank, String key, String name, Change change) {
        emit(rank, name, change, Set.of(key), fromDependents.getOrDefault(key, Set.of()));
    }

    /** A change ordered only by its rank and name. */
    public void plain(Rank rank, String name, Change change) {
        emit(rank, name, change, Set.of(), Set.of());
    }

    public void dataLoss(String object, String message) {
        warn(new Warning(Warning.Kind.DATA_LOSS, object, message));
    }

    public void unsupported(String object, String message) {
        warn(new Warning(Warning.Kind.UNSUPPORTED, object, message));
    }

    public void warn(Warning warning) {
        warnings.add(warning);
    }

    public void renameCandidate(RenameCandidate candidate) {
        candidates.add(candidate);
    }

    // ---------------------------------------------------------------- what kinds learn about objects

    /** The object changes in a way its dependents must be rebuilt around. */
    public void markChanged(String key) {
        changed.add(key);
    }

    public boolean isChanged(String key) {
        return changed.contains(key);
    }

    /** Whether any column of the table (prefix {@code col:schema.table.}) changed. */
    public boolean anyColumnChanged(String columnKeyPrefix) {
        return changed.stream().anyMatch(c -> c.startsWith(columnKeyPrefix));
    }

    /** A view or routine depends on something changed: it is dropped and created again. */
    public void markDependentRebuild(String key) {
        dependentRebuilds.add(key);
    }

    public boolean isDependentRebuild(String key) {
        return dependentRebuilds.contains(key);
    }

    /** The view or routine is dropped and created again. */
    public void markRecreated(String key) {
        recreated.add(key);
    }

    public boolean isRecreated(String key) {
        return recreated.contains(key);
    }

    public boolean anyRecreated(Predicate<String> key) {
        return recreated.stream().anyMatch(key);
    }

    /** A type rebuild sets the column's default. */
    public void markDefaultHandled(String columnKey) {
        defaultHandled.add(columnKey);
    }

    public boolean isDefaultHandled(String columnKey) {
        return defaultHandled.contains(columnKey);
    }

    /** A sequence is renamed: defaults naming it ({@code 'public.old_seq'}) now name {@code 'public.new_seq'}. */
    public void markSequenceRenamed(String quotedOld, String quotedNew) {
        sequenceRenames.put(quotedOld, quotedNew);
    }

    public boolean anySequenceRenamed() {
        return !sequenceRenames.isEmpty();
    }

    /** A default expression with the renamed sequences' new names. */
    public String withRenamedSequences(String defaultExpr) {
        String d = defaultExpr;
        for (Map.Entry<String, String> r : sequenceRenames.entrySet()) {
            d = d.replace(r.getKey(), r.getValue());
        }
        return d;
    }

    public void markTriggerRecreated(String id) {
        recreatedTriggers.add(id);
    }

    public boolean isTriggerRecreated(String id) {
        return recreatedTriggers.contains(id);
    }

    /** A constraint ({@code table.name}) or index ({@code schema.index}) is dropped and created again around a change. */
    public void markRecreatedAround(String id) {
        recreatedAround.add(id);
    }

    public boolean isRecreatedAround(String id) {
        return recreatedAround.contains(id);
    }

    public void markPolicyRecreated(String id) {
        recreatedPolicies.add(id);
    }

    public boolean isPolicyRecreated(String id) {
        return recreatedPolicies.contains(id);
    }

    /** A column is converted by a type rebuild (enum, domain). */
    public void markColumnRebuilt(String qualifiedTable, String column) {
        rebuiltColumns.computeIfAbsent(qualifiedTable, x -> new HashSet<>()).add(column);
    }

    public Set<String> rebuiltColumns(String qualifiedTable) {
        return rebuiltColumns.getOrDefault(qualifiedTable, Set.of());
    }

    /** A column's type changes (ALTER COLUMN … TYPE). */
    public void markColumnRetyped(String qualifiedTable, String column) {
        retypedColumns.computeIfAbsent(qualifiedTable, x -> new ArrayList<>()).add(column);
    }

    public List<String> retypedColumns(String qualifiedTable) {
        return retypedColumns.getOrDefault(qualifiedTable, List.of());
    }

    /**
     * A column is dropped and added again (a generated column whose expression or kind changes, a plain column made
     * generated): what hangs on it (indexes, constraints, foreign keys to it, triggers, policies, comment, grants) is
     * dropped before and created again after.
     */
    public void markColumnRecreated(String qualifiedTable, String column) {
        recreatedColumns.computeIfAbsent(qualifiedTable, x -> new HashSet<>()).add(column);
    }

    public Set<String> recreatedColumns(String qualifiedTable) {
        return recreatedColumns.getOrDefault(qualifiedTable, Set.of());
    }

    /** The type is rebuilt (created anew and its columns converted). */
    public void markTypeRebuilt(String key) {
        rebuiltTypes.add(key);
    }

    /** Whether an expression casts a constant to a type being rebuilt (enum, domain): {@code 'x'::status}. */
    public boolean castsToRebuiltType(String expr) {
        if (expr == null) {
            return false;
        }
        for (String key : rebuiltTypes) {
            List<String> p = rules.parts(key.substring(Keys.TYPE.length()));
            String n = Pattern.quote(dev.cairn.sql.Identifiers.quoteIfNeeded(p.get(p.size() - 1)));
            if (Pattern.compile("::(?:[\\w\"]+\\.)?" + n + "(?![\\w\"])").matcher(expr).find()) {
                return true;
            }
        }
        return false;
    }
}
