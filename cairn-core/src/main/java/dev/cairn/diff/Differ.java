package dev.cairn.diff;
import dev.cairn.dialect.DiffRules;
import dev.cairn.dialect.Dialects;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Column;
import dev.cairn.catalog.CompositeType;
import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.DomainType;
import dev.cairn.catalog.EnumType;
import dev.cairn.catalog.Extension;
import dev.cairn.catalog.Index;
import dev.cairn.catalog.ObjectRef;
import dev.cairn.catalog.Policy;
import dev.cairn.catalog.Privilege;
import dev.cairn.catalog.RangeType;
import dev.cairn.catalog.Routine;
import dev.cairn.catalog.Schema;
import dev.cairn.catalog.Sequence;
import dev.cairn.catalog.Table;
import dev.cairn.catalog.Trigger;
import dev.cairn.catalog.View;
import dev.cairn.diff.Change.*;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compares two catalogs and returns the ordered changes that turn {@code from} into {@code to}.
 *
 * <p>The order comes in phases, each ordered by a dependency graph built from the catalogs
 * ({@code dependsOn}, column types, partition parents), ties broken by kind then name:
 * <ol>
 * <li>drop what goes or must be rebuilt around a change: triggers, policies, views (dependents
 * first), routines being recreated, foreign keys, other constraints, indexes;</li>
 * <li>detach partitions, drop columns and tables (foreign keys between dropped tables go first);</li>
 * <li>explicit renames of tables and columns, renames of constraints and indexes;</li>
 * <li>create and alter schemas, extensions, types, sequences, routines, tables, columns, views, in
 * dependency order;</li>
 * <li>constraints (foreign keys after every table exists), indexes, triggers, policies, row security,
 * sequence ownership, comments, owners, grants;</li>
 * <li>drop routines, types, sequences, extensions and schemas that are gone (dependents first).</li>
 * </ol>
 * Views and routines that depend on a changed column, type, view or routine are dropped in phase 1
 * and recreated in phase 4, transitively. Around a column whose type is rebuilt (an enum losing or
 * reordering values, a domain changing base type, a domain gaining a constraint while the column holds it
 * inside a composite), the checks, partial and expression indexes, policies and trigger conditions that use
 * the column or cast to the type are dropped in phase 1 and recreated in phase 5 (PostgreSQL would re-read
 * them with the old type's constants, or refuses the change); a plain type change does so for policies and
 * trigger conditions, which PostgreSQL refuses to carry over.
 *
 * <p><b>Column order is not compared.</b> PostgreSQL appends new columns and cannot reorder existing ones;
 * like Atlas and migra, Cairn does not rebuild a table to reproduce a position. When the target's column
 * order differs from what the changes give because they append a column the target puts before an existing
 * one, the change set carries a {@link Warning.Kind#COLUMN_ORDER} warning naming both orders (once: an order
 * that already differed before the change is not warned about again).
 */
public final class Differ {
    private Differ() {}

    private static DiffRules rules() {
        return Dialects.current().diffRules();
    }

    public static ChangeSet diff(Catalog from, Catalog to) {
        return diff(from, to, DiffOptions.defaults());
    }

    public static ChangeSet diff(Catalog from, Catalog to, DiffOptions options) {
        return new Run(from, to, options).run();
    }

    // phases
    static final int PRE_DROP = 0;
    static final int DROP = 1;
    static final int RENAME = 2;
    static final int CREATE = 3;
    static final int POST = 4;
    static final int FINAL_DROP = 5;

    private record Node(Change change, int phase, int rank, String name, int seq, Set<String> provides,
            Set<String> requires) {}

    private static final class Run {
        final Catalog to;
        final DiffOptions options;
        Catalog from; // after explicit renames
        final List<Node> nodes = new ArrayList<>();
        final List<Warning> warnings = new ArrayList<>();
        final List<RenameCandidate> candidates = new ArrayList<>();
        /** Keys of objects that change in a way their dependents must be rebuilt around. */
        final Set<String> changed = new HashSet<>();
        /** Views and routines dropped and created again (comments, owners and grants to restore). */
        final Set<String> recreated = new HashSet<>();
        /** Column keys whose default is already set by a type rebuild. */
        final Set<String> defaultHandled = new HashSet<>();
        final Map<String, String> typeKeyByName = new HashMap<>();
        /** Renamed sequences as they appear in defaults: {@code 'public.old_seq'} to {@code 'public.new_seq'}. */
        final Map<String, String> sequenceRenames = new HashMap<>();
        Map<String, Set<String>> fromDeps;
        Map<String, Set<String>> fromDependents;
        Map<String, Set<String>> toDeps;
        int seq;

        Run(Catalog from, Catalog to, DiffOptions options) {
            this.from = from;
            this.to = to;
            this.options = options;
        }

        ChangeSet run() {
            indexTypes(from);
            indexTypes(to);
            applyRenames();
            fromDeps = dependencies(from);
            toDeps = dependencies(to);
            fromDependents = new HashMap<>();
            fromDeps.forEach((k, deps) -> deps.forEach(d -> fromDependents.computeIfAbsent(d, x -> new TreeSet<>()).add(k)));

            schemas();
            extensions();
            enums();
            domains();
            composites();
            ranges();
            sequences();
            tables();
            routinesAndViews();
            retrigger();
            if (options.privileges()) {
                privileges();
            }
            return new ChangeSet(order(), warnings, candidates);
        }

        // ---------------------------------------------------------------- keys and dependencies

        static String typeKey(String schema, String name) {
            return "type:" + schema + "." + name;
        }

        static String relKey(String schema, String name) {
            return "rel:" + schema + "." + name;
        }

        static String colKey(String schema, String table, String column) {
            return "col:" + schema + "." + table + "." + column;
        }

        static String routineKey(Routine r) {
            return "routine:" + r.schema() + "." + r.signature();
        }

        static String schemaKey(String schema) {
            return "schema:" + schema;
        }

        /** The ordering key of a dependency; columns count as their table. */
        static String refKey(ObjectRef r) {
            return switch (r.kind()) {
                case ObjectRef.KIND_SCHEMA -> schemaKey(r.name());
                case ObjectRef.KIND_EXTENSION -> "ext:" + r.name();
                case ObjectRef.KIND_TYPE -> typeKey(r.schema(), r.name());
                case ObjectRef.KIND_COLUMN -> relKey(r.schema(), tableOfColumnRef(r.name()));
                case ObjectRef.KIND_ROUTINE -> "routine:" + r.schema() + "." + r.name();
                default -> relKey(r.schema(), r.name());
            };
        }

        static String tableOfColumnRef(String name) {
            int dot = name.lastIndexOf('.');
            return dot < 0 ? name : name.substring(0, dot);
        }

        void indexTypes(Catalog c) {
            Map<String, Set<String>> byName = new HashMap<>();
            Function<String[], Void> put = sn -> {
                byName.computeIfAbsent(sn[1], k -> new TreeSet<>()).add(typeKey(sn[0], sn[1]));
                return null;
            };
            c.enums().forEach(t -> put.apply(new String[] {t.schema(), t.name()}));
            c.domains().forEach(t -> put.apply(new String[] {t.schema(), t.name()}));
            c.composites().forEach(t -> put.apply(new String[] {t.schema(), t.name()}));
            c.ranges().forEach(t -> put.apply(new String[] {t.schema(), t.name()}));
            byName.forEach((name, keys) -> {
                String key = keys.size() == 1 ? keys.iterator().next()
                        : keys.stream().filter(k -> k.equals(typeKey("public", name))).findFirst().orElse(null);
                if (key != null) {
                    typeKeyByName.putIfAbsent(name, key);
                }
            });
        }

        /** The key of the user type a {@code format_type} name refers to (arrays included), or null. */
        String typeKeyOf(String formatType) {
            if (formatType == null) {
                return null;
            }
            List<String> parts = rules().parts(rules().element(formatType));
            if (parts.size() == 2) {
                return typeKey(parts.get(0), parts.get(1));
            }
            return typeKeyByName.get(parts.get(0));
        }

        Map<String, Set<String>> dependencies(Catalog c) {
            Map<String, Set<String>> deps = new HashMap<>();
            for (EnumType t : c.enums()) {
                deps.computeIfAbsent(typeKey(t.schema(), t.name()), k -> new TreeSet<>()).add(schemaKey(t.schema()));
            }
            for (DomainType t : c.domains()) {
                Set<String> d = deps.computeIfAbsent(typeKey(t.schema(), t.name()), k -> new TreeSet<>());
                d.add(schemaKey(t.schema()));
                addIfNotNull(d, typeKeyOf(t.baseType()));
            }
            for (CompositeType t : c.composites()) {
                Set<String> d = deps.computeIfAbsent(typeKey(t.schema(), t.name()), k -> new TreeSet<>());
                d.add(schemaKey(t.schema()));
                t.attributes().forEach(a -> addIfNotNull(d, typeKeyOf(a.type())));
            }
            for (RangeType t : c.ranges()) {
                Set<String> d = deps.computeIfAbsent(typeKey(t.schema(), t.name()), k -> new TreeSet<>());
                d.add(schemaKey(t.schema()));
                addIfNotNull(d, typeKeyOf(t.subtype()));
            }
            for (Sequence s : c.sequences()) {
                deps.computeIfAbsent(relKey(s.schema(), s.name()), k -> new TreeSet<>()).add(schemaKey(s.schema()));
            }
            for (Table t : c.tables()) {
                deps.put(relKey(t.schema(), t.name()), tableDeps(t));
            }
            for (View v : c.views()) {
                Set<String> d = deps.computeIfAbsent(relKey(v.schema(), v.name()), k -> new TreeSet<>());
                d.add(schemaKey(v.schema()));
                v.dependsOn().forEach(r -> d.add(refKey(r)));
            }
            for (Routine r : c.routines()) {
                Set<String> d = deps.computeIfAbsent(routineKey(r), k -> new TreeSet<>());
                d.add(schemaKey(r.schema()));
                r.dependsOn().forEach(x -> d.add(refKey(x)));
            }
            deps.forEach((k, d) -> d.remove(k));
            return deps;
        }

        Set<String> tableDeps(Table t) {
            Set<String> d = new TreeSet<>();
            d.add(schemaKey(t.schema()));
            t.dependsOn().forEach(r -> d.add(refKey(r)));
            t.columns().forEach(col -> addIfNotNull(d, typeKeyOf(col.type())));
            if (t.partitionOf() != null) {
                List<String> p = rules().parts(t.partitionOf());
                d.add(p.size() == 2 ? relKey(p.get(0), p.get(1)) : relKey(t.schema(), p.get(0)));
            }
            d.remove(relKey(t.schema(), t.name()));
            return d;
        }

        static void addIfNotNull(Set<String> set, String v) {
            if (v != null) {
                set.add(v);
            }
        }

        // ---------------------------------------------------------------- emitting

        void emit(int phase, int rank, String name, Change change, Set<String> provides, Set<String> requires) {
            nodes.add(new Node(change, phase, rank, name, seq++, provides, requires));
        }

        /** A creation or alteration: needs what the object needs in the target catalog. */
        void create(int phase, int rank, String key, String name, Change change) {
            emit(phase, rank, name, change, Set.of(key), toDeps.getOrDefault(key, Set.of()));
        }

        /** A drop: after whatever depends on the object in the source catalog is dropped. */
        void drop(int phase, int rank, String key, String name, Change change) {
            emit(phase, rank, name, change, Set.of(key), fromDependents.getOrDefault(key, Set.of()));
        }

        void plain(int phase, int rank, String name, Change change) {
            emit(phase, rank, name, change, Set.of(), Set.of());
        }

        void dataLoss(String object, String message) {
            warnings.add(new Warning(Warning.Kind.DATA_LOSS, object, message));
        }

        void unsupported(String object, String message) {
            warnings.add(new Warning(Warning.Kind.UNSUPPORTED, object, message));
        }

        void comment(Target target, String fromComment, String toComment, boolean fresh) {
            String before = fresh ? null : fromComment;
            if (!Objects.equals(before, toComment)) {
                plain(POST, 8, target.displayName(), new SetComment(target, toComment));
            }
        }

        void owner(Target target, String fromOwner, String toOwner, boolean fresh) {
            if (options.ownership() && toOwner != null && (fresh || !toOwner.equals(fromOwner))) {
                plain(POST, 9, target.displayName(), new SetOwner(target, toOwner));
            }
        }

        static <T> Map<String, T> byKey(Collection<T> items, Function<T, String> key) {
            Map<String, T> map = new LinkedHashMap<>();
            items.forEach(i -> map.put(key.apply(i), i));
            return map;
        }

        // ---------------------------------------------------------------- renames

        void applyRenames() {
            List<Table> tables = new ArrayList<>(from.tables());
            List<Sequence> sequences = new ArrayList<>(from.sequences());
            List<View> views = new ArrayList<>(from.views());
            List<Routine> routines = new ArrayList<>(from.routines());
            for (DiffOptions.Rename r : options.renames()) {
                if (r.kind() != DiffOptions.Rename.Kind.TABLE) {
                    continue;
                }
                int i = indexOf(tables, r.schema(), r.table());
                if (i < 0) {
                    throw new IllegalArgumentException("rename " + r + ": there is no table " + r.schema() + "." + r.table() + " to rename");
                }
                if (to.table(r.schema(), r.to()).isEmpty()) {
                    throw new IllegalArgumentException("rename " + r + ": the desired schema has no table " + r.schema() + "." + r.to());
                }
                String oldQ = dev.cairn.migrate.Identifiers.qualified(r.schema(), r.table());
                String newQ = dev.cairn.migrate.Identifiers.qualified(r.schema(), r.to());
                Function<String, String> fix = text -> replaceQualified(text, oldQ, newQ);
                Table t = tables.get(i);
                tables.set(i, new Table(t.schema(), r.to(), t.unlogged(), t.columns(), t.constraints(),
                        t.indexes().stream().map(x -> new Index(x.name(), fix.apply(x.definition()), x.unique(), x.comment())).toList(),
                        t.triggers().stream().map(x -> new Trigger(x.name(), fix.apply(x.definition()), x.constraintTrigger(), x.enabled(), x.comment())).toList(),
                        t.policies(), t.rowSecurity(), t.forceRowSecurity(), t.partitionKey(), t.partitionOf(),
                        t.partitionBound(), t.comment(), t.owner(), t.dependsOn()));
                String oldRef = r.schema() + "." + r.table();
                String newRef = r.schema() + "." + r.to();
                for (int j = 0; j < tables.size(); j++) {
                    Table x = tables.get(j);
                    tables.set(j, withConstraints(x, x.constraints().stream().map(c -> oldRef.equals(c.referencedTable())
                            ? new Constraint(c.name(), c.type(), fix.apply(c.definition()), c.columns(), newRef, c.validated(), c.comment())
                            : c).toList(), renameRefs(x.dependsOn(), r.schema(), r.table(), r.to(), null, null),
                            oldRef.equals(x.partitionOf()) ? newRef : x.partitionOf()));
                }
                sequences.replaceAll(s -> s.ownedBy() != null && (s.ownedBy().startsWith(oldRef + ".") || s.ownedBy().startsWith(r.table() + "."))
                        ? new Sequence(s.schema(), s.name(), s.options(), s.ownedBy().startsWith(oldRef + ".") ? newRef + s.ownedBy().substring(oldRef.length()) : r.to() + s.ownedBy().substring(r.table().length()), s.comment(), s.owner())
                        : s);
                views.replaceAll(v -> new View(v.schema(), v.name(), v.materialized(), v.definition(), v.columns(), v.options(),
                        v.indexes(), v.comment(), v.owner(), renameRefs(v.dependsOn(), r.schema(), r.table(), r.to(), null, null),
                        v.triggers()));
                routines.replaceAll(x -> new Routine(x.schema(), x.name(), x.identityArguments(), x.kind(), x.language(), x.returnType(),
                        x.volatility(), x.securityDefiner(), x.definition(), x.comment(), x.owner(),
                        renameRefs(x.dependsOn(), r.schema(), r.table(), r.to(), null, null)));
                plain(RENAME, 0, r.schema() + "." + r.table(), new RenameTable(r.schema(), r.table(), r.to()));
            }
            for (DiffOptions.Rename r : options.renames()) {
                if (r.kind() != DiffOptions.Rename.Kind.COLUMN) {
                    continue;
                }
                String tableName = r.table();
                int i = indexOf(tables, r.schema(), tableName);
                if (i < 0) { // named by its old name
                    for (DiffOptions.Rename tr : options.renames()) {
                        if (tr.kind() == DiffOptions.Rename.Kind.TABLE && tr.schema().equals(r.schema()) && tr.table().equals(tableName)) {
                            tableName = tr.to();
                        }
                    }
                    i = indexOf(tables, r.schema(), tableName);
                }
                if (i < 0) {
                    throw new IllegalArgumentException("rename " + r + ": there is no table " + r.schema() + "." + r.table());
                }
                Table t = tables.get(i);
                if (t.columns().stream().noneMatch(c -> c.name().equals(r.column()))) {
                    throw new IllegalArgumentException("rename " + r + ": table " + t.qualifiedName() + " has no column " + r.column());
                }
                String tn = tableName;
                if (to.table(r.schema(), tn).map(x -> x.columns().stream().noneMatch(c -> c.name().equals(r.to()))).orElse(true)) {
                    throw new IllegalArgumentException("rename " + r + ": the desired table " + r.schema() + "." + tn + " has no column " + r.to());
                }
                Function<String, String> fix = text -> replaceIdent(text, r.column(), r.to());
                tables.set(i, new Table(t.schema(), t.name(), t.unlogged(),
                        t.columns().stream().map(c -> c.name().equals(r.column()) ? new Column(r.to(), c.type(), c.collation(), c.notNull(), c.defaultExpr(), c.identity(), c.generatedExpr(), c.comment(), c.generatedVirtual()) : c).toList(),
                        t.constraints().stream().map(c -> new Constraint(c.name(), c.type(), fixOwnColumns(c.definition(), fix), c.columns().stream().map(n -> n.equals(r.column()) ? r.to() : n).toList(), c.referencedTable(), c.validated(), c.comment())).toList(),
                        t.indexes().stream().map(x -> new Index(x.name(), fixIndexColumns(x.definition(), fix), x.unique(), x.comment())).toList(),
                        t.triggers(), t.policies().stream().map(p -> new Policy(p.name(), p.command(), p.permissive(), p.roles(), p.using() == null ? null : fix.apply(p.using()), p.withCheck() == null ? null : fix.apply(p.withCheck()), p.comment())).toList(),
                        t.rowSecurity(), t.forceRowSecurity(), t.partitionKey(), t.partitionOf(), t.partitionBound(), t.comment(), t.owner(), t.dependsOn()));
                String ref = r.schema() + "." + tn;
                for (int j = 0; j < tables.size(); j++) {
                    Table x = tables.get(j);
                    tables.set(j, withConstraints(x, x.constraints().stream().map(c -> ref.equals(c.referencedTable())
                            ? new Constraint(c.name(), c.type(), fixReferencedColumns(c.definition(), fix), c.columns(), c.referencedTable(), c.validated(), c.comment())
                            : c).toList(), renameRefs(x.dependsOn(), r.schema(), tn, tn, r.column(), r.to()), x.partitionOf()));
                }
                sequences.replaceAll(s -> s.ownedBy() != null && (s.ownedBy().equals(ref + "." + r.column()) || s.ownedBy().equals(tn + "." + r.column()))
                        ? new Sequence(s.schema(), s.name(), s.options(), s.ownedBy().substring(0, s.ownedBy().length() - r.column().length()) + r.to(), s.comment(), s.owner())
                        : s);
                views.replaceAll(v -> new View(v.schema(), v.name(), v.materialized(), v.definition(), v.columns(), v.options(),
                        v.indexes(), v.comment(), v.owner(), renameRefs(v.dependsOn(), r.schema(), tn, tn, r.column(), r.to()),
                        v.triggers()));
                routines.replaceAll(x -> new Routine(x.schema(), x.name(), x.identityArguments(), x.kind(), x.language(), x.returnType(),
                        x.volatility(), x.securityDefiner(), x.definition(), x.comment(), x.owner(),
                        renameRefs(x.dependsOn(), r.schema(), tn, tn, r.column(), r.to())));
                changed.add(colKey(r.schema(), tn, r.to()));
                plain(RENAME, 1, ref + "." + r.column(), new RenameColumn(tables.get(i), r.column(), r.to()));
            }
            from = new Catalog(from.schemas(), from.extensions(), from.enums(), from.domains(), from.composites(),
                    from.ranges(), sequences, tables, views, routines, from.privileges());
        }

        static int indexOf(List<Table> tables, String schema, String name) {
            for (int i = 0; i < tables.size(); i++) {
                if (tables.get(i).schema().equals(schema) && tables.get(i).name().equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        static Table withConstraints(Table t, List<Constraint> constraints, List<ObjectRef> dependsOn, String partitionOf) {
            return new Table(t.schema(), t.name(), t.unlogged(), t.columns(), constraints, t.indexes(), t.triggers(),
                    t.policies(), t.rowSecurity(), t.forceRowSecurity(), t.partitionKey(), partitionOf,
                    t.partitionBound(), t.comment(), t.owner(), dependsOn);
        }

        static List<ObjectRef> renameRefs(List<ObjectRef> refs, String schema, String table, String newTable, String column, String newColumn) {
            return refs.stream().map(r -> {
                if (!Objects.equals(schema, r.schema())) {
                    return r;
                }
                if (column == null && r.name().equals(table) && !r.kind().equals(ObjectRef.KIND_COLUMN)
                        && !r.kind().equals(ObjectRef.KIND_ROUTINE) && !r.kind().equals(ObjectRef.KIND_TYPE)) {
                    return new ObjectRef(r.kind(), schema, newTable);
                }
                if (r.kind().equals(ObjectRef.KIND_COLUMN)) {
                    if (column == null && r.name().startsWith(table + ".")) {
                        return new ObjectRef(r.kind(), schema, newTable + r.name().substring(table.length()));
                    }
                    if (column != null && r.name().equals(table + "." + column)) {
                        return new ObjectRef(r.kind(), schema, table + "." + newColumn);
                    }
                }
                return r;
            }).toList();
        }

        static String replaceQualified(String text, String oldQ, String newQ) {
            if (text == null) {
                return null;
            }
            return text.replaceAll("(?<![\\w\".])" + Pattern.quote(oldQ) + "(?![\\w\"])", Matcher.quoteReplacement(newQ));
        }

        static String replaceIdent(String text, String old, String neu) {
            if (text == null) {
                return null;
            }
            String oldQ = dev.cairn.migrate.Identifiers.quoteIfNeeded(old);
            String newQ = dev.cairn.migrate.Identifiers.quoteIfNeeded(neu);
            return text.replaceAll("(?<![\\w\".])" + Pattern.quote(oldQ) + "(?![\\w\"])", Matcher.quoteReplacement(newQ));
        }

        /** Column names in a constraint definition, not in its REFERENCES part. */
        static String fixOwnColumns(String def, Function<String, String> fix) {
            int ref = def.indexOf(" REFERENCES ");
            return ref < 0 ? fix.apply(def) : fix.apply(def.substring(0, ref)) + def.substring(ref);
        }

        static String fixReferencedColumns(String def, Function<String, String> fix) {
            int ref = def.indexOf(" REFERENCES ");
            return ref < 0 ? def : def.substring(0, ref) + fix.apply(def.substring(ref));
        }

        static String fixIndexColumns(String def, Function<String, String> fix) {
            int using = def.indexOf(" USING ");
            return using < 0 ? def : def.substring(0, using) + fix.apply(def.substring(using));
        }

        // ---------------------------------------------------------------- schemas, extensions

        void schemas() {
            Map<String, Schema> f = byKey(from.schemas(), Schema::name);
            Map<String, Schema> t = byKey(to.schemas(), Schema::name);
            t.forEach((name, s) -> {
                Schema old = f.get(name);
                if (old == null) {
                    create(CREATE, 0, schemaKey(name), name, new CreateSchema(s));
                }
                Target target = Target.of(Target.Kind.SCHEMA, null, name);
                comment(target, old == null ? null : old.comment(), s.comment(), old == null);
                owner(target, old == null ? null : old.owner(), s.owner(), old == null);
            });
            f.forEach((name, s) -> {
                if (!t.containsKey(name)) {
                    drop(FINAL_DROP, 9, schemaKey(name), name, new DropSchema(s));
                }
            });
        }

        void extensions() {
            Map<String, Extension> f = byKey(from.extensions(), Extension::name);
            Map<String, Extension> t = byKey(to.extensions(), Extension::name);
            t.forEach((name, e) -> {
                Extension old = f.get(name);
                String key = "ext:" + name;
                if (old == null || !Objects.equals(old.schema(), e.schema())) {
                    if (old != null) {
                        unsupported(name, "extension moves from schema " + old.schema() + " to " + e.schema() + ": dropped and created again");
                        drop(PRE_DROP, 9, key, name, new DropExtension(old));
                    }
                    emit(CREATE, 1, name, new CreateExtension(e), Set.of(key), Set.of(schemaKey(e.schema())));
                } else if (e.version() != null && !e.version().equals(old.version())) {
                    plain(CREATE, 1, name, new UpdateExtension(old, e));
                }
                comment(Target.of(Target.Kind.EXTENSION, null, name), old == null ? null : old.comment(), e.comment(),
                        old == null || !Objects.equals(old.schema(), e.schema()));
            });
            f.forEach((name, e) -> {
                if (!t.containsKey(name)) {
                    drop(FINAL_DROP, 8, "ext:" + name, name, new DropExtension(e));
                }
            });
        }

        // ---------------------------------------------------------------- types

        void enums() {
            Map<String, EnumType> f = byKey(from.enums(), e -> e.schema() + "." + e.name());
            Map<String, EnumType> t = byKey(to.enums(), e -> e.schema() + "." + e.name());
            t.forEach((name, e) -> {
                EnumType old = f.get(name);
                String key = typeKey(e.schema(), e.name());
                boolean fresh = old == null;
                if (old == null) {
                    create(CREATE, 2, key, name, new CreateEnum(e));
                } else if (!old.labels().equals(e.labels())) {
                    if (isSubsequence(old.labels(), e.labels())) {
                        List<String> labels = e.labels();
                        for (int i = 0; i < labels.size(); i++) {
                            String label = labels.get(i);
                            if (old.labels().contains(label)) {
                                continue;
                            }
                            String after = i > 0 ? labels.get(i - 1) : null;
                            String before = i == 0 && !old.labels().isEmpty() ? old.labels().get(0) : null;
                            create(CREATE, 2, key, name, new AddEnumValue(e, label, before, after));
                        }
                    } else {
                        rebuildEnum(old, e);
                        fresh = true;
                    }
                }
                Target target = Target.of(Target.Kind.TYPE, e.schema(), e.name());
                comment(target, old == null ? null : old.comment(), e.comment(), fresh);
                owner(target, old == null ? null : old.owner(), e.owner(), fresh);
            });
            f.forEach((name, e) -> {
                if (!t.containsKey(name)) {
                    drop(FINAL_DROP, 2, typeKey(e.schema(), e.name()), name, new DropEnum(e));
                    changed.add(typeKey(e.schema(), e.name()));
                }
            });
        }

        static boolean isSubsequence(List<String> small, List<String> big) {
            int j = 0;
            for (String s : big) {
                if (j < small.size() && small.get(j).equals(s)) {
                    j++;
                }
            }
            return j == small.size();
        }

        void rebuildEnum(EnumType old, EnumType e) {
            String key = typeKey(e.schema(), e.name());
            List<ColumnUse> uses = usesOf(key);
            for (DomainType d : from.domains()) {
                if (key.equals(typeKeyOf(d.baseType()))) {
                    unsupported(d.schema() + "." + d.name(), "domain over enum " + e.schema() + "." + e.name()
                            + ", which is rebuilt: recreate the domain by hand");
                }
            }
            List<String> removed = old.labels().stream().filter(l -> !e.labels().contains(l)).toList();
            if (!removed.isEmpty()) {
                dataLoss(e.schema() + "." + e.name(), "enum values " + removed + " are removed; rows holding them make the conversion fail");
            }
            Set<String> req = new TreeSet<>(toDeps.getOrDefault(key, Set.of()));
            emit(CREATE, 2, e.schema() + "." + e.name(), new RebuildEnum(old, e, uses, removed), Set.of(key), req);
        }

        /**
         * The columns of kept tables that use a type being rebuilt (their views and routines are rebuilt
         * around it); their defaults are restored by the rebuild.
         */
        List<ColumnUse> usesOf(String key) {
            changed.add(key);
            rebuiltTypes.add(key);
            List<ColumnUse> uses = new ArrayList<>();
            for (Table t : from.tables()) {
                if (t.partitionOf() != null) {
                    continue;
                }
                Table target = to.table(t.schema(), t.name()).orElse(null);
                if (target == null || replacedTable(t, target)) {
                    continue;
                }
                for (Column c : t.columns()) {
                    if (!key.equals(typeKeyOf(c.type()))) {
                        continue;
                    }
                    Column tc = target.columns().stream().filter(x -> x.name().equals(c.name())).findFirst().orElse(null);
                    if (tc == null || tc.generatedExpr() != null || c.generatedExpr() != null) {
                        continue; // dropped before
                    }
                    String def = key.equals(typeKeyOf(tc.type())) ? tc.defaultExpr() : null;
                    if (key.equals(typeKeyOf(tc.type()))) {
                        defaultHandled.add(colKey(t.schema(), t.name(), c.name()));
                    }
                    rebuiltColumns.computeIfAbsent(t.qualifiedName(), x -> new HashSet<>()).add(c.name());
                    uses.add(new ColumnUse(t.schema(), t.name(), new Column(c.name(), c.type(), c.collation(),
                            c.notNull(), def, c.identity(), c.generatedExpr(), c.comment()), rules().isArray(c.type())));
                    changed.add(colKey(t.schema(), t.name(), c.name()));
                }
            }
            return uses;
        }

        void domains() {
            Map<String, DomainType> f = byKey(from.domains(), e -> e.schema() + "." + e.name());
            Map<String, DomainType> t = byKey(to.domains(), e -> e.schema() + "." + e.name());
            t.forEach((name, d) -> {
                DomainType old = f.get(name);
                String key = typeKey(d.schema(), d.name());
                boolean fresh = old == null;
                if (old != null && (!old.baseType().equals(d.baseType()) || !Objects.equals(old.collation(), d.collation()))) {
                    List<ColumnUse> uses = usesOf(key);
                    emit(CREATE, 2, name, new RebuildDomain(old, d, uses), Set.of(key), toDeps.getOrDefault(key, Set.of()));
                    fresh = true;
                } else if (fresh) {
                    create(CREATE, 2, key, name, new CreateDomain(d));
                } else if (!old.equals(new DomainType(old.schema(), old.name(), old.baseType(), old.collation(), d.notNull(),
                        d.defaultExpr(), d.checks(), old.comment(), old.owner()))) {
                    boolean constrains = d.notNull() && !old.notNull() || d.checks().stream().anyMatch(c -> !old.checks().contains(c)
                            && !c.definition().endsWith("NOT VALID"));
                    List<ColumnUse> inComposites = constrains ? compositeUsesOf(key) : List.of();
                    if (!inComposites.isEmpty()) {
                        create(CREATE, 2, key, name, new ColumnsThroughText(inComposites, false));
                    }
                    create(CREATE, 2, key, name, new AlterDomain(old, d));
                    if (!inComposites.isEmpty()) {
                        create(CREATE, 2, key, name, new ColumnsThroughText(inComposites.stream().map(u -> {
                            Column tc = to.table(u.schema(), u.table()).orElseThrow().columns().stream()
                                    .filter(x -> x.name().equals(u.column().name())).findFirst().orElseThrow();
                            return new ColumnUse(u.schema(), u.table(), new Column(u.column().name(), u.column().type(),
                                    u.column().collation(), u.column().notNull(), tc.defaultExpr(), null, null, null), u.array());
                        }).toList(), true));
                    }
                }
                Target target = Target.of(Target.Kind.DOMAIN, d.schema(), d.name());
                comment(target, old == null ? null : old.comment(), d.comment(), fresh);
                owner(target, old == null ? null : old.owner(), d.owner(), fresh);
            });
            f.forEach((name, d) -> {
                if (!t.containsKey(name)) {
                    drop(FINAL_DROP, 2, typeKey(d.schema(), d.name()), name, new DropDomain(d));
                    changed.add(typeKey(d.schema(), d.name()));
                }
            });
        }

        /**
         * The columns of kept tables whose type is a composite type holding (maybe through other composites) the
         * type {@code key}, with the same type before and after; their constraints, indexes and dependents are
         * rebuilt around the change like those of a rebuilt type's columns.
         */
        List<ColumnUse> compositeUsesOf(String key) {
            Set<String> holders = new HashSet<>();
            boolean grew = true;
            while (grew) {
                grew = false;
                for (CompositeType c : from.composites()) {
                    String ck = typeKey(c.schema(), c.name());
                    if (!holders.contains(ck) && c.attributes().stream().map(a -> typeKeyOf(a.type()))
                            .anyMatch(k -> key.equals(k) || holders.contains(k))) {
                        holders.add(ck);
                        grew = true;
                    }
                }
            }
            List<ColumnUse> uses = new ArrayList<>();
            for (Table t : from.tables()) {
                Table target = to.table(t.schema(), t.name()).orElse(null);
                if (t.partitionOf() != null || target == null || replacedTable(t, target)) {
                    continue;
                }
                for (Column c : t.columns()) {
                    Column tc = target.columns().stream().filter(x -> x.name().equals(c.name())).findFirst().orElse(null);
                    if (tc == null || !tc.type().equals(c.type()) || c.generatedExpr() != null || tc.generatedExpr() != null
                            || !holders.contains(typeKeyOf(c.type()))) {
                        continue;
                    }
                    String ck = colKey(t.schema(), t.name(), c.name());
                    defaultHandled.add(ck);
                    changed.add(ck);
                    rebuiltColumns.computeIfAbsent(t.qualifiedName(), x -> new HashSet<>()).add(c.name());
                    uses.add(new ColumnUse(t.schema(), t.name(), c, rules().isArray(c.type())));
                }
            }
            return uses;
        }

        void composites() {
            Map<String, CompositeType> f = byKey(from.composites(), e -> e.schema() + "." + e.name());
            Map<String, CompositeType> t = byKey(to.composites(), e -> e.schema() + "." + e.name());
            t.forEach((name, c) -> {
                CompositeType old = f.get(name);
                String key = typeKey(c.schema(), c.name());
                if (old == null) {
                    create(CREATE, 2, key, name, new CreateComposite(c));
                } else if (!old.attributes().equals(c.attributes())) {
                    create(CREATE, 2, key, name, new AlterComposite(old, c));
                    changed.add(key);
                }
                Target target = Target.of(Target.Kind.TYPE, c.schema(), c.name());
                comment(target, old == null ? null : old.comment(), c.comment(), old == null);
                owner(target, old == null ? null : old.owner(), c.owner(), old == null);
            });
            f.forEach((name, c) -> {
                if (!t.containsKey(name)) {
                    drop(FINAL_DROP, 2, typeKey(c.schema(), c.name()), name, new DropComposite(c));
                    changed.add(typeKey(c.schema(), c.name()));
                }
            });
        }

        void ranges() {
            Map<String, RangeType> f = byKey(from.ranges(), e -> e.schema() + "." + e.name());
            Map<String, RangeType> t = byKey(to.ranges(), e -> e.schema() + "." + e.name());
            t.forEach((name, r) -> {
                RangeType old = f.get(name);
                String key = typeKey(r.schema(), r.name());
                boolean fresh = old == null;
                if (old != null && !sameRange(old, r)) {
                    unsupported(name, "range type definition changes: dropped and created again (fails while columns use it)");
                    drop(PRE_DROP, 9, key, name, new DropRange(old));
                    changed.add(key);
                    fresh = true;
                }
                if (fresh) {
                    create(CREATE, 2, key, name, new CreateRange(r));
                }
                Target target = Target.of(Target.Kind.TYPE, r.schema(), r.name());
                comment(target, old == null ? null : old.comment(), r.comment(), fresh);
                owner(target, old == null ? null : old.owner(), r.owner(), fresh);
            });
            f.forEach((name, r) -> {
                if (!t.containsKey(name)) {
                    drop(FINAL_DROP, 2, typeKey(r.schema(), r.name()), name, new DropRange(r));
                    changed.add(typeKey(r.schema(), r.name()));
                }
            });
        }

        static boolean sameRange(RangeType a, RangeType b) {
            return a.subtype().equals(b.subtype()) && Objects.equals(a.subtypeOpClass(), b.subtypeOpClass())
                    && Objects.equals(a.collation(), b.collation()) && Objects.equals(a.canonical(), b.canonical())
                    && Objects.equals(a.subtypeDiff(), b.subtypeDiff())
                    && Objects.equals(a.multirangeTypeName(), b.multirangeTypeName());
        }

        // ---------------------------------------------------------------- sequences

        void sequences() {
            Map<String, Sequence> f = byKey(from.sequences(), e -> e.schema() + "." + e.name());
            Map<String, Sequence> t = byKey(to.sequences(), e -> e.schema() + "." + e.name());
            // a sequence that disappears while one with the same options and owner appears was renamed
            // (typically with its table or column): rename it, keeping its position
            Map<String, Sequence> renamedFrom = new HashMap<>();
            for (Sequence s : t.values()) {
                if (f.containsKey(s.schema() + "." + s.name()) || s.ownedBy() == null) {
                    continue;
                }
                f.values().stream().filter(o -> !t.containsKey(o.schema() + "." + o.name()) && !renamedFrom.containsValue(o)
                        && o.schema().equals(s.schema()) && o.options().equals(s.options()) && normOwner(o).equals(normOwner(s)))
                        .findFirst().ifPresent(o -> {
                            renamedFrom.put(s.schema() + "." + s.name(), o);
                            sequenceRenames.put("'" + dev.cairn.migrate.Identifiers.qualified(o.schema(), o.name()) + "'",
                                    "'" + dev.cairn.migrate.Identifiers.qualified(s.schema(), s.name()) + "'");
                            plain(RENAME, 4, o.schema() + "." + o.name(), new RenameSequence(o, s.name()));
                        });
            }
            t.forEach((name, s) -> {
                Sequence old = f.get(name);
                if (old == null && renamedFrom.containsKey(name)) {
                    Sequence r = renamedFrom.get(name);
                    old = new Sequence(s.schema(), s.name(), r.options(), r.ownedBy(), r.comment(), r.owner());
                }
                String key = relKey(s.schema(), s.name());
                if (old == null) {
                    create(CREATE, 3, key, name, new CreateSequence(s));
                    if (s.ownedBy() != null) {
                        plain(POST, 7, name, new SetSequenceOwnedBy(s, s.ownedBy()));
                    }
                } else {
                    if (!old.options().equals(s.options())) {
                        create(CREATE, 3, key, name, new AlterSequence(old, s));
                    }
                    if (!Objects.equals(old.ownedBy(), s.ownedBy())) {
                        if (old.ownedBy() != null) {
                            plain(PRE_DROP, 8, name, new SetSequenceOwnedBy(old, null));
                        }
                        if (s.ownedBy() != null) {
                            plain(POST, 7, name, new SetSequenceOwnedBy(s, s.ownedBy()));
                        }
                    }
                }
                Target target = Target.of(Target.Kind.SEQUENCE, s.schema(), s.name());
                comment(target, old == null ? null : old.comment(), s.comment(), old == null);
                owner(target, old == null ? null : old.owner(), s.owner(), old == null);
            });
            f.forEach((name, s) -> {
                if (!t.containsKey(name) && !renamedFrom.containsValue(s)) {
                    drop(FINAL_DROP, 3, relKey(s.schema(), s.name()), name, new DropSequence(s, ownerDropped(s)));
                }
            });
        }

        static String normOwner(Sequence s) {
            List<String> p = rules().parts(s.ownedBy());
            return p.size() == 3 ? String.join(".", p) : s.schema() + "." + String.join(".", p);
        }

        /** Whether the table or column owning the sequence is dropped (which drops the sequence with it). */
        boolean ownerDropped(Sequence s) {
            if (s.ownedBy() == null) {
                return false;
            }
            List<String> parts = rules().parts(s.ownedBy());
            String schema = parts.size() == 3 ? parts.get(0) : s.schema();
            String table = parts.get(parts.size() - 2);
            String column = parts.get(parts.size() - 1);
            Table t = to.table(schema, table).orElse(null);
            Table f = from.table(schema, table).orElse(null);
            if (t == null || f != null && replacedTable(f, t)) {
                return true;
            }
            Column tc = t.columns().stream().filter(c -> c.name().equals(column)).findFirst().orElse(null);
            Column fc = f == null ? null : f.columns().stream().filter(c -> c.name().equals(column)).findFirst().orElse(null);
            return tc == null || fc != null && !Objects.equals(fc.generatedExpr(), tc.generatedExpr());
        }

        // ---------------------------------------------------------------- tables

        /** A table that cannot be altered into the target (partitioning changes): dropped and created. */
        static boolean replacedTable(Table f, Table t) {
            return !Objects.equals(f.partitionKey(), t.partitionKey());
        }

        void tables() {
            Map<String, Table> f = byKey(from.tables(), Table::qualifiedName);
            Map<String, Table> t = byKey(to.tables(), Table::qualifiedName);
            List<Table> added = new ArrayList<>();
            List<Table> dropped = new ArrayList<>();
            t.forEach((name, table) -> {
                Table old = f.get(name);
                if (old == null) {
                    added.add(table);
                    createTable(table);
                } else if (replacedTable(old, table)) {
                    unsupported(name, "partitioning changes (" + old.partitionKey() + " -> " + table.partitionKey()
                            + "): the table is dropped and created again");
                    dropTable(old, f.keySet(), t.keySet());
                    dataLoss(name, "table is dropped and created again; its rows are lost");
                    createTable(table);
                } else {
                    alterTable(old, table);
                }
            });
            f.forEach((name, table) -> {
                if (!t.containsKey(name)) {
                    dropped.add(table);
                    dropTable(table, f.keySet(), t.keySet());
                    dataLoss(name, "table is dropped with all its rows" + (added.stream().anyMatch(a -> a.schema().equals(table.schema()))
                            ? " (if it was renamed, give the rename explicitly)" : ""));
                }
            });
            for (Table d : dropped) {
                for (Table a : added) {
                    if (a.schema().equals(d.schema())) {
                        candidates.add(new RenameCandidate(DiffOptions.Rename.Kind.TABLE, d.schema(), null, d.name(), a.name()));
                        warnings.add(new Warning(Warning.Kind.POSSIBLE_RENAME, d.qualifiedName(),
                                "dropped while " + a.qualifiedName() + " is added: a rename? (" + d.qualifiedName() + "=" + a.qualifiedName() + ")"));
                    }
                }
            }
        }

        void createTable(Table table) {
            String key = relKey(table.schema(), table.name());
            String name = table.qualifiedName();
            Table parent = parentOf(to, table);
            List<Constraint> inline = new ArrayList<>();
            for (Constraint c : table.constraints()) {
                if (c.type() == Constraint.Type.NOT_NULL && !c.validated() && !inheritedConstraint(parent, c)) {
                    plain(POST, 0, name + "." + c.name(), new AddConstraint(table, c)); // NOT VALID cannot be written inline
                }
                if (c.type() == Constraint.Type.NOT_NULL || inheritedConstraint(parent, c)) {
                    continue;
                }
                if (c.type() != Constraint.Type.FOREIGN_KEY && c.validated()) {
                    inline.add(c);
                } else {
                    plain(POST, c.type() == Constraint.Type.FOREIGN_KEY ? 2 : 0, name + "." + c.name(), new AddConstraint(table, c));
                }
            }
            create(CREATE, 5, key, name, new CreateTable(table, inline));
            for (Index i : table.indexes()) {
                if (!inheritedIndex(parent, i)) {
                    plain(POST, 1, table.schema() + "." + i.name(), new CreateIndex(table.schema(), table.name(), i));
                }
            }
            for (Trigger tr : table.triggers()) {
                if (!inheritedTrigger(parent, tr)) {
                    plain(POST, 4, name + "." + tr.name(), new CreateTrigger(table, tr));
                    if (tr.enabled() != null && !tr.enabled().equals("O")) {
                        plain(POST, 4, name + "." + tr.name(), new SetTriggerEnabled(table, tr));
                    }
                }
            }
            table.policies().forEach(p -> plain(POST, 5, name + "." + p.name(), new CreatePolicy(table, p)));
            if (table.rowSecurity()) {
                plain(POST, 6, name, new SetRowSecurity(table, true));
            }
            if (table.forceRowSecurity()) {
                plain(POST, 6, name, new SetForceRowSecurity(table, true));
            }
            tableComments(null, table);
        }

        void tableComments(Table old, Table table) {
            Target target = Target.of(Target.Kind.TABLE, table.schema(), table.name());
            comment(target, old == null ? null : old.comment(), table.comment(), old == null);
            owner(target, old == null ? null : old.owner(), table.owner(), old == null);
            Map<String, Column> oc = old == null ? Map.of() : byKey(old.columns(), Column::name);
            for (Column c : table.columns()) {
                Column o = oc.get(c.name());
                boolean fresh = o == null || !Objects.equals(o.generatedExpr(), c.generatedExpr());
                comment(Target.onTable(Target.Kind.COLUMN, table.schema(), table.name(), c.name()),
                        o == null ? null : o.comment(), c.comment(), fresh);
            }
            Map<String, Constraint> ok = old == null ? Map.of() : byKey(old.constraints(), Constraint::name);
            for (Constraint c : table.constraints()) {
                Constraint o = ok.get(c.name());
                boolean fresh = o == null || !sameConstraint(o, c) || recreatedAround.contains(table.qualifiedName() + "." + c.name());
                comment(Target.onTable(Target.Kind.CONSTRAINT, table.schema(), table.name(), c.name()),
                        o == null ? null : o.comment(), c.comment(), fresh);
            }
            Map<String, Index> oi = old == null ? Map.of() : byKey(old.indexes(), Index::name);
            for (Index i : table.indexes()) {
                Index o = oi.get(i.name());
                comment(Target.of(Target.Kind.INDEX, table.schema(), i.name()), o == null ? null : o.comment(), i.comment(),
                        o == null || !o.definition().equals(i.definition()) || recreatedAround.contains(table.schema() + "." + i.name()));
            }
            Map<String, Trigger> ot = old == null ? Map.of() : byKey(old.triggers(), Trigger::name);
            for (Trigger tr : table.triggers()) {
                Trigger o = ot.get(tr.name());
                comment(Target.onTable(Target.Kind.TRIGGER, table.schema(), table.name(), tr.name()),
                        o == null ? null : o.comment(), tr.comment(), o == null || recreatedTriggers.contains(table.qualifiedName() + "." + tr.name()));
            }
            Map<String, Policy> op = old == null ? Map.of() : byKey(old.policies(), Policy::name);
            for (Policy p : table.policies()) {
                Policy o = op.get(p.name());
                comment(Target.onTable(Target.Kind.POLICY, table.schema(), table.name(), p.name()),
                        o == null ? null : o.comment(), p.comment(), o == null || recreatedPolicy(o, p)
                                || recreatedPolicies.contains(table.qualifiedName() + "." + p.name()));
            }
        }

        final Set<String> recreatedTriggers = new HashSet<>();
        /** Constraints and indexes ({@code table.name}, {@code schema.index}) dropped and created again around a column change. */
        final Set<String> recreatedAround = new HashSet<>();
        /**
         * Columns converted by a type rebuild (enum, domain), by qualified table name: PostgreSQL re-reads the
         * checks and index expressions on them with the old type's constants, so those are dropped and created again.
         */
        final Map<String, Set<String>> rebuiltColumns = new HashMap<>();
        /** Keys of the types being rebuilt. */
        final Set<String> rebuiltTypes = new HashSet<>();
        final Set<String> recreatedPolicies = new HashSet<>();
        /** Columns whose type changes, by qualified table name. */
        final Map<String, List<String>> retypedColumns = new HashMap<>();

        static boolean mentions(String expr, String column) {
            return expr != null && Pattern.compile("(?<![\\w\"])" + Pattern.quote(dev.cairn.migrate.Identifiers.quoteIfNeeded(column))
                    + "(?![\\w\"])").matcher(expr).find();
        }

        /** Whether an expression casts a constant to a type being rebuilt (enum, domain): {@code 'x'::status}. */
        boolean castsToRebuiltType(String expr) {
            if (expr == null) {
                return false;
            }
            for (String key : rebuiltTypes) {
                List<String> p = rules().parts(key.substring("type:".length()));
                String n = Pattern.quote(dev.cairn.migrate.Identifiers.quoteIfNeeded(p.get(p.size() - 1)));
                if (Pattern.compile("::(?:[\\w\"]+\\.)?" + n + "(?![\\w\"])").matcher(expr).find()) {
                    return true;
                }
            }
            return false;
        }

        /** A trigger definition without its name, table and function: the UPDATE OF columns and the WHEN condition. */
        static String triggerCondition(String def) {
            int on = def.indexOf(" ON ");
            int exec = def.lastIndexOf(" EXECUTE ");
            String events = on < 0 ? "" : def.substring(0, on);
            int forEach = def.indexOf(" FOR EACH ");
            String when = forEach < 0 || exec < forEach ? "" : def.substring(forEach, exec);
            int trigger = events.indexOf(" TRIGGER ");
            int space = trigger < 0 ? -1 : events.indexOf(' ', trigger + 9);
            return (space < 0 ? "" : events.substring(space)) + " " + when;
        }

        static boolean recreatedPolicy(Policy o, Policy p) {
            return !o.command().equals(p.command()) || o.permissive() != p.permissive();
        }

        static Table parentOf(Catalog c, Table t) {
            if (t.partitionOf() == null) {
                return null;
            }
            List<String> p = rules().parts(t.partitionOf());
            return p.size() == 2 ? c.table(p.get(0), p.get(1)).orElse(null) : c.table(t.schema(), p.get(0)).orElse(null);
        }

        static boolean inheritedConstraint(Table parent, Constraint c) {
            return parent != null && parent.constraints().stream()
                    .anyMatch(p -> p.type() == c.type() && p.definition().equals(c.definition()));
        }

        static String indexTail(String def) {
            int using = def.indexOf(" USING ");
            return using < 0 ? def : def.substring(using);
        }

        static boolean inheritedIndex(Table parent, Index i) {
            return parent != null && parent.indexes().stream()
                    .anyMatch(p -> p.unique() == i.unique() && indexTail(p.definition()).equals(indexTail(i.definition())));
        }

        static boolean inheritedTrigger(Table parent, Trigger t) {
            return parent != null && parent.triggers().stream().anyMatch(p -> p.name().equals(t.name()));
        }

        void dropTable(Table table, Set<String> fromNames, Set<String> toNames) {
            String key = relKey(table.schema(), table.name());
            for (Constraint c : table.constraints()) {
                if (c.type() == Constraint.Type.FOREIGN_KEY && c.referencedTable() != null
                        && !c.referencedTable().equals(table.qualifiedName()) && fromNames.contains(c.referencedTable())
                        && (!toNames.contains(c.referencedTable()) || referencedKeyChanges(c.referencedTable()))) {
                    plain(PRE_DROP, 4, table.qualifiedName() + "." + c.name(), new DropConstraint(table, c));
                }
            }
            drop(DROP, 5, key, table.qualifiedName(), new DropTable(table));
            changed.add(key);
        }

        /**
         * Whether a kept table loses or changes one of its keys (primary key, unique, exclusion constraints or unique
         * indexes): a foreign key of a dropped table may depend on it, so that foreign key is dropped first.
         */
        boolean referencedKeyChanges(String qualifiedTable) {
            List<String> p = rules().parts(qualifiedTable);
            if (p.size() != 2) {
                return true;
            }
            Table f = from.table(p.get(0), p.get(1)).orElse(null);
            Table t = to.table(p.get(0), p.get(1)).orElse(null);
            if (f == null || t == null) {
                return true;
            }
            for (Constraint c : f.constraints()) {
                if (c.type() == Constraint.Type.PRIMARY_KEY || c.type() == Constraint.Type.UNIQUE
                        || c.type() == Constraint.Type.EXCLUSION) {
                    if (t.constraints().stream().noneMatch(x -> x.name().equals(c.name()) && sameConstraint(x, c))) {
                        return true;
                    }
                }
            }
            for (Index i : f.indexes()) {
                if (i.unique() && t.indexes().stream().noneMatch(x -> x.definition().equals(i.definition()))) {
                    return true;
                }
            }
            return false;
        }

        void alterTable(Table f, Table t) {
            String key = relKey(t.schema(), t.name());
            String name = t.qualifiedName();
            boolean partition = f.partitionOf() != null && t.partitionOf() != null;
            boolean repartitioned = !Objects.equals(f.partitionOf(), t.partitionOf()) || !Objects.equals(f.partitionBound(), t.partitionBound());
            if (repartitioned && f.partitionOf() != null) {
                plain(DROP, 0, name, new DetachPartition(f));
            }
            if (f.unlogged() != t.unlogged()) {
                create(CREATE, 6, key, name, new SetLogged(t, t.unlogged()));
            }
            if (!partition) {
                columns(f, t);
            }
            if (repartitioned && t.partitionOf() != null) {
                create(CREATE, 6, key, name, new AttachPartition(t));
            }
            Table parent = parentOf(to, t);
            Table fromParent = parentOf(from, f);
            // constraints (those that come from a partition parent, before or after, are the parent's business)
            Map<String, Constraint> fc = new LinkedHashMap<>();
            f.constraints().stream().filter(c -> c.type() != Constraint.Type.NOT_NULL && !inheritedConstraint(fromParent, c)
                    && !inheritedConstraint(parent, c)).forEach(c -> fc.put(c.name(), c));
            Map<String, Constraint> tc = new LinkedHashMap<>();
            t.constraints().stream().filter(c -> c.type() != Constraint.Type.NOT_NULL && !inheritedConstraint(parent, c)
                    && !inheritedConstraint(fromParent, c)).forEach(c -> tc.put(c.name(), c));
            // NOT NULL constraints (PostgreSQL 18) keep their names across renames: follow the target's names
            Map<String, String> fnn = new HashMap<>();
            f.constraints().stream().filter(c -> c.type() == Constraint.Type.NOT_NULL && c.columns().size() == 1)
                    .forEach(c -> fnn.put(c.columns().get(0), c.name()));
            t.constraints().stream().filter(c -> c.type() == Constraint.Type.NOT_NULL && c.columns().size() == 1)
                    .forEach(c -> {
                        String old = fnn.get(c.columns().get(0));
                        if (old != null && !old.equals(c.name()) && !inheritedConstraint(parent, c)) {
                            plain(RENAME, 2, name + "." + old, new RenameConstraint(t, old, c.name()));
                        }
                    });
            List<Constraint> addC = new ArrayList<>();
            List<Constraint> dropC = new ArrayList<>();
            Set<String> rebuiltCols = rebuiltColumns.getOrDefault(name, Set.of());
            tc.forEach((cn, c) -> {
                Constraint o = fc.get(cn);
                if (o == null) {
                    addC.add(c);
                } else if ((o.type() == Constraint.Type.CHECK || o.type() == Constraint.Type.EXCLUSION)
                        && (rebuiltCols.stream().anyMatch(col -> mentions(o.definition(), col)) || castsToRebuiltType(o.definition()))) {
                    dropC.add(o);
                    addC.add(c);
                    recreatedAround.add(name + "." + cn);
                } else if (!sameConstraint(o, c) || o.type() == Constraint.Type.FOREIGN_KEY && changedReference(o)
                        || o.validated() && !c.validated()) {
                    dropC.add(o);
                    addC.add(c);
                } else if (!o.validated() && c.validated()) {
                    plain(POST, 3, name + "." + cn, new ValidateConstraint(t, c));
                }
            });
            fc.forEach((cn, o) -> {
                if (!tc.containsKey(cn)) {
                    dropC.add(o);
                }
            });
            // same definition under another name: a rename
            for (Constraint a : List.copyOf(addC)) {
                Constraint d = dropC.stream().filter(x -> !tc.containsKey(x.name()) && !fc.containsKey(a.name())
                        && x.type() == a.type() && x.definition().equals(a.definition()) && x.validated() == a.validated())
                        .findFirst().orElse(null);
                if (d != null) {
                    dropC.remove(d);
                    addC.remove(a);
                    plain(RENAME, 2, name + "." + d.name(), new RenameConstraint(t, d.name(), a.name()));
                }
            }
            dropC.forEach(c -> plain(PRE_DROP, c.type() == Constraint.Type.FOREIGN_KEY ? 4 : 5, name + "." + c.name(), new DropConstraint(f, c)));
            addC.forEach(c -> plain(POST, c.type() == Constraint.Type.FOREIGN_KEY ? 2 : 0, name + "." + c.name(), new AddConstraint(t, c)));
            // indexes
            Map<String, Index> fi = new LinkedHashMap<>();
            f.indexes().stream().filter(i -> !inheritedIndex(fromParent, i) && !inheritedIndex(parent, i)).forEach(i -> fi.put(i.name(), i));
            Map<String, Index> ti = new LinkedHashMap<>();
            t.indexes().stream().filter(i -> !inheritedIndex(parent, i) && !inheritedIndex(fromParent, i)).forEach(i -> ti.put(i.name(), i));
            for (Index i : List.copyOf(ti.values())) {
                Index o = fi.get(i.name());
                String tail = indexTail(i.definition());
                if (o != null && o.definition().equals(i.definition()) && (tail.contains(" WHERE ") || tail.contains("(("))
                        && (rebuiltCols.stream().anyMatch(col -> mentions(tail, col)) || castsToRebuiltType(tail))) {
                    fi.remove(i.name());
                    ti.remove(i.name());
                    recreatedAround.add(t.schema() + "." + i.name());
                    plain(PRE_DROP, 6, t.schema() + "." + i.name(), new DropIndex(t.schema(), t.name(), o));
                    plain(POST, 1, t.schema() + "." + i.name(), new CreateIndex(t.schema(), t.name(), i));
                }
            }
            indexes(t.schema(), t.name(), fi, ti);
            // triggers
            Map<String, Trigger> ft = byKey(f.triggers(), Trigger::name);
            Map<String, Trigger> tt = byKey(t.triggers(), Trigger::name);
            // PostgreSQL refuses to change the type of a column a trigger's WHEN or UPDATE OF uses
            List<String> changedCols = new ArrayList<>(retypedColumns.getOrDefault(name, List.of()));
            changedCols.addAll(rebuiltCols);
            tt.forEach((tn, tr) -> {
                Trigger o = ft.get(tn);
                if (inheritedTrigger(parent, tr)) {
                    return;
                }
                boolean rebuild = o != null && (!o.definition().equals(tr.definition())
                        || changedCols.stream().anyMatch(col -> mentions(triggerCondition(o.definition()), col))
                        || castsToRebuiltType(triggerCondition(o.definition())));
                if (rebuild) {
                    plain(PRE_DROP, 0, name + "." + tn, new DropTrigger(f, o));
                    recreatedTriggers.add(name + "." + tn);
                }
                if (o == null || rebuild) {
                    plain(POST, 4, name + "." + tn, new CreateTrigger(t, tr));
                }
                String was = o == null || rebuild ? "O" : o.enabled();
                if (tr.enabled() != null && !tr.enabled().equals(was)) {
                    plain(POST, 4, name + "." + tn, new SetTriggerEnabled(t, tr));
                }
            });
            ft.forEach((tn, o) -> {
                if (!tt.containsKey(tn) && !inheritedTrigger(fromParent, o)) {
                    plain(PRE_DROP, 0, name + "." + tn, new DropTrigger(f, o));
                }
            });
            // policies (PostgreSQL refuses to change the type of a column a policy uses: drop and recreate it)
            Map<String, Policy> fp = byKey(f.policies(), Policy::name);
            Map<String, Policy> tp = byKey(t.policies(), Policy::name);
            List<String> retyped = changedCols;
            tp.forEach((pn, p) -> {
                Policy o = fp.get(pn);
                boolean onRetyped = o != null && (retyped.stream().anyMatch(c -> mentions(o.using(), c) || mentions(o.withCheck(), c))
                        || castsToRebuiltType(o.using()) || castsToRebuiltType(o.withCheck()));
                if (onRetyped) {
                    recreatedPolicies.add(name + "." + pn);
                }
                if (o == null || recreatedPolicy(o, p) || onRetyped) {
                    if (o != null) {
                        plain(PRE_DROP, 1, name + "." + pn, new DropPolicy(f, o));
                    }
                    plain(POST, 5, name + "." + pn, new CreatePolicy(t, p));
                } else if (!o.roles().equals(p.roles()) || !Objects.equals(o.using(), p.using())
                        || !Objects.equals(o.withCheck(), p.withCheck())) {
                    plain(POST, 5, name + "." + pn, new AlterPolicy(t, o, p));
                }
            });
            fp.forEach((pn, o) -> {
                if (!tp.containsKey(pn)) {
                    plain(PRE_DROP, 1, name + "." + pn, new DropPolicy(f, o));
                }
            });
            if (f.rowSecurity() != t.rowSecurity()) {
                plain(POST, 6, name, new SetRowSecurity(t, t.rowSecurity()));
            }
            if (f.forceRowSecurity() != t.forceRowSecurity()) {
                plain(POST, 6, name, new SetForceRowSecurity(t, t.forceRowSecurity()));
            }
            tableComments(f, t);
        }

        /** Whether a foreign key points at a table that is dropped and created again. */
        boolean changedReference(Constraint c) {
            if (c.referencedTable() == null) {
                return false;
            }
            List<String> p = rules().parts(c.referencedTable());
            if (p.size() != 2) {
                return false;
            }
            Table f = from.table(p.get(0), p.get(1)).orElse(null);
            Table t = to.table(p.get(0), p.get(1)).orElse(null);
            return f != null && t != null && replacedTable(f, t);
        }

        static boolean sameConstraint(Constraint a, Constraint b) {
            return a.type() == b.type() && stripNotValid(a.definition()).equals(stripNotValid(b.definition()));
        }

        static String stripNotValid(String def) {
            return def.endsWith(" NOT VALID") ? def.substring(0, def.length() - " NOT VALID".length()) : def;
        }

        /** Triggers kept as they are whose function is dropped and created again: recreate them too. */
        void retrigger() {
            for (Table t : to.tables()) {
                Table f = from.table(t.schema(), t.name()).orElse(null);
                if (f == null || replacedTable(f, t)) {
                    continue;
                }
                for (Trigger tr : t.triggers()) {
                    String id = t.qualifiedName() + "." + tr.name();
                    Trigger o = f.triggers().stream().filter(x -> x.name().equals(tr.name())).findFirst().orElse(null);
                    if (o == null || recreatedTriggers.contains(id) || !triggerFunctionChanged(o)) {
                        continue;
                    }
                    recreatedTriggers.add(id);
                    plain(PRE_DROP, 0, id, new DropTrigger(f, o));
                    plain(POST, 4, id, new CreateTrigger(t, tr));
                    if (tr.enabled() != null && !tr.enabled().equals("O")) {
                        plain(POST, 4, id, new SetTriggerEnabled(t, tr));
                    }
                    if (tr.comment() != null) {
                        plain(POST, 8, id, new SetComment(Target.onTable(Target.Kind.TRIGGER, t.schema(), t.name(), tr.name()), tr.comment()));
                    }
                }
            }
        }

        boolean triggerFunctionChanged(Trigger t) {
            Matcher m = Pattern.compile("EXECUTE (?:FUNCTION|PROCEDURE) (.+?)\\(").matcher(t.definition());
            if (!m.find()) {
                return false;
            }
            List<String> parts = rules().parts(m.group(1));
            String schema = parts.size() == 2 ? parts.get(0) : "public";
            String fn = parts.get(parts.size() - 1);
            return recreated.stream().anyMatch(k -> k.startsWith("routine:" + schema + "." + fn + "(")
                    || k.equals("routine:" + schema + "." + fn + "()"));
        }

        void indexes(String schema, String relation, Map<String, Index> fi, Map<String, Index> ti) {
            List<Index> add = new ArrayList<>();
            List<Index> drop = new ArrayList<>();
            ti.forEach((n, i) -> {
                Index o = fi.get(n);
                if (o == null) {
                    add.add(i);
                } else if (!o.definition().equals(i.definition())) {
                    drop.add(o);
                    add.add(i);
                }
            });
            fi.forEach((n, o) -> {
                if (!ti.containsKey(n)) {
                    drop.add(o);
                }
            });
            for (Index a : List.copyOf(add)) {
                Index d = drop.stream().filter(x -> !ti.containsKey(x.name()) && !fi.containsKey(a.name())
                        && indexBody(x).equals(indexBody(a))).findFirst().orElse(null);
                if (d != null) {
                    drop.remove(d);
                    add.remove(a);
                    plain(RENAME, 3, schema + "." + d.name(), new RenameIndex(schema, d.name(), a.name()));
                }
            }
            drop.forEach(i -> plain(PRE_DROP, 6, schema + "." + i.name(), new DropIndex(schema, relation, i)));
            add.forEach(i -> plain(POST, 1, schema + "." + i.name(), new CreateIndex(schema, relation, i)));
        }

        /** The index definition without its name. */
        static String indexBody(Index i) {
            String def = i.definition();
            int on = def.indexOf(" ON ");
            return (i.unique() ? "U" : "") + (on < 0 ? def : def.substring(on));
        }

        void columns(Table f, Table t) {
            String key = relKey(t.schema(), t.name());
            String name = t.qualifiedName();
            Map<String, Column> fc = byKey(f.columns(), Column::name);
            Map<String, Column> tc = byKey(t.columns(), Column::name);
            List<String> added = new ArrayList<>();
            List<String> droppedCols = new ArrayList<>();
            for (Column c : t.columns()) {
                Column o = fc.get(c.name());
                if (o == null) {
                    added.add(c.name());
                    create(CREATE, 6, key, name, new AddColumn(t, c));
                    continue;
                }
                String ck = colKey(t.schema(), t.name(), c.name());
                if (!Objects.equals(o.generatedExpr(), c.generatedExpr()) || o.generatedVirtual() != c.generatedVirtual()) {
                    if (o.generatedExpr() != null && c.generatedExpr() == null && o.type().equals(c.type()) && !o.generatedVirtual()) {
                        create(CREATE, 6, key, name, new DropColumnExpression(t, o));
                        o = new Column(o.name(), o.type(), o.collation(), o.notNull(), null, null, null, o.comment());
                        changed.add(ck);
                    } else {
                        changed.add(ck);
                        if (o.generatedExpr() == null) {
                            dataLoss(name + "." + c.name(), "column becomes generated: it is dropped and added again, its values are recomputed");
                        }
                        drop(DROP, 6, key, name + "." + c.name(), new DropColumn(f, o));
                        create(CREATE, 6, key, name, new AddColumn(t, c));
                        continue;
                    }
                }
                alterColumn(f, t, o, c, key, ck);
            }
            for (Column o : f.columns()) {
                if (!tc.containsKey(o.name())) {
                    droppedCols.add(o.name());
                    changed.add(colKey(f.schema(), f.name(), o.name()));
                    drop(DROP, 6, key, name + "." + o.name(), new DropColumn(f, o));
                    if (o.generatedExpr() == null) {
                        dataLoss(name + "." + o.name(), "column is dropped with its values" + (added.isEmpty() ? "" : " (if it was renamed, give the rename explicitly)"));
                    }
                }
            }
            // PostgreSQL appends added columns (and columns dropped and added again); it cannot reorder columns
            List<String> reaching = new ArrayList<>();
            List<String> appended = new ArrayList<>();
            for (Column o : f.columns()) {
                Column c = tc.get(o.name());
                if (c != null && Objects.equals(o.generatedExpr(), c.generatedExpr()) && o.generatedVirtual() == c.generatedVirtual()
                        || c != null && o.generatedExpr() != null && c.generatedExpr() == null && o.type().equals(c.type()) && !o.generatedVirtual()) {
                    reaching.add(o.name());
                }
            }
            for (Column c : t.columns()) {
                if (!reaching.contains(c.name())) {
                    appended.add(c.name());
                }
            }
            reaching.addAll(appended);
            List<String> wanted = t.columns().stream().map(Column::name).toList();
            // Warn once, when this change puts a column out of place: an appended column that the schema puts
            // before a column that stays. An order that already differed before (an earlier migration appended
            // a column the schema lists in the middle) is not news on every later change of the table.
            int lastKept = -1;
            for (int i = 0; i < wanted.size(); i++) {
                if (!appended.contains(wanted.get(i))) {
                    lastKept = i;
                }
            }
            boolean misplaces = false;
            for (int i = 0; i < lastKept; i++) {
                misplaces |= appended.contains(wanted.get(i));
            }
            if (misplaces) {
                warnings.add(new Warning(Warning.Kind.COLUMN_ORDER, name, "column order differs: new columns are appended;"
                        + " Cairn does not rebuild tables to reorder them (the table gets " + String.join(", ", reaching)
                        + "; the schema says " + String.join(", ", wanted) + ")"));
            }
            for (String d : droppedCols) {
                for (String a : added) {
                    candidates.add(new RenameCandidate(DiffOptions.Rename.Kind.COLUMN, t.schema(), t.name(), d, a));
                    warnings.add(new Warning(Warning.Kind.POSSIBLE_RENAME, name + "." + d,
                            "dropped while " + name + "." + a + " is added: a rename? (" + name + "." + d + "=" + a + ")"));
                }
            }
        }

        /** The NOT NULL constraint (PostgreSQL 18+) of a column, or null. */
        static Constraint notNullConstraint(Table t, String column) {
            return t.constraints().stream().filter(k -> k.type() == Constraint.Type.NOT_NULL && k.columns().equals(List.of(column)))
                    .findFirst().orElse(null);
        }

        /** A NOT NULL constraint that SET NOT NULL cannot give: NOT VALID, or named other than PostgreSQL would. */
        static boolean explicitNotNull(Constraint k) {
            return k != null && (!k.validated() || !k.name().matches(".*_not_null\\d*"));
        }

        /** Whether a column type is (an array of) an enum, composite or range type: types cast only to and from strings. */
        boolean castless(String type) {
            String k = typeKeyOf(type);
            if (k == null) {
                return false;
            }
            for (Catalog cat : List.of(from, to)) {
                if (cat.enums().stream().anyMatch(e -> k.equals(typeKey(e.schema(), e.name())))
                        || cat.composites().stream().anyMatch(e -> k.equals(typeKey(e.schema(), e.name())))
                        || cat.ranges().stream().anyMatch(e -> k.equals(typeKey(e.schema(), e.name())))) {
                    return true;
                }
            }
            return false;
        }

        void alterColumn(Table f, Table t, Column o, Column c, String key, String ck) {
            String name = t.qualifiedName();
            if (o.defaultExpr() != null && !sequenceRenames.isEmpty()) {
                String d = o.defaultExpr();
                for (Map.Entry<String, String> r : sequenceRenames.entrySet()) {
                    d = d.replace(r.getKey(), r.getValue());
                }
                o = new Column(o.name(), o.type(), o.collation(), o.notNull(), d, o.identity(), o.generatedExpr(), o.comment(), o.generatedVirtual());
            }
            boolean typeChange = !o.type().equals(c.type()) || !Objects.equals(o.collation(), c.collation());
            String using = null;
            if (!o.type().equals(c.type()) && !rules().assignable(o.type(), c.type())) {
                String col = dev.cairn.migrate.Identifiers.quoteIfNeeded(c.name());
                String column = name + "." + c.name();
                switch (rules().conversion(o.type(), c.type(), castless(o.type()), castless(c.type()))) {
                    case ARRAY_WRAP -> using = "ARRAY[" + col + "]";
                    case FIRST_ELEMENT -> {
                        using = "(" + col + ")[1]";
                        dataLoss(column, "array column becomes " + c.type() + ": only each array's first element is kept");
                    }
                    case THROUGH_INTEGER -> using = col + "::integer::" + c.type();
                    case THROUGH_TEXT -> {
                        using = col + "::text::" + c.type();
                        unsupported(column, "PostgreSQL has no cast from " + o.type() + " to " + c.type()
                                + ": the column is converted through its text form, which fails on values that do not read as "
                                + c.type() + "; if that is not what you want, write this conversion by hand");
                    }
                    default -> using = col + "::" + c.type();
                }
            }
            boolean defaultChanges = !Objects.equals(o.defaultExpr(), c.defaultExpr()) && !defaultHandled.contains(ck);
            boolean dropDefaultFirst = o.defaultExpr() != null && (defaultChanges || typeChange && using != null)
                    && !defaultHandled.contains(ck);
            if (o.identity() != null && c.identity() == null) {
                create(CREATE, 6, key, name, new DropIdentity(t, o));
            }
            if (dropDefaultFirst) {
                create(CREATE, 6, key, name, new SetColumnDefault(t, o, null));
            }
            if (typeChange) {
                changed.add(ck);
                retypedColumns.computeIfAbsent(name, x -> new ArrayList<>()).add(c.name());
                create(CREATE, 6, key, name, new AlterColumnType(t, o, c, using));
            }
            Constraint fromNn = notNullConstraint(f, o.name());
            Constraint toNn = notNullConstraint(t, c.name());
            if (o.notNull() && c.notNull() && fromNn != null && toNn != null && fromNn.validated() && !toNn.validated()) {
                // validated NOT NULL becomes NOT VALID: drop it and add it unvalidated
                create(CREATE, 6, key, name, new SetColumnNotNull(t, c, false));
                plain(POST, 0, name + "." + toNn.name(), new AddConstraint(t, toNn));
            } else if (o.notNull() && c.notNull() && fromNn != null && toNn != null && !fromNn.validated() && toNn.validated()) {
                plain(POST, 3, name + "." + toNn.name(), new ValidateConstraint(t, toNn));
            } else if (o.notNull() != c.notNull()) {
                if (c.notNull() && explicitNotNull(toNn)) {
                    // PostgreSQL 18: ADD CONSTRAINT name NOT NULL column [NOT VALID] keeps the name and validity
                    plain(POST, 0, name + "." + toNn.name(), new AddConstraint(t, toNn));
                } else {
                    create(CREATE, 6, key, name, new SetColumnNotNull(t, c, c.notNull()));
                }
            }
            if (o.identity() == null && c.identity() != null) {
                create(CREATE, 6, key, name, new AddIdentity(t, c));
            } else if (o.identity() != null && c.identity() != null && !o.identity().equals(c.identity())) {
                create(CREATE, 6, key, name, new AlterIdentity(t, o, c));
            }
            if (c.defaultExpr() != null && (defaultChanges || dropDefaultFirst)) {
                create(CREATE, 6, key, name, new SetColumnDefault(t, c, c.defaultExpr()));
            }
        }

        // ---------------------------------------------------------------- views and routines

        void routinesAndViews() {
            Map<String, View> fv = byKey(from.views(), v -> relKey(v.schema(), v.name()));
            Map<String, View> tv = byKey(to.views(), v -> relKey(v.schema(), v.name()));
            Map<String, Routine> fr = byKey(from.routines(), Run::routineKey);
            Map<String, Routine> tr = byKey(to.routines(), Run::routineKey);
            Set<String> rebuild = new TreeSet<>();
            // direct causes
            tv.forEach((k, v) -> {
                View o = fv.get(k);
                if (o != null && !replaceableView(o, v)) {
                    rebuild.add(k);
                }
            });
            fv.keySet().stream().filter(k -> !tv.containsKey(k)).forEach(changed::add);
            tr.forEach((k, r) -> {
                Routine o = fr.get(k);
                if (o != null && (o.kind() != r.kind() || !Objects.equals(o.returnType(), r.returnType())
                        || !replaceableSignature(o, r))) {
                    rebuild.add(k);
                }
            });
            fr.keySet().stream().filter(k -> !tr.containsKey(k)).forEach(changed::add);
            changed.addAll(rebuild);
            // transitive dependents of whatever changed
            boolean grew = true;
            while (grew) {
                grew = false;
                for (View v : from.views()) {
                    String k = relKey(v.schema(), v.name());
                    if (!changed.contains(k) && dependsOnChanged(v.dependsOn())) {
                        changed.add(k);
                        rebuild.add(k);
                        grew = true;
                    }
                }
                for (Routine r : from.routines()) {
                    String k = routineKey(r);
                    if (!changed.contains(k) && dependsOnChanged(r.dependsOn())) {
                        changed.add(k);
                        rebuild.add(k);
                        grew = true;
                    }
                }
            }
            aroundRebuiltRoutines(rebuild.stream().filter(k -> k.startsWith("routine:") && tr.containsKey(k))
                    .map(fr::get).filter(Objects::nonNull).toList());
            // routines
            tr.forEach((k, r) -> {
                Routine o = fr.get(k);
                boolean fresh = o == null || rebuild.contains(k);
                if (o != null && rebuild.contains(k)) {
                    drop(PRE_DROP, 3, k, k, new DropRoutine(o));
                    recreated.add(k);
                }
                if (r.definition() == null) {
                    unsupported(k, "no definition to create it from: create it by hand");
                } else if (fresh) {
                    create(CREATE, 4, k, k, new CreateRoutine(r));
                } else if (!Objects.equals(o.definition(), r.definition())) {
                    create(CREATE, 4, k, k, new ReplaceRoutine(o, r));
                }
                Target target = routineTarget(r);
                comment(target, o == null ? null : o.comment(), r.comment(), fresh);
                owner(target, o == null ? null : o.owner(), r.owner(), fresh);
            });
            fr.forEach((k, o) -> {
                if (!tr.containsKey(k)) {
                    drop(DROP, 4, k, k, new DropRoutine(o));
                }
            });
            // views
            tv.forEach((k, v) -> {
                View o = fv.get(k);
                boolean fresh = o == null || rebuild.contains(k);
                if (o != null && rebuild.contains(k)) {
                    drop(PRE_DROP, 2, k, k, new DropView(o));
                    recreated.add(k);
                }
                if (fresh) {
                    create(CREATE, 7, k, k, new CreateView(v));
                    v.indexes().forEach(i -> plain(POST, 1, v.schema() + "." + i.name(), new CreateIndex(v.schema(), v.name(), i)));
                } else {
                    if (!o.definition().equals(v.definition())) {
                        create(CREATE, 7, k, k, new ReplaceView(o, v));
                    }
                    indexes(v.schema(), v.name(), byKey(o.indexes(), Index::name), byKey(v.indexes(), Index::name));
                }
                viewTriggers(o, v, fresh);
                Target target = Target.of(v.materialized() ? Target.Kind.MATERIALIZED_VIEW : Target.Kind.VIEW, v.schema(), v.name());
                comment(target, o == null ? null : o.comment(), v.comment(), fresh);
                owner(target, o == null ? null : o.owner(), v.owner(), fresh);
                for (Index i : v.indexes()) {
                    Index oi = fresh ? null : o.indexes().stream().filter(x -> x.name().equals(i.name())).findFirst().orElse(null);
                    comment(Target.of(Target.Kind.INDEX, v.schema(), i.name()), oi == null ? null : oi.comment(), i.comment(),
                            oi == null || !oi.definition().equals(i.definition()));
                }
            });
            fv.forEach((k, o) -> {
                if (!tv.containsKey(k)) {
                    drop(PRE_DROP, 2, k, k, new DropView(o));
                }
            });
        }

        /**
         * The triggers of a view (INSTEAD OF): all created after a view that is new or recreated (they went with the
         * old one), else dropped and created again when their definition changes or their function is recreated.
         */
        void viewTriggers(View o, View v, boolean fresh) {
            Map<String, Trigger> ft = fresh ? Map.of() : byKey(o.triggers(), Trigger::name);
            for (Trigger tr : v.triggers()) {
                String id = v.qualifiedName() + "." + tr.name();
                Trigger old = ft.get(tr.name());
                boolean again = old != null && (!old.definition().equals(tr.definition()) || triggerFunctionChanged(old));
                if (again) {
                    plain(PRE_DROP, 0, id, new DropViewTrigger(o, old));
                }
                if (old == null || again) {
                    plain(POST, 4, id, new CreateViewTrigger(v, tr));
                }
                if (tr.enabled() != null && !List.of("O", "ENABLED").contains(tr.enabled())) {
                    unsupported(id, "trigger on a view is " + tr.enabled() + ": Cairn creates it enabled; set its state by hand");
                }
                comment(Target.onTable(Target.Kind.TRIGGER, v.schema(), v.name(), tr.name()), old == null ? null : old.comment(),
                        tr.comment(), old == null || again);
            }
            ft.forEach((n, old) -> {
                if (v.triggers().stream().noneMatch(x -> x.name().equals(n))) {
                    plain(PRE_DROP, 0, v.qualifiedName() + "." + n, new DropViewTrigger(o, old));
                }
            });
        }

        /**
         * A routine dropped and created again takes along the column defaults, check constraints and
         * indexes of kept tables that call it: drop those before, restore them after.
         */
        void aroundRebuiltRoutines(List<Routine> routines) {
            if (routines.isEmpty()) {
                return;
            }
            List<Pattern> calls = routines.stream().map(r -> Pattern.compile("(?<![\\w\"])"
                    + Pattern.quote(dev.cairn.migrate.Identifiers.quoteIfNeeded(r.name())) + "\\(")).toList();
            java.util.function.Predicate<String> uses = text -> text != null && calls.stream().anyMatch(p -> p.matcher(text).find());
            for (Table f : from.tables()) {
                Table t = to.table(f.schema(), f.name()).orElse(null);
                if (t == null || replacedTable(f, t)) {
                    continue;
                }
                String name = t.qualifiedName();
                String key = relKey(t.schema(), t.name());
                for (Column c : f.columns()) {
                    Column tc = t.columns().stream().filter(x -> x.name().equals(c.name())).findFirst().orElse(null);
                    String ck = colKey(t.schema(), t.name(), c.name());
                    if (tc != null && uses.test(c.defaultExpr()) && !defaultHandled.contains(ck)) {
                        plain(PRE_DROP, 2, name, new SetColumnDefault(f, c, null)); // rank 2: before the routine (3)
                        if (tc.defaultExpr() != null && tc.defaultExpr().equals(c.defaultExpr())) {
                            create(CREATE, 6, key, name, new SetColumnDefault(t, tc, tc.defaultExpr()));
                        }
                    }
                }
                for (Constraint c : f.constraints()) {
                    Constraint tc = t.constraints().stream().filter(x -> x.name().equals(c.name())).findFirst().orElse(null);
                    if (tc != null && sameConstraint(c, tc) && uses.test(c.definition())) {
                        plain(PRE_DROP, 2, name + "." + c.name(), new DropConstraint(f, c));
                        plain(POST, 0, name + "." + c.name(), new AddConstraint(t, tc));
                        if (tc.comment() != null) {
                            plain(POST, 8, name + "." + c.name(), new SetComment(Target.onTable(Target.Kind.CONSTRAINT,
                                    t.schema(), t.name(), tc.name()), tc.comment()));
                        }
                    }
                }
                for (Index i : f.indexes()) {
                    Index ti = t.indexes().stream().filter(x -> x.name().equals(i.name())).findFirst().orElse(null);
                    if (ti != null && ti.definition().equals(i.definition()) && uses.test(indexTail(i.definition()))) {
                        plain(PRE_DROP, 2, t.schema() + "." + i.name(), new DropIndex(t.schema(), t.name(), i));
                        plain(POST, 1, t.schema() + "." + i.name(), new CreateIndex(t.schema(), t.name(), ti));
                        if (ti.comment() != null) {
                            plain(POST, 8, t.schema() + "." + i.name(), new SetComment(Target.of(Target.Kind.INDEX, t.schema(),
                                    ti.name()), ti.comment()));
                        }
                    }
                }
            }
        }

        /**
         * CREATE OR REPLACE cannot remove a parameter default nor rename a parameter: when the signature line of
         * {@code pg_get_functiondef} changes other than by gaining defaults, the routine is dropped and created again.
         */
        static boolean replaceableSignature(Routine o, Routine r) {
            if (o.definition() == null || r.definition() == null) {
                return true;
            }
            String a = signatureLine(o);
            String b = signatureLine(r);
            if (a.equals(b)) {
                return true;
            }
            return !a.contains(" DEFAULT ") && withoutDefaults(a).equals(withoutDefaults(b));
        }

        /** The first line of a definition; for an aggregate (one line), the part before its options. */
        static String signatureLine(Routine r) {
            String line = r.definition().lines().findFirst().orElse("");
            int options = r.kind() == Routine.Kind.AGGREGATE ? line.indexOf(") (") : -1;
            return options < 0 ? line : line.substring(0, options + 1);
        }

        /** The signature line without its {@code DEFAULT …} clauses (up to the next comma or closing parenthesis at depth 0). */
        static String withoutDefaults(String line) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < line.length()) {
                if (line.startsWith(" DEFAULT ", i)) {
                    int depth = 0;
                    boolean quoted = false;
                    int j = i + 9;
                    for (; j < line.length(); j++) {
                        char ch = line.charAt(j);
                        if (ch == '\'') {
                            quoted = !quoted;
                        } else if (!quoted && ch == '(') {
                            depth++;
                        } else if (!quoted && (ch == ')' || ch == ',')) {
                            if (depth == 0) {
                                break;
                            }
                            if (ch == ')') {
                                depth--;
                            }
                        }
                    }
                    i = j;
                } else {
                    out.append(line.charAt(i++));
                }
            }
            return out.toString();
        }

        static Target routineTarget(Routine r) {
            Target.Kind kind = switch (r.kind()) {
                case PROCEDURE -> Target.Kind.PROCEDURE;
                case AGGREGATE -> Target.Kind.AGGREGATE;
                default -> Target.Kind.FUNCTION;
            };
            return new Target(kind, r.schema(), null, r.name(), r.identityArguments());
        }

        /** CREATE OR REPLACE VIEW can do it: same kind, same options, columns kept in place (new ones appended). */
        static boolean replaceableView(View o, View v) {
            if (o.materialized() || v.materialized()) {
                return o.materialized() == v.materialized() && o.definition().equals(v.definition())
                        && o.options().equals(v.options()) && o.columns().equals(v.columns());
            }
            // without column types in the catalog, only appending columns is taken as safe for
            // CREATE OR REPLACE VIEW (which cannot change an existing column's type)
            return o.options().equals(v.options()) && (o.definition().equals(v.definition())
                    || v.columns().size() > o.columns().size() && v.columns().subList(0, o.columns().size()).equals(o.columns()));
        }

        boolean dependsOnChanged(List<ObjectRef> refs) {
            Set<String> tablesWithColumnRefs = refs.stream().filter(r -> r.kind().equals(ObjectRef.KIND_COLUMN))
                    .map(r -> r.schema() + "." + tableOfColumnRef(r.name())).collect(Collectors.toSet());
            for (ObjectRef r : refs) {
                if (r.kind().equals(ObjectRef.KIND_COLUMN)) {
                    if (changed.contains("col:" + r.schema() + "." + r.name())) {
                        return true;
                    }
                    continue;
                }
                String k = refKey(r);
                if (changed.contains(k)) {
                    return true;
                }
                if (k.startsWith("rel:") && !tablesWithColumnRefs.contains(k.substring(4))) {
                    String prefix = "col:" + k.substring(4) + ".";
                    if (changed.stream().anyMatch(c -> c.startsWith(prefix))) {
                        return true;
                    }
                }
            }
            return false;
        }

        // ---------------------------------------------------------------- privileges

        void privileges() {
            Set<Privilege> f = new HashSet<>(from.privileges());
            Set<Privilege> t = new HashSet<>(to.privileges());
            for (Privilege p : from.privileges()) {
                if (!t.contains(p) && objectSurvives(p.object())) {
                    plain(POST, 10, p.object().toString() + " " + p.grantee(), new Revoke(p));
                }
            }
            Set<ObjectRef> fresh = new TreeSet<>();
            for (Privilege p : to.privileges()) {
                if (!objectSurvives(p.object())) {
                    fresh.add(p.object());
                }
            }
            // a new object starts with PostgreSQL's default privileges for PUBLIC
            for (ObjectRef o : fresh) {
                for (Privilege d : defaultPrivileges(o)) {
                    if (!t.contains(d)) {
                        plain(POST, 10, o + " " + d.grantee(), new Revoke(d));
                    }
                }
            }
            for (Privilege p : to.privileges()) {
                boolean isNew = fresh.contains(p.object());
                if (isNew ? !defaultPrivileges(p.object()).contains(p) : !f.contains(p)) {
                    plain(POST, 11, p.object().toString() + " " + p.grantee(), new Grant(p));
                }
            }
        }

        /** What PUBLIC may do with a newly created object: EXECUTE routines, USE types. */
        static List<Privilege> defaultPrivileges(ObjectRef o) {
            return switch (o.kind()) {
                case ObjectRef.KIND_ROUTINE -> List.of(new Privilege(o, "PUBLIC", "EXECUTE", false));
                case ObjectRef.KIND_TYPE -> List.of(new Privilege(o, "PUBLIC", "USAGE", false));
                default -> List.of();
            };
        }

        /** Whether the object exists before and after without being recreated. */
        boolean objectSurvives(ObjectRef r) {
            String k = refKey(r);
            if (recreated.contains(k)) {
                return false;
            }
            return fromDeps.containsKey(k) && toDeps.containsKey(k) || k.startsWith("schema:");
        }

        // ---------------------------------------------------------------- ordering

        List<Change> order() {
            List<Change> out = new ArrayList<>();
            for (int phase = PRE_DROP; phase <= FINAL_DROP; phase++) {
                int p = phase;
                List<Node> inPhase = nodes.stream().filter(n -> n.phase() == p).toList();
                topo(inPhase).forEach(n -> out.add(n.change()));
            }
            return out;
        }

        static final Comparator<Node> TIE = Comparator.comparingInt(Node::rank).thenComparing(Node::name)
                .thenComparingInt(Node::seq);

        /** Kahn's algorithm, ties by (rank, name, emission order); a cycle is broken at its smallest node. */
        static List<Node> topo(List<Node> nodes) {
            Map<String, List<Node>> providers = new HashMap<>();
            nodes.forEach(n -> n.provides().forEach(k -> providers.computeIfAbsent(k, x -> new ArrayList<>()).add(n)));
            Map<Node, Set<Node>> preds = new HashMap<>();
            Map<Node, Set<Node>> succs = new HashMap<>();
            for (Node n : nodes) {
                preds.put(n, new HashSet<>());
                succs.computeIfAbsent(n, x -> new HashSet<>());
            }
            for (Node n : nodes) {
                for (String req : n.requires()) {
                    for (Node p : providers.getOrDefault(req, List.of())) {
                        if (p != n && !p.provides().stream().anyMatch(n.provides()::contains)) {
                            preds.get(n).add(p);
                            succs.get(p).add(n);
                        }
                    }
                }
            }
            // several changes to one object keep their emission order
            Map<String, List<Node>> byObject = new HashMap<>();
            for (Node n : nodes) {
                for (String k : n.provides()) {
                    byObject.computeIfAbsent(k, x -> new ArrayList<>()).add(n);
                }
            }
            byObject.values().forEach(list -> {
                for (int i = 1; i < list.size(); i++) {
                    preds.get(list.get(i)).add(list.get(i - 1));
                    succs.get(list.get(i - 1)).add(list.get(i));
                }
            });
            java.util.TreeSet<Node> ready = new java.util.TreeSet<>(TIE);
            java.util.TreeSet<Node> waiting = new java.util.TreeSet<>(TIE);
            for (Node n : nodes) {
                (preds.get(n).isEmpty() ? ready : waiting).add(n);
            }
            List<Node> out = new ArrayList<>();
            while (!ready.isEmpty() || !waiting.isEmpty()) {
                Node n = ready.isEmpty() ? waiting.first() : ready.first();
                ready.remove(n);
                waiting.remove(n);
                out.add(n);
                for (Node s : succs.get(n)) {
                    Set<Node> ps = preds.get(s);
                    ps.remove(n);
                    if (ps.isEmpty() && waiting.remove(s)) {
                        ready.add(s);
                    }
                }
            }
            return out;
        }
    }
}
